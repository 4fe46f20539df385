// Aggregates over a NULL literal: the result is fixed whatever the rows are.
#include "aggregates/AggregateFunctionNothing.h"

#include "functions/FunctionHelpers.h"
#include "io/ReadBuffer.h"
#include "io/ReadHelpers.h"
#include "io/WriteBuffer.h"
#include "io/WriteHelpers.h"

namespace datastore::aggregates
{
AggregateFunctionNothing::AggregateFunctionNothing(std::string name_, const DataTypes & arguments, const Array & parameters, bool result_is_nullable)
    : IAggregateFunction(arguments, parameters)
    , name(std::move(name_))
    , result_type(functions::typeByName(result_is_nullable ? "Nullable(Nothing)" : "UInt64"))
{
}

void AggregateFunctionNothing::serialize(ConstAggregateDataPtr, WriteBuffer & out) const
{
    writeChar('\0', out);
}

void AggregateFunctionNothing::deserialize(AggregateDataPtr, ReadBuffer & in, Arena *) const
{
    UInt8 ignored = 0;
    readBinaryLittleEndian(ignored, in);
}
}
