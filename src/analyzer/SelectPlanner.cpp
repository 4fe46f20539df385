#include "base/Exception.h"
#include "analyzer/SelectPlanner.h"
#include "analyzer/WithSubqueries.h"

#include <algorithm>

#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/AggregateFunctionName.h"
#include "analyzer/ArrayJoinSource.h"
#include "analyzer/AsteriskArguments.h"
#include "analyzer/ExpressionBuilder.h"
#include "analyzer/GroupingSets.h"
#include "analyzer/KeyRangesBuilder.h"
#include "analyzer/PrewhereBuilder.h"
#include "analyzer/TableSource.h"
#include "analyzer/Untuple.h"
#include "analyzer/WindowPlanner.h"
#include "analyzer/WithFill.h"
#include "functions/CastColumn.h"
#include "exec/AggregatingStream.h"
#include "exec/DistinctStream.h"
#include "exec/GroupingSetsStream.h"
#include "exec/IntersectOrExceptStream.h"
#include "exec/ParallelUnionStream.h"
#include "exec/SortingStream.h"
#include "exec/TotalsFromStatesStream.h"
#include "exec/TotalsStream.h"
#include "exec/TransformStreams.h"
#include "interpreters/Context.h"
#include "sql/ASTAsterisk.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOrderByElement.h"
#include "sql/ASTQualifiedAsterisk.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/formatAST.h"
#include "types/DataTypeSimpleAggregateFunction.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
const sql::ASTs & listOf(const sql::ASTPtr & list)
{
    static const sql::ASTs empty;
    return list ? list->children : empty;
}

UInt64 toUInt64(const Field & value, const char * what)
{
    if (const auto * u = value.tryGet<UInt64>())
        return *u;
    if (const auto * i = value.tryGet<Int64>(); i && *i >= 0)
        return static_cast<UInt64>(*i);
    throw Exception(ErrorCodes::INVALID_LIMIT_EXPRESSION, "The value {} of {} expression is not representable as UInt64", value.dump(), what);
}

/// ORDER BY 2, GROUP BY 1: positions in the SELECT list (enable_positional_arguments).
sql::ASTPtr resolvePositional(const sql::ASTPtr & ast, const sql::ASTs & select_items)
{
    const auto * literal = ast->as<sql::ASTLiteral>();
    if (!literal)
        return ast;
    const auto * position = literal->value.tryGet<UInt64>();
    if (!position)
        return ast;
    if (*position == 0 || *position > select_items.size())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Positional argument out of bounds: {} (expected in range [1, {}])", *position,
                        select_items.size());
    return select_items[*position - 1];
}

void appendUnique(exec::Names & names, const std::string & name)
{
    for (const auto & existing : names)
        if (existing == name)
            return;
    names.push_back(name);
}

Block materialize(Block block)
{
    for (auto & column : block)
        column.column = column.column->convertToFullColumnIfConst();
    return block;
}
}

Block concatenateBlocks(const Blocks & blocks, const Block & header)
{
    MutableColumns columns = header.cloneEmptyColumns();
    for (const auto & block : blocks)
        for (size_t i = 0; i < columns.size(); ++i)
        {
            auto full = block.getByPosition(i).column->convertToFullColumnIfConst();
            columns[i]->insertRangeFrom(*full, 0, full->size());
        }
    Columns result(columns.begin(), columns.end());
    return header.cloneWithColumns(std::move(result));
}

Field evaluateConstantExpression(const sql::ASTPtr & ast, interpreters::QueryContext & context, DataTypePtr * type)
{
    auto actions = std::make_shared<exec::ExpressionActions>(Block{});
    ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.query_parameters = &context.query_parameters;
    scope.clause = "constant expression";
    scope.run_subquery = [&context](const sql::ASTPtr & query) { return SelectPlanner(context).runToBlock(query); };
    ExpressionBuilder builder(actions, scope);
    std::string name = builder.build(ast);
    const IColumn * constant = actions->tryGetConstant(name);
    if (!constant)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Element of set in IN, VALUES or LIMIT or aggregate function parameter is not a constant expression: {}",
                        sql::columnNameOf(*ast));
    if (type)
        *type = actions->get(name).type;
    return (*constant)[0];
}

