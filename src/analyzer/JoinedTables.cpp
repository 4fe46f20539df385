#include "analyzer/JoinedTables.h"

#include <algorithm>
#include <map>
#include <optional>

#include "analyzer/ExpressionBuilder.h"
#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/JoiningStream.h"
#include "functions/CastColumn.h"
#include "exec/ParallelUnionStream.h"
#include "exec/TransformStreams.h"
#include "interpreters/Context.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/formatAST.h"
#include "types/DataTypeNullable.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
enum class Side
{
    None,
    Left,
    Right,
    Both,
};

Side combine(Side a, Side b)
{
    if (a == Side::None)
        return b;
    if (b == Side::None || a == b)
        return a;
    return Side::Both;
}

/// Which side of the join an identifier of the ON clause reads, and its name there.
class SideResolver
{
public:
    SideResolver(const Block & left_, const std::vector<std::string> & left_qualifiers_, const Block & right_, const std::string & right_qualifier_)
        : left(left_), left_qualifiers(left_qualifiers_), right(right_), right_qualifier(right_qualifier_)
    {
    }

    Side resolve(const sql::ASTIdentifier & identifier, std::string & name) const
    {
        if (identifier.isCompound())
        {
            const std::string & qualifier = identifier.name_parts[identifier.name_parts.size() - 2];
            if (qualifier == right_qualifier && right.has(identifier.shortName()))
                return found(identifier.shortName(), Side::Right, name);
            if (left.has(identifier.name()))
                return found(identifier.name(), Side::Left, name);
            if (std::find(left_qualifiers.begin(), left_qualifiers.end(), qualifier) != left_qualifiers.end() && left.has(identifier.shortName()))
                return found(identifier.shortName(), Side::Left, name);
        }
        if (left.has(identifier.name()))
            return found(identifier.name(), Side::Left, name);
        if (right.has(identifier.name()))
            return found(identifier.name(), Side::Right, name);
        return Side::None;
    }

    /// The side the expression reads; its identifiers renamed to that side's column names.
    Side rewrite(sql::ASTPtr & ast) const
    {
        if (const auto * identifier = ast->as<sql::ASTIdentifier>())
        {
            std::string name;
            Side side = resolve(*identifier, name);
            if (side != Side::None)
            {
                auto renamed = std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{name});
                renamed->alias = identifier->alias;
                ast = renamed;
            }
            return side;
        }
        if (ast->as<sql::ASTSubquery>())
            return Side::None;
        Side side = Side::None;
        ast->forEachChildPointer([&](sql::ASTPtr & child) {
            if (child)
                side = combine(side, rewrite(child));
        });
        ast->updateChildren();
        return side;
    }

private:
    static Side found(const std::string & column, Side side, std::string & name)
    {
        name = column;
        return side;
    }

    const Block & left;
    const std::vector<std::string> & left_qualifiers;
    const Block & right;
    const std::string & right_qualifier;
};

void flattenConjunction(const sql::ASTPtr & ast, sql::ASTs & out)
{
    if (const auto * function = ast->as<sql::ASTFunction>(); function && function->name == "and")
    {
        for (const auto & argument : function->argumentList())
            flattenConjunction(argument, out);
        return;
    }
    out.push_back(ast);
}

exec::JoinKind kindOf(const sql::ASTTableJoin & join)
{
    switch (join.kind)
    {
        case sql::ASTTableJoin::Kind::Inner: return exec::JoinKind::Inner;
        case sql::ASTTableJoin::Kind::Left: return exec::JoinKind::Left;
        case sql::ASTTableJoin::Kind::Right: return exec::JoinKind::Right;
        case sql::ASTTableJoin::Kind::Full: return exec::JoinKind::Full;
        case sql::ASTTableJoin::Kind::Cross:
        case sql::ASTTableJoin::Kind::Comma: return exec::JoinKind::Cross;
    }
    return exec::JoinKind::Inner;
}

