// Byte-wise access to any row of a String or fixed-width column, for functions that hash or
// reinterpret the bytes a value is stored in (sipHash64, MD5, reinterpretAsUInt64...).
#pragma once

#include "columns/ColumnString.h"

namespace datastore::functions
{
/// Calls f(row, data, size) for every row with the bytes of its value: a string's characters,
/// a fixed-width value's stored bytes (FixedString, numbers, dates, UUID). Returns false,
/// calling nothing, for other columns. `column` must be a full column, not a constant.
template <typename F>
bool forEachValueBytes(const IColumn & column, F && f)
{
    if (const auto * strings = column.as<ColumnString>())
    {
        const char * chars = strings->getChars().data();
        const auto & offsets = strings->getOffsets();
        UInt64 previous = 0;
        for (size_t i = 0; i < offsets.size(); ++i)
        {
            f(i, chars + previous, offsets[i] - previous);
            previous = offsets[i];
        }
        return true;
    }
    size_t width = column.sizeOfValueIfFixed();
    std::string_view raw = column.getRawData();
    if (width == 0 || raw.size() != width * column.size())
        return false;
    for (size_t i = 0; i < column.size(); ++i)
        f(i, raw.data() + i * width, width);
    return true;
}
}
