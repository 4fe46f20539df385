// The registry of scalar functions by name, with aliases and case-insensitive names, and the
// "Maybe you meant" hint ClickHouse gives for unknown names (closest names by edit distance).
#include "functions/FunctionFactory.h"

#include <algorithm>
#include <cctype>

#include "base/Exception.h"

namespace datastore::functions
{
namespace
{
std::string toLower(const std::string & name)
{
    std::string result = name;
    for (auto & c : result)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

size_t editDistance(const std::string & a, const std::string & b)
{
    std::vector<size_t> previous(b.size() + 1);
    std::vector<size_t> current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
    {
        current[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
        {
            size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
}

FunctionFactory & FunctionFactory::instance()
{
    static FunctionFactory factory;
    return factory;
}

void FunctionFactory::registerFunction(const std::string & name, Creator creator, CaseSensitiveness case_sensitiveness)
{
    functions[name] = std::move(creator);
    if (case_sensitiveness == CaseSensitiveness::CaseInsensitive)
        case_insensitive_names[toLower(name)] = name;
}

void FunctionFactory::registerAlias(const std::string & alias, const std::string & target, CaseSensitiveness case_sensitiveness)
{
    aliases[alias] = target;
    if (case_sensitiveness == CaseSensitiveness::CaseInsensitive)
        case_insensitive_names[toLower(alias)] = alias;
}

std::string FunctionFactory::canonicalName(const std::string & name) const
{
    std::string resolved = name;
    if (!functions.count(resolved) && !aliases.count(resolved))
    {
        auto it = case_insensitive_names.find(toLower(name));
        if (it == case_insensitive_names.end())
            return {};
        resolved = it->second;
    }
    if (auto alias = aliases.find(resolved); alias != aliases.end())
        resolved = alias->second;
    return functions.count(resolved) ? resolved : std::string{};
}

const FunctionFactory::Creator * FunctionFactory::find(const std::string & name) const
{
    std::string canonical = canonicalName(name);
    if (canonical.empty())
        return nullptr;
    return &functions.at(canonical);
}

FunctionPtr FunctionFactory::tryGet(const std::string & name, const FunctionContext & context) const
{
    const Creator * creator = find(name);
    return creator ? (*creator)(context) : nullptr;
}

FunctionPtr FunctionFactory::get(const std::string & name, const FunctionContext & context) const
{
    if (auto function = tryGet(name, context))
        return function;

    /// Up to two closest names within an edit distance of half the name's length, as ClickHouse.
    std::string lower = toLower(name);
    std::vector<std::pair<size_t, std::string>> candidates;
    for (const auto & known : getAllNames())
    {
        size_t distance = editDistance(lower, toLower(known));
        if (distance * 2 <= name.size())
            candidates.emplace_back(distance, known);
    }
    std::sort(candidates.begin(), candidates.end());
    if (candidates.empty())
        throw Exception(ErrorCodes::UNKNOWN_FUNCTION, "Unknown function {}", name);
    std::string hints;
    for (size_t i = 0; i < candidates.size() && i < 2; ++i)
        hints += (i ? ",'" : "'") + candidates[i].second + "'";
    throw Exception(ErrorCodes::UNKNOWN_FUNCTION, "Unknown function {}. Maybe you meant: [{}]", name, hints);
}

bool FunctionFactory::has(const std::string & name) const
{
    return find(name) != nullptr;
}

std::vector<std::string> FunctionFactory::getAllNames() const
{
    std::vector<std::string> names;
    names.reserve(functions.size() + aliases.size());
    for (const auto & [name, creator] : functions)
        names.push_back(name);
    for (const auto & [alias, target] : aliases)
        names.push_back(alias);
    return names;
}
}
