// The frame every non-cryptographic hash function of several arguments shares (cityHash64,
// sipHash64, xxHash64, murmurHash3_32...): each argument's hash per row, folded left to right
// with the hash's own combine. An array folds in the hash of its length, then its elements'
// hashes, tuples as their elements one after another, maps as arrays of (key, value)
// tuples, so nested values give ClickHouse's results. A hash `Impl` provides:
//   using Result = UInt128 (returned as FixedString(16)), UInt64 or UInt32;
//   static constexpr const char * name;
//   static constexpr bool use_int_hash_for_integers;  /// integers up to 64 bits by their IntHash
//   static Result apply(const char * data, size_t size);
//   static Result combine(Result previous, Result next);
#pragma once

#include "columns/ColumnArray.h"
#include "columns/ColumnFixedString.h"
#include "columns/ColumnMap.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "functions/IntHash.h"
#include "functions/ValueBytes.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"
#include "types/DataTypeTuple.h"

namespace datastore::functions
{
/// Whether values of `type` can be hashed: strings, fixed-width values and arrays, tuples and
/// maps of them. NULLs are handled by the function's default NULL implementation, so a
/// Nullable nested in an array or tuple is not.
bool isHashableType(const IDataType & type);

/// Integers, floats, Bool, dates, Enums and IPv4 of at most 64 bits, which cityHash64 hashes by value.
bool isHashedByValue(TypeIndex type);

/// The hash of an empty argument list: ClickHouse's fixed constant, truncated for 32-bit hashes.
constexpr UInt64 empty_arguments_hash = 0xe28dbde7fe22e41cULL;

/// The combine of the murmur hashes and xxHash32: the next hash xor the salted IntHash of the
/// previous one.
template <typename Result>
struct CombineByIntHash
{
    static Result combine(Result previous, Result next)
    {
        if constexpr (sizeof(Result) == sizeof(UInt64))
            return intHash64Salted(previous) ^ next;
        else
            return intHash32Salted(previous) ^ next;
    }
};

template <typename Impl>
class FunctionAnyHash final : public IFunction
{
public:
    using Result = typename Impl::Result;
    std::string getName() const override { return Impl::name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        for (size_t i = 0; i < arguments.size(); ++i)
            if (!isHashableType(*arguments[i].type))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        return typeByName(sizeof(Result) == 16 ? "FixedString(16)" : sizeof(Result) == 8 ? "UInt64" : "UInt32");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnVector<Result>::create(rows, static_cast<Result>(empty_arguments_hash));
        Result * out = result->getData().data();
        for (size_t i = 0; i < arguments.size(); ++i)
            hashColumn(*arguments[i].type, *arguments[i].column->convertToFullColumnIfConst(), out, i == 0);
        if constexpr (sizeof(Result) == 16)
        {
            /// The 128-bit hash's bytes in memory order, low half first.
            auto bytes = ColumnFixedString::create(16);
            const auto * begin = reinterpret_cast<const UInt8 *>(out);
            bytes->getChars().insert(begin, begin + rows * sizeof(Result));
            return bytes;
        }
        else
            return result;
    }

private:
    /// Sets out[row] to the column's hash of the row if `is_first`, else folds it into out[row].
    static void hashColumn(const IDataType & type, const IColumn & column, Result * out, bool is_first)
    {
        if (type.getTypeId() == TypeIndex::LowCardinality)
        {
            hashColumn(*removeLowCardinality(type.shared_from_this()), *column.convertToFullColumnIfLowCardinality(), out, is_first);
            return;
        }
        if (const auto * tuple = type.as<DataTypeTuple>())
        {
            const auto & columns = column.assertCast<ColumnTuple>();
            for (size_t i = 0; i < tuple->getElements().size(); ++i)
                hashColumn(*tuple->getElements()[i], columns.getColumn(i), out, is_first && i == 0);
            return;
        }
        if (const auto * map = type.as<DataTypeMap>())
        {
            hashColumn(*map->getNestedType(), column.assertCast<ColumnMap>().getNestedColumn(), out, is_first);
            return;
        }
        if (const auto * array = type.as<DataTypeArray>())
        {
            hashArray(*array->getNestedType(), column.assertCast<ColumnArray>(), out, is_first);
            return;
        }
        auto store = [&](size_t row, Result hash) { out[row] = is_first ? hash : Impl::combine(out[row], hash); };
        if constexpr (Impl::use_int_hash_for_integers)
        {
            if (isHashedByValue(type.getTypeId()))
            {
                dispatchByStorage(type.getTypeId(), [&](auto tag) {
                    using T = typename decltype(tag)::Type;
                    if constexpr (sizeof(T) <= sizeof(UInt64))
                    {
                        const T * values = reinterpret_cast<const T *>(column.getRawData().data());
                        for (size_t row = 0; row < column.size(); ++row)
                        {
                            UInt64 bits = 0;
                            std::memcpy(&bits, &values[row], sizeof(T));
                            store(row, intHash64Salted(bits));
                        }
                    }
                });
                return;
            }
        }
        forEachValueBytes(column, [&](size_t row, const char * data, size_t size) { store(row, Impl::apply(data, size)); });
    }

    static void hashArray(const IDataType & element_type, const ColumnArray & array, Result * out, bool is_first)
    {
        const auto & offsets = array.getOffsets();
        PodArray<Result> elements(array.getData().size());
        hashColumn(element_type, array.getData(), elements.data(), true);
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            Result length = lengthHash(offsets[row] - begin);
            Result hash = is_first ? length : Impl::combine(out[row], length);
            for (UInt64 i = begin; i < offsets[row]; ++i)
                hash = Impl::combine(hash, elements[i]);
            out[row] = hash;
            begin = offsets[row];
        }
    }

    static Result lengthHash(UInt64 length)
    {
        if constexpr (sizeof(Result) == sizeof(UInt64))
            return intHash64Salted(length);
        else
            return intHash32Salted(length);
    }
};
}
