// groupBitmap(x): the number of distinct values of an integer column, in the argument's own
// type as ClickHouse answers; its -State is the bitmap (GroupBitmapData.h) that bitmapBuild
// also makes. groupBitmapAnd/Or/Xor(state): the number of values in the intersection, union
// or symmetric difference of a column of such bitmaps; their state is the same bitmap.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/GroupBitmapData.h"
#include "aggregates/IAggregateFunctionWithStateType.h"
#include "columns/ColumnAggregateFunction.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "types/DataTypeAggregateFunction.h"

namespace datastore::aggregates
{
namespace
{
enum class BitmapOperation
{
    None,
    And,
    Or,
    Xor,
};

/// operation None: groupBitmap over values; otherwise groupBitmap<operation> over bitmaps.
template <typename T, BitmapOperation operation>
class AggregateFunctionGroupBitmap final
    : public IAggregateFunctionDataHelper<GroupBitmapData<T>, AggregateFunctionGroupBitmap<T, operation>>,
      public IAggregateFunctionWithStateType
{
    using Base = IAggregateFunctionDataHelper<GroupBitmapData<T>, AggregateFunctionGroupBitmap<T, operation>>;
    using Base::data;

public:
    /// `state_type`: for groupBitmapAnd/Or/Xor, the type of their argument (-State gives the same).
    AggregateFunctionGroupBitmap(const DataTypes & arguments, const Array & parameters, DataTypePtr result_type_, DataTypePtr state_type_ = nullptr)
        : Base(arguments, parameters), result_type(std::move(result_type_)), state_type(std::move(state_type_))
    {
    }

    std::string getName() const override
    {
        switch (operation)
        {
            case BitmapOperation::None: return "groupBitmap";
            case BitmapOperation::And: return "groupBitmapAnd";
            case BitmapOperation::Or: return "groupBitmapOr";
            case BitmapOperation::Xor: return "groupBitmapXor";
        }
        return {};
    }
    DataTypePtr getResultType() const override { return result_type; }
    DataTypePtr getStateType() const override { return state_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        if constexpr (operation == BitmapOperation::None)
            data(place).bitmap.add(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]);
        else
            combine(data(place), data(static_cast<const ColumnAggregateFunction &>(*columns[0]).getData()[row]));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        if constexpr (operation == BitmapOperation::None)
            data(place).bitmap.merge(data(rhs).bitmap);
        else if (data(rhs).has_value)
            combine(data(place), data(rhs));
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).bitmap.write(out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        data(place).bitmap.read(in);
        data(place).has_value = true;
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnVector<T> &>(to).insertValue(static_cast<T>(data(place).bitmap.size()));
    }

private:
    static void combine(GroupBitmapData<T> & lhs, const GroupBitmapData<T> & rhs)
    {
        if (!lhs.has_value)
        {
            lhs.has_value = true;
            lhs.bitmap.merge(rhs.bitmap);
            return;
        }
        switch (operation)
        {
            case BitmapOperation::And: lhs.bitmap.intersectOrSubtract(rhs.bitmap, true); break;
            case BitmapOperation::Xor: lhs.bitmap.symmetricDifference(rhs.bitmap); break;
            default: lhs.bitmap.merge(rhs.bitmap); break;
        }
    }

    DataTypePtr result_type;
    DataTypePtr state_type;
};

AggregateFunctionPtr createGroupBitmap(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    TypeIndex type = arguments[0]->getTypeId();
    if (type == TypeIndex::String || type == TypeIndex::FixedString)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                        "The type {} of argument for aggregate function {} is illegal, because it cannot be used in Bitmap operations",
                        arguments[0]->getName(), name);
    AggregateFunctionPtr result;
    dispatchBitmapType(type, [&](auto tag)
    {
        using T = typename decltype(tag)::Type;
        result = std::make_shared<AggregateFunctionGroupBitmap<T, BitmapOperation::None>>(arguments, parameters, arguments[0]);
    });
    if (!result)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument for aggregate function {}", arguments[0]->getName(), name);
    return result;
}

template <BitmapOperation operation>
AggregateFunctionPtr createGroupBitmapOperation(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    assertUnary(name, arguments);
    const auto * state_type = arguments[0]->as<DataTypeAggregateFunction>();
    AggregateFunctionPtr result;
    if (state_type && state_type->getFunction()->getName() == "groupBitmap" && state_type->getArgumentTypes().size() == 1)
    {
        const DataTypePtr & value_type = state_type->getArgumentTypes()[0];
        dispatchBitmapType(value_type->getTypeId(), [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            result = std::make_shared<AggregateFunctionGroupBitmap<T, operation>>(arguments, parameters, value_type, arguments[0]);
        });
    }
    if (!result)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument for aggregate function {}", arguments[0]->getName(), name);
    return result;
}
}

void registerAggregateFunctionGroupBitmap(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupBitmap", createGroupBitmap);
    factory.registerFunction("groupBitmapAnd", createGroupBitmapOperation<BitmapOperation::And>);
    factory.registerFunction("groupBitmapOr", createGroupBitmapOperation<BitmapOperation::Or>);
    factory.registerFunction("groupBitmapXor", createGroupBitmapOperation<BitmapOperation::Xor>);
}
}
