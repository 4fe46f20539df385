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
}

bool hasAsteriskArguments(const sql::IAST & ast)
{
    if (ast.as<sql::ASTSubquery>())
        return false;
    if (isAsteriskCall(ast))
        return true;
    for (const auto & child : ast.children)
        if (child && hasAsteriskArguments(*child))
            return true;
    return false;
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
