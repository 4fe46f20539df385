// Array(T): all elements of all rows back to back in one nested column, and per row the
// end offset of its elements. Row i is data[offsets[i-1], offsets[i]), as in ColumnString,
// so bulk operations on arrays become one bulk operation on the nested column.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
class ColumnArray final : public IColumn
{
public:
    using Offsets = PodArray<UInt64>;

    explicit ColumnArray(ColumnPtr data_) : data(std::move(data_)) {}
    ColumnArray(ColumnPtr data_, Offsets && offsets_) : data(std::move(data_)), offsets(std::move(offsets_)) {}
    /// An empty array column whose elements live in `data` (which must be empty too).
    static std::shared_ptr<ColumnArray> create(ColumnPtr data) { return std::make_shared<ColumnArray>(std::move(data)); }
    /// Takes the elements and the end offsets of each row; offsets.back() must equal data->size().
    static std::shared_ptr<ColumnArray> create(ColumnPtr data, Offsets && offsets)
    {
        return std::make_shared<ColumnArray>(std::move(data), std::move(offsets));
    }

    const IColumn & getData() const { return *data; }
    const ColumnPtr & getDataPtr() const { return data; }
    IColumn & getDataMutable() { return const_cast<IColumn &>(*data); }
    Offsets & getOffsets() { return offsets; }
    const Offsets & getOffsets() const { return offsets; }

    size_t offsetAt(size_t n) const { return n == 0 ? 0 : offsets[n - 1]; }
    size_t sizeAt(size_t n) const { return offsets[n] - offsetAt(n); }

    std::string getName() const override { return "Array(" + data->getName() + ")"; }
    size_t size() const override { return offsets.size(); }
    size_t byteSize() const override { return data->byteSize() + offsets.size() * sizeof(UInt64); }
    size_t allocatedBytes() const override { return data->allocatedBytes() + offsets.allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return create(data->cloneEmpty()); }

    Field operator[](size_t n) const override;
    /// Accepts an Array field (NULL inserts an empty array); elements go through the nested insert().
    void insert(const Field & value) override;

    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override { offsets.push_back(offsets.empty() ? 0 : offsets.back()); }
    void insertManyDefaults(size_t count) override { offsets.resize_fill(offsets.size() + count, offsets.empty() ? 0 : offsets.back()); }
    /// Closes the current row after its elements were appended to getDataMutable().
    void finishRow() { offsets.push_back(data->size()); }
    void popBack(size_t n) override;
    void reserve(size_t n) override { offsets.reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t start, size_t length) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    /// Lexicographic by elements, then the shorter array first (as ClickHouse).
    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    ColumnPtr convertToFullColumnIfLowCardinality() const override;
    void forEachSubcolumn(const std::function<void(ColumnPtr &)> & callback) override { callback(data); }

private:
    /// New array column taking element rows `element_rows` of the nested column, with `new_offsets`.
    ColumnPtr gatherElements(const Permutation & element_rows, Offsets && new_offsets) const;

    ColumnPtr data;
    Offsets offsets;
};
}
