// TabSeparated output and its variants: values escaped (\t, \n, \\ ...) or raw, one row per
// line, fields separated by tabs, optionally preceded by a line of names and one of types.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class TabSeparatedRowOutputFormat final : public IRowOutputFormat
{
public:
    TabSeparatedRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool with_names_,
                                bool with_types_, bool is_raw_);

    void writePrefix() override;
    void writeSuffix() override { writeTotalsAfterEmptyLine(); }
    std::string getContentType() const override { return "text/tab-separated-values; charset=UTF-8"; }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) override;
    void writeFieldDelimiter() override { writeChar('\t', out); }
    void writeRowEndDelimiter() override { writeChar('\n', out); }

private:
    void writeHeaderLine(const std::vector<std::string> & values);

    bool with_names;
    bool with_types;
    bool is_raw;
    /// For raw output of Nullable columns.
    DataTypes types_without_nullable;
};
}
