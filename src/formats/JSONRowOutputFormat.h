// JSON output: one object with "meta" (names and types), "data" (one object per row),
// "rows", "rows_before_limit_at_least" when known, and "statistics", laid out with tabs
// exactly as ClickHouse prints it. JSONCompact derives from it and writes rows as arrays;
// with yield_strings (JSONStrings, JSONCompactStrings) every value is its text in a JSON string.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class JSONRowOutputFormat : public IRowOutputFormat
{
public:
    JSONRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool yield_strings_ = false);

    void writePrefix() override;
    void writeSuffix() override;
    std::string getContentType() const override { return "application/json; charset=UTF-8"; }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) override;
    void writeRowStartDelimiter() override { writeString("\t\t{\n", out); }
    void writeFieldDelimiter() override { writeString(",\n", out); }
    void writeRowEndDelimiter() override { writeString("\n\t\t}", out); }
    void writeRowBetweenDelimiter() override { writeString(",\n", out); }

    /// The totals row after `"totals":` (an object; JSONCompact writes an array).
    virtual void writeTotalsValue(const Columns & columns);
    /// The value as JSON (or as a JSON string with yield_strings).
    void writeValue(const IColumn & column, const IDataType & type, size_t row);

    /// Column names as JSON string literals, escaped once.
    std::vector<std::string> quoted_names;
    bool yield_strings;
};
}
