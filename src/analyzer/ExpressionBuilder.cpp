#include "analyzer/ExpressionBuilder.h"

#include <strings.h>

#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/FunctionIn.h"
#include "analyzer/LambdaExpression.h"
#include "analyzer/LiteralTypes.h"
#include "analyzer/Untuple.h"
#include "functions/CastColumn.h"
#include "base/Exception.h"
#include "exec/WindowFunctionFactory.h"
#include "columns/ColumnConst.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionFactory.h"
#include "functions/IHigherOrderFunction.h"
#include "io/ReadBuffer.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTQueryParameter.h"
#include "sql/ASTSubquery.h"
#include "sql/formatAST.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeTuple.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
bool isAggregateCall(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    return function && !function->is_window_function && aggregates::AggregateFunctionFactory::instance().isAggregateFunctionName(function->name);
}

bool isWindowCall(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    return function && function->is_window_function;
}

bool isExistsCall(const sql::ASTFunction & function)
{
    const auto & arguments = function.argumentList();
    return arguments.size() == 1 && arguments.front()->as<sql::ASTSubquery>() && strcasecmp(function.name.c_str(), "exists") == 0;
}

bool isInFunction(const std::string & name)
{
    return name == "in" || name == "notIn" || name == "globalIn" || name == "globalNotIn" || name == "nullIn" || name == "notNullIn";
}

/// Calls for which `is_wanted` holds, outside subqueries and not inside each other.
void collectCalls(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out, std::set<std::string> & seen,
                  std::set<std::string> & expanding, bool (*is_wanted)(const sql::IAST &))
{
    if (!ast || ast->as<sql::ASTSubquery>())
        return;
    if (is_wanted(*ast))
    {
        std::string name = sql::columnNameOf(*ast);
        if (seen.insert(name).second)
            out.push_back(ast);
        return;
    }
    if (const auto * identifier = ast->as<sql::ASTIdentifier>())
    {
        auto it = aliases.find(identifier->name());
        if (it != aliases.end() && it->second.get() != ast.get() && !expanding.count(it->first))
        {
            expanding.insert(it->first);
            collectCalls(it->second, aliases, out, seen, expanding, is_wanted);
            expanding.erase(it->first);
        }
        return;
    }
    for (const auto & child : ast->children)
        collectCalls(child, aliases, out, seen, expanding, is_wanted);
}

/// Appends the calls not in `out` yet.
void collectNewCalls(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out, bool (*is_wanted)(const sql::IAST &))
{
    std::set<std::string> seen;
    for (const auto & existing : out)
        seen.insert(sql::columnNameOf(*existing));
    std::set<std::string> expanding;
    collectCalls(ast, aliases, out, seen, expanding, is_wanted);
}
}

bool hasAggregateFunctions(const sql::ASTPtr & ast, const AliasMap & aliases)
{
    std::vector<sql::ASTPtr> found;
    collectAggregateFunctions(ast, aliases, found);
    return !found.empty();
}

void collectAggregateFunctions(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out)
{
    collectNewCalls(ast, aliases, out, isAggregateCall);
}

void collectWindowFunctions(const sql::ASTPtr & ast, const AliasMap & aliases, std::vector<sql::ASTPtr> & out)
{
    collectNewCalls(ast, aliases, out, isWindowCall);
}

std::string ExpressionBuilder::ensureAlias(const std::string & source, const std::string & alias)
{
    if (alias.empty() || alias == source || actions->has(alias))
        return alias.empty() ? source : alias;
    return actions->addAlias(source, alias);
}

std::optional<std::string> ExpressionBuilder::groupingKeyOf(const std::string & name) const
{
    if (!scope.aggregates_are_inputs)
        return std::nullopt;
    for (const auto & [alias, expression] : scope.aliases)
        if (actions->getInputHeader().has(alias) && sql::columnNameOf(*expression) == name)
            return alias;
    return std::nullopt;
}

std::string ExpressionBuilder::buildWithAlias(const sql::ASTPtr & ast)
{
    std::string alias = aliasOf(*ast);
    /// After GROUP BY, a key named as the alias of a column (`number AS t ... GROUP BY t`) is
    /// that column grouped: the column itself is no longer an input.
    bool is_key = scope.aggregates_are_inputs && actions->getInputHeader().has(alias);
    if (!alias.empty() && actions->has(alias) && (!ast->as<sql::ASTIdentifier>() || is_key))
        return alias;
    return ensureAlias(build(ast), alias);
}

