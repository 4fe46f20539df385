// retention(cond1, cond2, ..., condN): an Array(UInt8) whose first element says whether
// cond1 held on some row of the group, and element i whether cond1 and cond_i both held
// (on any rows). The state is the set of conditions seen, a little-endian UInt32 bit mask.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
#include "columns/ColumnArray.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
namespace
{
constexpr size_t max_events = 32;

struct RetentionData
{
    UInt32 events = 0;
};

class AggregateFunctionRetention final : public IAggregateFunctionDataHelper<RetentionData, AggregateFunctionRetention>
{
public:
    AggregateFunctionRetention(const DataTypes & arguments, const Array & parameters)
        : IAggregateFunctionDataHelper(arguments, parameters), result_type(functions::typeByName("Array(UInt8)"))
    {
    }

    std::string getName() const override { return "retention"; }
    DataTypePtr getResultType() const override { return result_type; }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        UInt32 events = 0;
        for (size_t i = 0; i < argument_types.size(); ++i)
            events |= static_cast<UInt32>(static_cast<const ColumnUInt8 &>(*columns[i]).getData()[row] != 0) << i;
        data(place).events |= events;
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).events |= data(rhs).events; }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { writeBinaryLittleEndian(data(place).events, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { readBinaryLittleEndian(data(place).events, in); }

    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        auto & array = static_cast<ColumnArray &>(to);
        auto & values = static_cast<ColumnUInt8 &>(array.getDataMutable()).getData();
        UInt32 events = data(place).events;
        bool first = events & 1;
        values.push_back(first);
        for (size_t i = 1; i < argument_types.size(); ++i)
            values.push_back(first && ((events >> i) & 1));
        array.finishRow();
    }

private:
    DataTypePtr result_type;
};

AggregateFunctionPtr createRetention(const std::string & name, const DataTypes & arguments, const Array & parameters)
{
    assertNoParameters(name, parameters);
    if (arguments.size() < 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Not enough event arguments for aggregate function {}", name);
    if (arguments.size() > max_events)
        throw Exception(ErrorCodes::TOO_MANY_ARGUMENTS_FOR_FUNCTION, "Too many event arguments for aggregate function {}", name);
    for (size_t i = 0; i < arguments.size(); ++i)
    {
        TypeIndex type = arguments[i]->getTypeId();
        if (type != TypeIndex::UInt8 && type != TypeIndex::Bool)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of argument {} of aggregate function {}, must be UInt8",
                arguments[i]->getName(),
                i,
                name);
    }
    return std::make_shared<AggregateFunctionRetention>(arguments, parameters);
}
}

void registerAggregateFunctionRetention(AggregateFunctionFactory & factory)
{
    factory.registerFunction("retention", createRetention, {.returns_default_when_only_null = true});
}
}
