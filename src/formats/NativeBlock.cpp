#include "formats/NativeBlock.h"

#include "base/Exception.h"
#include "formats/materializeColumns.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"

namespace datastore::formats
{
namespace
{
void writeBlockInfo(const NativeBlockInfo & info, WriteBuffer & out)
{
    writeVarUInt(1, out);
    writeBinaryLittleEndian(static_cast<UInt8>(info.is_overflows), out);
    writeVarUInt(2, out);
    writeBinaryLittleEndian(info.bucket_num, out);
    writeVarUInt(0, out);
}

NativeBlockInfo readBlockInfo(ReadBuffer & in)
{
    NativeBlockInfo info;
    while (true)
    {
        UInt64 field = 0;
        readVarUInt(field, in);
        if (field == 0)
            return info;
        if (field == 1)
        {
            UInt8 is_overflows = 0;
            readBinaryLittleEndian(is_overflows, in);
            info.is_overflows = is_overflows != 0;
        }
        else if (field == 2)
            readBinaryLittleEndian(info.bucket_num, in);
        else
            throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown BlockInfo field number: {}", field);
    }
}

void readCustomSerializationFlag(ReadBuffer & in, const std::string & name)
{
    UInt8 has_custom = 0;
    readBinaryLittleEndian(has_custom, in);
    if (has_custom)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Custom (sparse) serialization of column {} is not supported", name);
}
}

void writeNativeBlock(const Block & block, WriteBuffer & out, const NativeBlockOptions & options, const NativeBlockInfo & info)
{
    if (options.with_block_info)
        writeBlockInfo(info, out);
    const size_t rows = block.rows();
    const Columns columns = materializeColumns(block);
    writeVarUInt(columns.size(), out);
    writeVarUInt(rows, out);
    for (size_t i = 0; i < columns.size(); ++i)
    {
        const auto & column = block.getByPosition(i);
        writeStringBinary(column.name, out);
        writeStringBinary(column.type->getName(), out);
        if (options.with_custom_serialization_flag)
            writeBinaryLittleEndian(UInt8(0), out);
        if (rows)
            column.type->serializeBinaryBulk(*columns[i], out, 0, 0);
    }
}

Block readNativeBlock(ReadBuffer & in, const NativeBlockOptions & options, const Block * header, MissingValues * missing,
                      NativeBlockInfo * info)
{
    NativeBlockInfo read_info = options.with_block_info ? readBlockInfo(in) : NativeBlockInfo{};
    if (info)
        *info = read_info;

    UInt64 num_columns = 0;
    UInt64 num_rows = 0;
    readVarUInt(num_columns, in);
    readVarUInt(num_rows, in);

    std::string name;
    std::string type_name;
    auto read_values = [&](const DataTypePtr & type, IColumn & column)
    {
        if (num_rows != 0)
            type->deserializeBinaryBulk(column, in, num_rows);
        if (column.size() != num_rows)
            throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data in Native format: column {} has {} rows of {}", name,
                            column.size(), num_rows);
    };

    if (!header)
    {
        Block block;
        for (UInt64 i = 0; i < num_columns; ++i)
        {
            readStringBinary(name, in);
            readStringBinary(type_name, in);
            if (options.with_custom_serialization_flag)
                readCustomSerializationFlag(in, name);
            DataTypePtr type = DataTypeFactory::instance().get(type_name);
            auto column = type->createColumn();
            read_values(type, *column);
            block.insert({std::move(column), type, name});
        }
        if (num_columns == 0)
            block.setRowsWithoutColumns(num_rows);
        return block;
    }

    /// A block without columns and rows ends the data (the protocol's last INSERT block).
    if (num_columns == 0 && num_rows == 0)
        return {};
    MutableColumns columns = header->cloneEmptyColumns();
    std::vector<UInt8> is_read(header->columns(), 0);
    for (UInt64 i = 0; i < num_columns; ++i)
    {
        readStringBinary(name, in);
        readStringBinary(type_name, in);
        if (options.with_custom_serialization_flag)
            readCustomSerializationFlag(in, name);
        const auto * column = header->findByName(name);
        if (!column)
            throw Exception(ErrorCodes::INCORRECT_DATA, "Unknown column {} in Native format", name);
        if (column->type->getName() != type_name)
            throw Exception(ErrorCodes::TYPE_MISMATCH, "Type of '{}' must be {}, not {}", name, column->type->getName(), type_name);
        const size_t position = header->getPositionByName(name);
        if (is_read[position])
            throw Exception(ErrorCodes::INCORRECT_DATA, "Duplicate column {} in Native format", name);
        is_read[position] = 1;
        read_values(column->type, *columns[position]);
    }

    if (missing)
        missing->assign(header->columns(), PodArray<UInt8>());
    for (size_t i = 0; i < header->columns(); ++i)
    {
        const UInt8 is_missing = is_read[i] ? 0 : 1;
        if (is_missing)
            columns[i]->insertManyDefaults(num_rows);
        if (missing)
            (*missing)[i].resize_fill(num_rows, is_missing);
    }
    Block block = header->cloneWithColumns(Columns(columns.begin(), columns.end()));
    if (header->columns() == 0)
        block.setRowsWithoutColumns(num_rows);
    return block;
}
}
