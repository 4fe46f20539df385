// count() and count(x): the number of rows (NULLs in x are skipped by the Null combinator).
// The state is a UInt64, serialized as a VarUInt like ClickHouse.
#include "aggregates/AggregateFunctionFactory.h"
#include "aggregates/AggregateFunctionHelpers.h"
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
struct CountData
{
    UInt64 count = 0;
};

class AggregateFunctionCount final : public IAggregateFunctionDataHelper<CountData, AggregateFunctionCount>
{
public:
    using IAggregateFunctionDataHelper::IAggregateFunctionDataHelper;

    std::string getName() const override { return "count"; }
    DataTypePtr getResultType() const override { return functions::typeByName("UInt64"); }

    void add(AggregateDataPtr place, const IColumn **, size_t, Arena *) const { ++data(place).count; }

    void addBatchSinglePlace(size_t rows, AggregateDataPtr place, const IColumn **, Arena *, const UInt8 * mask) const override
    {
        if (!mask)
        {
            data(place).count += rows;
            return;
        }
        UInt64 selected = 0;
        for (size_t i = 0; i < rows; ++i)
            selected += mask[i] != 0;
        data(place).count += selected;
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override { data(place).count += data(rhs).count; }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { writeVarUInt(data(place).count, out); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { readVarUInt(data(place).count, in); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnUInt64 &>(to).insertValue(data(place).count);
    }
};
}

void registerAggregateFunctionCount(AggregateFunctionFactory & factory)
{
    factory.registerFunction(
        "count",
        [](const std::string & name, const DataTypes & arguments, const Array & parameters) -> AggregateFunctionPtr
        {
            assertNoParameters(name, parameters);
            if (arguments.size() > 1)
                throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires zero or one argument", name);
            return std::make_shared<AggregateFunctionCount>(arguments, parameters);
        },
        {.returns_default_when_only_null = true},
        /*case_insensitive=*/true);
}
}
