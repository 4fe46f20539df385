// The type ClickHouse gives a literal: the smallest integer type that holds it (1 is UInt8,
// -1 is Int8, 300 is UInt16), Float64, String, Nullable(Nothing) for NULL, and element
// supertypes for arrays and tuples.
#pragma once

#include "types/IDataType.h"

namespace datastore::analyzer
{
DataTypePtr typeOfLiteral(const Field & value);
}
