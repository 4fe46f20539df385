// groupArray(x) and groupArray(max_size)(x): the values of a group in arrival order, as an
// Array of the argument type. Values are kept in their arena form, so any type works.
// State: VarUInt count, then each value in the type's RowBinary form (ClickHouse's layout).
#include <vector>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/ArenaValueList.h"
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
        writeArenaValues(data(place).values, *argument_types[0], out);
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override
    {
        auto column = readValuesColumn(*argument_types[0], in);
        const IColumn * columns[] = {column.get()};
        for (size_t i = 0; i < column->size(); ++i)
            add(place, columns, i, arena);
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        insertArenaValuesAsArray(data(place).values, to);
    }

private:
    UInt64 max_size;
    DataTypePtr result_type;
};

AggregateFunctionPtr createGroupArray(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    UInt64 max_size = parseGroupArrayMaxSize(name, parameters);
    return std::make_shared<AggregateFunctionGroupArray>(arguments, parameters, max_size);
}
}

void registerAggregateFunctionGroupArray(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupArray", createGroupArray, {.returns_default_when_only_null = true});
}
}
