#include "analyzer/AliasMap.h"

#include "sql/ASTSubquery.h"

namespace datastore::analyzer
{
std::string aliasOf(const sql::IAST & ast)
{
    if (const auto * with_alias = dynamic_cast<const sql::ASTWithAlias *>(&ast))
        return with_alias->alias;
    return {};
}

void collectAliases(const sql::ASTPtr & ast, AliasMap & aliases)
{
    if (!ast)
        return;
    std::string alias = aliasOf(*ast);
    if (!alias.empty())
        aliases.emplace(alias, ast);
    /// A subquery's own aliases belong to its scope.
    if (ast->as<sql::ASTSubquery>())
        return;
    for (const auto & child : ast->children)
        collectAliases(child, aliases);
}
}