std::string ExpressionBuilder::build(const sql::ASTPtr & ast)
{
    if (ast->as<sql::ASTIdentifier>())
        return buildIdentifier(ast);
    if (ast->as<sql::ASTQueryParameter>())
        return buildQueryParameter(ast);
    std::string name = sql::columnNameOf(*ast);
    if (actions->has(name))
        return name;
    if (const auto * literal = ast->as<sql::ASTLiteral>())
        return actions->addConstant(name, typeOfLiteral(literal->value), literal->value);
    if (ast->as<sql::ASTSubquery>())
        return buildScalarSubquery(ast);
    if (auto key = groupingKeyOf(name))
        return *key;
    if (ast->as<sql::ASTFunction>())
        return buildFunction(ast);
    throw Exception(ErrorCodes::UNEXPECTED_AST_STRUCTURE, "Unexpected expression {} in {}", name, scope.clause);
}

std::string ExpressionBuilder::buildIdentifier(const sql::ASTPtr & ast)
{
    const auto & identifier = *ast->as<sql::ASTIdentifier>();
    std::string name = identifier.name();

    /// After GROUP BY the keys are inputs under their own names, aliases included.
    if (scope.aggregates_are_inputs && actions->getInputHeader().has(name))
        return name;
    auto alias = scope.aliases.find(name);
    if (alias != scope.aliases.end() && alias->second.get() != ast.get())
    {
        if (actions->has(name) && !actions->getInputHeader().has(name))
            return name;
        /// While the alias is expanded, the name means the column it may shadow.
        sql::ASTPtr expression = alias->second;
        scope.aliases.erase(alias);
        std::string source = build(expression);
        scope.aliases.emplace(name, expression);
        if (actions->getInputHeader().has(name) && source != name)
            return source;
        return ensureAlias(source, name);
    }
    if (actions->has(name))
        return name;
    if (identifier.isCompound() && actions->has(identifier.shortName()) && isTableQualifier(identifier))
        return identifier.shortName();
    /// `named.tokens`: an element of a tuple column, by name.
    if (identifier.name_parts.size() == 2)
    {
        auto tuple = std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{identifier.name_parts[0]});
        if (actions->has(tuple->name()) || scope.aliases.count(tuple->name()))
        {
            std::string tuple_name = build(tuple);
            if (actions->get(tuple_name).type->getTypeId() == TypeIndex::Tuple)
            {
                auto element = sql::makeASTFunction(
                    "tupleElement", {tuple, std::make_shared<sql::ASTLiteral>(Field(identifier.name_parts[1]))});
                return ensureAlias(build(element), name);
            }
        }
    }
    /// `e.tokens.a`: a table's prefix before an element of its tuple column.
    if (identifier.name_parts.size() > 2 && scope.table_qualifiers && scope.table_qualifiers->count(identifier.name_parts[0]))
    {
        std::vector<std::string> rest(identifier.name_parts.begin() + 1, identifier.name_parts.end());
        return ensureAlias(build(std::make_shared<sql::ASTIdentifier>(rest)), name);
    }
    if (auto key = groupingKeyOf(name))
        return *key;
    if (scope.non_aggregated_columns.count(name) || (identifier.isCompound() && scope.non_aggregated_columns.count(identifier.shortName())))
        throw Exception(ErrorCodes::NOT_AN_AGGREGATE, "Column `{}` is not under aggregate function and not in GROUP BY keys. In query {}",
                        identifier.shortName(), scope.clause);
    throw Exception(ErrorCodes::UNKNOWN_IDENTIFIER, "Unknown expression identifier `{}` in scope {}", name, scope.clause);
}

bool ExpressionBuilder::isTableQualifier(const sql::ASTIdentifier & identifier) const
{
    if (!scope.table_qualifiers)
        return true;
    std::string prefix = identifier.name_parts[0];
    for (size_t i = 1; i + 1 < identifier.name_parts.size(); ++i)
        prefix += "." + identifier.name_parts[i];
    return scope.table_qualifiers->count(prefix) > 0;
}

