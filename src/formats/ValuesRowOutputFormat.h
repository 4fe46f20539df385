// Values output: rows as SQL tuples of literals, (1,'a'),(2,'b'), with no line breaks;
// the form INSERT ... VALUES accepts.
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class ValuesRowOutputFormat final : public IRowOutputFormat
{
public:
    using IRowOutputFormat::IRowOutputFormat;

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t, size_t row) override
    {
        type.serializeTextQuoted(column, row, out, settings);
    }
    void writeRowStartDelimiter() override { writeChar('(', out); }
    void writeFieldDelimiter() override { writeChar(',', out); }
    void writeRowEndDelimiter() override { writeChar(')', out); }
    void writeRowBetweenDelimiter() override { writeChar(',', out); }
};
}
