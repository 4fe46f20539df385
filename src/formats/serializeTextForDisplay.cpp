// Plain text of a value for presentational formats.
#include "formats/serializeTextForDisplay.h"

#include "io/WriteHelpers.h"

namespace datastore::formats
{
void serializeTextForDisplay(const IDataType & type, const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings)
{
    if (column.isNullAt(row))
        writeString("ᴺᵁᴸᴸ", out);
    else
        type.serializeText(column, row, out, settings);
}
}
