// Values kept in their arena form (IColumn::serializeValueIntoArena), as groupArray and
// groupUniqArray keep them, and their state layout: VarUInt count, then each value in the
// type's binary form. Shared so both functions read and write states alike.
#pragma once

#include <string_view>
#include <vector>

#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore
{
class ReadBuffer;
class WriteBuffer;
}

namespace datastore::aggregates
{
/// Writes the count, then each value (arena form) in `type`'s binary form.
void writeArenaValues(const std::vector<std::string_view> & values, const IDataType & type, WriteBuffer & out);
/// Reads what writeArenaValues wrote into a new column of `type`.
MutableColumnPtr readValuesColumn(const IDataType & type, ReadBuffer & in);
/// Appends the values (arena form) to an Array column as one row.
void insertArenaValuesAsArray(const std::vector<std::string_view> & values, IColumn & array);
}
