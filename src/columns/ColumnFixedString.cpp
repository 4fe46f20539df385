// Row operations of ColumnFixedString: plain loops over the byte array, n bytes per row.
#include "columns/ColumnFixedString.h"

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"

#include <algorithm>
#include <cstring>

namespace datastore
{
void ColumnFixedString::insertData(const char * data, size_t length)
{
    if (length > n)
        throw Exception(ErrorCodes::TOO_LARGE_STRING_SIZE, "Too large string '{}' for FixedString column", std::string_view(data, length));
    size_t old_size = chars.size();
    chars.resize(old_size + n);
    std::memcpy(chars.data() + old_size, data, length);
    std::memset(chars.data() + old_size + length, 0, n - length);
}

void ColumnFixedString::insert(const Field & value)
{
    if (const auto * text = value.tryGet<std::string>())
        insertData(*text);
    else if (value.isNull())
        insertDefault();
    else
        throw Exception(
            ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}", fieldTypeName(value.which()),
            getName());
}

void ColumnFixedString::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = static_cast<const ColumnFixedString &>(src);
    if (source.n != n)
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Cannot insert {} into {}", source.getName(), getName());
    const char * from = source.chars.data() + start * n;
    chars.insert(from, from + length * n);
}

ColumnPtr ColumnFixedString::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t rows = size();
    if (filter.size() != rows)
        throw Exception(
            ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(), rows);
    auto result = create(n);
    if (result_size_hint > 0)
        result->chars.reserve(static_cast<size_t>(result_size_hint) * n);
    for (size_t i = 0; i < rows; ++i)
        if (filter[i])
            result->chars.insert(chars.data() + i * n, chars.data() + (i + 1) * n);
    return result;
}

ColumnPtr ColumnFixedString::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    auto result = create(n);
    result->chars.resize(count * n);
    char * out = result->chars.data();
    for (size_t i = 0; i < count; ++i)
        std::memcpy(out + i * n, chars.data() + perm[i] * n, n);
    return result;
}

ColumnPtr ColumnFixedString::replicate(const PodArray<UInt64> & offsets) const
{
    auto result = create(n);
    result->chars.reserve((offsets.empty() ? 0 : offsets.back()) * n);
    UInt64 previous = 0;
    for (size_t i = 0; i < offsets.size(); ++i)
    {
        for (UInt64 j = previous; j < offsets[i]; ++j)
            result->chars.insert(chars.data() + i * n, chars.data() + (i + 1) * n);
        previous = offsets[i];
    }
    return result;
}

int ColumnFixedString::compareAt(size_t a, size_t b, const IColumn & rhs, int) const
{
    int cmp = std::memcmp(chars.data() + a * n, static_cast<const ColumnFixedString &>(rhs).chars.data() + b * n, n);
    return cmp < 0 ? -1 : (cmp > 0 ? 1 : 0);
}

void ColumnFixedString::updateHashes(RowHashes & hashes) const
{
    size_t rows = size();
    for (size_t i = 0; i < rows; ++i)
        hashes[i] = mixHash(hashes[i], std::string_view(chars.data() + i * n, n));
}

std::string_view ColumnFixedString::serializeValueIntoArena(size_t row, Arena & arena, const char *& begin) const
{
    char * pos = arena.allocContinue(n, begin);
    std::memcpy(pos, chars.data() + row * n, n);
    return { pos, n };
}

const char * ColumnFixedString::deserializeAndInsertFromArena(const char * pos)
{
    chars.insert(pos, pos + n);
    return pos + n;
}
}
