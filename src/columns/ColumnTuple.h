// Tuple(T1, T2, ...): one column per element, all of the same length. Row i is the i-th
// value of every element column, so bulk operations run once per element column. The empty
// tuple Tuple() has no element columns and only counts its rows.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
class ColumnTuple final : public IColumn
{
public:
    /// `columns` must be of equal sizes (throws LOGICAL_ERROR otherwise); with no columns the
    /// tuple is empty and holds `rows_without_elements` rows.
    explicit ColumnTuple(Columns columns, size_t rows_without_elements = 0);
    static std::shared_ptr<ColumnTuple> create(Columns columns, size_t rows_without_elements = 0)
    {
        return std::make_shared<ColumnTuple>(std::move(columns), rows_without_elements);
    }

    size_t tupleSize() const { return columns.size(); }
    const IColumn & getColumn(size_t i) const { return *columns[i]; }
    const ColumnPtr & getColumnPtr(size_t i) const { return columns[i]; }
    IColumn & getColumnMutable(size_t i) { return const_cast<IColumn &>(*columns[i]); }
    const Columns & getColumns() const { return columns; }

    std::string getName() const override;
    size_t size() const override { return columns.empty() ? rows_without_elements : columns[0]->size(); }
    size_t byteSize() const override;
    size_t allocatedBytes() const override;
    MutableColumnPtr cloneEmpty() const override;

    Field operator[](size_t n) const override;
    /// Accepts a Tuple field with one value per element (NULL inserts defaults).
    void insert(const Field & value) override;

    void insertFrom(const IColumn & src, size_t n) override;
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override;
    void insertManyDefaults(size_t count) override;
    void popBack(size_t n) override;
    void reserve(size_t n) override;

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t start, size_t length) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    /// Element by element, the first difference decides.
    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    ColumnPtr convertToFullColumnIfLowCardinality() const override;
    void forEachSubcolumn(const std::function<void(ColumnPtr &)> & callback) override
    {
        for (auto & column : columns)
            callback(column);
    }

private:
    /// A tuple of the results of `transform` applied to every element column; an empty tuple
    /// gets `rows_if_empty` rows.
    template <typename Transform>
    ColumnPtr mapElements(Transform && transform, size_t rows_if_empty) const;

    Columns columns;
    size_t rows_without_elements = 0;
};
}
