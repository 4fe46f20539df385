#include "analyzer/ArrayJoinSource.h"

#include <algorithm>

#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/ExpressionBuilder.h"
#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/ArrayJoinStream.h"
#include "interpreters/Context.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSubquery.h"
#include "sql/formatAST.h"
#include "types/DataTypeArray.h"
#include "types/DataTypeMap.h"

namespace datastore::analyzer
{
namespace
{
void collectArrayJoinCalls(const sql::ASTPtr & ast, std::vector<sql::ASTPtr> & calls)
{
    if (!ast || ast->as<sql::ASTSubquery>())
        return;
    if (const auto * function = ast->as<sql::ASTFunction>(); function && function->name == "arrayJoin")
    {
        if (function->argumentList().size() != 1)
            throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function arrayJoin requires 1 argument, got {}",
                            function->argumentList().size());
        std::string name = sql::columnNameOf(*function);
        bool is_known = std::any_of(calls.begin(), calls.end(), [&](const sql::ASTPtr & call) { return sql::columnNameOf(*call) == name; });
        if (!is_known)
            calls.push_back(ast);
        return;
    }
    for (const auto & child : ast->children)
        collectArrayJoinCalls(child, calls);
}


bool isAggregateFunction(const sql::IAST & ast)
{
    const auto * function = ast.as<sql::ASTFunction>();
    return function && !function->is_window_function && aggregates::AggregateFunctionFactory::instance().isAggregateFunctionName(function->name);
}

/// The arrayJoin calls `ast` computes, following aliases: `inside_aggregates` takes only those
/// under an aggregate function, otherwise those outside one.
void collectThroughAliases(const sql::ASTPtr & ast, const AliasMap & aliases, bool inside_aggregates, bool in_aggregate,
                           std::set<std::string> & expanding, std::set<std::string> & names)
{
    if (!ast || ast->as<sql::ASTSubquery>())
        return;
    if (const auto * identifier = ast->as<sql::ASTIdentifier>())
    {
        auto alias = aliases.find(identifier->name());
        if (alias != aliases.end() && alias->second.get() != ast.get() && expanding.insert(alias->first).second)
        {
            collectThroughAliases(alias->second, aliases, inside_aggregates, in_aggregate, expanding, names);
            expanding.erase(alias->first);
        }
        return;
    }
    in_aggregate = in_aggregate || isAggregateFunction(*ast);
    if (const auto * function = ast->as<sql::ASTFunction>(); function && function->name == "arrayJoin" && in_aggregate == inside_aggregates)
        names.insert(sql::columnNameOf(*function));
    for (const auto & child : ast->children)
        collectThroughAliases(child, aliases, inside_aggregates, in_aggregate, expanding, names);
}
}

TableSource arrayJoinCallsSource(TableSource source, const sql::ASTSelectQuery & select, const std::set<std::string> & late,
                                 interpreters::QueryContext & context)
{
    std::vector<sql::ASTPtr> calls;
    for (const sql::ASTPtr & clause : {select.select, select.prewhere, select.where, select.group_by, select.order_by, select.limit_by})
        collectArrayJoinCalls(clause, calls);
    for (const auto & call : calls)
    {
        if (late.count(sql::columnNameOf(*call)))
            continue;
        auto argument = call->as<sql::ASTFunction>()->argumentList()[0]->clone();
        auto * with_alias = dynamic_cast<sql::ASTWithAlias *>(argument.get());
        if (!with_alias)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unsupported argument of arrayJoin: {}", sql::formatAST(*argument));
        with_alias->alias = sql::columnNameOf(*call);
        auto array_join = std::make_shared<sql::ASTArrayJoin>();
        array_join->expression_list = std::make_shared<sql::ASTExpressionList>();
        array_join->expression_list->children.push_back(argument);
        source = arrayJoinSource(std::move(source), *array_join, select, context);
    }
    return source;
}

