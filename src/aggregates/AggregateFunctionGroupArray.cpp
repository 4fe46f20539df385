// groupArray(x) and groupArray(max_size)(x): the values of a group in arrival order, as an
// Array of the argument type. Values are kept in their arena form, so any type works.
// State: VarUInt count, then each value in the type's RowBinary form (ClickHouse's layout).
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "base/Arena.h"
#include "columns/ColumnArray.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
struct GroupArrayData
{
    /// Each value as the column serialized it into the arena.
    std::vector<std::string_view> values;
};

class AggregateFunctionGroupArray final : public IAggregateFunctionDataHelper<GroupArrayData, AggregateFunctionGroupArray>
{
public:
    AggregateFunctionGroupArray(const DataTypes & arguments, const Array & parameters, UInt64 max_size_)
        : IAggregateFunctionDataHelper(arguments, parameters)
        , max_size(max_size_)
        , result_type(functions::typeByName("Array(" + arguments[0]->getName() + ")"))
    {
    }

    std::string getName() const override { return "groupArray"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        auto & values = data(place).values;
        if (values.size() >= max_size)
            return;
        const char * begin = nullptr;
        values.push_back(columns[0]->serializeValueIntoArena(row, *arena, begin));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        auto & values = data(place).values;
        for (std::string_view value : data(rhs).values)
        {
            if (values.size() >= max_size)
                break;
            /// Copied: the other state's arena may die first.
            values.push_back(arena->insert(value));
        }
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        const auto & values = data(place).values;
        writeVarUInt(values.size(), out);
        auto column = argument_types[0]->createColumn();
        for (std::string_view value : values)
            column->deserializeAndInsertFromArena(value.data());
        for (size_t i = 0; i < values.size(); ++i)
            argument_types[0]->serializeBinary(*column, i, out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        auto column = argument_types[0]->createColumn();
        for (UInt64 i = 0; i < size; ++i)
            argument_types[0]->deserializeBinary(*column, in);
        const IColumn * columns[] = {column.get()};
        for (UInt64 i = 0; i < size; ++i)
            add(place, columns, i, arena);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & array = static_cast<ColumnArray &>(to);
        IColumn & elements = array.getDataMutable();
        for (std::string_view value : data(place).values)
            elements.deserializeAndInsertFromArena(value.data());
        array.finishRow();
    }

private:
    UInt64 max_size;
    DataTypePtr result_type;
};

AggregateFunctionPtr createGroupArray(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    UInt64 max_size = std::numeric_limits<UInt64>::max();
    if (parameters.size() > 1)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function {}, should be 0 or 1", name);
    if (parameters.size() == 1)
    {
        const auto * value = parameters[0].tryGet<UInt64>();
        const auto * signed_value = parameters[0].tryGet<Int64>();
        if (value && *value > 0)
            max_size = *value;
        else if (signed_value && *signed_value > 0)
            max_size = static_cast<UInt64>(*signed_value);
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should be positive number", name);
    }
    return std::make_shared<AggregateFunctionGroupArray>(arguments, parameters, max_size);
}
}

void registerAggregateFunctionGroupArray(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArray", createGroupArray, {.returns_default_when_only_null = true});
}
}
