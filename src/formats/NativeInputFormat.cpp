// Reads blocks in the Native format.
#include "formats/NativeInputFormat.h"

#include "base/Exception.h"
#include "io/ReadHelpers.h"

namespace datastore::formats
{
Block NativeInputFormat::read(MissingValues & missing)
{
    missing.clear();
    if (in.eof())
        return {};

    UInt64 num_columns = 0;
    UInt64 num_rows = 0;
    readVarUInt(num_columns, in);
    readVarUInt(num_rows, in);

    MutableColumns columns = header.cloneEmptyColumns();
    std::vector<UInt8> is_read(header.columns(), 0);
    std::string name;
    std::string type_name;
    for (UInt64 i = 0; i < num_columns; ++i)
    {
        readStringBinary(name, in);
        readStringBinary(type_name, in);
        const auto * column = header.findByName(name);
        if (!column)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown column {} in Native format", name);
        if (column->type->getName() != type_name)
            throw Exception(ErrorCodes::TYPE_MISMATCH, "Type of '{}' must be {}, not {}", name, column->type->getName(), type_name);
        const size_t position = header.getPositionByName(name);
        if (is_read[position])
            throw Exception(ErrorCodes::INCORRECT_DATA, "Duplicate column {} in Native format", name);
        is_read[position] = 1;
        if (num_rows != 0)
            column->type->deserializeBinaryBulk(*columns[position], in, num_rows);
        if (columns[position]->size() != num_rows)
            throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data in Native format: column {} has {} rows of {}", name,
                            columns[position]->size(), num_rows);
    }

    missing.assign(header.columns(), PodArray<UInt8>());
    for (size_t i = 0; i < header.columns(); ++i)
    {
        const UInt8 is_missing = is_read[i] ? 0 : 1;
        if (is_missing)
            columns[i]->insertManyDefaults(num_rows);
        missing[i].resize_fill(num_rows, is_missing);
    }
    rows_read += num_rows;
    Block block = header.cloneWithColumns(Columns(columns.begin(), columns.end()));
    if (header.columns() == 0)
        block.setRowsWithoutColumns(num_rows);
    return block;
}
}
