// RowBinary output: values one after another in their binary form, no delimiters;
// RowBinaryWithNames / WithNamesAndTypes first write the column count and names (types).
#pragma once

#include "formats/IRowOutputFormat.h"

namespace datastore::formats
{
class BinaryRowOutputFormat final : public IRowOutputFormat
{
public:
    BinaryRowOutputFormat(WriteBuffer & out_, const Block & header_, const FormatSettings & settings_, bool with_names_, bool with_types_)
        : IRowOutputFormat(out_, header_, settings_), with_names(with_names_), with_types(with_types_)
    {
    }

    void writePrefix() override;
    std::string getContentType() const override { return "application/octet-stream"; }

protected:
    void writeField(const IColumn & column, const IDataType & type, size_t, size_t row) override { type.serializeBinary(column, row, out); }

private:
    bool with_names;
    bool with_types;
};
}
