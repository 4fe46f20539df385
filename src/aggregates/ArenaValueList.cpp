// Arena-form value lists to and from ClickHouse's binary state layout.
#include "aggregates/ArenaValueList.h"

#include "columns/ColumnArray.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
void writeArenaValues(const std::vector<std::string_view> & values, const IDataType & type, WriteBuffer & out)
{
    writeVarUInt(values.size(), out);
    auto column = type.createColumn();
    for (std::string_view value : values)
        column->deserializeAndInsertFromArena(value.data());
    for (size_t i = 0; i < values.size(); ++i)
        type.serializeBinary(*column, i, out);
}

MutableColumnPtr readValuesColumn(const IDataType & type, ReadBuffer & in)
{
    UInt64 size = 0;
    readVarUInt(size, in);
    auto column = type.createColumn();
    for (UInt64 i = 0; i < size; ++i)
        type.deserializeBinary(*column, in);
    return column;
}

void insertArenaValuesAsArray(const std::vector<std::string_view> & values, IColumn & to)
{
    auto & array = static_cast<ColumnArray &>(to);
    IColumn & elements = array.getDataMutable();
    for (std::string_view value : values)
        elements.deserializeAndInsertFromArena(value.data());
    array.finishRow();
}
}