exec::JoinStrictness strictnessOf(const sql::ASTTableJoin & join, const interpreters::Settings & settings)
{
    switch (join.strictness)
    {
        case sql::ASTTableJoin::Strictness::Any: return exec::JoinStrictness::Any;
        case sql::ASTTableJoin::Strictness::All: return exec::JoinStrictness::All;
        case sql::ASTTableJoin::Strictness::Semi: return exec::JoinStrictness::Semi;
        case sql::ASTTableJoin::Strictness::Anti: return exec::JoinStrictness::Anti;
        case sql::ASTTableJoin::Strictness::Asof: return exec::JoinStrictness::Asof;
        case sql::ASTTableJoin::Strictness::Unspecified:
            break;
    }
    if (settings.join_default_strictness == "ANY")
        return exec::JoinStrictness::Any;
    if (settings.join_default_strictness == "ALL")
        return exec::JoinStrictness::All;
    throw Exception(ErrorCodes::EXPECTED_ALL_OR_ANY, "Expected ANY or ALL in JOIN section, because setting (join_default_strictness) is empty");
}

DataTypePtr nullableIf(bool condition, const DataTypePtr & type)
{
    return condition && type->canBeInsideNullable() ? std::make_shared<DataTypeNullable>(type) : type;
}

ExpressionScope keyScope(interpreters::QueryContext & context)
{
    ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.query_parameters = &context.query_parameters;
    scope.transform_null_in = context.settings.transform_null_in;
    scope.clause = "JOIN ON";
    scope.run_subquery = [&context](const sql::ASTPtr & query) { return SelectPlanner(context).runToBlock(query); };
    return scope;
}

/// Input columns the actions need to compute `outputs`.
exec::Names requiredInputs(const exec::ExpressionActions & actions, const exec::Names & outputs)
{
    exec::ExpressionActions probe = actions;
    probe.project(outputs);
    return probe.getRequiredInputs();
}

void appendUnique(exec::Names & names, const std::string & name)
{
    if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
}

struct JoinAnalysis
{
    sql::ASTs left_keys;
    sql::ASTs right_keys;
    /// Conditions on the right side alone: they filter it before it is hashed.
    sql::ASTs right_filters;
    /// Other conditions of an INNER join: they filter the joined rows.
    sql::ASTs joined_filters;
    /// Other conditions of an outer ALL join: a match counts only where they hold; a row with
    /// none left is an unmatched row, as ClickHouse's mixed join conditions.
    sql::ASTs match_conditions;
    std::vector<std::string> using_keys;
    /// Per key: whether NULL matches NULL (isNotDistinctFrom) instead of matching nothing.
    std::vector<UInt8> null_safe_keys;
    /// ASOF: the last of the keys is compared by this inequality, not equality.
    exec::AsofInequality asof_inequality = exec::AsofInequality::GreaterOrEquals;
};

/// `a OP b` as an ASOF inequality, flipped when `a` is the right side's.
std::optional<exec::AsofInequality> asofInequalityOf(const std::string & function_name, bool is_left_first)
{
    using enum exec::AsofInequality;
    if (function_name == "less")
        return is_left_first ? Less : Greater;
    if (function_name == "lessOrEquals")
        return is_left_first ? LessOrEquals : GreaterOrEquals;
    if (function_name == "greater")
        return is_left_first ? Greater : Less;
    if (function_name == "greaterOrEquals")
        return is_left_first ? GreaterOrEquals : LessOrEquals;
    return std::nullopt;
}

