#include "analyzer/GroupingSets.h"

#include <algorithm>

#include "base/Exception.h"
#include "interpreters/Settings.h"
#include "sql/ASTFunction.h"
#include "sql/ASTSubquery.h"
#include "sql/formatAST.h"

namespace datastore::analyzer
{
namespace
{
bool isGroupingCall(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    if (!function)
        return false;
    std::string name = function->name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name == "grouping";
}

void collectGroupingCalls(const sql::ASTPtr & ast, std::vector<sql::ASTPtr> & calls)
{
    if (!ast || ast->as<sql::ASTSubquery>())
        return;
    if (isGroupingCall(*ast))
    {
        calls.push_back(ast);
        return;
    }
    for (const auto & child : ast->children)
        collectGroupingCalls(child, calls);
}

std::vector<sql::ASTPtr> groupingCallsOf(const sql::ASTSelectQuery & select, const sql::ASTs & select_items)
{
    std::vector<sql::ASTPtr> calls;
    for (const auto & item : select_items)
        collectGroupingCalls(item, calls);
    collectGroupingCalls(select.having, calls);
    collectGroupingCalls(select.order_by, calls);
    return calls;
}

size_t keyIndex(const std::vector<std::string> & keys, const std::string & name)
{
    return static_cast<size_t>(std::find(keys.begin(), keys.end(), name) - keys.begin());
}
}

sql::ASTs groupByKeys(const sql::ASTSelectQuery & select)
{
    if (!select.group_by)
        return {};
    if (!select.group_by_with_grouping_sets)
        return select.group_by->children;
    sql::ASTs keys;
    std::vector<std::string> names;
    for (const auto & set : select.group_by->children)
        for (const auto & key : set->children)
        {
            std::string name = sql::columnNameOf(*key);
            if (std::find(names.begin(), names.end(), name) == names.end())
            {
                names.push_back(name);
                keys.push_back(key);
            }
        }
    return keys;
}

void checkNoGroupingCalls(const sql::ASTSelectQuery & select, const sql::ASTs & select_items)
{
    auto calls = groupingCallsOf(select, select_items);
    if (!calls.empty())
        throw Exception(ErrorCodes::ILLEGAL_AGGREGATION, "GROUPING function {} is found in SELECT without GROUP BY in query",
                        sql::columnNameOf(*calls.front()));
}

GroupingSetsPlan planGroupingSets(const sql::ASTSelectQuery & select, const sql::ASTs & select_items, const std::vector<std::string> & keys,
                                  const std::function<std::string(const sql::ASTPtr &)> & build, const interpreters::Settings & settings)
{
    GroupingSetsPlan plan;
    if (select.group_by_with_grouping_sets && select.group_by_with_totals)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "WITH TOTALS and GROUPING SETS are not supported together");
    plan.has_totals = select.group_by_with_totals;
    plan.totals_after_having = plan.has_totals && select.having && settings.totals_mode != "before_having" && !keys.empty();

    exec::GroupingSetsDescription description;
    description.keys = keys;
    description.use_nulls = settings.group_by_use_nulls;
    size_t key_count = keys.size();
    auto & sets = description.sets;
    if (select.group_by_with_grouping_sets)
        for (const auto & set_ast : select.group_by->children)
        {
            std::vector<bool> set(key_count, false);
            for (const auto & key : set_ast->children)
                set[keyIndex(keys, build(key))] = true;
            sets.push_back(std::move(set));
        }
    else if (select.group_by_with_rollup)
        for (size_t size = key_count + 1; size-- > 0;)
        {
            std::vector<bool> set(key_count, false);
            std::fill(set.begin(), set.begin() + static_cast<std::ptrdiff_t>(size), true);
            sets.push_back(std::move(set));
        }
    else if (select.group_by_with_cube)
        for (UInt64 mask = (UInt64(1) << key_count); mask-- > 0;)
        {
            std::vector<bool> set(key_count);
            for (size_t i = 0; i < key_count; ++i)
                set[i] = (mask >> (key_count - 1 - i)) & 1;
            sets.push_back(std::move(set));
        }
    else
        sets.push_back(std::vector<bool>(key_count, true));
    /// Rollups and cubes put NULL only in the keys they leave out.
    if (!select.group_by_with_grouping_sets && !select.group_by_with_rollup && !select.group_by_with_cube)
        description.use_nulls = false;

    for (const auto & call_ast : groupingCallsOf(select, select_items))
    {
        const auto & call = *call_ast->as<sql::ASTFunction>();
        exec::GroupingSetsDescription::GroupingCall grouping_call;
        grouping_call.name = sql::columnNameOf(call);
        if (call.argumentList().empty())
            throw Exception(ErrorCodes::TOO_FEW_ARGUMENTS_FOR_FUNCTION, "Function GROUPING expects at least one argument");
        for (const auto & argument : call.argumentList())
        {
            size_t index = keyIndex(keys, build(argument));
            if (index == key_count)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "GROUPING function argument {} is not in GROUP BY keys. In query {}",
                                sql::columnNameOf(*argument), sql::formatAST(select));
            grouping_call.arguments.push_back(index);
        }
        description.grouping_calls.push_back(std::move(grouping_call));
    }

    if (plan.has_totals && !plan.totals_after_having)
    {
        if (key_count == 0)
        {
            /// Without keys the one result row is the totals.
            if (description.grouping_calls.empty())
                return plan;
        }
        else
        {
            plan.totals_set = sets.size();
            sets.push_back(std::vector<bool>(key_count, false));
        }
    }
    if (sets.size() > 1 || !description.grouping_calls.empty() || description.use_nulls)
        plan.description = std::move(description);
    return plan;
}
}
