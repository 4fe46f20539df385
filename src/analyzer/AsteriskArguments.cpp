#include "analyzer/AsteriskArguments.h"

#include <algorithm>
#include <cctype>

#include "sql/ASTAsterisk.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSubquery.h"

namespace datastore::analyzer
{
namespace
{
bool isAsteriskCall(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    if (!function)
        return false;
    for (const auto & argument : function->argumentList())
        if (argument->as<sql::ASTAsterisk>())
            return true;
    return false;
}

bool isCountOfAll(const sql::ASTFunction & function)
{
    std::string name = function.name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return function.argumentList().size() == 1 && name == "count";
}

/// Whether some call below `ast` (subqueries aside) satisfies `predicate`.
template <typename Predicate>
bool anyCall(const sql::IAST & ast, Predicate && predicate)
{
    if (ast.as<sql::ASTSubquery>())
        return false;
    if (isAsteriskCall(ast) && predicate(*ast.as<sql::ASTFunction>()))
        return true;
    for (const auto & child : ast.children)
        if (child && anyCall(*child, predicate))
            return true;
    return false;
}
}

bool hasAsteriskArguments(const sql::IAST & ast)
{
    return anyCall(ast, [](const sql::ASTFunction &) { return true; });
}

bool needsStarColumns(const sql::IAST & ast)
{
    return anyCall(ast, [](const sql::ASTFunction & function) { return !isCountOfAll(function); });
}

void expandAsteriskArguments(sql::IAST & ast, const std::vector<std::string> & star_columns)
{
    if (ast.as<sql::ASTSubquery>())
        return;
    if (isAsteriskCall(ast))
    {
        auto & function = *ast.as<sql::ASTFunction>();
        sql::ASTs arguments;
        if (!isCountOfAll(function))
            for (const auto & argument : function.argumentList())
            {
                if (!argument->as<sql::ASTAsterisk>())
                {
                    arguments.push_back(argument);
                    continue;
                }
                for (const auto & name : star_columns)
                    arguments.push_back(std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{name}));
            }
        function.arguments->children = std::move(arguments);
    }
    ast.forEachChildPointer([&](sql::ASTPtr & child) {
        if (child)
            expandAsteriskArguments(*child, star_columns);
    });
    ast.updateChildren();
}
}
