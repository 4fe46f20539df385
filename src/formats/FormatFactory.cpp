#include "formats/FormatFactory.h"

#include "base/Exception.h"

namespace datastore::formats
{
FormatFactory & FormatFactory::instance()
{
    static FormatFactory factory;
    return factory;
}

void FormatFactory::registerOutput(const std::string & name, OutputCreator creator)
{
    outputs[name] = std::move(creator);
}

void FormatFactory::registerInput(const std::string & name, InputCreator creator)
{
    inputs[name] = std::move(creator);
}

OutputFormatPtr FormatFactory::getOutput(const std::string & name, WriteBuffer & out, const Block & header, const FormatSettings & settings) const
{
    auto it = outputs.find(name);
    if (it == outputs.end())
    {
        if (inputs.count(name))
            throw Exception(ErrorCodes::FORMAT_IS_NOT_SUITABLE_FOR_OUTPUT, "Format {} is not suitable for output", name);
        throw Exception(ErrorCodes::UNKNOWN_FORMAT, "Unknown format {}", name);
    }
    return it->second(out, header, settings);
}

InputFormatPtr FormatFactory::getInput(const std::string & name, ReadBuffer & in, const Block & header, const FormatSettings & settings,
                                       size_t max_block_size) const
{
    auto it = inputs.find(name);
    if (it == inputs.end())
    {
        if (outputs.count(name))
            throw Exception(ErrorCodes::FORMAT_IS_NOT_SUITABLE_FOR_INPUT, "Format {} is not suitable for input", name);
        throw Exception(ErrorCodes::UNKNOWN_FORMAT, "Unknown format {}", name);
    }
    return it->second(in, header, settings, max_block_size);
}
}