namespace
{
/// CASE x WHEN a THEN b ... ELSE c END, which the parser makes caseWithExpression(x, a, b, ..., c):
/// transform(x, [a, ...], [b, ...], c) over constant branches, as ClickHouse computes it, else
/// the multiIf of x = a, ....
sql::ASTPtr caseAsTransform(const sql::ASTFunction & function)
{
    const auto & arguments = function.argumentList();
    if (arguments.size() < 4 || arguments.size() % 2 != 0)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function caseWithExpression expects an odd number of arguments after the first");
    sql::ASTs from;
    sql::ASTs to;
    sql::ASTs branches;
    bool is_constant = true;
    for (size_t i = 1; i + 1 < arguments.size(); i += 2)
    {
        from.push_back(arguments[i]);
        to.push_back(arguments[i + 1]);
        branches.push_back(sql::makeASTFunction("equals", {arguments[0], arguments[i]}));
        branches.push_back(arguments[i + 1]);
        is_constant = is_constant && arguments[i]->as<sql::ASTLiteral>() && arguments[i + 1]->as<sql::ASTLiteral>();
    }
    if (!is_constant)
    {
        branches.push_back(arguments.back());
        return sql::makeASTFunction("multiIf", branches);
    }
    return sql::makeASTFunction("transform", {arguments[0], sql::makeASTFunction("array", from), sql::makeASTFunction("array", to), arguments.back()});
}
}

std::string ExpressionBuilder::buildFunction(const sql::ASTPtr & ast)
{
    const auto & function = *ast->as<sql::ASTFunction>();
    std::string name = sql::columnNameOf(function);

    if (function.is_window_function)
    {
        if (scope.clause == "aggregate function arguments")
            throw Exception(ErrorCodes::ILLEGAL_AGGREGATION, "Window function {} is found inside an aggregate function in query", name);
        throw Exception(ErrorCodes::ILLEGAL_AGGREGATION, "Window function {} is found in {} in query", name, scope.clause);
    }
    if (isAggregateCall(function))
    {
        if (scope.aggregates_are_inputs)
            throw Exception(ErrorCodes::ILLEGAL_AGGREGATION,
                            "Aggregate function {} is found inside another aggregate function in query", name);
        throw Exception(ErrorCodes::ILLEGAL_AGGREGATION, "Aggregate function {} is found in {} in query", name, scope.clause);
    }
    if (isInFunction(function.name))
        return buildIn(ast);
    if (isExistsCall(function))
        return buildExists(ast);
    if (function.name == "caseWithExpression")
        return ensureAlias(build(caseAsTransform(function)), name);
    if (function.name == "lambda")
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Lambda {} is not allowed in expression context", sql::formatAST(function));
    /// Where one expression is expected, a list of columns cannot stand.
    if (isUntupleCall(function))
        throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Expression {} resolved into a list of columns in {}. Expected 1", name,
                        scope.clause);

    /// ClickHouse takes rank() without OVER for an aggregate function that refuses to aggregate.
    if (exec::WindowFunctionFactory::instance().isWindowFunctionName(function.name))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The function '{}' can only be used as a window function, not as an aggregate function",
                        function.name);
    auto implementation = functions::FunctionFactory::instance().get(function.name, scope.function_context);
    for (const auto & argument : function.argumentList())
        if (const auto * call = argument->as<sql::ASTFunction>(); call && call->name == "lambda")
            return buildHigherOrderFunction(ast, implementation);
    /// f(untuple(t)) is f of t's elements, and named so.
    sql::ASTs argument_asts;
    for (const auto & argument : function.argumentList())
        for (const auto & expanded : expandUntuple(argument, *this))
            argument_asts.push_back(expanded);
    if (argument_asts != function.argumentList())
        name = sql::columnNameOf(*sql::makeASTFunction(function.name, argument_asts));
    exec::Names arguments;
    for (const auto & argument : argument_asts)
        arguments.push_back(build(argument));
    return actions->addFunction(name, implementation, arguments);
}

