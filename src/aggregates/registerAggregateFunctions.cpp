// The one list of built-in aggregate functions and combinators: each file registers its own here.
#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionFactory.h"

namespace datastore::aggregates
{
void registerAggregateFunctionCount(AggregateFunctionFactory & factory);
void registerAggregateFunctionSum(AggregateFunctionFactory & factory);
void registerAggregateFunctionAvg(AggregateFunctionFactory & factory);
void registerAggregateFunctionsSingleValue(AggregateFunctionFactory & factory);
void registerAggregateFunctionsArgMinMax(AggregateFunctionFactory & factory);
void registerAggregateFunctionUniq(AggregateFunctionFactory & factory);
void registerAggregateFunctionUniqExact(AggregateFunctionFactory & factory);
void registerAggregateFunctionUniqHLL12(AggregateFunctionFactory & factory);
void registerAggregateFunctionUniqCombined(AggregateFunctionFactory & factory);
void registerAggregateFunctionQuantile(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArray(AggregateFunctionFactory & factory);
void registerAggregateFunctionWindowFunnel(AggregateFunctionFactory & factory);

void registerAggregateFunctionCombinatorIf(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorState(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorMerge(AggregateFunctionCombinatorFactory & factory);

void registerAggregateFunctionDataTypes();

void registerAggregateFunctions()
{
    static const bool registered = []
    {
        auto & factory = AggregateFunctionFactory::instance();
        registerAggregateFunctionCount(factory);
        registerAggregateFunctionSum(factory);
        registerAggregateFunctionAvg(factory);
        registerAggregateFunctionsSingleValue(factory);
        registerAggregateFunctionsArgMinMax(factory);
        registerAggregateFunctionUniq(factory);
        registerAggregateFunctionUniqExact(factory);
        registerAggregateFunctionUniqHLL12(factory);
        registerAggregateFunctionUniqCombined(factory);
        registerAggregateFunctionQuantile(factory);
        registerAggregateFunctionGroupArray(factory);
        registerAggregateFunctionWindowFunnel(factory);

        auto & combinators = AggregateFunctionCombinatorFactory::instance();
        registerAggregateFunctionCombinatorIf(combinators);
        registerAggregateFunctionCombinatorState(combinators);
        registerAggregateFunctionCombinatorMerge(combinators);

        registerAggregateFunctionDataTypes();
        return true;
    }();
    (void)registered;
}
}
