// CSV output: values as CSV fields (strings in double quotes), separated by
// format_csv_delimiter, optionally preceded by rows of names and types.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class CSVRowOutputFormat final : public IRowOutputFormat
{
public:
    CSVRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool with_names_, bool with_types_);

    void writePrefix() override;
    void writeSuffix() override { writeTotalsAfterEmptyLine(); }
    std::string getContentType() const override
    {
        return with_names ? "text/csv; charset=UTF-8; header=present" : "text/csv; charset=UTF-8; header=absent";
    }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) override;
    void writeFieldDelimiter() override { writeChar(settings.csv_delimiter, out); }
    void writeRowEndDelimiter() override { writeChar('\n', out); }

private:
    void writeHeaderLine(const std::vector<std::string> & values);

    bool with_names;
    bool with_types;
};
}
