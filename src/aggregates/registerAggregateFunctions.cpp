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
void registerAggregateFunctionQuantileExactWeighted(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArray(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArrayMoving(AggregateFunctionFactory & factory);
void registerAggregateFunctionWindowFunnel(AggregateFunctionFactory & factory);

void registerAggregateFunctionsStatisticsSimple(AggregateFunctionFactory & factory);
void registerAggregateFunctionsStatisticsStable(AggregateFunctionFactory & factory);
void registerAggregateFunctionDeltaSum(AggregateFunctionFactory & factory);
void registerAggregateFunctionAnyHeavy(AggregateFunctionFactory & factory);
void registerAggregateFunctionsBitwise(AggregateFunctionFactory & factory);
void registerAggregateFunctionEntropy(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArraySorted(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArraySample(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupUniqArray(AggregateFunctionFactory & factory);
void registerAggregateFunctionAvgWeighted(AggregateFunctionFactory & factory);
void registerAggregateFunctionRetention(AggregateFunctionFactory & factory);
void registerAggregateFunctionSumMap(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupArrayInsertAt(AggregateFunctionFactory & factory);
void registerAggregateFunctionTopK(AggregateFunctionFactory & factory);
void registerAggregateFunctionSequenceMatch(AggregateFunctionFactory & factory);
void registerAggregateFunctionGroupBitmap(AggregateFunctionFactory & factory);
void registerAggregateFunctionQuantileTiming(AggregateFunctionFactory & factory);
void registerAggregateFunctionQuantileTDigest(AggregateFunctionFactory & factory);
void registerAggregateFunctionSequenceNextNode(AggregateFunctionFactory & factory);

void registerAggregateFunctionCombinatorIf(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorOrFill(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorArray(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorDistinct(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorForEach(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorMap(AggregateFunctionCombinatorFactory & factory);
void registerAggregateFunctionCombinatorResample(AggregateFunctionCombinatorFactory & factory);
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
        registerAggregateFunctionQuantileExactWeighted(factory);
        registerAggregateFunctionGroupArray(factory);
        registerAggregateFunctionGroupArrayMoving(factory);
        registerAggregateFunctionWindowFunnel(factory);
        registerAggregateFunctionsStatisticsSimple(factory);
        registerAggregateFunctionsStatisticsStable(factory);
        registerAggregateFunctionDeltaSum(factory);
        registerAggregateFunctionAnyHeavy(factory);
        registerAggregateFunctionsBitwise(factory);
        registerAggregateFunctionEntropy(factory);
        registerAggregateFunctionGroupArraySorted(factory);
        registerAggregateFunctionGroupArraySample(factory);
        registerAggregateFunctionGroupUniqArray(factory);
        registerAggregateFunctionAvgWeighted(factory);
        registerAggregateFunctionRetention(factory);
        registerAggregateFunctionSumMap(factory);
        registerAggregateFunctionGroupArrayInsertAt(factory);
        registerAggregateFunctionTopK(factory);
        registerAggregateFunctionSequenceMatch(factory);
        registerAggregateFunctionGroupBitmap(factory);
        registerAggregateFunctionQuantileTiming(factory);
        registerAggregateFunctionQuantileTDigest(factory);
        registerAggregateFunctionSequenceNextNode(factory);

        auto & combinators = AggregateFunctionCombinatorFactory::instance();
        registerAggregateFunctionCombinatorIf(combinators);
        registerAggregateFunctionCombinatorOrFill(combinators);
        registerAggregateFunctionCombinatorArray(combinators);
        registerAggregateFunctionCombinatorDistinct(combinators);
        registerAggregateFunctionCombinatorForEach(combinators);
        registerAggregateFunctionCombinatorMap(combinators);
        registerAggregateFunctionCombinatorResample(combinators);
        registerAggregateFunctionCombinatorState(combinators);
        registerAggregateFunctionCombinatorMerge(combinators);

        registerAggregateFunctionDataTypes();
        return true;
    }();
    (void)registered;
}
}