/// f(lambda, args...): the lambda's parameters get their types from the other arguments, its
/// body compiles into its own actions over them and the outer expressions it reads, which are
/// computed here and passed to the function after its own arguments.
std::string ExpressionBuilder::buildHigherOrderFunction(const sql::ASTPtr & ast, const functions::FunctionPtr & implementation)
{
    const auto & function = *ast->as<sql::ASTFunction>();
    auto higher_order = std::dynamic_pointer_cast<functions::IHigherOrderFunction>(implementation);
    if (!higher_order)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Function {} can't have lambda-expressions as arguments", function.name);
    const auto & arguments = function.argumentList();
    for (size_t i = 1; i < arguments.size(); ++i)
        if (const auto * call = arguments[i]->as<sql::ASTFunction>(); call && call->name == "lambda")
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Lambda {} is not allowed in expression context", sql::formatAST(*arguments[i]));
    const auto & lambda = *arguments[0];

    exec::Names argument_names;
    ColumnsWithTypeAndName argument_columns;
    for (size_t i = 1; i < arguments.size(); ++i)
    {
        argument_names.push_back(build(arguments[i]));
        argument_columns.push_back(actions->get(argument_names.back()));
    }
    std::vector<std::string> parameters = lambdaParameterNames(lambda);
    DataTypes parameter_types = higher_order->getLambdaArgumentTypes(argument_columns, parameters.size());

    Block lambda_header;
    for (size_t i = 0; i < parameters.size(); ++i)
        lambda_header.insert({nullptr, parameter_types[i], parameters[i]});
    sql::ASTs captured = collectCapturedExpressions(lambda, [](const sql::IAST & node) { return isAggregateCall(node) || isWindowCall(node); });
    for (const auto & expression : captured)
    {
        std::string outer_name = build(expression);
        const auto & outer = actions->get(outer_name);
        ColumnPtr constant = outer.column && outer.column->isConst() ? outer.column : nullptr;
        lambda_header.insert({constant, outer.type, sql::columnNameOf(*expression)});
        argument_names.push_back(outer_name);
    }

    /// Every name in the body is now a parameter, a captured column or an alias the body
    /// defines: outer aliases no longer apply.
    ExpressionScope body_scope = scope;
    body_scope.aliases.clear();
    collectAliases(lambda.as<sql::ASTFunction>()->argumentList()[1], body_scope.aliases);
    body_scope.aggregates_are_inputs = false;
    body_scope.non_aggregated_columns.clear();
    auto body_actions = std::make_shared<exec::ExpressionActions>(lambda_header);
    ExpressionBuilder body_builder(body_actions, body_scope);
    body_actions->project({body_builder.build(lambda.as<sql::ASTFunction>()->argumentList()[1])});
    higher_order->setLambda(std::make_shared<LambdaExpression>(body_actions, parameters.size()), captured.size());
    return actions->addFunction(sql::columnNameOf(function), implementation, argument_names);
}

