// Base of the output formats that write one row after another (TabSeparated, CSV, JSON,
// Values, RowBinary ...): a format says what goes between fields and rows and how one
// field is written; this class walks the block.
#pragma once

#include "formats/IOutputFormat.h"
#include "io/WriteHelpers.h"

namespace datastore::formats
{
class IRowOutputFormat : public IOutputFormat
{
public:
    using IOutputFormat::IOutputFormat;

    void consume(const Block & block) override;

protected:
    /// Writes the value at `row` of the column at `column_index` of the header.
    virtual void writeField(const IColumn & column, const IDataType & type, size_t column_index, size_t row) = 0;
    virtual void writeRowStartDelimiter() {}
    virtual void writeFieldDelimiter() {}
    virtual void writeRowEndDelimiter() {}
    /// Between two rows (not before the first): ',' in Values, ",\n" in JSON.
    virtual void writeRowBetweenDelimiter() {}
    /// TabSeparated and CSV: the WITH TOTALS row after an empty line, as ClickHouse prints it.
    void writeTotalsAfterEmptyLine();

private:
    void writeRow(const Columns & columns, size_t row);
};
}
