#include "columns/ColumnVector.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "base/Arena.h"
#include "base/Exception.h"
#include "columns/ColumnHashing.h"

namespace datastore
{
namespace
{
template <typename T>
constexpr const char * valueTypeName()
{
    if constexpr (std::is_same_v<T, UInt8>) return "UInt8";
    else if constexpr (std::is_same_v<T, UInt16>) return "UInt16";
    else if constexpr (std::is_same_v<T, UInt32>) return "UInt32";
    else if constexpr (std::is_same_v<T, UInt64>) return "UInt64";
    else if constexpr (std::is_same_v<T, UInt128>) return "UInt128";
    else if constexpr (std::is_same_v<T, Int8>) return "Int8";
    else if constexpr (std::is_same_v<T, Int16>) return "Int16";
    else if constexpr (std::is_same_v<T, Int32>) return "Int32";
    else if constexpr (std::is_same_v<T, Int64>) return "Int64";
    else if constexpr (std::is_same_v<T, Int128>) return "Int128";
    else if constexpr (std::is_same_v<T, Float32>) return "Float32";
    else if constexpr (std::is_same_v<T, Float64>) return "Float64";
    else return "UUID";
}

template <typename T>
T fieldToValue(const Field & value)
{
    if constexpr (std::is_same_v<T, UUID>)
    {
        if (const auto * uuid = value.tryGet<UUID>())
            return *uuid;
        if (value.isNull())
            return {};
    }
    else
    {
        switch (value.which())
        {
            case Field::Which::Null: return T{};
            case Field::Which::UInt64: return static_cast<T>(value.get<UInt64>());
            case Field::Which::Int64: return static_cast<T>(value.get<Int64>());
            case Field::Which::Float64: return static_cast<T>(value.get<Float64>());
            case Field::Which::Int128: return static_cast<T>(value.get<Int128>());
            case Field::Which::UInt128: return static_cast<T>(value.get<UInt128>());
            case Field::Which::Bool: return static_cast<T>(value.get<bool>());
            case Field::Which::Decimal32: return static_cast<T>(value.get<DecimalField<Int32>>().raw);
            case Field::Which::Decimal64: return static_cast<T>(value.get<DecimalField<Int64>>().raw);
            case Field::Which::Decimal128: return static_cast<T>(value.get<DecimalField<Int128>>().raw);
            default: break;
        }
    }
    throw Exception(ErrorCodes::BAD_TYPE_OF_FIELD, "Cannot insert a value of type {} into a column of type {}", fieldTypeName(value.which()),
                    valueTypeName<T>());
}

template <typename T>
int compareValues(T a, T b, int nan_direction_hint)
{
    if constexpr (std::is_floating_point_v<T>)
    {
        bool a_nan = std::isnan(a);
        bool b_nan = std::isnan(b);
        if (a_nan || b_nan)
        {
            if (a_nan && b_nan)
                return 0;
            return a_nan ? nan_direction_hint : -nan_direction_hint;
        }
    }
    return a < b ? -1 : (b < a ? 1 : 0);
}

template <typename T>
UInt64 valueBitsForHash(T value)
{
    if constexpr (std::is_same_v<T, UUID>)
        return mixHash(value.high, value.low);
    else if constexpr (sizeof(T) == 16)
        return mixHash(static_cast<UInt64>(value), static_cast<UInt64>(static_cast<UInt128>(value) >> 64));
    else if constexpr (std::is_floating_point_v<T>)
    {
        /// +0 and -0 must group together, as must every NaN.
        if (value == 0)
            return 0;
        if (std::isnan(value))
            return 0x7ff8000000000000ULL;
        UInt64 bits = 0;
        std::memcpy(&bits, &value, sizeof(T));
        return bits;
    }
    else
        return static_cast<UInt64>(value);
}
}

template <typename T>
std::string ColumnVector<T>::getName() const
{
    return valueTypeName<T>();
}

template <typename T>
MutableColumnPtr ColumnVector<T>::cloneResized(size_t new_size) const
{
    auto result = std::make_shared<ColumnVector>();
    auto & data = result->values;
    size_t copied = std::min(new_size, values.size());
    data.resize(new_size);
    if (copied)
        std::memcpy(data.data(), values.data(), copied * sizeof(T));
    for (size_t i = copied; i < new_size; ++i)
        data[i] = T{};
    return result;
}

template <typename T>
Field ColumnVector<T>::operator[](size_t n) const
{
    const T & value = values[n];
    if constexpr (std::is_same_v<T, UUID>)
        return Field(value);
    else if constexpr (std::is_same_v<T, Int128> || std::is_same_v<T, UInt128>)
        return Field(value);
    else if constexpr (std::is_floating_point_v<T>)
        return Field(static_cast<Float64>(value));
    else if constexpr (std::is_signed_v<T>)
        return Field(static_cast<Int64>(value));
    else
        return Field(static_cast<UInt64>(value));
}

template <typename T>
void ColumnVector<T>::insert(const Field & value)
{
    values.push_back(fieldToValue<T>(value));
}

template <typename T>
void ColumnVector<T>::insertRangeFrom(const IColumn & src, size_t start, size_t length)
{
    const auto & source = static_cast<const ColumnVector &>(src).values;
    if (start + length > source.size())
        throw Exception(ErrorCodes::LOGICAL_ERROR, "Parameters start = {}, length = {} are out of bound in insertRangeFrom of a column of size {}",
                        start, length, source.size());
    values.insert(source.data() + start, source.data() + start + length);
}

template <typename T>
ColumnPtr ColumnVector<T>::filter(const Filter & filter, ssize_t result_size_hint) const
{
    size_t rows = values.size();
    if (filter.size() != rows)
        throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH, "Size of filter ({}) doesn't match size of column ({})", filter.size(), rows);
    auto result = std::make_shared<ColumnVector>();
    auto & out = result->values;
    /// Branch-free compaction: always write, advance only on kept rows.
    out.resize(rows);
    size_t kept = 0;
    const T * in = values.data();
    const UInt8 * mask = filter.data();
    T * dst = out.data();
    for (size_t i = 0; i < rows; ++i)
    {
        dst[kept] = in[i];
        kept += mask[i] != 0;
    }
    out.resize(kept);
    return result;
}

