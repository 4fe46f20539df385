// The registry of combinators by suffix; AggregateFunctionFactory asks it which suffixes a
// name ends with when the name itself is not a registered function.
#pragma once

#include <vector>

#include "aggregates/IAggregateFunctionCombinator.h"

namespace datastore::aggregates
{
class AggregateFunctionCombinatorFactory
{
public:
    static AggregateFunctionCombinatorFactory & instance();

    /// Registering a suffix twice throws LOGICAL_ERROR.
    void registerCombinator(AggregateFunctionCombinatorPtr combinator);

    /// The combinators whose suffix `name` ends with (leaving a non-empty nested name),
    /// longest suffix first, so MergeState is tried before State.
    std::vector<AggregateFunctionCombinatorPtr> findSuffixes(const std::string & name) const;
    /// Every registered combinator (system.aggregate_function_combinators), longest suffix first.
    const std::vector<AggregateFunctionCombinatorPtr> & getAll() const { return combinators; }

private:
    /// Longest suffix first.
    std::vector<AggregateFunctionCombinatorPtr> combinators;
};
}
