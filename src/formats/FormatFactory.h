// Input and output formats register here by name (registerFormats.cpp, one line each).
#pragma once

#include <functional>
#include <map>
#include <string>

#include "formats/IInputFormat.h"
#include "formats/IOutputFormat.h"

namespace datastore::formats
{
class FormatFactory
{
public:
    using OutputCreator = std::function<OutputFormatPtr(WriteBuffer & out, const Block & header, const FormatSettings & settings)>;
    using InputCreator
        = std::function<InputFormatPtr(ReadBuffer & in, const Block & header, const FormatSettings & settings, size_t max_block_size)>;

    static FormatFactory & instance();

    void registerOutput(const std::string & name, OutputCreator creator);
    void registerInput(const std::string & name, InputCreator creator);

    /// Throw UNKNOWN_FORMAT, or FORMAT_IS_NOT_SUITABLE_FOR_OUTPUT/INPUT for known formats
    /// that lack that direction.
    OutputFormatPtr getOutput(const std::string & name, WriteBuffer & out, const Block & header, const FormatSettings & settings) const;
    InputFormatPtr getInput(const std::string & name, ReadBuffer & in, const Block & header, const FormatSettings & settings,
                            size_t max_block_size) const;
    bool hasOutput(const std::string & name) const { return outputs.count(name) != 0; }
    bool hasInput(const std::string & name) const { return inputs.count(name) != 0; }

private:
    std::map<std::string, OutputCreator> outputs;
    std::map<std::string, InputCreator> inputs;
};

/// Registers every format (idempotent).
void registerFormats();
}
