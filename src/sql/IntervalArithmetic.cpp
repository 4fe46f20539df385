#include "sql/IntervalArithmetic.h"

#include "sql/ASTFunction.h"

namespace datastore::sql
{
ASTPtr rewriteIntervalArithmetic(const ASTPtr & ast)
{
    if (!ast)
        return ast;
    auto copy = ast->clone();
    auto * function = copy->as<ASTFunction>();
    if (!function)
        return copy;
    if (function->arguments)
    {
        for (auto & argument : function->arguments->children)
            argument = rewriteIntervalArithmetic(argument);
        function->arguments->updateChildren();
    }
    const auto & arguments = function->argumentList();
    if ((function->name != "plus" && function->name != "minus") || arguments.size() != 2)
        return copy;
    for (size_t i : { 1, 0 })
    {
        const auto * interval = arguments[i]->as<ASTFunction>();
        if (!interval || interval->name.rfind("toInterval", 0) != 0 || interval->argumentList().size() != 1 || (i == 0 && function->name == "minus"))
            continue;
        std::string unit = interval->name.substr(10);
        auto rewritten = makeASTFunction((function->name == "plus" ? "add" : "subtract") + unit + "s", { arguments[1 - i], interval->argumentList()[0] });
        rewritten->alias = function->alias;
        return rewritten;
    }
    return copy;
}
}
