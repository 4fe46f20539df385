// The bitmap functions over groupBitmap states (AggregateFunction(groupBitmap, T)), as
// ClickHouse's: bitmapBuild(array) makes one, bitmapToArray and bitmapCardinality read it,
// bitmapMin and bitmapMax (the values as unsigned), bitmapContains(bitmap, x), bitmapHasAny
// and bitmapHasAll test it, bitmapAnd/Or/Xor/AndNot combine two into a new one and
// bitmap{And,Or,Xor,AndNot}Cardinality count what they would.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/GroupBitmapData.h"
#include "columns/ColumnAggregateFunction.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeAggregateFunction.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
using aggregates::GroupBitmapData;

enum class BitmapFunction
{
    Build,
    ToArray,
    Cardinality,
    Min,
    Max,
    Contains,
    HasAny,
    HasAll,
    And,
    Or,
    Xor,
    AndNot,
    AndCardinality,
    OrCardinality,
    XorCardinality,
    AndNotCardinality,
};

template <typename T>
const GroupBitmapData<T> & bitmapAt(const ColumnAggregateFunction & column, size_t row)
{
    return *reinterpret_cast<const GroupBitmapData<T> *>(column.getData()[row]);
}

/// The value type T of an AggregateFunction(groupBitmap, T) argument.
const DataTypePtr & bitmapValueType(const std::string & function, const DataTypePtr & type, const char * ordinal)
{
    const auto * state_type = type->as<DataTypeAggregateFunction>();
    if (!state_type || state_type->getFunction()->getName() != "groupBitmap")
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{} argument for function {} must be a bitmap but it has type {}.", ordinal,
                        function, type->getName());
    return state_type->getArgumentTypes()[0];
}

class FunctionBitmap final : public IFunction
{
public:
    FunctionBitmap(std::string name_, BitmapFunction kind_) : name(std::move(name_)), kind(kind_) {}

    std::string getName() const override { return name; }
    bool useDefaultImplementationForNulls() const override { return kind != BitmapFunction::Build; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        bool is_unary = kind == BitmapFunction::Build || kind == BitmapFunction::ToArray || kind == BitmapFunction::Cardinality
            || kind == BitmapFunction::Min || kind == BitmapFunction::Max;
        checkArgumentCount(name, arguments.size(), is_unary ? 1 : 2);
        if (kind == BitmapFunction::Build)
        {
            const auto * array = arguments[0].type->as<DataTypeArray>();
            DataTypePtr element = array ? array->getNestedType() : nullptr;
            if (!element || !aggregates::dispatchBitmapType(element->getTypeId(), [](auto) {}))
                throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Unexpected type {} of argument of function {}", arguments[0].type->getName(), name);
            value_type = element;
            function = aggregates::AggregateFunctionFactory::instance().get("groupBitmap", {element}, {});
            return std::make_shared<DataTypeAggregateFunction>(function, DataTypes{element}, Array{});
        }
        value_type = bitmapValueType(name, arguments[0].type, "First");
        function = arguments[0].type->as<DataTypeAggregateFunction>()->getFunction();
        switch (kind)
        {
            case BitmapFunction::ToArray: return typeByName("Array(" + value_type->getName() + ")");
            case BitmapFunction::Cardinality:
            case BitmapFunction::Min:
            case BitmapFunction::Max: return typeByName("UInt64");
            case BitmapFunction::Contains:
                if (!isNativeInteger(arguments[1].type->getTypeId()) || arguments[1].type->getTypeId() == TypeIndex::Bool)
                    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Second argument for function {} must be an native integer type but it has type {}.",
                                    name, arguments[1].type->getName());
                return typeByName("UInt8");
            default: break;
        }
        const DataTypePtr & other = bitmapValueType(name, arguments[1].type, "Second");
        if (other->getName() != value_type->getName())
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The nested type in bitmaps must be the same, but one is {}, and the other is {}",
                            value_type->getName(), other->getName());
        switch (kind)
        {
            case BitmapFunction::HasAny:
            case BitmapFunction::HasAll: return typeByName("UInt8");
            case BitmapFunction::And:
            case BitmapFunction::Or:
            case BitmapFunction::Xor:
            case BitmapFunction::AndNot: return arguments[0].type;
            default: return typeByName("UInt64");
        }
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const override
    {
        ColumnPtr result;
        aggregates::dispatchBitmapType(value_type->getTypeId(), [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            result = executeFor<T>(arguments, result_type, rows);
        });
        return result;
    }

