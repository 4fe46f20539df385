// Stepping through UTF-8 text by code points: a code point is its lead byte and the
// continuation bytes (10xxxxxx) after it, so invalid bytes count as one code point each.
#pragma once

#include <string_view>

#include "base/Types.h"

namespace datastore::functions
{
inline bool isUTF8Continuation(char c)
{
    return (static_cast<UInt8>(c) & 0xC0) == 0x80;
}

inline size_t utf8Length(std::string_view s)
{
    size_t count = 0;
    for (char c : s)
        count += !isUTF8Continuation(c);
    return count;
}

/// Byte length of the first `count` code points of s (all of s if it has fewer).
inline size_t utf8Prefix(std::string_view s, size_t count)
{
    size_t i = 0;
    while (i < s.size() && count > 0)
    {
        ++i;
        while (i < s.size() && isUTF8Continuation(s[i]))
            ++i;
        --count;
    }
    return i;
}
}
