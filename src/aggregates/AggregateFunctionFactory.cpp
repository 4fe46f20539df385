// Name resolution for aggregate functions: registered names, aliases, case-insensitive
// names, combinators by suffix (AggregateFunctionCombinatorFactory), and the implicit Null
// combinator for Nullable arguments, applied to the innermost registered function.
#include "aggregates/AggregateFunctionFactory.h"

#include <algorithm>

#include "aggregates/AggregateFunctionCombinatorFactory.h"
#include "aggregates/AggregateFunctionNothing.h"
#include "aggregates/AggregateFunctionNull.h"
#include "base/Exception.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
namespace
{
std::string toLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
}

AggregateFunctionFactory & AggregateFunctionFactory::instance()
{
    static AggregateFunctionFactory factory;
    return factory;
}

void AggregateFunctionFactory::registerFunction(const std::string & name, Creator creator, Properties properties, bool case_insensitive)
{
    functions[name] = Entry{std::move(creator), properties};
    if (case_insensitive)
        case_insensitive_names[toLower(name)] = name;
}

void AggregateFunctionFactory::registerAlias(const std::string & alias, const std::string & target, bool case_insensitive)
{
    aliases[alias] = target;
    if (case_insensitive)
        case_insensitive_names[toLower(alias)] = target;
}

const std::string * AggregateFunctionFactory::findName(const std::string & name) const
{
    if (auto it = functions.find(name); it != functions.end())
        return &it->first;
    if (auto it = aliases.find(name); it != aliases.end())
        return findName(it->second);
    if (auto it = case_insensitive_names.find(toLower(name)); it != case_insensitive_names.end())
        return findName(it->second);
    return nullptr;
}

AggregateFunctionPtr AggregateFunctionFactory::getWithNullHandling(
    const std::string & name, const Entry & entry, const DataTypes & arguments, const Array & parameters) const
{
    bool has_nullable = false;
    bool has_only_null = false;
    for (const auto & type : arguments)
    {
        has_nullable |= type->isNullable();
        has_only_null |= functions::onlyNull(*type);
    }
    if (!has_nullable)
        return entry.creator(name, arguments, parameters);

    bool result_is_nullable = !entry.properties.returns_default_when_only_null;
    /// A NULL literal argument: every row is skipped, so the nested function is never needed.
    if (has_only_null)
        return std::make_shared<AggregateFunctionNothing>(name, arguments, parameters, result_is_nullable);

    DataTypes nested_arguments;
    for (const auto & type : arguments)
        nested_arguments.push_back(removeNullable(type));
    auto nested = entry.creator(name, nested_arguments, parameters);
    /// An Array result (quantiles, groupArray...) cannot be Nullable: no rows give the nested default.
    result_is_nullable = result_is_nullable && nested->getResultType()->canBeInsideNullable();
    return std::make_shared<AggregateFunctionNull>(std::move(nested), arguments, parameters, result_is_nullable);
}

AggregateFunctionPtr AggregateFunctionFactory::get(const std::string & name, const DataTypes & arguments, const Array & parameters) const
{
    Properties properties;
    if (auto function = tryGet(name, arguments, parameters, properties))
        return function;
    throw Exception(ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function {}", name);
}

AggregateFunctionPtr AggregateFunctionFactory::tryGet(
    const std::string & name, const DataTypes & arguments, const Array & parameters, Properties & out_properties) const
{
    if (const std::string * registered = findName(name))
    {
        const Entry & entry = functions.at(*registered);
        out_properties = entry.properties;
        return getWithNullHandling(*registered, entry, arguments, parameters);
    }
    for (const auto & combinator : AggregateFunctionCombinatorFactory::instance().findSuffixes(name))
    {
        std::string nested_name = name.substr(0, name.size() - combinator->getName().size());
        if (!isAggregateFunctionName(nested_name))
            continue;
        DataTypes nested_arguments = combinator->transformArguments(arguments);
        Array nested_parameters = combinator->transformParameters(parameters);
        auto nested = tryGet(nested_name, nested_arguments, nested_parameters, out_properties);
        return combinator->transformAggregateFunction(nested, out_properties, arguments, parameters);
    }
    return nullptr;
}

const char * AggregateFunctionFactory::requiredSetting(const std::string & name) const
{
    if (const std::string * registered = findName(name))
        return functions.at(*registered).properties.required_setting;
    for (const auto & combinator : AggregateFunctionCombinatorFactory::instance().findSuffixes(name))
    {
        std::string nested_name = name.substr(0, name.size() - combinator->getName().size());
        if (isAggregateFunctionName(nested_name))
            return requiredSetting(nested_name);
    }
    return nullptr;
}

bool AggregateFunctionFactory::isAggregateFunctionName(const std::string & name) const
{
    if (findName(name))
        return true;
    for (const auto & combinator : AggregateFunctionCombinatorFactory::instance().findSuffixes(name))
        if (isAggregateFunctionName(name.substr(0, name.size() - combinator->getName().size())))
            return true;
    return false;
}

std::vector<std::string> AggregateFunctionFactory::getAllNames() const
{
    std::vector<std::string> names;
    for (const auto & [name, entry] : functions)
        names.push_back(name);
    for (const auto & [alias, target] : aliases)
        names.push_back(alias);
    return names;
}
}