JoinAnalysis analyzeJoin(const sql::ASTTableJoin & join, exec::JoinKind kind, exec::JoinStrictness strictness, const SideResolver & resolver,
                         const Block & left, const Block & right)
{
    JoinAnalysis analysis;
    if (kind == exec::JoinKind::Cross)
    {
        if (join.on_expression || join.using_expression_list)
            throw Exception(ErrorCodes::SYNTAX_ERROR, "CROSS JOIN cannot have ON or USING");
        return analysis;
    }
    if (join.using_expression_list)
    {
        for (const auto & key : join.using_expression_list->children)
        {
            const auto * identifier = key->as<sql::ASTIdentifier>();
            if (!identifier)
                throw Exception(ErrorCodes::SYNTAX_ERROR, "USING takes column names: {}", sql::formatAST(*key));
            const std::string & name = identifier->name();
            if (!left.has(name) || !right.has(name))
                throw Exception(ErrorCodes::UNKNOWN_IDENTIFIER, "Unknown identifier '{}' in USING of JOIN: both tables need it", name);
            analysis.left_keys.push_back(key);
            analysis.right_keys.push_back(key);
            analysis.null_safe_keys.push_back(false);
            analysis.using_keys.push_back(name);
        }
        /// ASOF JOIN USING (keys..., t): the last column is matched as left.t >= right.t.
        if (strictness == exec::JoinStrictness::Asof && analysis.left_keys.size() < 2)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ASOF join needs at least one equi-join column");
        return analysis;
    }
    if (!join.on_expression)
        throw Exception(ErrorCodes::SYNTAX_ERROR, "JOIN needs ON or USING (or write CROSS JOIN)");

    sql::ASTs conjuncts;
    flattenConjunction(join.on_expression, conjuncts);
    sql::ASTPtr asof_left;
    sql::ASTPtr asof_right;
    for (const auto & conjunct : conjuncts)
    {
        const auto * function = conjunct->as<sql::ASTFunction>();
        if (strictness == exec::JoinStrictness::Asof && !asof_left && function && function->argumentList().size() == 2)
        {
            sql::ASTPtr a = function->argumentList()[0]->clone();
            sql::ASTPtr b = function->argumentList()[1]->clone();
            Side side_a = resolver.rewrite(a);
            Side side_b = resolver.rewrite(b);
            bool is_left_first = side_a == Side::Left && side_b == Side::Right;
            auto inequality = asofInequalityOf(function->name, is_left_first);
            if (inequality && (is_left_first || (side_a == Side::Right && side_b == Side::Left)))
            {
                analysis.asof_inequality = *inequality;
                asof_left = is_left_first ? a : b;
                asof_right = is_left_first ? b : a;
                continue;
            }
        }
        /// isNotDistinctFrom(a, b) is an equality under which NULL matches NULL.
        bool is_null_safe = function && function->name == "isNotDistinctFrom";
        if (function && (function->name == "equals" || is_null_safe) && function->argumentList().size() == 2)
        {
            sql::ASTPtr a = function->argumentList()[0]->clone();
            sql::ASTPtr b = function->argumentList()[1]->clone();
            Side side_a = resolver.rewrite(a);
            Side side_b = resolver.rewrite(b);
            if ((side_a == Side::Left && side_b == Side::Right) || (side_a == Side::Right && side_b == Side::Left))
            {
                analysis.left_keys.push_back(side_a == Side::Left ? a : b);
                analysis.right_keys.push_back(side_a == Side::Left ? b : a);
                analysis.null_safe_keys.push_back(is_null_safe);
                continue;
            }
        }
        sql::ASTPtr rewritten = conjunct->clone();
        Side side = resolver.rewrite(rewritten);
        if (side == Side::Right)
            analysis.right_filters.push_back(rewritten);
        else if (kind == exec::JoinKind::Inner)
            analysis.joined_filters.push_back(conjunct);
        else if (strictness == exec::JoinStrictness::All && kind != exec::JoinKind::Cross)
            analysis.match_conditions.push_back(conjunct);
        else
            throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION,
                            "Unsupported JOIN ON condition: {}. Outer joins take equalities of the two sides and conditions on the right side",
                            sql::formatAST(*conjunct));
    }
    if (analysis.left_keys.empty() && asof_left)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ASOF join needs at least one equi-join column");
    if (analysis.left_keys.empty())
        throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION, "Cannot determine join keys in JOIN ON expression {}",
                        sql::formatAST(*join.on_expression));
    if (strictness == exec::JoinStrictness::Asof)
    {
        if (!asof_left)
            throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION, "ASOF join requires one inequality predicate in JOIN ON expression, in {}",
                            sql::formatAST(*join.on_expression));
        analysis.left_keys.push_back(asof_left);
        analysis.right_keys.push_back(asof_right);
        analysis.null_safe_keys.push_back(false);
    }
    return analysis;
}

/// The stream's rows where the condition holds, with the `keep` columns.
exec::BlockStreamPtr filtered(exec::BlockStreamPtr stream, const exec::ExpressionActions & condition, const std::string & condition_name,
                              exec::Names keep)
{
    auto actions = std::make_shared<exec::ExpressionActions>(condition);
    appendUnique(keep, condition_name);
    actions->project(keep);
    return std::make_shared<exec::FilterStream>(std::move(stream), actions, condition_name, true);
}

