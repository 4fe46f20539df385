#include "columns/ColumnArray.h"

#include <cstring>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"

namespace datastore
{
Field ColumnArray::operator[](size_t n) const
{
    size_t begin = offsetAt(n);
    size_t end = offsets[n];
    Array result;
    result.reserve(end - begin);
    for (size_t i = begin; i < end; ++i)
        result.push_back((*data)[i]);
    return Field(std::move(result));
}

void ColumnArray::insert(const Field & value)
{
    if (value.isNull())
    {
        insertDefault();
        return;
    }
    const auto * elements = value.tryGet<Array>();
    if (!elements)
        throw Exception(ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}",
                        fieldTypeName(value.which()), getName());
    auto & nested = getDataMutable();
    size_t inserted = 0;
    try
    {
        for (const auto & element : *elements)
        {
            nested.insert(element);
            ++inserted;
        }
    }
    catch (...)
    {
        nested.popBack(inserted);
        throw;
    }
    finishRow();
}

void ColumnArray::insertFrom(const IColumn & src, size_t n)
{
    const auto & source = static_cast<const ColumnArray &>(src);
    getDataMutable().insertRangeFrom(*source.data, source.offsetAt(n), source.sizeAt(n));
    finishRow();
}

void ColumnArray::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    if (length == 0)
        return;
    const auto & source = static_cast<const ColumnArray &>(src);
    size_t elements_begin = source.offsetAt(start);
    size_t elements_end = source.offsets[start + length - 1];
    size_t base = data->size();
    getDataMutable().insertRangeFrom(*source.data, elements_begin, elements_end - elements_begin);
    size_t old_rows = offsets.size();
    offsets.resize(old_rows + length);
    for (size_t i = 0; i < length; ++i)
        offsets[old_rows + i] = source.offsets[start + i] - elements_begin + base;
}

void ColumnArray::popBack(size_t n)
{
    size_t keep_rows = offsets.size() - n;
    size_t keep_elements = keep_rows == 0 ? 0 : offsets[keep_rows - 1];
    getDataMutable().popBack(data->size() - keep_elements);
    offsets.pop_back(n);
}

ColumnPtr ColumnArray::gatherElements(const Permutation & element_rows, Offsets && new_offsets) const
{
    ColumnPtr new_data = element_rows.empty() ? ColumnPtr(data->cloneEmpty()) : data->permute(element_rows, 0);
    return create(std::move(new_data), std::move(new_offsets));
}

ColumnPtr ColumnArray::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t rows = offsets.size();
    if (filter.size() != rows)
        throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(), rows);
    /// One filter over the elements lets the nested column filter itself in one call.
    Filter element_filter(data->size());
    Offsets new_offsets;
    if (result_size_hint > 0)
        new_offsets.reserve(static_cast<size_t>(result_size_hint));
    size_t previous = 0;
    size_t kept = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        size_t end = offsets[i];
        UInt8 keep = filter[i] ? 1 : 0;
        std::memset(element_filter.data() + previous, keep, end - previous);
        if (keep)
        {
            kept += end - previous;
            new_offsets.push_back(kept);
        }
        previous = end;
    }
    return create(data->filter(element_filter, static_cast<ssize_t>(kept)), std::move(new_offsets));
}

ColumnPtr ColumnArray::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    Offsets new_offsets(count);
    size_t total = 0;
    for (size_t i = 0; i < count; ++i)
    {
        total += sizeAt(perm[i]);
        new_offsets[i] = total;
    }
    Permutation element_rows(total);
    size_t written = 0;
    for (size_t i = 0; i < count; ++i)
    {
        size_t begin = offsetAt(perm[i]);
        size_t end = offsets[perm[i]];
        for (size_t j = begin; j < end; ++j)
            element_rows[written++] = j;
    }
    return gatherElements(element_rows, std::move(new_offsets));
}

ColumnPtr ColumnArray::cut(size_t start, size_t length) const
{
    auto result = create(data->cloneEmpty());
    result->insertRangeFrom(*this, start, length);
    return result;
}

ColumnPtr ColumnArray::replicate(const PodArray<UInt64> & replicate_offsets) const
{
    size_t rows = replicate_offsets.size();
    if (rows != offsets.size())
        throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of offsets ({}) doesn't match size of column ({})", rows, offsets.size());
    Offsets new_offsets;
    new_offsets.reserve(rows == 0 ? 0 : replicate_offsets.back());
    Permutation element_rows;
    size_t total = 0;
    UInt64 previous = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        size_t begin = offsetAt(i);
        size_t end = offsets[i];
        for (UInt64 copy = previous; copy < replicate_offsets[i]; ++copy)
        {
            for (size_t j = begin; j < end; ++j)
                element_rows.push_back(j);
            total += end - begin;
            new_offsets.push_back(total);
        }
        previous = replicate_offsets[i];
    }
    return gatherElements(element_rows, std::move(new_offsets));
}

int ColumnArray::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    const auto & other = static_cast<const ColumnArray &>(rhs);
    size_t lhs_begin = offsetAt(n);
    size_t lhs_size = sizeAt(n);
    size_t rhs_begin = other.offsetAt(m);
    size_t rhs_size = other.sizeAt(m);
    size_t common = std::min(lhs_size, rhs_size);
    for (size_t i = 0; i < common; ++i)
        if (int cmp = data->compareAt(lhs_begin + i, rhs_begin + i, *other.data, nan_direction_hint))
            return cmp;
    return lhs_size < rhs_size ? -1 : (lhs_size > rhs_size ? 1 : 0);
}

void ColumnArray::updateHashes(RowHashes & hashes) const
{
    /// Hash every element once with a fixed seed, then fold each row's element hashes in order.
    RowHashes element_hashes(data->size(), 0);
    data->updateHashes(element_hashes);
    size_t rows = offsets.size();
    size_t previous = 0;
    for (size_t i = 0; i < rows; ++i)
    {
        size_t end = offsets[i];
        UInt64 h = mixHash(hashes[i], UInt64(end - previous));
        for (size_t j = previous; j < end; ++j)
            h = mixHash(h, element_hashes[j]);
        hashes[i] = h;
        previous = end;
    }
}

std::string_view ColumnArray::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    UInt64 count = sizeAt(n);
    char * pos = arena.allocContinue(sizeof(count), begin);
    std::memcpy(pos, &count, sizeof(count));
    /// Nested writes may move the region, so remember where this value starts relative to `begin`.
    size_t start = static_cast<size_t>(pos - begin);
    const char * end = pos + sizeof(count);
    size_t first = offsetAt(n);
    for (size_t i = 0; i < count; ++i)
    {
        auto element = data->serializeValueIntoArena(first + i, arena, begin);
        end = element.data() + element.size();
    }
    return {begin + start, static_cast<size_t>(end - (begin + start))};
}

const char * ColumnArray::deserializeAndInsertFromArena(const char * pos)
{
    UInt64 count;
    std::memcpy(&count, pos, sizeof(count));
    pos += sizeof(count);
    auto & nested = getDataMutable();
    for (UInt64 i = 0; i < count; ++i)
        pos = nested.deserializeAndInsertFromArena(pos);
    finishRow();
    return pos;
}

ColumnPtr ColumnArray::convertToFullColumnIfLowCardinality() const
{
    auto full = data->convertToFullColumnIfLowCardinality();
    if (full == data)
        return shared_from_this();
    return create(std::move(full), Offsets(offsets));
}
}
