#include "analyzer/PrewhereBuilder.h"

#include "analyzer/KeyRangesBuilder.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"

#include <algorithm>

namespace datastore::analyzer
{
namespace
{
/// The range that says exactly what the condition says, if it is one comparison of a column
/// (not an alias) with a constant. Floating columns are left out: NaN compares false with
/// everything, yet may lie between a part's min and max.
std::optional<storage::KeyColumnRange> exactRangeOf(
    const sql::ASTPtr & condition, const Block & source_header, const AliasMap & aliases, interpreters::QueryContext & context)
{
    const auto * function = condition->as<sql::ASTFunction>();
    if (!function || function->name == "and")
        return std::nullopt;
    for (const auto & argument : function->argumentList())
        if (const auto * identifier = argument->as<sql::ASTIdentifier>(); identifier && aliases.contains(identifier->name()))
            return std::nullopt;
    storage::KeyRanges ranges = buildKeyRanges(condition, source_header, context);
    if (ranges.ranges.size() != 1)
        return std::nullopt;
    const auto & type = source_header.getByName(ranges.ranges[0].column).type;
    if (type->getTypeId() == TypeIndex::Float32 || type->getTypeId() == TypeIndex::Float64)
        return std::nullopt;
    return ranges.ranges[0];
}
}

void collectConjuncts(const sql::ASTPtr & ast, std::vector<sql::ASTPtr> & out)
{
    const auto * function = ast->as<sql::ASTFunction>();
    if (function && function->name == "and" && !function->argumentList().empty())
    {
        for (const auto & argument : function->argumentList())
            collectConjuncts(argument, out);
        return;
    }
    out.push_back(ast);
}

std::shared_ptr<const storage::PrewhereFilter> buildPrewhere(
    const std::vector<std::pair<sql::ASTPtr, std::string>> & conjuncts, const exec::ExpressionActions & where_actions,
    const Block & source_header, const AliasMap & aliases, const exec::Names & needed_later, interpreters::QueryContext & context)
{
    auto prewhere = std::make_shared<storage::PrewhereFilter>();
    for (const auto & [ast, name] : conjuncts)
    {
        storage::FilterCondition condition;
        auto actions = std::make_shared<exec::ExpressionActions>(where_actions);
        actions->project({name});
        condition.columns = actions->getRequiredInputs();
        if (condition.columns.empty())
            return nullptr;
        condition.actions = std::move(actions);
        condition.result = name;
        condition.exact_range = exactRangeOf(ast, source_header, aliases, context);
        for (const auto & column : condition.columns)
            if (std::find(needed_later.begin(), needed_later.end(), column) == needed_later.end()
                && std::find(prewhere->filter_only_columns.begin(), prewhere->filter_only_columns.end(), column)
                    == prewhere->filter_only_columns.end())
                prewhere->filter_only_columns.push_back(column);
        prewhere->conditions.push_back(std::move(condition));
    }
    return prewhere;
}
}
