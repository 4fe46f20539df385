#include "columns/ColumnTuple.h"

#include "base/Arena.h"
#include "base/Exception.h"

namespace datastore
{
ColumnTuple::ColumnTuple(Columns columns_, size_t rows_without_elements_)
    : columns(std::move(columns_)), rows_without_elements(columns.empty() ? rows_without_elements_ : 0)
{
    for (const auto & column : columns)
        if (column->size() != columns[0]->size())
            throw Exception(ErrorCodes::LOGICAL_ERROR, "ColumnTuple elements have different sizes: {} and {}", column->size(),
                            columns[0]->size());
}

std::string ColumnTuple::getName() const
{
    std::string name = "Tuple(";
    for (size_t i = 0; i < columns.size(); ++i)
    {
        if (i)
            name += ", ";
        name += columns[i]->getName();
    }
    return name + ")";
}

size_t ColumnTuple::byteSize() const
{
    size_t total = 0;
    for (const auto & column : columns)
        total += column->byteSize();
    return total;
}

size_t ColumnTuple::allocatedBytes() const
{
    size_t total = 0;
    for (const auto & column : columns)
        total += column->allocatedBytes();
    return total;
}

MutableColumnPtr ColumnTuple::cloneEmpty() const
{
    Columns empty;
    empty.reserve(columns.size());
    for (const auto & column : columns)
        empty.push_back(column->cloneEmpty());
    return create(std::move(empty), 0);
}

Field ColumnTuple::operator[](size_t n) const
{
    Tuple result;
    result.reserve(columns.size());
    for (const auto & column : columns)
        result.push_back((*column)[n]);
    return Field(std::move(result));
}

void ColumnTuple::insert(const Field & value)
{
    if (value.isNull())
    {
        insertDefault();
        return;
    }
    const auto * elements = value.tryGet<Tuple>();
    if (!elements)
        throw Exception(ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}",
                        fieldTypeName(value.which()), getName());
    if (elements->size() != columns.size())
        throw Exception(ErrorCodes::CANNOT_INSERT_VALUE_OF_DIFFERENT_SIZE_INTO_TUPLE,
                        "Cannot insert value of different size into tuple");
    rows_without_elements += columns.empty();
    size_t inserted = 0;
    try
    {
        for (; inserted < columns.size(); ++inserted)
            getColumnMutable(inserted).insert((*elements)[inserted]);
    }
    catch (...)
    {
        for (size_t i = 0; i < inserted; ++i)
            getColumnMutable(i).popBack(1);
        throw;
    }
}

void ColumnTuple::insertFrom(const IColumn & src, size_t n)
{
    const auto & source = static_cast<const ColumnTuple &>(src);
    rows_without_elements += columns.empty();
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).insertFrom(*source.columns[i], n);
}

void ColumnTuple::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = static_cast<const ColumnTuple &>(src);
    rows_without_elements += columns.empty() ? length : 0;
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).insertRangeFrom(*source.columns[i], start, length);
}

void ColumnTuple::insertDefault()
{
    rows_without_elements += columns.empty();
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).insertDefault();
}

void ColumnTuple::insertManyDefaults(size_t count)
{
    rows_without_elements += columns.empty() ? count : 0;
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).insertManyDefaults(count);
}

void ColumnTuple::popBack(size_t n)
{
    rows_without_elements -= columns.empty() ? n : 0;
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).popBack(n);
}

void ColumnTuple::reserve(size_t n)
{
    for (size_t i = 0; i < columns.size(); ++i)
        getColumnMutable(i).reserve(n);
}

template <typename Transform>
ColumnPtr ColumnTuple::mapElements(Transform && transform, size_t rows_if_empty) const
{
    Columns result;
    result.reserve(columns.size());
    for (const auto & column : columns)
        result.push_back(transform(*column));
    return create(std::move(result), rows_if_empty);
}

ColumnPtr ColumnTuple::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t kept = 0;
    if (columns.empty())
    {
        if (filter.size() != rows_without_elements)
            throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(),
                            rows_without_elements);
        for (UInt8 keep : filter)
            kept += keep != 0;
    }
    return mapElements([&](const IColumn & column) { return column.filter(filter, result_size_hint); }, kept);
}

ColumnPtr ColumnTuple::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    return mapElements([&](const IColumn & column) { return column.permute(perm, limit); }, count);
}

ColumnPtr ColumnTuple::cut(size_t start, size_t length) const
{
    return mapElements([&](const IColumn & column) { return column.cut(start, length); }, length);
}

ColumnPtr ColumnTuple::replicate(const PodArray<UInt64> & offsets) const
{
    return mapElements([&](const IColumn & column) { return column.replicate(offsets); }, offsets.empty() ? 0 : offsets.back());
}

int ColumnTuple::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    const auto & other = static_cast<const ColumnTuple &>(rhs);
    for (size_t i = 0; i < columns.size(); ++i)
        if (int cmp = columns[i]->compareAt(n, m, *other.columns[i], nan_direction_hint))
            return cmp;
    return 0;
}

void ColumnTuple::updateHashes(RowHashes & hashes) const
{
    for (const auto & column : columns)
        column->updateHashes(hashes);
}

std::string_view ColumnTuple::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    if (columns.empty())
        return {arena.allocContinue(0, begin), 0};
    /// The first element starts this value; later ones may move the region, so keep an offset.
    auto first = columns[0]->serializeValueIntoArena(n, arena, begin);
    size_t start = static_cast<size_t>(first.data() - begin);
    const char * end = first.data() + first.size();
    for (size_t i = 1; i < columns.size(); ++i)
    {
        auto element = columns[i]->serializeValueIntoArena(n, arena, begin);
        end = element.data() + element.size();
    }
    return {begin + start, static_cast<size_t>(end - (begin + start))};
}

const char * ColumnTuple::deserializeAndInsertFromArena(const char * pos)
{
    rows_without_elements += columns.empty();
    for (size_t i = 0; i < columns.size(); ++i)
        pos = getColumnMutable(i).deserializeAndInsertFromArena(pos);
    return pos;
}

ColumnPtr ColumnTuple::convertToFullColumnIfLowCardinality() const
{
    bool changed = false;
    Columns full;
    full.reserve(columns.size());
    for (const auto & column : columns)
    {
        full.push_back(column->convertToFullColumnIfLowCardinality());
        changed |= full.back() != column;
    }
    if (!changed)
        return shared_from_this();
    return create(std::move(full), 0);
}
}
