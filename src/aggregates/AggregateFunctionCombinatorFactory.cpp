// Combinators kept sorted by suffix length, longest first, so the most specific suffix wins.
#include "aggregates/AggregateFunctionCombinatorFactory.h"

#include <algorithm>

#include "base/Exception.h"

namespace datastore::aggregates
{
AggregateFunctionCombinatorFactory & AggregateFunctionCombinatorFactory::instance()
{
    static AggregateFunctionCombinatorFactory factory;
    return factory;
}

void AggregateFunctionCombinatorFactory::registerCombinator(AggregateFunctionCombinatorPtr combinator)
{
    std::string suffix = combinator->getName();
    for (const auto & existing : combinators)
        if (existing->getName() == suffix)
            throw Exception(ErrorCodes::LOGICAL_ERROR, "Aggregate function combinator '{}' is already registered", suffix);
    auto position = std::find_if(
        combinators.begin(), combinators.end(), [&](const auto & existing) { return existing->getName().size() < suffix.size(); });
    combinators.insert(position, std::move(combinator));
}

std::vector<AggregateFunctionCombinatorPtr> AggregateFunctionCombinatorFactory::findSuffixes(const std::string & name) const
{
    std::vector<AggregateFunctionCombinatorPtr> found;
    for (const auto & combinator : combinators)
    {
        std::string suffix = combinator->getName();
        if (name.size() > suffix.size() && name.ends_with(suffix))
            found.push_back(combinator);
    }
    return found;
}
}
