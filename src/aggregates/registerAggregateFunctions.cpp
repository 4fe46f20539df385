// The one list of built-in aggregate functions: each file registers its functions here.
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
        return true;
    }();
    (void)registered;
}
}