std::string ExpressionBuilder::buildIn(const sql::ASTPtr & ast)
{
    const auto & function = *ast->as<sql::ASTFunction>();
    std::string name = sql::columnNameOf(function);
    const auto & arguments = function.argumentList();
    if (arguments.size() != 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} expects 2 arguments, got {}", function.name,
                        arguments.size());

    /// `(a, b) IN (...)` looks up several key columns at once.
    /// A tuple key, even of one element, is matched against tuples of the set.
    sql::ASTs left_items{arguments[0]};
    bool is_tuple_key = false;
    if (const auto * tuple = arguments[0]->as<sql::ASTFunction>(); tuple && tuple->name == "tuple")
    {
        left_items = tuple->argumentList();
        is_tuple_key = true;
    }
    else if (const auto * literal = arguments[0]->as<sql::ASTLiteral>(); literal && literal->value.tryGet<Tuple>())
    {
        left_items.clear();
        for (const auto & element : literal->value.get<Tuple>())
            left_items.push_back(std::make_shared<sql::ASTLiteral>(element));
        is_tuple_key = true;
    }
    exec::Names left_names;
    DataTypes key_types;
    for (const auto & item : left_items)
    {
        left_names.push_back(build(item));
        key_types.push_back(removeNullable(removeLowCardinality(actions->get(left_names.back()).type)));
    }
    size_t width = key_types.size();
    auto set = std::make_shared<Set>(key_types);

    /// The right side as one column per key, of any type; converted to the key types below.
    ColumnsWithTypeAndName values(width);
    const auto & right = arguments[1];
    if (right->as<sql::ASTSubquery>())
    {
        if (!scope.run_subquery)
            throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Subqueries are not supported here");
        Block result = scope.run_subquery(right->as<sql::ASTSubquery>()->select);
        /// `(a, b) IN (SELECT (x, y))`: the one tuple column gives the key columns.
        if (const auto * tuple_type = result.columns() == 1 ? result.getByPosition(0).type->as<DataTypeTuple>() : nullptr;
            is_tuple_key && tuple_type && tuple_type->getElements().size() == width)
        {
            ColumnPtr full = result.getByPosition(0).column->convertToFullColumnIfConst();
            const auto & tuple_column = static_cast<const ColumnTuple &>(*full);
            Block elements;
            for (size_t i = 0; i < width; ++i)
                elements.insert({tuple_column.getColumnPtr(i), tuple_type->getElements()[i], "set" + std::to_string(i)});
            result = std::move(elements);
        }
        if (result.columns() != width)
            throw Exception(ErrorCodes::NUMBER_OF_COLUMNS_DOESNT_MATCH,
                            "Number of columns in section IN doesn't match. {} at left, {} at right.", width, result.columns());
        for (size_t i = 0; i < width; ++i)
            values[i] = result.getByPosition(i);
    }
    else
    {
        /// A constant list: `x IN (1, 2)`, `(a, b) IN ((1, 'x'), (2, 'y'))`, `x IN 1`, or
        /// constant expressions computed now.
        Field value;
        if (const auto * literal = right->as<sql::ASTLiteral>())
            value = literal->value;
        else
        {
            auto set_actions = std::make_shared<exec::ExpressionActions>(Block{});
            ExpressionBuilder constant_builder(set_actions, scope);
            const IColumn * constant = set_actions->tryGetConstant(constant_builder.build(right));
            if (!constant)
                throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "The right side of IN must be a constant list or a subquery");
            value = (*constant)[0];
        }
        std::vector<Field> rows;
        const auto * tuple = value.tryGet<Tuple>();
        const auto * array = value.tryGet<Array>();
        bool is_single_row_of_tuple = is_tuple_key && tuple && !tuple->empty() && !(*tuple)[0].tryGet<Tuple>();
        if (is_single_row_of_tuple)
            rows.push_back(value);
        else if (tuple)
            rows.assign(tuple->begin(), tuple->end());
        else if (array)
            rows.assign(array->begin(), array->end());
        else
            rows.push_back(value);
        for (size_t i = 0; i < width; ++i)
        {
            DataTypes element_types;
            std::vector<Field> elements;
            for (const auto & row : rows)
            {
                const Field * element = &row;
                if (is_tuple_key)
                {
                    const auto * row_tuple = row.tryGet<Tuple>();
                    if (!row_tuple || row_tuple->size() != width)
                        throw Exception(ErrorCodes::NUMBER_OF_COLUMNS_DOESNT_MATCH,
                                        "Number of columns in section IN doesn't match. {} at left, {} at right.", width,
                                        row_tuple ? row_tuple->size() : 1);
                    element = &(*row_tuple)[i];
                }
                elements.push_back(*element);
                element_types.push_back(typeOfLiteral(*element));
            }
            DataTypePtr values_type = element_types.empty() ? key_types[i] : getLeastSupertype(element_types);
            auto column = values_type->createColumn();
            for (const auto & element : elements)
            {
                ColumnPtr one = typeOfLiteral(element)->createColumnConst(1, element)->convertToFullColumnIfConst();
                column->insertFrom(*functions::castColumn(one, typeOfLiteral(element), values_type), 0);
            }
            values[i] = ColumnWithTypeAndName(std::move(column), values_type, "set");
        }
    }

    /// Values that do not convert to the key type cannot match: CAST throws for them, as
    /// ClickHouse does. NULLs stay NULL and the set keeps them apart.
    /// A key that is always NULL (the literal NULL) meets only the set's NULLs there: rows with
    /// another value in its place cannot match and are left out rather than cast to Nothing.
    size_t set_rows = width ? values[0].column->size() : 0;
    Filter keep(set_rows, 1);
    size_t kept = set_rows;
    for (size_t i = 0; i < width; ++i)
        if (key_types[i]->getTypeId() == TypeIndex::Nothing)
            for (size_t row = 0; row < set_rows; ++row)
                if (keep[row] && !values[i].column->isNullAt(row))
                {
                    keep[row] = 0;
                    --kept;
                }
    Columns converted;
    for (size_t i = 0; i < width; ++i)
    {
        auto & value = values[i];
        value.column = value.column->convertToFullColumnIfConst();
        if (kept != set_rows)
            value.column = value.column->filter(keep, static_cast<ssize_t>(kept));
        if (key_types[i]->getTypeId() == TypeIndex::Nothing)
        {
            auto nulls = DataTypeFactory::instance().get("Nullable(Nothing)")->createColumn();
            for (size_t row = 0; row < kept; ++row)
                nulls->insertDefault();
            converted.push_back(std::move(nulls));
            continue;
        }
        DataTypePtr set_type = value.type->isNullable() ? DataTypeFactory::instance().get("Nullable(" + key_types[i]->getName() + ")") : key_types[i];
        converted.push_back(functions::castColumn(value.column, value.type, set_type));
    }
    set->insert(converted);

    bool is_negated = function.name == "notIn" || function.name == "globalNotIn" || function.name == "notNullIn";
    bool null_in = scope.transform_null_in || function.name == "nullIn" || function.name == "notNullIn";
    auto implementation = std::make_shared<FunctionIn>(set, is_negated, null_in, left_names.size() == 1);
    return actions->addFunction(name, implementation, left_names);
}

