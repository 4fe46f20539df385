// One value standing for `size` equal rows: constants and literals in expressions stay
// a single value through functions that handle it, instead of being copied per row.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
class ColumnConst final : public IColumn
{
public:
    /// `value` must hold exactly one row.
    ColumnConst(ColumnPtr value, size_t rows);
    static std::shared_ptr<ColumnConst> create(ColumnPtr value, size_t rows) { return std::make_shared<ColumnConst>(std::move(value), rows); }

    const ColumnPtr & getDataColumnPtr() const { return data; }
    const IColumn & getDataColumn() const { return *data; }
    Field getField() const { return (*data)[0]; }
    std::string_view getDataAt(size_t) const override { return data->getDataAt(0); }

    std::string getName() const override { return "Const(" + data->getName() + ")"; }
    size_t size() const override { return rows; }
    size_t byteSize() const override { return data->byteSize(); }
    size_t allocatedBytes() const override { return data->allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return std::make_shared<ColumnConst>(data, 0); }
    MutableColumnPtr cloneResized(size_t new_size) const override { return std::make_shared<ColumnConst>(data, new_size); }

    Field operator[](size_t) const override { return (*data)[0]; }
    void insert(const Field &) override { ++rows; }
    bool isNullAt(size_t) const override { return data->isNullAt(0); }
    void insertFrom(const IColumn &, size_t) override { ++rows; }
    void insertRangeFrom(const IColumn &, size_t, size_t length) override { rows += length; }
    void insertDefault() override { ++rows; }
    void popBack(size_t n) override { rows -= n; }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t, size_t length) const override { return create(data, length); }
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override
    {
        return create(data, offsets.empty() ? 0 : offsets.back());
    }

    int compareAt(size_t, size_t m, const IColumn & rhs, int nan_direction_hint) const override;
    void getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const override;
    void updatePermutation(bool, size_t, int, Permutation &, std::vector<std::pair<size_t, size_t>> &) const override {}

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t, Arena & arena, const char *& begin) const override
    {
        return data->serializeValueIntoArena(0, arena, begin);
    }
    const char * deserializeAndInsertFromArena(const char * pos) override;

    bool isConst() const override { return true; }
    bool isNullable() const override { return data->isNullable(); }
    size_t sizeOfValueIfFixed() const override { return data->sizeOfValueIfFixed(); }
    ColumnPtr convertToFullColumnIfConst() const override;

private:
    ColumnPtr data;
    size_t rows;
};

/// The column itself, or its full form if it is a ColumnConst.
inline ColumnPtr materialize(const ColumnPtr & column)
{
    return column->convertToFullColumnIfConst();
}
}
