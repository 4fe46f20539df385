// Helpers for the format tests: blocks built from type names and Fields, and running a
// whole output or input format over a string.
#pragma once

#include <string>
#include <vector>

#include "formats/FormatFactory.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "types/DataTypeFactory.h"

namespace datastore::formats::test
{
inline ColumnWithTypeAndName makeColumn(const std::string & type_name, const std::string & name, const std::vector<Field> & values)
{
    auto type = DataTypeFactory::instance().get(type_name);
    auto column = type->createColumn();
    for (const auto & value : values)
        column->insert(value);
    return {column, type, name};
}

/// Writes `blocks` (header taken from the first) in format `name`.
inline std::string writeBlocks(const std::string & name, const Blocks & blocks, const FormatSettings & settings = {},
                               const OutputStatistics & statistics = {})
{
    registerFormats();
    std::string result;
    {
        WriteBufferFromString buf(result);
        auto format = FormatFactory::instance().getOutput(name, buf, blocks.at(0), settings);
        format->setStatistics(statistics);
        format->writePrefix();
        for (const auto & block : blocks)
            format->consume(block);
        format->writeSuffix();
        buf.finalize();
    }
    return result;
}

/// Reads all of `data` in format `name` into blocks of the header's columns.
inline Blocks readBlocks(const std::string & name, const std::string & data, const Block & header, const FormatSettings & settings = {},
                         size_t max_block_size = 65536, std::vector<MissingValues> * missing = nullptr)
{
    registerFormats();
    ReadBufferFromMemory in(data);
    auto format = FormatFactory::instance().getInput(name, in, header, settings, max_block_size);
    Blocks blocks;
    while (true)
    {
        MissingValues block_missing;
        Block block = format->read(block_missing);
        if (!block)
            break;
        blocks.push_back(std::move(block));
        if (missing)
            missing->push_back(std::move(block_missing));
    }
    return blocks;
}

/// The rows of a block as TSV text: the easiest way to compare what was read.
inline std::string toTSV(const Blocks & blocks)
{
    if (blocks.empty())
        return "";
    return writeBlocks("TSV", blocks);
}
}
