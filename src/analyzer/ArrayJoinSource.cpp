#include "analyzer/ArrayJoinSource.h"

#include <algorithm>

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
}

TableSource arrayJoinCallsSource(TableSource source, const sql::ASTSelectQuery & select, interpreters::QueryContext & context)
{
    std::vector<sql::ASTPtr> calls;
    for (const sql::ASTPtr & clause : {select.select, select.prewhere, select.where, select.group_by, select.order_by, select.limit_by})
        collectArrayJoinCalls(clause, calls);
    for (const auto & call : calls)
    {
        auto argument = call->as<sql::ASTFunction>()->argumentList()[0]->clone();
        auto * with_alias = dynamic_cast<sql::ASTWithAlias *>(argument.get());
        if (!with_alias)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unsupported argument of arrayJoin: {}", sql::formatAST(*argument));
        with_alias->alias = sql::columnNameOf(*call);
        auto array_join = std::make_shared<sql::ASTArrayJoin>();
        array_join->expression_list = std::make_shared<sql::ASTExpressionList>();
        array_join->expression_list->children.push_back(argument);
        source = arrayJoinSource(std::move(source), *array_join, context);
    }
    return source;
}

TableSource arrayJoinSource(TableSource source, const sql::ASTArrayJoin & array_join, interpreters::QueryContext & context)
{
    ExpressionScope scope;
    scope.aliases = source.alias_columns;
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
}
