// Aggregate functions register here by name (registerAggregateFunctions.cpp, one line each).
// Combinators (-If, -State, -Merge, -Array, -OrNull, ...) are resolved by suffix through
// AggregateFunctionCombinatorFactory (IAggregateFunctionCombinator.h): sumIf is the If
// combinator over sum, and suffixes chain (uniqArrayIf).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
struct AggregateFunctionProperties
{
    /// count, uniq...: over Nullable arguments NULL rows are skipped and the result stays
    /// non-Nullable (0 when every row is NULL). Others return NULL when no row is non-NULL.
    bool returns_default_when_only_null = false;
    /// The setting that must be on to use the function (ClickHouse's experimental ones), or null.
    const char * required_setting = nullptr;
};

class AggregateFunctionFactory
{
public:
    using Creator = std::function<AggregateFunctionPtr(const std::string & name, const DataTypes & arguments, const Array & parameters)>;

    using Properties = AggregateFunctionProperties;

    static AggregateFunctionFactory & instance();

    void registerFunction(const std::string & name, Creator creator, Properties properties = {}, bool case_insensitive = false);
    void registerAlias(const std::string & alias, const std::string & target, bool case_insensitive = false);

    /// Throws UNKNOWN_AGGREGATE_FUNCTION, or the function's own argument errors.
    AggregateFunctionPtr get(const std::string & name, const DataTypes & arguments, const Array & parameters) const;
    /// The setting the function (or the one a combinator wraps) requires, or null.
    const char * requiredSetting(const std::string & name) const;
    /// True for a known aggregate function or a combinator over one (countIf, sumState...).
    bool isAggregateFunctionName(const std::string & name) const;
    std::vector<std::string> getAllNames() const;
    /// The registered name for `name` (alias or other case resolved), or null.
    const std::string * findName(const std::string & name) const;

private:
    struct Entry
    {
        Creator creator;
        Properties properties;
    };
    /// Null if `name` is neither a function nor a combinator over one; `out_properties` gets the innermost function's.
    AggregateFunctionPtr tryGet(const std::string & name, const DataTypes & arguments, const Array & parameters, Properties & out_properties) const;
    AggregateFunctionPtr getWithNullHandling(const std::string & name, const Entry & entry, const DataTypes & arguments, const Array & parameters) const;

    std::map<std::string, Entry> functions;
    std::map<std::string, std::string> case_insensitive_names;
    std::map<std::string, std::string> aliases;
};

/// Registers every built-in aggregate function and combinator (idempotent).
void registerAggregateFunctions();
}
