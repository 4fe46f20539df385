#include "analyzer/LambdaExpression.h"

#include <set>

#include "analyzer/AliasMap.h"
#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSubquery.h"
#include "sql/formatAST.h"

namespace datastore::analyzer
{
LambdaExpression::LambdaExpression(exec::ExpressionActionsPtr actions_, size_t parameter_count_)
    : actions(std::move(actions_)), parameter_count(parameter_count_), result_type(actions->getResultHeader().getByPosition(0).type)
{
}

ColumnPtr LambdaExpression::execute(const Columns & parameters, const Columns & captured, size_t rows) const
{
    const Block & header = actions->getInputHeader();
    Block block;
    for (size_t i = 0; i < parameters.size(); ++i)
        block.insert({parameters[i], header.getByPosition(i).type, header.getByPosition(i).name});
    for (size_t i = 0; i < captured.size(); ++i)
    {
        const auto & column = header.getByPosition(parameter_count + i);
        block.insert({captured[i], column.type, column.name});
    }
    if (block.empty())
        block.setRowsWithoutColumns(rows);
    actions->execute(block);
    return block.getByPosition(0).column->convertToFullColumnIfConst();
}

std::vector<std::string> lambdaParameterNames(const sql::IAST & lambda)
{
    const auto & arguments = lambda.as<sql::ASTFunction>()->argumentList();
    const auto * tuple = arguments.size() == 2 ? arguments[0]->as<sql::ASTFunction>() : nullptr;
    if (!tuple || tuple->name != "tuple")
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Lambda {} first argument must be tuple", sql::formatAST(lambda));
    std::vector<std::string> names;
    for (const auto & parameter : tuple->argumentList())
    {
        const auto * identifier = parameter->as<sql::ASTIdentifier>();
        if (!identifier || identifier->isCompound())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Lambda {} tuple arguments must be identifiers", sql::formatAST(lambda));
        names.push_back(identifier->name());
    }
    return names;
}

namespace
{
void collect(const sql::ASTPtr & ast, std::multiset<std::string> & bound, bool (*is_outer_call)(const sql::IAST &), sql::ASTs & out,
             std::set<std::string> & seen)
{
    if (!ast || ast->as<sql::ASTSubquery>())
        return;
    if (const auto * identifier = ast->as<sql::ASTIdentifier>())
    {
        /// `t.a` with `t` a parameter is an element of the parameter, not an outer column.
        if (!bound.count(identifier->name_parts[0]) && seen.insert(identifier->name()).second)
            out.push_back(ast);
        return;
    }
    if (is_outer_call(*ast))
    {
        if (seen.insert(sql::columnNameOf(*ast)).second)
            out.push_back(ast);
        return;
    }
    if (const auto * function = ast->as<sql::ASTFunction>(); function && function->name == "lambda")
    {
        std::vector<std::string> names = lambdaParameterNames(*function);
        for (const auto & name : names)
            bound.insert(name);
        collect(function->argumentList()[1], bound, is_outer_call, out, seen);
        for (const auto & name : names)
            bound.erase(bound.find(name));
        return;
    }
    for (const auto & child : ast->children)
        collect(child, bound, is_outer_call, out, seen);
}
}

sql::ASTs collectCapturedExpressions(const sql::IAST & lambda, bool (*is_outer_call)(const sql::IAST &))
{
    std::multiset<std::string> bound;
    for (const auto & name : lambdaParameterNames(lambda))
        bound.insert(name);
    /// Aliases the body defines are computed in the body, from what their expressions capture.
    AliasMap body_aliases;
    collectAliases(lambda.as<sql::ASTFunction>()->argumentList()[1], body_aliases);
    for (const auto & [name, expression] : body_aliases)
        bound.insert(name);
    sql::ASTs out;
    std::set<std::string> seen;
    collect(lambda.as<sql::ASTFunction>()->argumentList()[1], bound, is_outer_call, out, seen);
    return out;
}
}
