// A function call; operators are parsed into calls too (`a + 1` is plus(a, 1)), as ClickHouse does.
// Parametric aggregates keep their parameters apart: quantile(0.5)(x); window calls their OVER clause.
#pragma once

#include "sql/ASTExpressionList.h"

namespace datastore::sql
{
struct ASTFunction : ASTWithAlias
{
    std::string name;
    /// ASTExpressionList; null for a bare name such as an engine `ENGINE = Memory`.
    ASTPtr arguments;
    /// ASTExpressionList of quantile(0.5)(x)'s (0.5); null when there are none.
    ASTPtr parameters;
    /// `f(x) OVER w` or `f(x) OVER (...)`: a window function call, named or with its ASTWindowDefinition.
    bool is_window_function = false;
    std::string window_name;
    ASTPtr window_definition;

    std::string getID(char delimiter) const override { return "Function" + std::string(1, delimiter) + name; }
    ASTPtr clone() const override { return cloneNode(*this); }
    void forEachChildPointer(const std::function<void(ASTPtr &)> & visit) override
    {
        visit(arguments);
        visit(parameters);
        visit(window_definition);
    }

    /// The argument list's elements (empty when there is none).
    const ASTs & argumentList() const
    {
        static const ASTs empty;
        return arguments ? arguments->children : empty;
    }
};

/// A function call node with the given arguments.
inline std::shared_ptr<ASTFunction> makeASTFunction(std::string name, ASTs arguments)
{
    auto function = std::make_shared<ASTFunction>();
    function->name = std::move(name);
    auto list = std::make_shared<ASTExpressionList>();
    list->children = std::move(arguments);
    function->arguments = list;
    function->updateChildren();
    return function;
}
}
