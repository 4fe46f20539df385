// CSV input (CSV, CSVWithNames, CSVWithNamesAndTypes): fields separated by
// format_csv_delimiter, strings in double quotes or bare, lines ending in \n or \r\n.
#pragma once

#include "formats/RowInputFormatWithNamesAndTypes.h"
#include "io/ReadHelpers.h"

namespace datastore::formats
{
class CSVRowInputFormat final : public RowInputFormatWithNamesAndTypes
{
public:
    CSVRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                      bool with_names_, bool with_types_);

protected:
    std::vector<std::string> readNames() override { return readHeaderRow(); }
    std::vector<std::string> readTypes() override { return readHeaderRow(); }
    bool readField(IColumn & column, const IDataType & type) override;
    void skipField(size_t file_column) override;
    void skipFieldDelimiter() override;
    void skipRowEndDelimiter() override;

private:
    std::vector<std::string> readHeaderRow();
    /// Spaces (and tabs unless the delimiter is a tab) around fields are ignored.
    void skipBlanks();

    CSVStringSettings string_settings;
    std::string skipped;
};
}
