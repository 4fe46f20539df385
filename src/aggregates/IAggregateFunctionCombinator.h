// A combinator turns an aggregate function f into f<Suffix> (sumIf, uniqArray, sumOrNull,
// sumForEachState): the factory strips the longest registered suffix that leaves a known
// function name, creates the nested function over the transformed arguments and parameters,
// and lets the combinator wrap it. Suffixes chain: uniqArrayIf is If over Array over uniq.
//
// To add a combinator: subclass, and register an instance in registerAggregateFunctions.cpp
// with AggregateFunctionCombinatorFactory::instance().registerCombinator(...).
#pragma once

#include <memory>
#include <string>

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
struct AggregateFunctionProperties;

class IAggregateFunctionCombinator
{
public:
    virtual ~IAggregateFunctionCombinator() = default;

    /// The suffix, as written after the nested name: "If", "Array", "State".
    virtual std::string getName() const = 0;

    /// The argument types the nested function is created with (sumIf(x, c): just x's type).
    /// Throws ClickHouse's error for arguments the combinator cannot take.
    virtual DataTypes transformArguments(const DataTypes & arguments) const { return arguments; }

    /// The parameters the nested function is created with (-Resample keeps its own three).
    virtual Array transformParameters(const Array & parameters) const { return parameters; }

    /// The combined function: `nested` was created from the transformed arguments and
    /// parameters; `arguments` and `parameters` are the ones the query gave the combined name.
    virtual AggregateFunctionPtr transformAggregateFunction(
        const AggregateFunctionPtr & nested,
        const AggregateFunctionProperties & nested_properties,
        const DataTypes & arguments,
        const Array & parameters) const = 0;
};

using AggregateFunctionCombinatorPtr = std::shared_ptr<const IAggregateFunctionCombinator>;
}
