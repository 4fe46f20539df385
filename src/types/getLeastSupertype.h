// The common type of several types, as ClickHouse computes it for if(), arrays, UNION ALL
// and IN: UInt8 and Int16 give Int16, UInt64 and Int64 give NO_COMMON_TYPE (as 24.x),
// String and Nullable(String) give Nullable(String), Date and DateTime give DateTime.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
/// Throws NO_COMMON_TYPE ("There is no supertype for types String, UInt8 because ...").
DataTypePtr getLeastSupertype(const DataTypes & types);
/// Null if there is none.
DataTypePtr tryGetLeastSupertype(const DataTypes & types);
}
