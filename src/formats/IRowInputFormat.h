// Base of the input formats that read one row after another: a format reads one row into
// the columns; this class cuts blocks of max_block_size rows, records which values were
// absent, and adds "(at row N)" to any error.
#pragma once

#include "formats/IInputFormat.h"

namespace datastore::formats
{
class IRowInputFormat : public IInputFormat
{
public:
    using IInputFormat::IInputFormat;

    Block read(MissingValues & missing) override;

protected:
    /// Called once before the first row (header lines, the '[' of a JSON array ...).
    virtual void readPrefix() {}
    /// Appends one row to `columns`, setting row_missing[i] = 1 for each column whose value
    /// was absent (the column gets its type's default). Returns false, appending nothing,
    /// at the end of the data.
    virtual bool readRow(MutableColumns & columns, std::vector<UInt8> & row_missing) = 0;

    /// Inserts NULL's replacement into a non-Nullable column when the input holds NULL
    /// (input_format_null_as_default): the type's default, marked missing.
    static void insertDefaultForNull(IColumn & column, UInt8 & is_missing)
    {
        column.insertDefault();
        is_missing = 1;
    }

    /// Consumes `null_text` (\N, NULL) when the current window starts with it. Unlike
    /// checkString it never consumes part of a value that only looks like it at a window
    /// boundary ("\n...", "nan"), at the price of not recognizing a NULL split by one.
    static bool checkNullInWindow(std::string_view null_text, ReadBuffer & in, bool case_insensitive);

private:
    bool is_prefix_read = false;
};
}
