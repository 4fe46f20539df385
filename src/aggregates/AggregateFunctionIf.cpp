// The -If combinator: the condition becomes the row mask of the nested function's batch.
#include "aggregates/AggregateFunctionIf.h"

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "base/Exception.h"
#include "columns/ColumnNullable.h"
#include "columns/ColumnVector.h"

namespace datastore::aggregates
{
AggregateFunctionIf::AggregateFunctionIf(AggregateFunctionPtr nested_, const DataTypes & arguments, const Array & parameters)
    : IAggregateFunction(arguments, parameters), nested(std::move(nested_)), condition_position(arguments.size() - 1)
{
}

PodArray<UInt8> AggregateFunctionIf::conditionMask(size_t rows, const IColumn & condition, const UInt8 * mask)
{
    PodArray<UInt8> keep(rows);
    const auto & values = removeNullable(condition).assertCast<ColumnUInt8>().getData();
    for (size_t i = 0; i < rows; ++i)
        keep[i] = values[i] != 0;
    if (const auto * nullable = condition.as<ColumnNullable>())
    {
        const UInt8 * null_map = nullable->getNullMapData().data();
        for (size_t i = 0; i < rows; ++i)
            keep[i] &= !null_map[i];
    }
    if (mask)
        for (size_t i = 0; i < rows; ++i)
            keep[i] &= mask[i] != 0;
    return keep;
}

void AggregateFunctionIf::add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
{
    const IColumn & condition = *columns[condition_position];
    if (condition.isNullAt(row) || !removeNullable(condition).assertCast<ColumnUInt8>().getData()[row])
        return;
    nested->add(place, columns, row, arena);
}

void AggregateFunctionIf::addBatch(
    size_t rows, AggregateDataPtr * places, size_t place_offset, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    PodArray<UInt8> keep = conditionMask(rows, *columns[condition_position], mask);
    nested->addBatch(rows, places, place_offset, columns, arena, keep.data());
}

void AggregateFunctionIf::addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn ** columns, Arena * arena, const UInt8 * mask) const
{
    PodArray<UInt8> keep = conditionMask(rows, *columns[condition_position], mask);
    nested->addBatchSinglePlace(rows, place, columns, arena, keep.data());
}

namespace
{
class AggregateFunctionCombinatorIf final : public IAggregateFunctionCombinator
{
public:
    std::string getName() const override { return "If"; }

    DataTypes transformArguments(const DataTypes & arguments) const override
    {
        if (arguments.empty())
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function with If suffix");
        /// Checked before the nested function exists, so sumIf(x) blames the condition, as in ClickHouse.
        TypeIndex type = removeNullable(arguments.back())->getTypeId();
        if (type != TypeIndex::UInt8 && type != TypeIndex::Bool)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of last argument for aggregate function with If suffix",
                arguments.back()->getName());
        return DataTypes(arguments.begin(), arguments.end() - 1);
    }

    AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested, const AggregateFunctionProperties &, const DataTypes & arguments, const Array & parameters) const override
    {
        return std::make_shared<AggregateFunctionIf>(nested, arguments, parameters);
    }
};
}

void registerAggregateFunctionCombinatorIf(AggregateFunctionCombinatorFactory & factory)
{
    factory.registerCombinator(std::make_shared<AggregateFunctionCombinatorIf>());
}
}
