// RowBinary input (RowBinary, RowBinaryWithNames, RowBinaryWithNamesAndTypes): values in
// their binary form one after another; the header forms start with the column count,
// the names and the types.
#pragma once

#include "formats/RowInputFormatWithNamesAndTypes.h"

namespace datastore::formats
{
class BinaryRowInputFormat final : public RowInputFormatWithNamesAndTypes
{
public:
    BinaryRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                         bool with_names_, bool with_types_)
        : RowInputFormatWithNamesAndTypes(in_, header_, settings_, max_block_size_, with_names_, with_types_, "RowBinary")
    {
    }

protected:
    std::vector<std::string> readNames() override;
    std::vector<std::string> readTypes() override;
    bool readField(IColumn & column, const IDataType & type) override
    {
        type.deserializeBinary(column, in);
        return true;
    }
    void skipField(size_t file_column) override;

private:
    UInt64 file_columns = 0;
    /// Types of the file's columns, for skipping columns the table lacks.
    DataTypes skipped_types;
};
}
