// JSONCompactEachRow output: one JSON array of values per line; with yield_strings
// (JSONCompactStringsEachRow) every value is its plain text in a JSON string.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class JSONCompactEachRowRowOutputFormat final : public IRowOutputFormat
{
public:
    JSONCompactEachRowRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool yield_strings_)
        : IRowOutputFormat(out_, header_, settings_), yield_strings(yield_strings_)
    {
    }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) override;
    void writeRowStartDelimiter() override { writeChar('[', out); }
    void writeFieldDelimiter() override { writeString(", ", out); }
    void writeRowEndDelimiter() override { writeString("]\n", out); }

private:
    bool yield_strings;
};
}
