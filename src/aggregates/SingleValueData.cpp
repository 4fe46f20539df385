// Binary forms of the single-value states that need a column round trip or a buffer.
#include "aggregates/SingleValueData.h"

#include <string>

#include "base/Exception.h"

namespace datastore::aggregates
{
void SingleValueString::read(ReadBuffer & in, const IDataType &, Arena * arena)
{
    Int32 stored_size = 0;
    readBinaryLittleEndian(stored_size, in);
    if (stored_size < 0)
    {
        size = -1;
        data = nullptr;
        return;
    }
    if (stored_size == 0)
        throw Exception(ErrorCodes::CANNOT_READ_ALL_DATA, "Incorrect size (0) in aggregate function state");
    std::string bytes(static_cast<size_t>(stored_size), '\0');
    in.readStrict(bytes.data(), bytes.size());
    assign(std::string_view(bytes).substr(0, bytes.size() - 1), arena);
}

/// A String (the result of argMin(s, t)) is written as ClickHouse writes any String single
/// value, in SingleValueString's form; other types as a flag byte and their RowBinary form.
void SingleValueGeneric::write(WriteBuffer & out, const IDataType & type) const
{
    if (type.getTypeId() == TypeIndex::String)
    {
        SingleValueString value;
        auto column = type.createColumn();
        if (has_value)
        {
            column->deserializeAndInsertFromArena(data);
            value.data = column->getDataAt(0).data();
            value.size = static_cast<Int32>(column->getDataAt(0).size());
        }
        value.write(out, type);
        return;
    }
    writeBinaryLittleEndian(static_cast<UInt8>(has_value), out);
    if (!has_value)
        return;
    auto column = type.createColumn();
    column->deserializeAndInsertFromArena(data);
    type.serializeBinary(*column, 0, out);
}

void SingleValueGeneric::read(ReadBuffer & in, const IDataType & type, Arena * arena)
{
    if (type.getTypeId() == TypeIndex::String)
    {
        SingleValueString value;
        value.read(in, type, arena);
        has_value = false;
        if (!value.has())
            return;
        auto column = ColumnString::create();
        column->insertData(value.view());
        set(*column, 0, arena);
        return;
    }
    UInt8 flag = 0;
    readBinaryLittleEndian(flag, in);
    has_value = false;
    if (!flag)
        return;
    auto column = type.createColumn();
    type.deserializeBinary(*column, in);
    set(*column, 0, arena);
}
}
