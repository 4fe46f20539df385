// Higher-order functions folding each array to one value: arraySum, arrayAvg, arrayProduct,
// arrayMin and arrayMax, on the elements or the lambda's results. Numbers run typed loops per
// array; arrayMin / arrayMax compare any type and skip NULLs and NaN as ClickHouse does.
#include <cmath>

#include "columns/ColumnNullable.h"
#include "functions/array/ArraySumTypes.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
enum class Fold
{
    Sum,
    Avg,
    Product,
    Min,
    Max,
};

double decimalDivisor(const IDataType & type)
{
    return std::pow(10.0, decimalScale(type));
}

class FunctionArrayAggregation final : public FunctionArrayMapped
{
public:
    FunctionArrayAggregation(std::string name_, Fold fold_) : FunctionArrayMapped(std::move(name_), Lambda::Optional, Results::Values), fold(fold_) {}

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr & mapped_type, const DataTypePtr &) const override
    {
        bool is_min_max = fold == Fold::Min || fold == Fold::Max;
        DataTypePtr sum_type = sumTypeOf(*mapped_type);
        if (mapped_type->getTypeId() == TypeIndex::Nothing || (!is_min_max && !sum_type))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "array aggregation function cannot be performed on type {}",
                            mapped_type->getName());
        if (is_min_max)
            return mapped_type;
        return fold == Fold::Sum ? sum_type : typeByName("Float64");
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr & mapped_type,
                            const DataTypePtr & result_type) const override
    {
        if (fold == Fold::Min || fold == Fold::Max)
            return executeMinMax(array.getOffsets(), mapped, mapped_type, result_type);
        DataTypePtr sum_type = fold == Fold::Sum ? result_type : sumTypeOf(*mapped_type);
        ColumnPtr result;
        dispatchElementAndResult(mapped_type->getTypeId(), sum_type->getTypeId(), [&](auto element_tag, auto sum_tag) {
            using T = typename decltype(element_tag)::Type;
            using S = typename decltype(sum_tag)::Type;
            const auto & values = mapped->assertCast<ColumnVector<T>>().getData();
            result = fold == Fold::Sum ? sums<T, S>(array.getOffsets(), values)
                                       : averagesOrProducts<T, S>(array.getOffsets(), values, *mapped_type);
        });
        return result;
    }

private:
    template <typename T, typename S>
    static ColumnPtr sums(const ColumnArray::Offsets & offsets, const PodArray<T> & values)
    {
        auto result = ColumnVector<S>::create(offsets.size());
        auto & out = result->getData();
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            S sum{};
            for (UInt64 i = begin; i < offsets[row]; ++i)
                sum = wrappingAdd<S>(sum, static_cast<S>(values[i]));
            out[row] = sum;
            begin = offsets[row];
        }
        return result;
    }

    /// An empty array gives 0 for both, as in ClickHouse. The average of Decimals is divided in
    /// the Decimal's scale (truncated) before it becomes a Float64.
    template <typename T, typename S>
    ColumnPtr averagesOrProducts(const ColumnArray::Offsets & offsets, const PodArray<T> & values, const IDataType & type) const
    {
        bool is_decimal = isDecimalType(type.getTypeId());
        double divisor = decimalDivisor(type);
        auto result = ColumnFloat64::create(offsets.size());
        auto & out = result->getData();
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt64 end = offsets[row];
            if (end == begin)
                out[row] = 0;
            else if (fold == Fold::Avg)
            {
                S sum{};
                for (UInt64 i = begin; i < end; ++i)
                    sum = wrappingAdd<S>(sum, static_cast<S>(values[i]));
                if constexpr (std::is_integral_v<S> || std::is_same_v<S, Int128> || std::is_same_v<S, UInt128>)
                    if (is_decimal)
                        sum /= static_cast<S>(end - begin);
                out[row] = is_decimal ? static_cast<double>(sum) / divisor : static_cast<double>(sum) / static_cast<double>(end - begin);
            }
            else
            {
                double product = 1;
                for (UInt64 i = begin; i < end; ++i)
                    product *= static_cast<double>(values[i]) / divisor;
                out[row] = product;
            }
            begin = end;
        }
        return result;
    }

    ColumnPtr executeMinMax(const ColumnArray::Offsets & offsets, const ColumnPtr & mapped, const DataTypePtr & mapped_type,
                            const DataTypePtr & result_type) const
    {
        ColumnPtr result;
        if (!mapped_type->isNullable())
            dispatchByStorage(mapped_type->getTypeId(), [&](auto tag) {
                using T = typename decltype(tag)::Type;
                result = typedMinMax<T>(offsets, mapped->assertCast<ColumnVector<T>>().getData());
            });
        if (result)
            return result;
        /// Other types compare row by row; NULLs are skipped, an array of only NULLs gives NULL.
        const IColumn & data = *mapped;
        int sign = fold == Fold::Min ? 1 : -1;
        auto column = result_type->createColumn();
        column->reserve(offsets.size());
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            UInt64 best = end;
            for (UInt64 i = begin; i < end; ++i)
                if (!data.isNullAt(i) && (best == end || sign * data.compareAt(i, best, data, sign) < 0))
                    best = i;
            if (best == end)
                column->insertDefault();
            else
                column->insertFrom(data, best);
            begin = end;
        }
        return column;
    }

    /// NaN is replaced by any other value and never replaces one.
    template <typename T>
    ColumnPtr typedMinMax(const ColumnArray::Offsets & offsets, const PodArray<T> & values) const
    {
        auto result = ColumnVector<T>::create(offsets.size());
        auto & out = result->getData();
        bool is_min = fold == Fold::Min;
        UInt64 begin = 0;
        for (size_t row = 0; row < offsets.size(); ++row)
        {
            UInt64 end = offsets[row];
            T best = begin < end ? values[begin] : T{};
            for (UInt64 i = begin + 1; i < end; ++i)
            {
                T value = values[i];
                bool better = is_min ? value < best : best < value;
                if (better || best != best)
                    best = value;
            }
            out[row] = best;
            begin = end;
        }
        return result;
    }

    Fold fold;
};
}

void registerFunctionsArrayAggregation(FunctionFactory & factory)
{
    factory.registerFunction("arraySum", makeCreator<FunctionArrayAggregation>(std::string("arraySum"), Fold::Sum));
    factory.registerFunction("arrayAvg", makeCreator<FunctionArrayAggregation>(std::string("arrayAvg"), Fold::Avg));
    factory.registerFunction("arrayProduct", makeCreator<FunctionArrayAggregation>(std::string("arrayProduct"), Fold::Product));
    factory.registerFunction("arrayMin", makeCreator<FunctionArrayAggregation>(std::string("arrayMin"), Fold::Min));
    factory.registerFunction("arrayMax", makeCreator<FunctionArrayAggregation>(std::string("arrayMax"), Fold::Max));
}
}
