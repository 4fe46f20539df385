// Map(K, V): stored as ClickHouse stores it, an Array(Tuple(K, V)) of the key/value pairs
// of every row. Keys and values are two flat columns, so functions on maps run on them in bulk.
#pragma once

#include "columns/ColumnArray.h"
#include "columns/ColumnTuple.h"

namespace datastore
{
class ColumnMap final : public IColumn
{
public:
    /// `nested` must be a ColumnArray of a two-element ColumnTuple; throws LOGICAL_ERROR otherwise.
    explicit ColumnMap(ColumnPtr nested);
    static std::shared_ptr<ColumnMap> create(ColumnPtr nested) { return std::make_shared<ColumnMap>(std::move(nested)); }
    /// An empty map column with the given (empty) key and value columns.
    static std::shared_ptr<ColumnMap> create(ColumnPtr keys, ColumnPtr values);

    const ColumnArray & getNestedColumn() const { return static_cast<const ColumnArray &>(*nested); }
    const ColumnPtr & getNestedColumnPtr() const { return nested; }
    ColumnArray & getNestedColumnMutable() { return const_cast<ColumnArray &>(getNestedColumn()); }
    const ColumnTuple & getNestedData() const { return static_cast<const ColumnTuple &>(getNestedColumn().getData()); }
    ColumnTuple & getNestedDataMutable() { return static_cast<ColumnTuple &>(getNestedColumnMutable().getDataMutable()); }
    const IColumn & getKeys() const { return getNestedData().getColumn(0); }
    const IColumn & getValues() const { return getNestedData().getColumn(1); }
    const ColumnArray::Offsets & getOffsets() const { return getNestedColumn().getOffsets(); }

    std::string getName() const override;
    size_t size() const override { return nested->size(); }
    size_t byteSize() const override { return nested->byteSize(); }
    size_t allocatedBytes() const override { return nested->allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return create(nested->cloneEmpty()); }

    /// A Map field: the row's (key, value) Tuples in stored order.
    Field operator[](size_t n) const override;
    /// Accepts a Map field of two-element Tuples (NULL inserts an empty map).
    void insert(const Field & value) override;

    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override { getNestedColumnMutable().insertDefault(); }
    void insertManyDefaults(size_t count) override { getNestedColumnMutable().insertManyDefaults(count); }
    void popBack(size_t n) override { getNestedColumnMutable().popBack(n); }
    void reserve(size_t n) override { getNestedColumnMutable().reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override { return create(nested->filter(filter, result_size_hint)); }
    ColumnPtr permute(const Permutation & perm, size_t limit) const override { return create(nested->permute(perm, limit)); }
    ColumnPtr cut(size_t start, size_t length) const override { return create(nested->cut(start, length)); }
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override { return create(nested->replicate(offsets)); }

    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;

    void updateHashes(RowHashes & hashes) const override { nested->updateHashes(hashes); }
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override
    {
        return nested->serializeValueIntoArena(n, arena, begin);
    }
    const char * deserializeAndInsertFromArena(const char * pos) override
    {
        return getNestedColumnMutable().deserializeAndInsertFromArena(pos);
    }

    ColumnPtr convertToFullColumnIfLowCardinality() const override;
    void forEachSubcolumn(const std::function<void(ColumnPtr &)> & callback) override { callback(nested); }

private:
    ColumnPtr nested;
};
}
