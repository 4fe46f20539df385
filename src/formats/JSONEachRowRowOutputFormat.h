// JSONEachRow output: one JSON object per line, {"name":value,...}. With yield_strings
// (JSONStringsEachRow) every value is its plain text in a JSON string.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class JSONEachRowRowOutputFormat final : public IRowOutputFormat
{
public:
    JSONEachRowRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool yield_strings_);

    std::string getContentType() const override { return "application/x-ndjson; charset=UTF-8"; }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) override;
    void writeRowStartDelimiter() override { writeChar('{', out); }
    void writeFieldDelimiter() override { writeChar(',', out); }
    void writeRowEndDelimiter() override { writeString("}\n", out); }

private:
    bool yield_strings;
    /// "name": with the name escaped once.
    std::vector<std::string> quoted_names;
};

/// Writes the plain text of a value (serializeText) as a JSON string: the value form of
/// JSONStringsEachRow and JSONCompactStringsEachRow.
void writeValueAsJSONString(const IColumn & column, const IDataType & type, size_t row, WriteBuffer & out, const FormatSettings & settings);
}
