// JSONCompact output: the JSON frame with each row written as an array of values.
#pragma once

#include "formats/JSONRowOutputFormat.h"

namespace datastore::formats
{
class JSONCompactRowOutputFormat final : public JSONRowOutputFormat
{
public:
    using JSONRowOutputFormat::JSONRowOutputFormat;

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t, size_t row) override { writeValue(column, type, row); }
    void writeRowStartDelimiter() override { writeString("\t\t[", out); }
    void writeFieldDelimiter() override { writeString(", ", out); }
    void writeRowEndDelimiter() override { writeChar(']', out); }
    void writeTotalsValue(const Columns & columns) override
    {
        writeString(" [", out);
        for (size_t i = 0; i < columns.size(); ++i)
        {
            if (i)
                writeString(", ", out);
            writeValue(*columns[i], *header.getByPosition(i).type, 0);
        }
        writeChar(']', out);
    }
};
}