template <typename T>
ColumnPtr ColumnVector<T>::permute(const Permutation & perm, size_t limit) const
{
    size_t count = limit ? std::min<size_t>(limit, perm.size()) : perm.size();
    auto result = std::make_shared<ColumnVector>(count);
    T * dst = result->values.data();
    const T * src = values.data();
    for (size_t i = 0; i < count; ++i)
        dst[i] = src[perm[i]];
    return result;
}

template <typename T>
ColumnPtr ColumnVector<T>::cut(size_t start, size_t length) const
{
    auto result = std::make_shared<ColumnVector>();
    result->values.insert(values.data() + start, values.data() + start + length);
    return result;
}

template <typename T>
ColumnPtr ColumnVector<T>::replicate(const PodArray<UInt64> & offsets) const
{
    auto result = std::make_shared<ColumnVector>();
    auto & out = result->values;
    out.reserve(offsets.empty() ? 0 : offsets.back());
    UInt64 previous = 0;
    for (size_t i = 0; i < offsets.size(); ++i)
    {
        for (UInt64 j = previous; j < offsets[i]; ++j)
            out.push_back(values[i]);
        previous = offsets[i];
    }
    return result;
}

template <typename T>
int ColumnVector<T>::compareAt(size_t n, size_t m, const IColumn & rhs, int nan_direction_hint) const
{
    return compareValues(values[n], static_cast<const ColumnVector &>(rhs).values[m], nan_direction_hint);
}

template <typename T>
void ColumnVector<T>::getPermutation(bool reverse, size_t limit, int nan_direction_hint, Permutation & perm) const
{
    size_t rows = values.size();
    perm.resize(rows);
    std::iota(perm.begin(), perm.end(), 0);
    const T * data = values.data();
    auto less = [&](UInt64 a, UInt64 b)
    {
        int cmp = compareValues(data[a], data[b], nan_direction_hint);
        if (cmp == 0)
            return a < b;
        return reverse ? cmp > 0 : cmp < 0;
    };
    if (limit && limit < rows)
        std::partial_sort(perm.begin(), perm.begin() + limit, perm.end(), less);
    else
        std::sort(perm.begin(), perm.end(), less);
}

template <typename T>
void ColumnVector<T>::updateHashes(RowHashes & hashes) const
{
    const T * data = values.data();
    UInt64 * out = hashes.data();
    size_t rows = values.size();
    for (size_t i = 0; i < rows; ++i)
        out[i] = mixHash(out[i], valueBitsForHash(data[i]));
}

template <typename T>
std::string_view ColumnVector<T>::serializeValueIntoArena(size_t n, Arena & arena, const char *& begin) const
{
    char * pos = arena.allocContinue(sizeof(T), begin);
    std::memcpy(pos, &values[n], sizeof(T));
    return {pos, sizeof(T)};
}

template <typename T>
const char * ColumnVector<T>::deserializeAndInsertFromArena(const char * pos)
{
    T value;
    std::memcpy(&value, pos, sizeof(T));
    values.push_back(value);
    return pos + sizeof(T);
}

template class ColumnVector<UInt8>;
template class ColumnVector<UInt16>;
template class ColumnVector<UInt32>;
template class ColumnVector<UInt64>;
template class ColumnVector<UInt128>;
template class ColumnVector<Int8>;
template class ColumnVector<Int16>;
template class ColumnVector<Int32>;
template class ColumnVector<Int64>;
template class ColumnVector<Int128>;
template class ColumnVector<Float32>;
template class ColumnVector<Float64>;
template class ColumnVector<UUID>;
}
