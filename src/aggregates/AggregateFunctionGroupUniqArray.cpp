// groupUniqArray(x) and groupUniqArray(max_size)(x): the distinct values of a group as an
// Array. Values of up to 8 bytes live in a ClickHouseHashSet, so the array lists them in
// ClickHouse's order; other types (strings, wide numbers, composites) keep arrival order.
// State: VarUInt count, then each value (raw little-endian bytes for numbers, the type's
// binary form otherwise), ClickHouse's layout.
#include <unordered_set>

#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "aggregates/ArenaValueList.h"
#include "aggregates/ClickHouseHashSet.h"
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
DataTypePtr arrayOf(const DataTypePtr & type)
{
    return functions::typeByName("Array(" + type->getName() + ")");
}

template <typename T>
class AggregateFunctionGroupUniqArrayNumber final
    : public IAggregateFunctionDataHelper<ClickHouseHashSet, AggregateFunctionGroupUniqArrayNumber<T>>
{
    using Base = IAggregateFunctionDataHelper<ClickHouseHashSet, AggregateFunctionGroupUniqArrayNumber<T>>;
    using Base::data;

public:
    AggregateFunctionGroupUniqArrayNumber(const DataTypes & arguments, const Array & parameters, UInt64 max_size_)
        : Base(arguments, parameters), max_size(max_size_), result_type(arrayOf(arguments[0]))
    {
    }

    std::string getName() const override { return "groupUniqArray"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        auto & set = data(place);
        if (set.size() < max_size)
            set.insert(bitsOf(static_cast<const ColumnVector<T> &>(*columns[0]).getData()[row]));
    }

    void copyFrom(AggregateDataPtr place, ConstAggregateDataPtr from, Arena *) const override { data(place) = data(from); }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        auto & set = data(place);
        data(rhs).forEach(
            [&](UInt64 bits)
            {
                if (set.size() < max_size)
                    set.insert(bits);
            });
    }

    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override
    {
        writeVarUInt(data(place).size(), out);
        data(place).forEach([&](UInt64 bits) { writeBinaryLittleEndian(valueOf(bits), out); });
    }

    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override
    {
        UInt64 size = 0;
        readVarUInt(size, in);
        for (UInt64 i = 0; i < size; ++i)
        {
            T value{};
            readBinaryLittleEndian(value, in);
            data(place).insert(bitsOf(value));
        }
    }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & array = static_cast<ColumnArray &>(to);
        auto & values = static_cast<ColumnVector<T> &>(array.getDataMutable()).getData();
        data(place).forEach([&](UInt64 bits) { values.push_back(valueOf(bits)); });
        array.finishRow();
    }

private:
    static T valueOf(UInt64 bits)
    {
        T value;
        std::memcpy(&value, &bits, sizeof(T));
        return value;
    }

    UInt64 max_size;
    DataTypePtr result_type;
};

struct GroupUniqArrayGenericData
{
    /// Arena form of each distinct value, in arrival order, and the same views for lookups.
    std::vector<std::string_view> values;
    std::unordered_set<std::string_view> seen;
};

class AggregateFunctionGroupUniqArrayGeneric final
    : public IAggregateFunctionDataHelper<GroupUniqArrayGenericData, AggregateFunctionGroupUniqArrayGeneric>
{
public:
    AggregateFunctionGroupUniqArrayGeneric(const DataTypes & arguments, const Array & parameters, UInt64 max_size_)
        : IAggregateFunctionDataHelper(arguments, parameters), max_size(max_size_), result_type(arrayOf(arguments[0]))
    {
    }

    std::string getName() const override { return "groupUniqArray"; }
    DataTypePtr getResultType() const override { return result_type; }
    bool allocatesMemoryInArena() const override { return true; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena * arena) const
    {
        auto & state = data(place);
        if (state.values.size() >= max_size)
            return;
        const char * begin = nullptr;
        /// A repeated value leaves its bytes unused in the arena, which lives as long as the query.
        insertValue(state, columns[0]->serializeValueIntoArena(row, *arena, begin));
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena * arena) const override
    {
        auto & state = data(place);
        for (std::string_view value : data(rhs).values)
            if (state.values.size() < max_size && !state.seen.contains(value))
                insertValue(state, arena->insert(value));
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
    static void insertValue(GroupUniqArrayGenericData & state, std::string_view value)
    {
        if (state.seen.insert(value).second)
            state.values.push_back(value);
    }

    UInt64 max_size;
    DataTypePtr result_type;
};

AggregateFunctionPtr createGroupUniqArray(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertUnary(name, arguments);
    UInt64 max_size = parseGroupArrayMaxSize(name, parameters);
    AggregateFunctionPtr result;
    functions::dispatchByStorage(
        arguments[0]->getTypeId(),
        [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            if constexpr (sizeof(T) <= sizeof(UInt64))
                result = std::make_shared<AggregateFunctionGroupUniqArrayNumber<T>>(arguments, parameters, max_size);
        });
    if (!result)
        result = std::make_shared<AggregateFunctionGroupUniqArrayGeneric>(arguments, parameters, max_size);
    return result;
}
}

void registerAggregateFunctionGroupUniqArray(AggregateFunctionFactory & factory)
{
    factory.registerFunction("groupUniqArray", createGroupUniqArray, {.returns_default_when_only_null = true});
}
}