private:
    template <typename T>
    ColumnPtr executeFor(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
    {
        ColumnPtr first = arguments[0].column->convertToFullColumnIfConst();
        if (kind == BitmapFunction::Build)
            return build<T>(first->assertCast<ColumnArray>(), rows);
        const auto & bitmaps = first->assertCast<ColumnAggregateFunction>();
        switch (kind)
        {
            case BitmapFunction::ToArray:
            {
                auto result = result_type->createColumn();
                auto & array = static_cast<ColumnArray &>(*result);
                auto & values = static_cast<ColumnVector<T> &>(array.getDataMutable());
                for (size_t row = 0; row < rows; ++row)
                {
                    bitmapAt<T>(bitmaps, row).bitmap.forEach([&](T value) { values.insertValue(value); });
                    array.finishRow();
                }
                return result;
            }
            case BitmapFunction::Cardinality:
                return valuesByRow(rows, [&](size_t row) { return bitmapAt<T>(bitmaps, row).bitmap.size(); });
            case BitmapFunction::Min: return valuesByRow(rows, [&](size_t row) { return bitmapAt<T>(bitmaps, row).bitmap.minimum(); });
            case BitmapFunction::Max: return valuesByRow(rows, [&](size_t row) { return bitmapAt<T>(bitmaps, row).bitmap.maximum(); });
            case BitmapFunction::Contains:
            {
                ColumnPtr second = arguments[1].column->convertToFullColumnIfConst();
                auto result = ColumnVector<UInt8>::create();
                dispatchByStorage(arguments[1].type->getTypeId(), [&](auto value_tag)
                {
                    using V = typename decltype(value_tag)::Type;
                    if constexpr (std::is_integral_v<V>)
                    {
                        const auto & values = second->assertCast<ColumnVector<V>>().getData();
                        for (size_t row = 0; row < rows; ++row)
                            result->insertValue(bitmapAt<T>(bitmaps, row).bitmap.contains(static_cast<UInt64>(values[row])));
                    }
                });
                return result;
            }
            default: break;
        }
        ColumnPtr second_holder = arguments[1].column->convertToFullColumnIfConst();
        const auto & others = second_holder->assertCast<ColumnAggregateFunction>();
        auto lhs = [&](size_t row) -> const auto & { return bitmapAt<T>(bitmaps, row).bitmap; };
        auto rhs = [&](size_t row) -> const auto & { return bitmapAt<T>(others, row).bitmap; };
        switch (kind)
        {
            case BitmapFunction::HasAny:
            {
                auto result = ColumnVector<UInt8>::create();
                for (size_t row = 0; row < rows; ++row)
                    result->insertValue(lhs(row).intersectionSize(rhs(row)) > 0);
                return result;
            }
            case BitmapFunction::HasAll:
            {
                auto result = ColumnVector<UInt8>::create();
                for (size_t row = 0; row < rows; ++row)
                    result->insertValue(rhs(row).intersectionSize(lhs(row)) == rhs(row).size());
                return result;
            }
            case BitmapFunction::AndCardinality: return valuesByRow(rows, [&](size_t row) { return lhs(row).intersectionSize(rhs(row)); });
            case BitmapFunction::OrCardinality:
                return valuesByRow(rows, [&](size_t row) { return lhs(row).size() + rhs(row).size() - lhs(row).intersectionSize(rhs(row)); });
            case BitmapFunction::XorCardinality:
                return valuesByRow(rows, [&](size_t row) { return lhs(row).size() + rhs(row).size() - 2 * lhs(row).intersectionSize(rhs(row)); });
            case BitmapFunction::AndNotCardinality:
                return valuesByRow(rows, [&](size_t row) { return lhs(row).size() - lhs(row).intersectionSize(rhs(row)); });
            default: break;
        }
        auto result = ColumnAggregateFunction::create(function);
        for (size_t row = 0; row < rows; ++row)
        {
            auto & state = newBitmap<T>(*result);
            state.bitmap = lhs(row);
            switch (kind)
            {
                case BitmapFunction::And: state.bitmap.intersectOrSubtract(rhs(row), true); break;
                case BitmapFunction::AndNot: state.bitmap.intersectOrSubtract(rhs(row), false); break;
                case BitmapFunction::Xor: state.bitmap.symmetricDifference(rhs(row)); break;
                default: state.bitmap.merge(rhs(row)); break;
            }
        }
        return result;
    }

    template <typename T>
    ColumnPtr build(const ColumnArray & arrays, size_t rows) const
    {
        auto result = ColumnAggregateFunction::create(function);
        const auto & values = arrays.getData().assertCast<ColumnVector<T>>().getData();
        const auto & offsets = arrays.getOffsets();
        for (size_t row = 0; row < rows; ++row)
        {
            auto & state = newBitmap<T>(*result);
            for (size_t i = row ? offsets[row - 1] : 0; i < offsets[row]; ++i)
                state.bitmap.add(values[i]);
        }
        return result;
    }

    template <typename T>
    static GroupBitmapData<T> & newBitmap(ColumnAggregateFunction & column)
    {
        Arena * arena = nullptr;
        auto & state = *reinterpret_cast<GroupBitmapData<T> *>(column.insertNewState(arena));
        state.has_value = true;
        return state;
    }

    template <typename F>
    static ColumnPtr valuesByRow(size_t rows, F && count)
    {
        auto result = ColumnVector<UInt64>::create();
        result->reserve(rows);
        for (size_t row = 0; row < rows; ++row)
            result->insertValue(count(row));
        return result;
    }

    std::string name;
    BitmapFunction kind;
    /// Resolved by getReturnType, once per call site before any execute.
    mutable DataTypePtr value_type;
    mutable aggregates::AggregateFunctionPtr function;
};
}

void registerFunctionsBitmap(FunctionFactory & factory)
{
    const std::pair<const char *, BitmapFunction> functions[] = {
        {"bitmapBuild", BitmapFunction::Build},
        {"bitmapToArray", BitmapFunction::ToArray},
        {"bitmapCardinality", BitmapFunction::Cardinality},
        {"bitmapMin", BitmapFunction::Min},
        {"bitmapMax", BitmapFunction::Max},
        {"bitmapContains", BitmapFunction::Contains},
        {"bitmapHasAny", BitmapFunction::HasAny},
        {"bitmapHasAll", BitmapFunction::HasAll},
        {"bitmapAnd", BitmapFunction::And},
        {"bitmapOr", BitmapFunction::Or},
        {"bitmapXor", BitmapFunction::Xor},
        {"bitmapAndnot", BitmapFunction::AndNot},
        {"bitmapAndCardinality", BitmapFunction::AndCardinality},
        {"bitmapOrCardinality", BitmapFunction::OrCardinality},
        {"bitmapXorCardinality", BitmapFunction::XorCardinality},
        {"bitmapAndnotCardinality", BitmapFunction::AndNotCardinality},
    };
    for (const auto & [name, kind] : functions)
        factory.registerFunction(name, makeCreator<FunctionBitmap>(std::string(name), kind));
}
}
