#include "analyzer/AliasMap.h"

#include <algorithm>

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

namespace
{
bool containsNode(const sql::IAST & tree, const sql::IAST & node)
{
    if (&tree == &node)
        return true;
    return std::any_of(tree.children.begin(), tree.children.end(), [&](const sql::ASTPtr & child) { return child && containsNode(*child, node); });
}
}

AliasMap takeAliasesEnclosing(AliasMap & aliases, const sql::IAST & node)
{
    AliasMap taken;
    for (auto it = aliases.begin(); it != aliases.end();)
    {
        if (containsNode(*it->second, node))
        {
            taken.insert(*it);
            it = aliases.erase(it);
        }
        else
            ++it;
    }
    return taken;
}
}
