#include "columns/ColumnNullable.h"

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"

namespace datastore
{
ColumnNullable::ColumnNullable(ColumnPtr nested_, ColumnPtr null_map_) : nested(std::move(nested_)), null_map(std::move(null_map_))
{
    if (!null_map->as<ColumnUInt8>())
        throw Exception(ErrorCodes::LOGICAL_ERROR, "ColumnNullable cannot have a null map of type {}", null_map->getName());
    if (nested->isNullable())
        throw Exception(ErrorCodes::LOGICAL_ERROR, "ColumnNullable cannot have a nullable nested column");
}

std::shared_ptr<ColumnNullable> ColumnNullable::create(ColumnPtr nested)
{
    size_t rows = nested->size();
    return create(std::move(nested), ColumnUInt8::create(rows, 0));
}

void ColumnNullable::insert(const Field & value)
{
    if (value.isNull())
    {
        insertDefault();
        return;
    }
    getNestedColumnMutable().insert(value);
    getNullMapData().push_back(0);
}

void ColumnNullable::insertFrom(const IColumn & src, size_t n)
{
    const auto & source = static_cast<const ColumnNullable &>(src);
    getNestedColumnMutable().insertFrom(*source.nested, n);
    getNullMapData().push_back(source.getNullMapData()[n]);
}

void ColumnNullable::insertFromNotNullable(const IColumn & src, size_t n)
{
    getNestedColumnMutable().insertFrom(src, n);
    getNullMapData().push_back(0);
}

void ColumnNullable::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = static_cast<const ColumnNullable &>(src);
    getNestedColumnMutable().insertRangeFrom(*source.nested, start, length);
    const_cast<IColumn &>(*null_map).insertRangeFrom(*source.null_map, start, length);
}

void ColumnNullable::insertDefault()
{
    getNestedColumnMutable().insertDefault();
    getNullMapData().push_back(1);
}

void ColumnNullable::insertManyDefaults(size_t count)
{
    getNestedColumnMutable().insertManyDefaults(count);
    getNullMapData().resize_fill(getNullMapData().size() + count, 1);
}

void ColumnNullable::popBack(size_t n)
{
    getNestedColumnMutable().popBack(n);
    getNullMapData().pop_back(n);
}

void ColumnNullable::reserve(size_t n)
{
    getNestedColumnMutable().reserve(n);
    getNullMapData().reserve(n);
}

ColumnPtr ColumnNullable::filter(const Filter & filter, ssize_t result_size_hint) const
{
    return create(nested->filter(filter, result_size_hint), null_map->filter(filter, result_size_hint));
}

ColumnPtr ColumnNullable::permute(const Permutation & perm, size_t limit) const
{
    return create(nested->permute(perm, limit), null_map->permute(perm, limit));
}

ColumnPtr ColumnNullable::cut(size_t start, size_t length) const
{
    return create(nested->cut(start, length), null_map->cut(start, length));
}

ColumnPtr ColumnNullable::replicate(const PodArray<UInt64> & offsets) const
{
    return create(nested->replicate(offsets), null_map->replicate(offsets));
}

int ColumnNullable::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    const auto & other = static_cast<const ColumnNullable &>(rhs);
    bool left_null = isNullAt(n);
    bool right_null = other.isNullAt(m);
    if (left_null || right_null)
    {
        if (left_null && right_null)
            return 0;
        return left_null ? nan_direction_hint : -nan_direction_hint;
    }
    return nested->compareAt(n, m, *other.nested, nan_direction_hint);
}

void ColumnNullable::updateHashes(RowHashes & hashes) const
{
    nested->updateHashes(hashes);
    const auto & map = getNullMapData();
    for (size_t i = 0; i < map.size(); ++i)
        if (map[i])
            hashes[i] = mixHash(hashes[i], UInt64(0xDEADBEEF));
}

std::string_view ColumnNullable::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    char * flag = arena.allocContinue(1, begin);
    *flag = isNullAt(n) ? 1 : 0;
    if (*flag)
        return {flag, 1};
    auto value = nested->serializeValueIntoArena(n, arena, begin);
    return {value.data() - 1, value.size() + 1};
}

const char * ColumnNullable::deserializeAndInsertFromArena(const char * pos)
{
    if (*pos)
    {
        insertDefault();
        return pos + 1;
    }
    getNullMapData().push_back(0);
    return getNestedColumnMutable().deserializeAndInsertFromArena(pos + 1);
}
}
