// JSONCompactEachRow and JSONCompactStringsEachRow output.
#include "formats/JSONCompactEachRowRowOutputFormat.h"

#include "formats/JSONEachRowRowOutputFormat.h"

namespace datastore::formats
{
void JSONCompactEachRowRowOutputFormat::writeField(const IColumn & column, const IDataType & type, size_t, size_t row)
{
    if (yield_strings)
        writeValueAsJSONString(column, type, row, out, settings);
    else
        type.serializeTextJSON(column, row, out, settings);
}
}
