// The in-memory column: a contiguous array of values of one type, the unit every
// operator works on. Operators call one virtual method per block (filter, permute,
// insertRangeFrom...), never one per row; per-row methods exist for slow paths only.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "base/Field.h"
#include "base/PodArray.h"

namespace datastore
{
class IColumn;
class Arena;
using ColumnPtr = std::shared_ptr<const IColumn>;
using MutableColumnPtr = std::shared_ptr<IColumn>;
using Columns = std::vector<ColumnPtr>;
using MutableColumns = std::vector<MutableColumnPtr>;

/// One byte per row: 1 keeps the row.
using Filter = PodArray<UInt8>;
/// Row numbers in output order.
using Permutation = PodArray<UInt64>;
/// Hash per row, combined across key columns.
using RowHashes = PodArray<UInt64>;

class IColumn : public std::enable_shared_from_this<IColumn>
{
public:
    virtual ~IColumn() = default;

    /// "UInt64", "String", "Nullable(UInt8)", "Const(UInt64)": for messages and tests.
    virtual std::string getName() const = 0;
    virtual size_t size() const = 0;
    bool empty() const { return size() == 0; }

    /// Bytes of the values themselves and bytes the column holds in memory.
    virtual size_t byteSize() const = 0;
    virtual size_t allocatedBytes() const = 0;

    virtual MutableColumnPtr cloneEmpty() const = 0;
    virtual MutableColumnPtr cloneResized(size_t new_size) const;
    MutableColumnPtr clone() const { return cloneResized(size()); }

    /// Slow per-row access for constants, defaults and messages.
    virtual Field operator[](size_t n) const = 0;
    virtual void get(size_t n, Field & out) const { out = (*this)[n]; }
    virtual void insert(const Field & value) = 0;
    /// Bytes of a fixed-width or string value; empty for composite columns.
    virtual std::string_view getDataAt(size_t n) const;
    virtual bool isNullAt(size_t) const { return false; }

    virtual void insertFrom(const IColumn & src, size_t n) = 0;
    virtual void insertRangeFrom(const IColumn & src, size_t start, size_t length) = 0;
    virtual void insertDefault() = 0;
    virtual void insertManyDefaults(size_t count)
    {
        for (size_t i = 0; i < count; ++i)
            insertDefault();
    }
    virtual void popBack(size_t n) = 0;
    virtual void reserve(size_t) {}

    /// New column of the rows whose filter byte is non-zero; result_size_hint < 0 means unknown.
    virtual ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const = 0;
    /// New column with rows reordered by perm (first `limit` of it; 0 = all).
    virtual ColumnPtr permute(const Permutation & perm, size_t limit) const = 0;
    /// New column with rows [start, start + length).
    virtual ColumnPtr cut(size_t start, size_t length) const;
    /// Repeats row i offsets[i] - offsets[i-1] times (ARRAY JOIN, cross products).
    virtual ColumnPtr replicate(const PodArray<UInt64> & offsets) const = 0;

    /// Three-way comparison of row n with row m of rhs (same type). nan_direction_hint
    /// says where NaN and NULL sort: 1 = after everything, -1 = before.
    virtual int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const = 0;
    /// Fills perm with the stable order of rows; only the first `limit` must be right (0 = all).
    virtual void getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const;
    /// Refines perm within ranges of equal previous keys: used for multi-column sorts.
    virtual void updatePermutation(
        bool reverse, size_t limit, int nan_direction_hint, Permutation & perm, std::vector<std::pair<size_t, size_t>> & equal_ranges) const;

    /// Mixes every row's value into hashes[row] (hashes must have size() elements).
    virtual void updateHashes(RowHashes & hashes) const = 0;
    /// Appends row n's value in a self-delimiting binary form to the arena (GROUP BY keys of
    /// several columns), returning the view of the bytes written; `begin` tracks the key start.
    virtual std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const = 0;
    /// Reads a value written by serializeValueIntoArena, appends it, returns the position after it.
    virtual const char * deserializeAndInsertFromArena(const char * pos) = 0;

    /// True for ColumnConst; such a column holds one row repeated size() times.
    virtual bool isConst() const { return false; }
    virtual bool isNullable() const { return false; }
    virtual bool isNumeric() const { return false; }
    /// Width of one value for fixed-width columns, 0 otherwise.
    virtual size_t sizeOfValueIfFixed() const { return 0; }
    /// Raw contiguous values of fixed-width columns (numbers, FixedString).
    virtual std::string_view getRawData() const { return {}; }

    /// Full column (ColumnConst expanded); other columns return themselves.
    virtual ColumnPtr convertToFullColumnIfConst() const { return shared_from_this(); }
    /// Full, non-LowCardinality column.
    virtual ColumnPtr convertToFullColumnIfLowCardinality() const { return shared_from_this(); }

    /// Sub-columns, for generic traversal (Nullable's nested and null map, Array's data...).
    virtual void forEachSubcolumn(const std::function<void(ColumnPtr &)> &) {}

    template <typename T>
    const T * as() const { return dynamic_cast<const T *>(this); }
    template <typename T>
    T * as() { return dynamic_cast<T *>(this); }
    template <typename T>
    const T & assertCast() const { return static_cast<const T &>(*this); }

    /// Mutable access: takes the column if nobody else holds it, else copies it.
    static MutableColumnPtr mutate(ColumnPtr column);
};

/// Fills `equal_ranges` with the ranges of rows equal under perm, given a fresh sort.
void appendEqualRanges(const IColumn & column, const Permutation & perm, size_t begin, size_t end,
                       std::vector<std::pair<size_t, size_t>> & out);
}