namespace
{
/// A scalar subquery of several columns is one tuple, its elements named as the columns.
ColumnWithTypeAndName scalarTuple(const Block & result)
{
    if (result.rows() == 0)
        throw Exception(ErrorCodes::INCORRECT_RESULT_OF_SCALAR_SUBQUERY,
                        "Scalar subquery returned empty result of type {} which cannot be Nullable",
                        DataTypeTuple(result.getDataTypes()).getName());
    Columns columns;
    DataTypes types;
    std::vector<std::string> names;
    for (const auto & element : result)
    {
        columns.push_back(element.column->convertToFullColumnIfConst());
        types.push_back(element.type);
        names.push_back(element.name);
    }
    return {ColumnTuple::create(std::move(columns), result.rows()), std::make_shared<DataTypeTuple>(std::move(types), std::move(names)), ""};
}
}

/// EXISTS (SELECT ...): whether the subquery returns a row, a constant of the query.
std::string ExpressionBuilder::buildExists(const sql::ASTPtr & ast)
{
    std::string name = sql::columnNameOf(*ast);
    if (!scope.run_subquery)
        throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Subqueries are not supported here");
    const auto & subquery = *ast->as<sql::ASTFunction>()->argumentList().front()->as<sql::ASTSubquery>();
    Block result = scope.run_subquery(subquery.select);
    return actions->addConstant(name, DataTypeFactory::instance().get("UInt8"), Field(UInt64(result.rows() > 0)));
}

std::string ExpressionBuilder::buildScalarSubquery(const sql::ASTPtr & ast)
{
    std::string name = sql::columnNameOf(*ast);
    if (!scope.run_subquery)
        throw Exception(ErrorCodes::UNSUPPORTED_METHOD, "Subqueries are not supported here");
    Block result = scope.run_subquery(ast->as<sql::ASTSubquery>()->select);
    if (result.rows() > 1)
        throw Exception(ErrorCodes::INCORRECT_RESULT_OF_SCALAR_SUBQUERY, "Scalar subquery returned more than one row");
    ColumnWithTypeAndName column = result.columns() == 1 ? result.getByPosition(0) : scalarTuple(result);
    if (result.rows() == 0)
    {
        DataTypePtr type = column.type->isNullable() || !column.type->canBeInsideNullable()
            ? column.type
            : DataTypeFactory::instance().get("Nullable(" + column.type->getName() + ")");
        return actions->addConstant(name, type, type->isNullable() ? Field() : type->getDefault());
    }
    return actions->addConstantColumn(name, column.type, column.column->convertToFullColumnIfConst());
}

std::string ExpressionBuilder::buildQueryParameter(const sql::ASTPtr & ast)
{
    const auto & parameter = *ast->as<sql::ASTQueryParameter>();
    std::string name = sql::columnNameOf(parameter);
    if (actions->has(name))
        return name;
    const std::string * value = nullptr;
    if (scope.query_parameters)
    {
        auto it = scope.query_parameters->find(parameter.name);
        if (it != scope.query_parameters->end())
            value = &it->second;
    }
    if (!value)
        throw Exception(ErrorCodes::UNKNOWN_QUERY_PARAMETER, "Substitution `{}` is not set", parameter.name);
    DataTypePtr type = DataTypeFactory::instance().get(parameter.type);
    auto column = type->createColumn();
    try
    {
        ReadBufferFromMemory in(*value);
        type->deserializeWholeText(*column, in, FormatSettings{});
    }
    catch (const Exception & e)
    {
        throw Exception(ErrorCodes::BAD_QUERY_PARAMETER, "Value {} cannot be parsed as {} for query parameter '{}' because it isn't parsed completely: {}",
                        *value, parameter.type, parameter.name, e.message());
    }
    return actions->addConstantColumn(name, type, std::move(column));
}
}
