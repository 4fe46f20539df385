// Nullable(T): the nested column holds a value (the default) for every row, and a
// byte map marks which rows are NULL. Functions run on the nested column and carry the map.
#pragma once

#include "columns/ColumnVector.h"

namespace datastore
{
class ColumnNullable final : public IColumn
{
public:
    ColumnNullable(ColumnPtr nested, ColumnPtr null_map);
    static std::shared_ptr<ColumnNullable> create(ColumnPtr nested, ColumnPtr null_map)
    {
        return std::make_shared<ColumnNullable>(std::move(nested), std::move(null_map));
    }
    /// Wraps a column with an all-zero null map.
    static std::shared_ptr<ColumnNullable> create(ColumnPtr nested);

    const IColumn & getNestedColumn() const { return *nested; }
    const ColumnPtr & getNestedColumnPtr() const { return nested; }
    IColumn & getNestedColumnMutable() { return const_cast<IColumn &>(*nested); }
    const ColumnUInt8 & getNullMapColumn() const { return static_cast<const ColumnUInt8 &>(*null_map); }
    const ColumnPtr & getNullMapColumnPtr() const { return null_map; }
    const PodArray<UInt8> & getNullMapData() const { return getNullMapColumn().getData(); }
    PodArray<UInt8> & getNullMapData() { return const_cast<ColumnUInt8 &>(getNullMapColumn()).getData(); }

    std::string getName() const override { return "Nullable(" + nested->getName() + ")"; }
    size_t size() const override { return null_map->size(); }
    size_t byteSize() const override { return nested->byteSize() + null_map->byteSize(); }
    size_t allocatedBytes() const override { return nested->allocatedBytes() + null_map->allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return create(nested->cloneEmpty(), ColumnUInt8::create()); }

    Field operator[](size_t n) const override { return isNullAt(n) ? Field() : (*nested)[n]; }
    void insert(const Field & value) override;
    std::string_view getDataAt(size_t n) const override { return nested->getDataAt(n); }
    bool isNullAt(size_t n) const override { return getNullMapData()[n] != 0; }

    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override;
    void insertManyDefaults(size_t count) override;
    /// Appends a non-NULL row taken from a column of the nested type.
    void insertFromNotNullable(const IColumn & src, size_t n);
    void popBack(size_t n) override;
    void reserve(size_t n) override;

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t start, size_t length) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    bool isNullable() const override { return true; }
    void forEachSubcolumn(const std::function<void(ColumnPtr &)> & callback) override
    {
        callback(nested);
        callback(null_map);
    }

private:
    ColumnPtr nested;
    ColumnPtr null_map;
};

/// Nested column of a Nullable, or the column itself.
inline const IColumn & removeNullable(const IColumn & column)
{
    if (const auto * nullable = column.as<ColumnNullable>())
        return nullable->getNestedColumn();
    return column;
}
}
