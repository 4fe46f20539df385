// Name resolution for aggregate functions: registered names, aliases, case-insensitive
// names, the -If combinator by suffix, and the implicit Null combinator for Nullable arguments.
#include "aggregates/AggregateFunctionFactory.h"

#include <algorithm>

#include "aggregates/AggregateFunctionIf.h"
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

constexpr std::string_view if_suffix = "If";
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
    if (const std::string * registered = findName(name))
        return getWithNullHandling(*registered, functions.at(*registered), arguments, parameters);

    if (name.size() > if_suffix.size() && name.ends_with(if_suffix))
    {
        std::string nested_name = name.substr(0, name.size() - if_suffix.size());
        if (isAggregateFunctionName(nested_name))
        {
            if (arguments.empty())
                throw Exception(
                    ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of arguments for aggregate function with If suffix");
            DataTypes nested_arguments(arguments.begin(), arguments.end() - 1);
            auto nested = get(nested_name, nested_arguments, parameters);
            return std::make_shared<AggregateFunctionIf>(std::move(nested), arguments, parameters);
        }
    }
    throw Exception(ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION, "Unknown aggregate function {}", name);
}

bool AggregateFunctionFactory::isAggregateFunctionName(const std::string & name) const
{
    if (findName(name))
        return true;
    if (name.size() > if_suffix.size() && name.ends_with(if_suffix))
        return isAggregateFunctionName(name.substr(0, name.size() - if_suffix.size()));
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