sql::ASTPtr conjunctionOf(const sql::ASTs & conditions)
{
    if (conditions.size() == 1)
        return conditions[0];
    return sql::makeASTFunction("and", conditions);
}

/// A condition over the joined columns, compiled; empty (null actions) for no conditions.
struct JoinedCondition
{
    exec::ExpressionActionsPtr actions;
    std::string name;
    exec::Names inputs;
};

JoinedCondition buildJoinedCondition(const sql::ASTs & conditions, const Block & joined_header, const ExpressionScope & scope)
{
    JoinedCondition condition;
    if (conditions.empty())
        return condition;
    condition.actions = std::make_shared<exec::ExpressionActions>(joined_header);
    ExpressionBuilder builder(condition.actions, scope);
    condition.name = builder.build(conjunctionOf(conditions));
    condition.inputs = requiredInputs(*condition.actions, {condition.name});
    return condition;
}
}

std::string tableQualifier(const sql::ASTPtr & table_expression)
{
    const auto & expression = *table_expression->as<sql::ASTTableExpression>();
    for (const sql::ASTPtr & part : {expression.database_and_table_name, expression.table_function, expression.subquery})
    {
        if (!part)
            continue;
        if (const auto * with_alias = dynamic_cast<const sql::ASTWithAlias *>(part.get()); with_alias && !with_alias->alias.empty())
            return with_alias->alias;
        if (const auto * identifier = part->as<sql::ASTIdentifier>())
            return identifier->shortName();
    }
    return {};
}

