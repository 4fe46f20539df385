// Higher-order functions with one result per element: arrayCumSum (running sums),
// arrayCumSumNonNegative (running sums that restart from 0 when they fall below it) and
// arrayDifference (each element minus the one before, 0 first), on the elements or the lambda's
// results, in the widened types of ArraySumTypes.
#include "functions/array/ArraySumTypes.h"
#include "functions/array/FunctionArrayMapped.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
enum class Running
{
    Sum,
    NonNegativeSum,
    Difference,
};

class FunctionArrayRunning final : public FunctionArrayMapped
{
public:
    FunctionArrayRunning(std::string name_, Running running_) : FunctionArrayMapped(std::move(name_), Lambda::Optional, Results::Values), running(running_) {}

protected:
    DataTypePtr getMappedReturnType(const DataTypePtr & mapped_type, const DataTypePtr &) const override
    {
        if (running == Running::Difference)
        {
            DataTypePtr type = differenceTypeOf(*mapped_type);
            if (!type)
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "arrayDifference cannot process values of type {}", mapped_type->getName());
            return std::make_shared<DataTypeArray>(type);
        }
        DataTypePtr type = sumTypeOf(*mapped_type);
        if (!type)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{} cannot add values of type {}", getName(), mapped_type->getName());
        return std::make_shared<DataTypeArray>(type);
    }

    ColumnPtr executeMapped(const ColumnArray & array, const ColumnPtr & mapped, const DataTypePtr & mapped_type,
                            const DataTypePtr & result_type) const override
    {
        const DataTypePtr & result_element = result_type->as<DataTypeArray>()->getNestedType();
        ColumnPtr data;
        dispatchElementAndResult(mapped_type->getTypeId(), result_element->getTypeId(), [&](auto element_tag, auto result_tag) {
            using T = typename decltype(element_tag)::Type;
            using R = typename decltype(result_tag)::Type;
            data = compute<T, R>(array.getOffsets(), mapped->assertCast<ColumnVector<T>>().getData());
        });
        ColumnArray::Offsets offsets(array.getOffsets());
        return ColumnArray::create(data, std::move(offsets));
    }

private:
    template <typename T, typename R>
    ColumnPtr compute(const ColumnArray::Offsets & offsets, const PodArray<T> & values) const
    {
        auto result = ColumnVector<R>::create(values.size());
        auto & out = result->getData();
        UInt64 begin = 0;
        for (UInt64 end : offsets)
        {
            R accumulated{};
            for (UInt64 i = begin; i < end; ++i)
            {
                auto value = static_cast<R>(values[i]);
                if (running == Running::Difference)
                {
                    out[i] = i == begin ? R{} : wrappingSubtract<R>(value, accumulated);
                    accumulated = value;
                    continue;
                }
                accumulated = wrappingAdd<R>(accumulated, value);
                if constexpr (!std::is_unsigned_v<R> && !std::is_same_v<R, UInt128>)
                    if (running == Running::NonNegativeSum && accumulated < R{})
                        accumulated = R{};
                out[i] = accumulated;
            }
            begin = end;
        }
        return result;
    }

    Running running;
};
}

void registerFunctionsArrayCumulative(FunctionFactory & factory)
{
    factory.registerFunction("arrayCumSum", makeCreator<FunctionArrayRunning>(std::string("arrayCumSum"), Running::Sum));
    factory.registerFunction("arrayCumSumNonNegative", makeCreator<FunctionArrayRunning>(std::string("arrayCumSumNonNegative"), Running::NonNegativeSum));
    factory.registerFunction("arrayDifference", makeCreator<FunctionArrayRunning>(std::string("arrayDifference"), Running::Difference));
}
}
