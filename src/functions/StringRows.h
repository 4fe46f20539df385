// Rows of a String column, or of a constant String, read in a loop without a virtual call per
// row (offsets and bytes directly).
#pragma once

#include <string_view>

#include "columns/ColumnConst.h"
#include "columns/ColumnString.h"

namespace datastore::functions
{
class StringRows
{
public:
    /// `column` is a ColumnString or a ColumnConst of one; it must outlive this object.
    explicit StringRows(const IColumn & column)
    {
        if (column.isConst())
        {
            is_const = true;
            constant = column.getDataAt(0);
            return;
        }
        const auto & strings = column.assertCast<ColumnString>();
        chars = reinterpret_cast<const char *>(strings.getChars().data());
        offsets = strings.getOffsets().data();
    }

    std::string_view at(size_t row) const
    {
        if (is_const)
            return constant;
        size_t begin = row == 0 ? 0 : offsets[row - 1];
        return {chars + begin, offsets[row] - begin};
    }

private:
    bool is_const = false;
    std::string_view constant;
    const char * chars = nullptr;
    const UInt64 * offsets = nullptr;
};

/// A String column of `rows` rows; write(row, chars) appends row's bytes to `chars`.
template <typename Write>
ColumnPtr buildStringColumn(size_t rows, Write && write)
{
    auto result = ColumnString::create();
    auto & chars = result->getChars();
    auto & offsets = result->getOffsets();
    offsets.resize(rows);
    for (size_t row = 0; row < rows; ++row)
    {
        write(row, chars);
        offsets[row] = chars.size();
    }
    return result;
}
}
