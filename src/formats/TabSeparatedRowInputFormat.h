// TabSeparated input (TSV, TSVWithNames, TSVWithNamesAndTypes and the Raw forms): one row
// per line, fields separated by tabs, values escaped as TabSeparated output writes them (Raw:
// taken as they are, up to the next tab or line feed).
#pragma once

#include "formats/RowInputFormatWithNamesAndTypes.h"

namespace datastore::formats
{
class TabSeparatedRowInputFormat final : public RowInputFormatWithNamesAndTypes
{
public:
    TabSeparatedRowInputFormat(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                               bool with_names_, bool with_types_, bool is_raw_);

protected:
    std::vector<std::string> readNames() override { return readHeaderRow(); }
    std::vector<std::string> readTypes() override { return readHeaderRow(); }
    bool readField(IColumn & column, const IDataType & type) override;
    void skipField(size_t file_column) override;
    void skipFieldDelimiter() override;
    void skipRowEndDelimiter() override;

private:
    std::vector<std::string> readHeaderRow();
    /// One field as escaped or raw text.
    void readFieldText(std::string & text);

    bool is_raw;
    std::string field_text;
};
}