TableSource joinTableSources(TableSource left, const std::vector<std::string> & left_qualifiers, TableSource right,
                             const std::string & right_qualifier, const sql::ASTTableJoin & join, interpreters::QueryContext & context)
{
    const auto & settings = context.settings;
    exec::JoinKind kind = kindOf(join);
    exec::JoinStrictness strictness = kind == exec::JoinKind::Cross ? exec::JoinStrictness::All : strictnessOf(join, settings);
    if ((strictness == exec::JoinStrictness::Semi || strictness == exec::JoinStrictness::Anti) && kind == exec::JoinKind::Full)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "{} FULL JOINs are not implemented", strictness == exec::JoinStrictness::Semi ? "SEMI" : "ANTI");
    if (strictness == exec::JoinStrictness::Any && kind == exec::JoinKind::Full)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ANY FULL JOINs are not implemented");

    SideResolver resolver(left.header, left_qualifiers, right.header, right_qualifier);
    if (strictness == exec::JoinStrictness::Asof && kind != exec::JoinKind::Inner && kind != exec::JoinKind::Left)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Wrong ASOF JOIN type. Only ASOF and LEFT ASOF joins are supported");
    JoinAnalysis analysis = analyzeJoin(join, kind, strictness, resolver, left.header, right.header);

    auto plan = std::make_shared<exec::JoinPlan>();
    plan->kind = kind;
    plan->strictness = strictness;
    plan->use_nulls = settings.join_use_nulls;
    plan->asof_inequality = analysis.asof_inequality;
    plan->null_safe_keys = analysis.null_safe_keys;

    /// Keys of both sides, converted to common types.
    ExpressionScope scope = keyScope(context);
    plan->left_key_actions = std::make_shared<exec::ExpressionActions>(left.header);
    auto right_key_actions = std::make_shared<exec::ExpressionActions>(right.header);
    exec::Names right_key_names;
    {
        ExpressionBuilder left_builder(plan->left_key_actions, scope);
        ExpressionBuilder right_builder(right_key_actions, scope);
        for (size_t i = 0; i < analysis.left_keys.size(); ++i)
        {
            plan->left_keys.push_back(left_builder.build(analysis.left_keys[i]));
            right_key_names.push_back(right_builder.build(analysis.right_keys[i]));
            DataTypes types{removeLowCardinality(plan->left_key_actions->get(plan->left_keys.back()).type),
                            removeLowCardinality(right_key_actions->get(right_key_names.back()).type)};
            plan->key_types.push_back(getLeastSupertype(types));
        }
    }
    exec::Names left_key_inputs = requiredInputs(*plan->left_key_actions, plan->left_keys);
    exec::Names right_key_inputs = requiredInputs(*right_key_actions, right_key_names);
    plan->left_key_actions->project(plan->left_keys);

    exec::ExpressionActionsPtr right_filter_actions;
    std::string right_filter_name;
    exec::Names right_filter_inputs;
    if (!analysis.right_filters.empty())
    {
        right_filter_actions = std::make_shared<exec::ExpressionActions>(right.header);
        ExpressionBuilder builder(right_filter_actions, scope);
        right_filter_name = builder.build(conjunctionOf(analysis.right_filters));
        right_filter_inputs = requiredInputs(*right_filter_actions, {right_filter_name});
    }

    /// The joined columns: the left ones, then the right ones (USING keys once).
    bool left_may_miss = kind == exec::JoinKind::Right || kind == exec::JoinKind::Full;
    bool right_may_miss = kind == exec::JoinKind::Left || kind == exec::JoinKind::Full;
    std::vector<exec::JoinOutputColumn> all_outputs;
    TableSource joined;
    for (const auto & column : left.header)
    {
        exec::JoinOutputColumn output{column.name, nullableIf(plan->use_nulls && left_may_miss, column.type), true, column.name, {}};
        if (std::find(analysis.using_keys.begin(), analysis.using_keys.end(), column.name) != analysis.using_keys.end())
            output.right_key_source = column.name;
        all_outputs.push_back(output);
        joined.header.insert({output.type->createColumn(), output.type, output.name});
    }
    std::map<std::string, std::string> right_output_names;
    for (const auto & column : right.header)
    {
        if (std::find(analysis.using_keys.begin(), analysis.using_keys.end(), column.name) != analysis.using_keys.end())
            continue;
        std::string name = column.name;
        if (joined.header.has(name))
        {
            if (right_qualifier.empty())
                throw Exception(ErrorCodes::ALIAS_REQUIRED,
                                "No alias for subquery or table function in JOIN (set joined_subquery_requires_alias=0 to disable restriction)");
            name = right_qualifier + "." + column.name;
        }
        if (joined.header.has(name))
            throw Exception(ErrorCodes::AMBIGUOUS_COLUMN_NAME, "Column {} appears twice in the joined tables", name);
        exec::JoinOutputColumn output{name, nullableIf(plan->use_nulls && right_may_miss, column.type), false, column.name, {}};
        all_outputs.push_back(output);
        right_output_names[column.name] = name;
        joined.header.insert({output.type->createColumn(), output.type, output.name});
    }
    /// SELECT * lists USING keys first, then the rest of the left columns, then the right ones.
    joined.star_columns = analysis.using_keys;
    for (const auto & name : left.star_columns)
        appendUnique(joined.star_columns, name);
    for (const auto & name : right.star_columns)
        if (auto it = right_output_names.find(name); it != right_output_names.end())
            joined.star_columns.push_back(it->second);
    joined.alias_columns = left.alias_columns;
    joined.is_final = left.is_final;
    joined.description = left.description + " JOIN " + right.description;

    ExpressionScope joined_scope = scope;
    joined_scope.aliases = left.alias_columns;
    JoinedCondition joined_filter = buildJoinedCondition(analysis.joined_filters, joined.header, joined_scope);
    JoinedCondition match_condition = buildJoinedCondition(analysis.match_conditions, joined.header, joined_scope);

    joined.read = [=, &context, left = std::move(left), right = std::move(right)](const storage::ReadRequest & request,
                                                                                     storage::ReadStatistics & statistics) mutable {
        /// The joined columns this read must return, and what each side must read for them.
        exec::Names needed = request.columns;
        for (const auto & name : joined_filter.inputs)
            appendUnique(needed, name);
        for (const auto & name : match_condition.inputs)
            appendUnique(needed, name);
        auto read_plan = std::make_shared<exec::JoinPlan>();
        read_plan->match_actions = match_condition.actions;
        read_plan->match_name = match_condition.name;
        read_plan->kind = plan->kind;
        read_plan->strictness = plan->strictness;
        read_plan->use_nulls = plan->use_nulls;
        read_plan->asof_inequality = plan->asof_inequality;
        read_plan->null_safe_keys = plan->null_safe_keys;
        read_plan->left_key_actions = plan->left_key_actions;
        read_plan->left_keys = plan->left_keys;
        read_plan->key_types = plan->key_types;
        exec::Names left_columns = left_key_inputs;
        exec::Names right_columns = right_key_inputs;
        for (const auto & name : right_filter_inputs)
            appendUnique(right_columns, name);
        exec::Names right_outputs;
        for (const auto & output : all_outputs)
        {
            if (std::find(needed.begin(), needed.end(), output.name) == needed.end())
                continue;
            read_plan->outputs.push_back(output);
            if (output.is_from_left)
                appendUnique(left_columns, output.source);
            else
                appendUnique(right_outputs, output.source);
            if (!output.right_key_source.empty())
                appendUnique(right_outputs, output.right_key_source);
        }
        for (const auto & name : right_outputs)
            appendUnique(right_columns, name);

        auto read_right = right.read;
        read_plan->build_right = [=, &context]() {
            storage::ReadRequest right_request;
            right_request.columns = right_columns;
            right_request.max_threads = request.max_threads;
            right_request.max_block_size = request.max_block_size;
            storage::ReadStatistics right_statistics;
            exec::BlockStreamPtr stream = exec::unite(read_right(right_request, right_statistics));
            if (right_filter_actions)
                stream = filtered(stream, *right_filter_actions, right_filter_name, right_columns);
            Blocks blocks;
            size_t rows = 0;
            while (Block block = stream->read())
            {
                context.checkCancelled();
                rows += block.rows();
                if (context.settings.max_rows_in_join && rows > context.settings.max_rows_in_join)
                    throw Exception(ErrorCodes::SET_SIZE_LIMIT_EXCEEDED, "Limit for JOIN exceeded, max rows: {}, current rows: {}",
                                    context.settings.max_rows_in_join, rows);
                blocks.push_back(std::move(block));
            }
            Block all = concatenateBlocks(blocks, stream->getHeader().cloneEmpty());
            Columns keys;
            if (plan->kind != exec::JoinKind::Cross)
            {
                Block with_keys = all;
                auto key_actions = std::make_shared<exec::ExpressionActions>(*right_key_actions);
                key_actions->project(right_key_names);
                key_actions->execute(with_keys);
                for (size_t i = 0; i < right_key_names.size(); ++i)
                {
                    const auto & key = with_keys.getByName(right_key_names[i]);
                    auto full = key.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
                    keys.push_back(functions::castColumn(full, removeLowCardinality(key.type), plan->key_types[i]));
                }
            }
            Block right_block;
            for (const auto & name : right_outputs)
                right_block.insert(all.getByName(name));
            if (right_block.columns() == 0)
                right_block.setRowsWithoutColumns(rows);
            auto join = std::make_shared<exec::HashJoin>(plan->kind, plan->strictness, std::move(right_block), keys, plan->asof_inequality,
                                                         plan->null_safe_keys);
            if (match_condition.actions)
                join->deferUsedRows();
            return join;
        };

        storage::ReadRequest left_request;
        left_request.columns = left_columns;
        left_request.is_final = request.is_final;
        left_request.max_threads = request.max_threads;
        left_request.max_block_size = request.max_block_size;
        /// The WHERE's index ranges may skip left rows only where the join keeps left rows
        /// alone: in RIGHT and FULL joins a skipped row would turn its match into a miss.
        if (plan->kind != exec::JoinKind::Right && plan->kind != exec::JoinKind::Full)
            left_request.key_ranges = request.key_ranges;
        exec::BlockStreams left_streams = left.read(left_request, statistics);

        exec::BlockStreams joined_streams;
        if (exec::HashJoin::tracksUsedRows(plan->kind, plan->strictness))
            joined_streams.push_back(std::make_shared<exec::JoiningStream>(exec::unite(std::move(left_streams)), read_plan,
                                                                           exec::HashJoin::emitsNonJoinedRows(plan->kind, plan->strictness)));
        else
            for (auto & stream : left_streams)
                joined_streams.push_back(std::make_shared<exec::JoiningStream>(stream, read_plan, false));
        if (joined_filter.actions)
            for (auto & stream : joined_streams)
                stream = filtered(stream, *joined_filter.actions, joined_filter.name, needed);
        return joined_streams;
    };
    return joined;
}
}
