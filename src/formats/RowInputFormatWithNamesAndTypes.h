// Base of the row input formats whose data may start with a row of column names and one
// of types (TabSeparated, CSV, RowBinary and their WithNames / WithNamesAndTypes forms).
// With names, file columns are matched to the table's by name (unknown names are an error
// unless input_format_skip_unknown_fields, absent columns get defaults); without, by
// position. A format supplies only how a field, a delimiter and a header row are read.
#pragma once

#include <optional>
#include <string>

#include "formats/IRowInputFormat.h"

namespace datastore::formats
{
class RowInputFormatWithNamesAndTypes : public IRowInputFormat
{
public:
    RowInputFormatWithNamesAndTypes(ReadBuffer & in_, const Block & header_, const FormatSettings & settings_, size_t max_block_size_,
                                    bool with_names_, bool with_types_, std::string format_name_);

protected:
    /// The header rows, including their row delimiter.
    virtual std::vector<std::string> readNames() = 0;
    virtual std::vector<std::string> readTypes() = 0;
    /// Reads one value into `column`; returns false when the value was absent (an empty
    /// CSV field under input_format_csv_empty_as_default) and the column got its default.
    virtual bool readField(IColumn & column, const IDataType & type) = 0;
    /// Skips the value of a file column that is not in the table.
    virtual void skipField(size_t file_column) = 0;
    virtual void skipFieldDelimiter() {}
    virtual void skipRowEndDelimiter() {}

    /// Names of the file's columns as read from the header (empty without names).
    std::vector<std::string> file_names;

private:
    void readPrefix() override;
    bool readRow(MutableColumns & columns, std::vector<UInt8> & row_missing) override;

    bool with_names;
    bool with_types;
    std::string format_name;
    DataTypes types;
    /// For each file column, the table column it fills (none: skipped).
    std::vector<std::optional<size_t>> column_mapping;
    std::vector<UInt8> is_column_in_file;
};
}