Block SelectPlanner::runToBlock(const sql::ASTPtr & query)
{
    auto stream = plan(query);
    Blocks blocks;
    while (Block block = stream->read())
    {
        context.checkCancelled();
        blocks.push_back(std::move(block));
    }
    return concatenateBlocks(blocks, stream->getHeader());
}

exec::BlockStreamPtr SelectPlanner::plan(const sql::ASTPtr & query)
{
    sql::ASTPtr substituted = substituteWithSubqueries(query);
    if (substituted->as<sql::ASTSelectWithUnionQuery>())
        return planUnion(substituted);
    return planSelect(substituted);
}

exec::BlockStreamPtr SelectPlanner::planUnion(const sql::ASTPtr & query)
{
    using Mode = sql::ASTSelectWithUnionQuery::Mode;
    const auto & union_query = *query->as<sql::ASTSelectWithUnionQuery>();
    const auto & selects = listOf(union_query.list_of_selects);
    if (selects.size() == 1)
        return plan(selects[0]);

    /// A bare operator takes its setting; UNION's has no default, EXCEPT's and INTERSECT's are ALL.
    auto resolve = [&](Mode mode)
    {
        auto from_setting = [](const std::string & value, const char * setting, Mode all, Mode distinct)
        {
            if (value == "ALL")
                return all;
            if (value == "DISTINCT")
                return distinct;
            if (std::string_view(setting) == "union_default_mode")
                throw Exception(ErrorCodes::EXPECTED_ALL_OR_DISTINCT,
                                "Expected ALL or DISTINCT in SelectWithUnion query, because setting (union_default_mode) is empty");
            throw Exception(ErrorCodes::EXPECTED_ALL_OR_DISTINCT, "Expected ALL or DISTINCT in {} query, because setting ({}) is empty",
                            all == Mode::ExceptAll ? "EXCEPT" : "INTERSECT", setting);
        };
        const auto & settings = context.settings;
        switch (mode)
        {
            case Mode::Unspecified: return from_setting(settings.union_default_mode, "union_default_mode", Mode::All, Mode::Distinct);
            case Mode::ExceptUnspecified:
                return from_setting(settings.except_default_mode, "except_default_mode", Mode::ExceptAll, Mode::ExceptDistinct);
            case Mode::IntersectUnspecified:
                return from_setting(settings.intersect_default_mode, "intersect_default_mode", Mode::IntersectAll, Mode::IntersectDistinct);
            default: return mode;
        }
    };
    std::vector<Mode> modes;
    for (auto mode : union_query.union_modes)
        modes.push_back(resolve(mode));

    exec::BlockStreams streams;
    for (const auto & select : selects)
        streams.push_back(plan(select));
    bool is_union_only = std::all_of(modes.begin(), modes.end(), [](Mode mode) { return mode == Mode::All || mode == Mode::Distinct; });
    Block first = streams[0]->getHeader();
    DataTypes common_types;
    for (size_t position = 0; position < first.columns(); ++position)
    {
        DataTypes types;
        for (const auto & stream : streams)
        {
            Block header = stream->getHeader();
            if (header.columns() != first.columns())
            {
                if (is_union_only)
                    throw Exception(ErrorCodes::UNION_ALL_RESULT_STRUCTURES_MISMATCH,
                                    "Different number of columns in UNION elements: {} and {}", first.columns(), header.columns());
                throw Exception(ErrorCodes::INTERSECT_OR_EXCEPT_RESULT_STRUCTURES_MISMATCH,
                                "Different number of columns in set operation elements: {} and {}", first.columns(), header.columns());
            }
            types.push_back(header.getByPosition(position).type);
        }
        common_types.push_back(getLeastSupertype(types));
    }
    Block result_header;
    for (size_t position = 0; position < first.columns(); ++position)
        result_header.insert({common_types[position]->createColumn(), common_types[position], first.getByPosition(position).name});

    for (auto & stream : streams)
    {
        stream = std::make_shared<exec::MapStream>(stream, result_header, [result_header](Block block) {
            Block converted;
            for (size_t i = 0; i < result_header.columns(); ++i)
            {
                const auto & target = result_header.getByPosition(i);
                auto source = block.getByPosition(i);
                source.column = source.column->convertToFullColumnIfConst();
                converted.insert({functions::castColumn(source.column, source.type, target.type), target.type, target.name});
            }
            return converted;
        });
    }

    /// Left to right: UNION ALL gathers operands, every other operator applies to all gathered so far.
    exec::BlockStreams gathered{streams[0]};
    for (size_t i = 0; i < modes.size(); ++i)
    {
        exec::BlockStreamPtr next = streams[i + 1];
        if (modes[i] == Mode::All)
        {
            gathered.push_back(next);
            continue;
        }
        exec::BlockStreamPtr result;
        if (modes[i] == Mode::Distinct)
        {
            gathered.push_back(next);
            result = std::make_shared<exec::DistinctStream>(exec::unite(std::move(gathered)), result_header.getNames());
        }
        else
        {
            bool is_except = modes[i] == Mode::ExceptAll || modes[i] == Mode::ExceptDistinct;
            result = std::make_shared<exec::IntersectOrExceptStream>(exec::unite(std::move(gathered)), next, is_except);
            if (modes[i] == Mode::ExceptDistinct || modes[i] == Mode::IntersectDistinct)
                result = std::make_shared<exec::DistinctStream>(result, result_header.getNames());
        }
        gathered = {result};
    }
    description.push_back(is_union_only ? "Union" : "IntersectOrExcept");
    return gathered.size() == 1 ? gathered.front() : exec::unite(std::move(gathered));
}

