// A column of fixed-width values: integers, floats, and every type stored as one
// (Date, DateTime, DateTime64, Decimal, Enum, Bool, UUID). The type gives the meaning;
// the column only holds the array. Instantiated once, in ColumnVector.cpp.
#pragma once

#include "columns/IColumn.h"

namespace datastore
{
template <typename T>
class ColumnVector final : public IColumn
{
public:
    using ValueType = T;
    using Container = PodArray<T>;

    ColumnVector() = default;
    explicit ColumnVector(size_t n) : values(n) {}
    ColumnVector(size_t n, T value) : values(n, value) {}
    explicit ColumnVector(Container && data) : values(std::move(data)) {}

    static std::shared_ptr<ColumnVector> create(size_t n = 0) { return std::make_shared<ColumnVector>(n); }
    static std::shared_ptr<ColumnVector> create(size_t n, T value) { return std::make_shared<ColumnVector>(n, value); }
    static std::shared_ptr<ColumnVector> create(Container && data) { return std::make_shared<ColumnVector>(std::move(data)); }

    Container & getData() { return values; }
    const Container & getData() const { return values; }
    T getElement(size_t n) const { return values[n]; }

    std::string getName() const override;
    size_t size() const override { return values.size(); }
    size_t byteSize() const override { return values.size() * sizeof(T); }
    size_t allocatedBytes() const override { return values.allocatedBytes(); }
    MutableColumnPtr cloneEmpty() const override { return std::make_shared<ColumnVector>(); }
    MutableColumnPtr cloneResized(size_t new_size) const override;

    Field operator[](size_t n) const override;
    void insert(const Field & value) override;
    std::string_view getDataAt(size_t n) const override
    {
        return {reinterpret_cast<const char *>(&values[n]), sizeof(T)};
    }
    void insertValue(T value) { values.push_back(value); }

    void insertFrom(const IColumn & src, size_t n) override { values.push_back(static_cast<const ColumnVector &>(src).values[n]); }
    void insertRangeFrom(const IColumn & src, size_t start, size_t length) override;
    void insertDefault() override { values.push_back(T{}); }
    void insertManyDefaults(size_t count) override { values.resize_fill(values.size() + count, T{}); }
    void popBack(size_t n) override { values.pop_back(n); }
    void reserve(size_t n) override { values.reserve(n); }

    ColumnPtr filter(const Filter & filter, ssize_t result_size_hint) const override;
    ColumnPtr permute(const Permutation & perm, size_t limit) const override;
    ColumnPtr cut(size_t start, size_t length) const override;
    ColumnPtr replicate(const PodArray<UInt64> & offsets) const override;

    int compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const override;
    void getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const override;

    void updateHashes(RowHashes & hashes) const override;
    std::string_view serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const override;
    const char * deserializeAndInsertFromArena(const char * pos) override;

    bool isNumeric() const override { return true; }
    size_t sizeOfValueIfFixed() const override { return sizeof(T); }
    std::string_view getRawData() const override
    {
        return {reinterpret_cast<const char *>(values.data()), values.size() * sizeof(T)};
    }

private:
    Container values;
};

using ColumnUInt8 = ColumnVector<UInt8>;
using ColumnUInt16 = ColumnVector<UInt16>;
using ColumnUInt32 = ColumnVector<UInt32>;
using ColumnUInt64 = ColumnVector<UInt64>;
using ColumnUInt128 = ColumnVector<UInt128>;
using ColumnInt8 = ColumnVector<Int8>;
using ColumnInt16 = ColumnVector<Int16>;
using ColumnInt32 = ColumnVector<Int32>;
using ColumnInt64 = ColumnVector<Int64>;
using ColumnInt128 = ColumnVector<Int128>;
using ColumnFloat32 = ColumnVector<Float32>;
using ColumnFloat64 = ColumnVector<Float64>;
using ColumnUUID = ColumnVector<UUID>;

extern template class ColumnVector<UInt8>;
extern template class ColumnVector<UInt16>;
extern template class ColumnVector<UInt32>;
extern template class ColumnVector<UInt64>;
extern template class ColumnVector<UInt128>;
extern template class ColumnVector<Int8>;
extern template class ColumnVector<Int16>;
extern template class ColumnVector<Int32>;
extern template class ColumnVector<Int64>;
extern template class ColumnVector<Int128>;
extern template class ColumnVector<Float32>;
extern template class ColumnVector<Float64>;
extern template class ColumnVector<UUID>;
}
