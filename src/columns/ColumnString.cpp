#include "columns/ColumnString.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"

namespace datastore
{
void ColumnString::insert(const Field & value)
{
    if (const auto * text = value.tryGet<std::string>())
        insertData(*text);
    else if (value.isNull())
        insertDefault();
    else
        throw Exception(ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type String",
                        fieldTypeName(value.which()));
}

void ColumnString::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    if (length == 0)
        return;
    const auto & source = static_cast<const ColumnString &>(src);
    size_t bytes_begin = source.offsetAt(start);
    size_t bytes_end = source.offsets[start + length - 1];
    size_t base = chars.size();
    chars.insert(source.chars.data() + bytes_begin, source.chars.data() + bytes_end);
    size_t old_rows = offsets.size();
    offsets.resize(old_rows + length);
    for (size_t i = 0; i < length; ++i)
        offsets[old_rows + i] = source.offsets[start + i] - bytes_begin + base;
}

void ColumnString::popBack(size_t n)
{
    offsets.pop_back(n);
    chars.resize(offsets.empty() ? 0 : offsets.back());
}

ColumnPtr ColumnString::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t rows = offsets.size();
    if (filter.size() != rows)
        throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(), rows);
    auto result = std::make_shared<ColumnString>();
    if (result_size_hint > 0)
        result->offsets.reserve(static_cast<size_t>(result_size_hint));
    result->chars.reserve(chars.size());
    size_t previous = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        size_t end = offsets[i];
        if (filter[i])
        {
            result->chars.insert(chars.data() + previous, chars.data() + end);
            result->offsets.push_back(result->chars.size());
        }
        previous = end;
    }
    return result;
}

ColumnPtr ColumnString::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    auto result = std::make_shared<ColumnString>();
    result->offsets.resize(count);
    size_t total = 0;
    for (size_t i = 0; i < count; ++i)
        total += sizeAt(perm[i]);
    result->chars.resize(total);
    char * out = result->chars.data();
    size_t written = 0;
    for (size_t i = 0; i < count; ++i)
    {
        size_t row = perm[i];
        size_t length = sizeAt(row);
        std::memcpy(out + written, chars.data() + offsetAt(row), length);
        written += length;
        result->offsets[i] = written;
    }
    return result;
}

ColumnPtr ColumnString::replicate(const PodArray<UInt64> & replicate_offsets) const
{
    auto result = std::make_shared<ColumnString>();
    UInt64 previous = 0;
    for (size_t i = 0; i < replicate_offsets.size(); ++i)
    {
        auto value = getDataAt(i);
        for (UInt64 j = previous; j < replicate_offsets[i]; ++j)
            result->insertData(value);
        previous = replicate_offsets[i];
    }
    return result;
}

int ColumnString::compareAt(size_t n, size_t m, const IColumn & rhs, int) const
{
    auto a = getDataAt(n);
    auto b = static_cast<const ColumnString &>(rhs).getDataAt(m);
    int cmp = std::memcmp(a.data(), b.data(), std::min(a.size(), b.size()));
    if (cmp != 0)
        return cmp < 0 ? -1 : 1;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

void ColumnString::getPermutation(bool reverse, size_t limit, int, Permutation & perm) const
{
    size_t rows = offsets.size();
    perm.resize(rows);
    std::iota(perm.begin(), perm.end(), 0);
    auto less = [&](UInt64 a, UInt64 b)
    {
        int cmp = getDataAt(a).compare(getDataAt(b));
        if (cmp == 0)
            return a < b;
        return reverse ? cmp > 0 : cmp < 0;
    };
    if (limit && limit < rows)
        std::partial_sort(perm.begin(), perm.begin() + limit, perm.end(), less);
    else
        std::sort(perm.begin(), perm.end(), less);
}

void ColumnString::updateHashes(RowHashes & hashes) const
{
    size_t rows = offsets.size();
    size_t previous = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        hashes[i] = mixHash(hashes[i], std::string_view(chars.data() + previous, offsets[i] - previous));
        previous = offsets[i];
    }
}

std::string_view ColumnString::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    auto value = getDataAt(n);
    UInt64 length = value.size();
    char * pos = arena.allocContinue(sizeof(length) + length, begin);
    std::memcpy(pos, &length, sizeof(length));
    std::memcpy(pos + sizeof(length), value.data(), length);
    return {pos, sizeof(length) + length};
}

const char * ColumnString::deserializeAndInsertFromArena(const char * pos)
{
    UInt64 length;
    std::memcpy(&length, pos, sizeof(length));
    insertData(pos + sizeof(length), length);
    return pos + sizeof(length) + length;
}
}