exec::BlockStreamPtr SelectPlanner::planSelect(const sql::ASTPtr & written_query)
{
    TableSource from = resolveTableSource(*written_query->as<sql::ASTSelectQuery>(), context);
    /// count(*) and f(*) are planned written out over the FROM's columns; the caller's AST stays as written.
    sql::ASTPtr query = written_query;
    if (hasAsteriskArguments(*written_query))
    {
        query = written_query->clone();
        expandAsteriskArguments(*query, from.star_columns);
    }
    const auto & select = *query->as<sql::ASTSelectQuery>();
    const auto & settings = context.settings;
    size_t max_threads = settings.maxThreads();
    size_t max_block_size = settings.max_block_size ? settings.max_block_size : 65536;

    sql::ASTs late_array_join_calls = lateArrayJoinCalls(select);
    std::set<std::string> late_array_join_names;
    for (const auto & call : late_array_join_calls)
        late_array_join_names.insert(sql::columnNameOf(*call));
    TableSource source = arrayJoinCallsSource(std::move(from), select, late_array_join_names, context);

    AliasMap aliases = source.alias_columns;
    for (const auto & item : listOf(select.with))
    {
        std::string alias = aliasOf(*item);
        if (!alias.empty())
            aliases[alias] = item;
    }

    sql::ASTs items;
    for (const auto & item : listOf(select.select))
    {
        if (item->as<sql::ASTAsterisk>() || item->as<sql::ASTQualifiedAsterisk>())
        {
            for (const auto & name : source.star_columns)
                items.push_back(std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{name}));
            continue;
        }
        items.push_back(item);
    }
    if (items.empty())
        throw Exception(ErrorCodes::EMPTY_LIST_OF_COLUMNS_QUERIED, "Empty list of columns in SELECT query");
    for (const auto & item : items)
        collectAliases(item, aliases);
    for (const sql::ASTPtr & clause : {select.prewhere, select.where, select.group_by, select.having, select.order_by, select.limit_by})
        collectAliases(clause, aliases);

    ExpressionScope scope;
    scope.aliases = aliases;
    scope.function_context = context.getFunctionContext();
    scope.query_parameters = &context.query_parameters;
    scope.transform_null_in = settings.transform_null_in;
    if (select.tables && !select.tables->children.empty())
        scope.table_qualifiers = std::make_shared<const std::set<std::string>>(source.qualifiers);
    scope.run_subquery = [this](const sql::ASTPtr & subquery) { return SelectPlanner(context).runToBlock(subquery); };

    /// WHERE and PREWHERE run first, on each stream.
    sql::ASTPtr filter_ast;
    if (select.prewhere && select.where)
        filter_ast = sql::makeASTFunction("and", {select.prewhere, select.where});
    else
        filter_ast = select.prewhere ? select.prewhere : select.where;
    if (source.sample_condition)
        filter_ast = filter_ast ? sql::makeASTFunction("and", {filter_ast, source.sample_condition}) : source.sample_condition;

    exec::ExpressionActionsPtr where_actions;
    std::string filter_name;
    /// Columns read for WHERE, and those clauses after it read.
    exec::Names required;
    exec::Names required_after_where;
    std::vector<std::pair<sql::ASTPtr, std::string>> conjuncts;
    if (filter_ast)
    {
        where_actions = std::make_shared<exec::ExpressionActions>(source.header);
        ExpressionScope where_scope = scope;
        where_scope.clause = "WHERE";
        ExpressionBuilder builder(where_actions, where_scope);
        filter_name = builder.build(filter_ast);
        exec::ExpressionActions probe = *where_actions;
        probe.project({filter_name});
        for (const auto & name : probe.getRequiredInputs())
            appendUnique(required, name);
        std::vector<sql::ASTPtr> conjunct_asts;
        collectConjuncts(filter_ast, conjunct_asts);
        for (const auto & conjunct : conjunct_asts)
            conjuncts.emplace_back(conjunct, builder.build(conjunct));
    }

    std::vector<sql::ASTPtr> aggregate_calls;
    for (const auto & item : items)
        collectAggregateFunctions(item, aliases, aggregate_calls);
    collectAggregateFunctions(select.having, aliases, aggregate_calls);
    for (const auto & element : listOf(select.order_by))
        collectAggregateFunctions(element, aliases, aggregate_calls);
    bool is_aggregating = select.group_by || !aggregate_calls.empty();
    if (select.having && !is_aggregating)
        throw Exception(ErrorCodes::ILLEGAL_AGGREGATION, "HAVING clause without aggregation");
    if (!select.group_by)
        checkNoGroupingCalls(select, items);

    exec::ExpressionActionsPtr pre_actions;
    GroupingSetsPlan grouping_sets;
    auto totals_block = std::make_shared<Block>();
    exec::AggregatorParams aggregator_params;
    Block main_input = source.header;
    if (is_aggregating)
    {
        pre_actions = std::make_shared<exec::ExpressionActions>(source.header);
        ExpressionScope pre_scope = scope;
        pre_scope.clause = "GROUP BY";
        ExpressionBuilder builder(pre_actions, pre_scope);
        exec::Names pre_outputs;
        for (const auto & key : groupByKeys(select))
            for (const auto & column : expandUntuple(resolvePositional(key, items), builder))
            {
                std::string name = builder.build(column);
                appendUnique(aggregator_params.keys, name);
                appendUnique(pre_outputs, name);
            }
        pre_scope.clause = "aggregate function arguments";
        for (const auto & call : aggregate_calls)
        {
            const auto & function = *call->as<sql::ASTFunction>();
            exec::AggregateDescription description_entry;
            DataTypes argument_types;
            /// In `argMin(browser, ts) AS browser` or `groupArray(1)(d)[1] AS d` the argument is
            /// the column, not the alias of an expression holding the call.
            auto & builder_aliases = builder.getScope().aliases;
            AliasMap enclosing_aliases = takeAliasesEnclosing(builder_aliases, *call);
            for (const auto & argument : function.argumentList())
            {
                std::string name = builder.build(argument);
                description_entry.argument_names.push_back(name);
                /// Aggregate functions see LowCardinality and SimpleAggregateFunction arguments as their plain type.
                argument_types.push_back(removeSimpleAggregateFunction(removeLowCardinality(pre_actions->get(name).type)));
                appendUnique(pre_outputs, name);
            }
            builder_aliases.merge(enclosing_aliases);
            Array parameters;
            for (const auto & parameter : listOf(function.parameters))
                parameters.push_back(evaluateConstantExpression(parameter, context));
            std::string function_name = resolveAggregateFunctionName(function.name, settings);
            /// ClickHouse's experimental functions are unknown until their setting is on.
            if (const char * setting = aggregates::AggregateFunctionFactory::instance().requiredSetting(function_name);
                setting && settings.getString(setting) != "1")
                throw Exception(ErrorCodes::UNKNOWN_AGGREGATE_FUNCTION, "Aggregate function {} is experimental. Set `{}` setting to enable it",
                                function_name, setting);
            description_entry.function = aggregates::AggregateFunctionFactory::instance().get(function_name, argument_types, parameters);
            description_entry.result_name = sql::columnNameOf(function);
            aggregator_params.aggregates.push_back(std::move(description_entry));
        }
        pre_scope.clause = "GROUP BY";
        grouping_sets = planGroupingSets(select, items, aggregator_params.keys,
                                         [&](const sql::ASTPtr & key) { return builder.build(resolvePositional(key, items)); }, settings);
        pre_actions->project(pre_outputs);
        for (const auto & name : pre_actions->getRequiredInputs())
        {
            appendUnique(required, name);
            appendUnique(required_after_where, name);
        }
        aggregator_params.input_header = pre_actions->getResultHeader();
        if (grouping_sets.description)
        {
            aggregator_params.input_header = grouping_sets.description->transformHeader(aggregator_params.input_header);
            aggregator_params.keys.push_back(exec::GroupingSetsDescription::set_column);
            for (const auto & call : grouping_sets.description->grouping_calls)
                appendUnique(aggregator_params.keys, call.name);
        }
        aggregator_params.max_threads = max_threads;
        aggregator_params.max_block_size = max_block_size;
        aggregator_params.max_bytes_before_external_group_by = settings.max_bytes_before_external_group_by;
        aggregator_params.tmp_path = context.getServer().getConfig().tmp_path;
        aggregator_params.with_state_columns = grouping_sets.totals_after_having;
        main_input = exec::Aggregator(aggregator_params).getHeader();
        /// Keys come out of the hash tables as plain columns; LowCardinality keys get their type back, as in ClickHouse.
        for (auto & column : main_input)
            if (const auto * key = aggregator_params.input_header.findByName(column.name); key && key->type->isLowCardinality())
                column.type = key->type;

        scope.aggregates_are_inputs = true;
        for (const auto & column : source.header)
            if (!main_input.has(column.name))
                scope.non_aggregated_columns.insert(column.name);
        for (const auto & [alias, expression] : source.alias_columns)
            scope.non_aggregated_columns.insert(alias);
    }

    /// arrayJoin calls over the aggregated rows unfold them before HAVING, which may read their
    /// elements, each call seeing the ones before it.
    std::vector<LateArrayJoin> late_array_joins;
    for (const auto & call : late_array_join_calls)
        late_array_joins.push_back(planLateArrayJoin(call, main_input, scope));
    if (!late_array_joins.empty() && grouping_sets.has_totals)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "WITH TOTALS with arrayJoin over aggregated rows is not supported");
    exec::ExpressionActionsPtr having_actions;
    std::string having_name;
    if (select.having)
    {
        having_actions = std::make_shared<exec::ExpressionActions>(main_input);
        ExpressionScope having_scope = scope;
        having_scope.clause = "HAVING";
        ExpressionBuilder builder(having_actions, having_scope);
        having_name = builder.build(select.having);
        exec::Names keep = main_input.getNames();
        appendUnique(keep, having_name);
        having_actions->project(keep);
    }

    /// Window functions see the rows after HAVING; the SELECT list and ORDER BY read their results.
    std::vector<sql::ASTPtr> window_calls;
    for (const auto & item : items)
        collectWindowFunctions(item, aliases, window_calls);
    for (const auto & element : listOf(select.order_by))
        collectWindowFunctions(element, aliases, window_calls);
    if (select.qualify)
        collectWindowFunctions(select.qualify, aliases, window_calls);
    std::optional<WindowPlanner> window_planner;
    if (!window_calls.empty())
        window_planner.emplace(window_calls, select.window, main_input, scope, context);

    auto main_actions = std::make_shared<exec::ExpressionActions>(window_planner ? window_planner->getOutputHeader() : main_input);
    ExpressionScope main_scope = scope;
    main_scope.clause = "SELECT";
    ExpressionBuilder main_builder(main_actions, main_scope);
    exec::Names output_names;
    /// The names the result columns take: the output names, except where an alias is the name
    /// of an input column the expression is not (`number * 2 AS number`), renamed last.
    exec::Names result_names;
    /// The SELECT list with untuple(t) expanded, which ORDER BY 2 and LIMIT BY 1 count in.
    sql::ASTs output_items;
    for (const auto & item : items)
        for (const auto & column : expandUntuple(item, main_builder))
        {
            /// After GROUP BY an input of the alias's name is the key this expression computes.
            std::string alias = aliasOf(*column);
            bool may_shadow = !alias.empty() && !is_aggregating && main_actions->getInputHeader().has(alias);
            std::string computed = may_shadow ? main_builder.build(column) : main_builder.buildWithAlias(column);
            bool shadows_input = may_shadow && computed != alias;
            output_names.push_back(computed);
            result_names.push_back(shadows_input ? alias : computed);
            output_items.push_back(column);
        }
    if (output_names.empty())
        throw Exception(ErrorCodes::EMPTY_LIST_OF_COLUMNS_QUERIED, "Empty list of columns in projection");

    exec::SortDescription sort_description;
    main_builder.getScope().clause = "ORDER BY";
    for (const auto & element_ast : listOf(select.order_by))
    {
        const auto & element = *element_ast->as<sql::ASTOrderByElement>();
        std::string name = main_builder.build(resolvePositional(element.expression, output_items));
        sort_description.push_back({name, element.direction, element.nulls_direction});
    }
    exec::Names limit_by_names;
    main_builder.getScope().clause = "LIMIT BY";
    for (const auto & key : listOf(select.limit_by))
        limit_by_names.push_back(main_builder.build(resolvePositional(key, output_items)));

    /// QUALIFY filters the rows once window functions are computed, before ORDER BY.
    std::string qualify_name;
    if (select.qualify)
    {
        main_builder.getScope().clause = "QUALIFY";
        qualify_name = main_builder.build(select.qualify);
    }

    exec::Names main_outputs = output_names;
    if (!qualify_name.empty())
        appendUnique(main_outputs, qualify_name);
    for (const auto & column : sort_description)
        appendUnique(main_outputs, column.name);
    for (const auto & name : limit_by_names)
        appendUnique(main_outputs, name);
    main_actions->project(main_outputs);
    if (window_planner)
        window_planner->setNeededLater(main_actions->getRequiredInputs());
    if (!is_aggregating)
        for (const auto & name : window_planner ? window_planner->getRequiredInputs() : main_actions->getRequiredInputs())
        {
            appendUnique(required, name);
            appendUnique(required_after_where, name);
        }

    std::optional<UInt64> limit_length;
    UInt64 limit_offset = 0;
    if (select.limit_length)
        limit_length = toUInt64(evaluateConstantExpression(select.limit_length, context), "LIMIT");
    if (select.limit_offset)
        limit_offset = toUInt64(evaluateConstantExpression(select.limit_offset, context), "OFFSET");
    if (select.limit_with_ties && !select.order_by)
        throw Exception(ErrorCodes::WITH_TIES_WITHOUT_ORDER_BY, "Can not use WITH TIES without ORDER BY");

    /// Reading: only the columns some clause needs.
    storage::ReadRequest request;
    request.columns = required;
    request.filter = filter_ast;
    if (filter_ast)
        request.key_ranges = std::make_shared<storage::KeyRanges>(buildKeyRanges(filter_ast, source.header, context));
    request.is_final = source.is_final;
    /// The storage may apply WHERE while reading, as PREWHERE: granules where no row passes
    /// need no other column read. Not under FINAL, which merges rows across granules first,
    /// nor for a condition that may answer differently when run again (rand()).
    if (where_actions && !source.is_final && where_actions->isDeterministic())
        request.prewhere = buildPrewhere(conjuncts, *where_actions, source.header, scope.aliases, required_after_where, context);
    auto & progress = context.progress;
    request.on_rows_read = [&progress, &query_context = context](size_t rows, size_t bytes) {
        query_context.checkCancelled();
        progress.read_rows += rows;
        progress.read_bytes += bytes;
    };
    request.max_threads = max_threads;
    request.max_block_size = max_block_size;
    storage::ReadStatistics statistics;
    exec::BlockStreams streams = source.read(request, statistics);
    read_statistics.emplace_back(source.description, statistics);
    /// Rows and bytes read feed progress, X-ClickHouse-Summary and JSON's statistics.
    if (!source.is_subquery && !statistics.prewhere_applied)
        streams = exec::transformEach(streams, [&progress, this](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
        return std::make_shared<exec::MapStream>(stream, stream->getHeader(), [&progress, &query_context = context](Block block) {
            /// Each block read is a point to stop: cancelled, out of time or over the memory limit.
            query_context.checkCancelled();
            progress.read_rows += block.rows();
            progress.read_bytes += block.bytes();
            return block;
        });
    });
    description.push_back("ReadFromStorage (" + source.description + ")");

    if (statistics.prewhere_applied)
        description.push_back("Filter (PREWHERE, in the storage)");
    else if (where_actions)
    {
        exec::Names keep = required;
        bool is_filter_an_input = std::find(required.begin(), required.end(), filter_name) != required.end();
        appendUnique(keep, filter_name);
        where_actions->project(keep);
        streams = exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
            return std::make_shared<exec::FilterStream>(stream, where_actions, filter_name, !is_filter_an_input);
        });
        description.push_back("Filter (WHERE)");
    }

    if (is_aggregating)
    {
        streams = exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
            return std::make_shared<exec::ExpressionStream>(stream, pre_actions);
        });
        description.push_back("Expression (Before GROUP BY)");
        if (grouping_sets.description)
        {
            streams = exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
                return std::make_shared<exec::GroupingSetsStream>(stream, *grouping_sets.description);
            });
            description.push_back("GroupingSets");
        }
        exec::BlockStreamPtr aggregated = std::make_shared<exec::AggregatingStream>(std::move(streams), aggregator_params);
        if (aggregated->getHeader().getDataTypes() != main_input.getDataTypes())
            aggregated = std::make_shared<exec::MapStream>(aggregated, main_input.cloneEmpty(), [main_input](Block block) {
                for (size_t i = 0; i < block.columns(); ++i)
                {
                    auto & column = block.getByPosition(i);
                    const auto & type = main_input.getByPosition(i).type;
                    if (!column.type->equals(*type))
                    {
                        column.column = functions::castColumn(column.column, column.type, type);
                        column.type = type;
                    }
                }
                return block;
            });
        description.push_back("Aggregating");
        if (grouping_sets.has_totals && !grouping_sets.totals_after_having)
        {
            aggregated = std::make_shared<exec::TotalsStream>(aggregated, grouping_sets.totals_set, totals_block, aggregator_params.aggregates);
            description.push_back("Totals");
        }
        for (const auto & late : late_array_joins)
        {
            aggregated = std::make_shared<exec::ArrayJoinStream>(aggregated, late.actions, late.joined, late.outputs, false,
                                                                 settings.enable_unaligned_array_join);
            description.push_back("ArrayJoin");
        }
        if (having_actions)
        {
            aggregated = std::make_shared<exec::FilterStream>(aggregated, having_actions, having_name, !main_input.has(having_name));
            description.push_back("Filter (HAVING)");
        }
        if (grouping_sets.totals_after_having)
        {
            aggregated = std::make_shared<exec::TotalsFromStatesStream>(aggregated, aggregator_params.aggregates, totals_block);
            description.push_back("Totals");
        }
        streams = {aggregated};
    }
    if (window_planner)
        streams = {window_planner->addSteps(std::move(streams), max_block_size, description)};

    streams = exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
        return std::make_shared<exec::ExpressionStream>(stream, main_actions);
    });
    description.push_back("Expression (Projection + Before ORDER BY)");
    if (!qualify_name.empty())
    {
        auto pass_through = std::make_shared<exec::ExpressionActions>(main_actions->getResultHeader());
        streams = exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
            return std::make_shared<exec::FilterStream>(stream, pass_through, qualify_name, false);
        });
        description.push_back("Filter (QUALIFY)");
    }

    exec::BlockStreamPtr stream;
    bool has_row_filters_after_sort = select.distinct || !limit_by_names.empty();
    if (!sort_description.empty())
    {
        bool has_fill = hasWithFill(select);
        /// WITH TIES needs the rows past the limit that tie with its last one.
        size_t sort_limit = limit_length && !has_row_filters_after_sort && !has_fill && !select.limit_with_ties ? *limit_length + limit_offset : 0;
        exec::ExternalSortSettings external{context.settings.max_bytes_before_external_sort, context.getServer().getConfig().tmp_path};
        stream = std::make_shared<exec::SortingStream>(std::move(streams), sort_description, sort_limit, max_block_size, std::move(external));
        description.push_back("Sorting (ORDER BY)");
        if (has_fill)
        {
            stream = addFilling(std::move(stream), select, sort_description, context);
            description.push_back("Filling");
        }
    }
    else
        stream = exec::unite(std::move(streams));

    if (select.distinct)
    {
        stream = std::make_shared<exec::DistinctStream>(stream, output_names);
        description.push_back("Distinct");
    }
    if (!limit_by_names.empty())
    {
        UInt64 length = toUInt64(evaluateConstantExpression(select.limit_by_length, context), "LIMIT BY");
        UInt64 offset = select.limit_by_offset ? toUInt64(evaluateConstantExpression(select.limit_by_offset, context), "LIMIT BY OFFSET") : 0;
        stream = std::make_shared<exec::DistinctStream>(stream, limit_by_names, length, offset);
        description.push_back("LimitBy");
    }
    if (limit_length || limit_offset)
    {
        std::vector<std::string> tie_columns;
        if (select.limit_with_ties)
            for (const auto & column : sort_description)
                tie_columns.push_back(column.name);
        stream = std::make_shared<exec::LimitStream>(stream, limit_length ? *limit_length : std::numeric_limits<UInt64>::max(), limit_offset,
                                                     std::move(tie_columns));
        description.push_back("Limit");
    }

    if (grouping_sets.has_totals && !totals)
    {
        /// Window functions see the totals row alone, as ClickHouse runs them over the totals block by itself.
        std::shared_ptr<const WindowPlanner> totals_windows = window_planner ? std::make_shared<const WindowPlanner>(*window_planner) : nullptr;
        totals = [totals_block, main_actions, output_names, result_names, totals_windows, max_block_size] {
            if (!*totals_block)
                return Block{};
            Block block = *totals_block;
            if (totals_windows)
            {
                std::vector<std::string> steps;
                exec::BlockStreams source{std::make_shared<exec::BlocksStream>(block.cloneEmpty(), Blocks{block})};
                block = totals_windows->addSteps(std::move(source), max_block_size, steps)->read();
            }
            main_actions->execute(block);
            Block result;
            for (size_t i = 0; i < output_names.size(); ++i)
            {
                auto column = block.getByName(output_names[i]);
                column.column = column.column->convertToFullColumnIfConst();
                column.name = result_names[i];
                result.insert(std::move(column));
            }
            return result;
        };
    }

    Block header = stream->getHeader();
    if (header.getNames() != result_names)
    {
        auto projection = std::make_shared<exec::ExpressionActions>(header);
        projection->projectAs(output_names, result_names);
        stream = std::make_shared<exec::ExpressionStream>(stream, projection);
    }
    return stream;
}
}