TableSource arrayJoinSource(TableSource source, const sql::ASTArrayJoin & array_join, const sql::ASTSelectQuery & select,
                            interpreters::QueryContext & context)
{
    ExpressionScope scope;
    /// The arrays may name the SELECT list's aliases, but not the columns this ARRAY JOIN makes.
    if (select.select)
        collectAliases(select.select, scope.aliases);
    for (const auto & item : array_join.expression_list->children)
        scope.aliases.erase(aliasOf(*item));
    for (const auto & [name, expression] : source.alias_columns)
        scope.aliases.emplace(name, expression);
    scope.function_context = context.getFunctionContext();
    scope.query_parameters = &context.query_parameters;
    scope.clause = "ARRAY JOIN";
    scope.run_subquery = [&context](const sql::ASTPtr & query) { return SelectPlanner(context).runToBlock(query); };
    auto actions = std::make_shared<exec::ExpressionActions>(source.header);
    ExpressionBuilder builder(actions, scope);

    std::vector<exec::ArrayJoinedColumn> joined;
    TableSource result = source;
    for (const auto & item : array_join.expression_list->children)
    {
        std::string array = builder.build(item);
        const auto & type = actions->get(array).type;
        std::string name = aliasOf(*item);
        /// A column named without an alias (`t.a` too) is replaced by its elements under its own name.
        if (name.empty())
            name = item->as<sql::ASTIdentifier>() ? (source.header.has(array) ? array : item->as<sql::ASTIdentifier>()->name())
                                                 : sql::columnNameOf(*item);
        /// A Map joins as its array of (keys, values) tuples.
        const auto * map = type->as<DataTypeMap>();
        if (type->getTypeId() != TypeIndex::Array && !map)
            throw Exception(ErrorCodes::TYPE_MISMATCH, "ARRAY JOIN requires expression {} with Array or Map type. Actual: {}",
                            sql::formatAST(*item), type->getName());
        const auto & array_type = map ? *map->getNestedType() : *type;
        const auto & element_type = static_cast<const DataTypeArray &>(array_type).getNestedType();
        joined.push_back({name, array});
        if (result.header.has(name))
            result.header.getByName(name) = {element_type->createColumn(), element_type, name};
        else
            result.header.insert({element_type->createColumn(), element_type, name});
        result.alias_columns.erase(name);
    }

    bool is_left = array_join.is_left;
    bool is_unaligned = context.settings.enable_unaligned_array_join;
    result.read = [source = std::move(source), actions, joined, is_left, is_unaligned](const storage::ReadRequest & request,
                                                                          storage::ReadStatistics & statistics) {
        /// The source columns the outputs and the arrays need.
        exec::Names array_names;
        for (const auto & column : joined)
            array_names.push_back(column.array);
        exec::ExpressionActions probe = *actions;
        probe.project(array_names);
        exec::Names source_columns = probe.getRequiredInputs();
        exec::Names keep = array_names;
        for (const auto & name : request.columns)
        {
            bool is_element = std::any_of(joined.begin(), joined.end(), [&](const exec::ArrayJoinedColumn & column) { return column.name == name; });
            if (!is_element && std::find(source_columns.begin(), source_columns.end(), name) == source_columns.end())
                source_columns.push_back(name);
            if (!is_element && std::find(keep.begin(), keep.end(), name) == keep.end())
                keep.push_back(name);
        }
        storage::ReadRequest source_request = request;
        source_request.columns = source_columns;
        /// Index ranges of the WHERE may name the elements, which the source does not have.
        source_request.key_ranges = nullptr;
        source_request.filter = nullptr;
        source_request.prewhere = nullptr;
        exec::BlockStreams streams = source.read(source_request, statistics);
        for (auto & stream : streams)
        {
            auto stream_actions = std::make_shared<exec::ExpressionActions>(*actions);
            stream_actions->project(keep);
            stream = std::make_shared<exec::ArrayJoinStream>(stream, stream_actions, joined, request.columns, is_left, is_unaligned);
        }
        return streams;
    };
    return result;
}

sql::ASTs lateArrayJoinCalls(const sql::ASTSelectQuery & select)
{
    AliasMap aliases;
    for (const sql::ASTPtr & clause : {select.with, select.select, select.prewhere, select.where, select.group_by, select.having, select.order_by})
        if (clause)
            collectAliases(clause, aliases);
    bool is_aggregating = select.group_by != nullptr;
    for (const sql::ASTPtr & clause : {select.select, select.having, select.order_by})
        is_aggregating = is_aggregating || (clause && hasAggregateFunctions(clause, aliases));
    if (!is_aggregating)
        return {};

    std::set<std::string> early;
    std::set<std::string> expanding;
    for (const sql::ASTPtr & clause : {select.prewhere, select.where, select.group_by})
        collectThroughAliases(clause, aliases, false, false, expanding, early);
    for (const sql::ASTPtr & clause : {select.select, select.having, select.order_by})
        collectThroughAliases(clause, aliases, true, false, expanding, early);

    std::vector<sql::ASTPtr> calls;
    for (const sql::ASTPtr & clause : {select.select, select.order_by})
        collectArrayJoinCalls(clause, calls);
    sql::ASTs late;
    for (const auto & call : calls)
        if (!early.count(sql::columnNameOf(*call)))
            late.push_back(call);
    return late;
}

LateArrayJoin planLateArrayJoin(const sql::ASTPtr & call, Block & header, const ExpressionScope & scope)
{
    LateArrayJoin result;
    result.actions = std::make_shared<exec::ExpressionActions>(header);
    ExpressionScope call_scope = scope;
    call_scope.clause = "SELECT";
    ExpressionBuilder builder(result.actions, call_scope);
    std::string array = builder.build(call->as<sql::ASTFunction>()->argumentList()[0]);
    const auto & type = result.actions->get(array).type;
    /// A Map joins as its array of (keys, values) tuples.
    const auto * map = type->as<DataTypeMap>();
    if (type->getTypeId() != TypeIndex::Array && !map)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument for function arrayJoin must be Array or Map");
    std::string name = sql::columnNameOf(*call);
    result.outputs = header.getNames();
    exec::Names keep = result.outputs;
    keep.push_back(array);
    result.actions->project(keep);
    result.joined.push_back({name, array});
    result.outputs.push_back(name);
    const auto & element_type = static_cast<const DataTypeArray &>(map ? *map->getNestedType() : *type).getNestedType();
    header.insert({element_type->createColumn(), element_type, name});
    return result;
}
}
