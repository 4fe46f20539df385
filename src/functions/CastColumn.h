// Converts a column from one type to another with CAST's rules: Nullable and LowCardinality
// wrappers, numbers between each other, strings parsed into any type and any type written as
// text. Used by CAST and the toX functions, and by if/comparisons to bring operands together.
#pragma once

#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore::functions
{
/// Returns `column` (of type `from`) as a column of type `to`; constants stay constants.
/// Throws CANNOT_PARSE_TEXT and the target type's parse errors for bad strings,
/// CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN for NULL into a non-Nullable type,
/// CANNOT_CONVERT_TYPE when there is no conversion.
ColumnPtr castColumn(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to);

/// Parses every row of a String or FixedString column as `to` (not Nullable). With `failed`
/// set, bad rows get the default value and a 1 there instead of an exception.
ColumnPtr parseStrings(const IColumn & strings, const DataTypePtr & to, PodArray<UInt8> * failed);
}
