// The plain text of a value as the presentational formats show it (Pretty, Vertical,
// JSONStrings): a top-level NULL is "ᴺᵁᴸᴸ", so that it cannot be mistaken for the string 'NULL'.
#pragma once

#include "columns/IColumn.h"
#include "io/WriteBuffer.h"
#include "types/IDataType.h"

namespace datastore::formats
{
void serializeTextForDisplay(const IDataType & type, const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings);
}
