#include "analyzer/JoinedTables.h"

#include <algorithm>
#include <map>
#include <optional>

#include "analyzer/ExpressionBuilder.h"
#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/FilterMask.h"
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

/// One OR-ed clause of ON.
struct JoinClauseAnalysis
{
    sql::ASTs left_keys;
    sql::ASTs right_keys;
    /// Per key: whether NULL matches NULL (isNotDistinctFrom) instead of matching nothing.
    std::vector<UInt8> null_safe_keys;
    /// Conditions on one side alone, in that side's column names: a row failing them matches
    /// nothing through this clause.
    sql::ASTs left_conditions;
    sql::ASTs right_conditions;
    /// Conditions over both sides, as written (over the joined columns).
    sql::ASTs mixed_conditions;
};

struct JoinAnalysis
{
    std::vector<JoinClauseAnalysis> clauses;
    /// Conditions over both sides in an ALL INNER join of one clause: they filter the joined rows.
    sql::ASTs joined_filters;
    /// Other conditions over both sides: a pair of rows matches only where they hold, as
    /// ClickHouse's mixed join conditions; a left row with no such pair is unmatched.
    sql::ASTs match_conditions;
    std::vector<std::string> using_keys;
    /// ASOF: the last of the keys is compared by this inequality, not equality.
    exec::AsofInequality asof_inequality = exec::AsofInequality::GreaterOrEquals;
};

/// ClickHouse hashes the right side once per OR-ed clause; it caps their number.
constexpr size_t max_join_disjuncts = 16;

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

/// For `a = b` (or isNotDistinctFrom) of the two sides: its arguments renamed, left first.
std::optional<std::pair<sql::ASTPtr, sql::ASTPtr>> crossSideEquality(const sql::ASTFunction * function, const SideResolver & resolver)
{
    if (!function || (function->name != "equals" && function->name != "isNotDistinctFrom") || function->argumentList().size() != 2)
        return std::nullopt;
    sql::ASTPtr a = function->argumentList()[0]->clone();
    sql::ASTPtr b = function->argumentList()[1]->clone();
    Side side_a = resolver.rewrite(a);
    Side side_b = resolver.rewrite(b);
    if (side_a == Side::Left && side_b == Side::Right)
        return std::make_pair(a, b);
    if (side_a == Side::Right && side_b == Side::Left)
        return std::make_pair(b, a);
    return std::nullopt;
}

bool hasCrossSideEquality(const sql::ASTPtr & ast, const SideResolver & resolver)
{
    const auto * function = ast->as<sql::ASTFunction>();
    if (!function)
        return false;
    if (crossSideEquality(function, resolver))
        return true;
    const auto & arguments = function->argumentList();
    return std::any_of(arguments.begin(), arguments.end(), [&](const sql::ASTPtr & argument) { return hasCrossSideEquality(argument, resolver); });
}

/// ON as OR-ed clauses of AND-ed conditions. An OR splits ON only where its branches hold
/// equalities of the two sides; any other OR is one condition.
std::vector<sql::ASTs> toDisjuncts(const sql::ASTPtr & ast, const SideResolver & resolver, const sql::ASTPtr & on_expression)
{
    const auto * function = ast->as<sql::ASTFunction>();
    std::vector<sql::ASTs> result;
    if (function && function->name == "and")
    {
        result.push_back({});
        for (const auto & argument : function->argumentList())
        {
            std::vector<sql::ASTs> product;
            for (const auto & part : toDisjuncts(argument, resolver, on_expression))
                for (const auto & prefix : result)
                {
                    product.push_back(prefix);
                    product.back().insert(product.back().end(), part.begin(), part.end());
                }
            result = std::move(product);
        }
    }
    else if (function && function->name == "or" && hasCrossSideEquality(ast, resolver))
    {
        for (const auto & argument : function->argumentList())
            for (auto & part : toDisjuncts(argument, resolver, on_expression))
                result.push_back(std::move(part));
    }
    else
        result.push_back({ast});
    if (result.size() > max_join_disjuncts)
        throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION, "JOIN ON expression {} has more than {} OR-ed clauses",
                        sql::formatAST(*on_expression), max_join_disjuncts);
    return result;
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
        JoinClauseAnalysis & clause = analysis.clauses.emplace_back();
        for (const auto & key : join.using_expression_list->children)
        {
            const auto * identifier = key->as<sql::ASTIdentifier>();
            if (!identifier)
                throw Exception(ErrorCodes::SYNTAX_ERROR, "USING takes column names: {}", sql::formatAST(*key));
            const std::string & name = identifier->name();
            if (!left.has(name) || !right.has(name))
                throw Exception(ErrorCodes::UNKNOWN_IDENTIFIER, "Unknown identifier '{}' in USING of JOIN: both tables need it", name);
            clause.left_keys.push_back(key);
            clause.right_keys.push_back(key);
            clause.null_safe_keys.push_back(false);
            analysis.using_keys.push_back(name);
        }
        /// ASOF JOIN USING (keys..., t): the last column is matched as left.t >= right.t.
        if (strictness == exec::JoinStrictness::Asof && clause.left_keys.size() < 2)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ASOF join needs at least one equi-join column");
        return analysis;
    }
    if (!join.on_expression)
        throw Exception(ErrorCodes::SYNTAX_ERROR, "JOIN needs ON or USING (or write CROSS JOIN)");

    std::vector<sql::ASTs> disjuncts = toDisjuncts(join.on_expression, resolver, join.on_expression);
    if (disjuncts.size() > 1 && strictness == exec::JoinStrictness::Asof)
        throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION, "ASOF join requires one inequality predicate in JOIN ON expression, without OR, in {}",
                        sql::formatAST(*join.on_expression));
    bool has_mixed_conditions = false;
    for (const auto & conjuncts : disjuncts)
    {
        JoinClauseAnalysis & clause = analysis.clauses.emplace_back();
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
            if (auto keys = crossSideEquality(function, resolver))
            {
                clause.left_keys.push_back(keys->first);
                clause.right_keys.push_back(keys->second);
                clause.null_safe_keys.push_back(function->name == "isNotDistinctFrom");
                continue;
            }
            sql::ASTPtr rewritten = conjunct->clone();
            Side side = resolver.rewrite(rewritten);
            if (side == Side::Right)
                clause.right_conditions.push_back(rewritten);
            else if (side != Side::Both)
                clause.left_conditions.push_back(rewritten);
            else
            {
                clause.mixed_conditions.push_back(conjunct);
                has_mixed_conditions = true;
            }
        }
        if (clause.left_keys.empty() && asof_left)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ASOF join needs at least one equi-join column");
        if (clause.left_keys.empty())
            throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION, "Cannot determine join keys in JOIN ON expression {}",
                            sql::formatAST(*join.on_expression));
        if (strictness == exec::JoinStrictness::Asof)
        {
            if (!asof_left)
                throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION,
                                "ASOF join requires one inequality predicate in JOIN ON expression, in {}", sql::formatAST(*join.on_expression));
            clause.left_keys.push_back(asof_left);
            clause.right_keys.push_back(asof_right);
            clause.null_safe_keys.push_back(false);
        }
    }
    if (!has_mixed_conditions)
        return analysis;
    const auto & mixed = analysis.clauses.front().mixed_conditions;
    bool filters_joined_rows = analysis.clauses.size() == 1 && kind == exec::JoinKind::Inner
        && (strictness == exec::JoinStrictness::All || strictness == exec::JoinStrictness::Asof);
    if (filters_joined_rows)
        analysis.joined_filters = mixed;
    else if (strictness == exec::JoinStrictness::Asof)
        throw Exception(ErrorCodes::INVALID_JOIN_ON_EXPRESSION,
                        "Unsupported JOIN ON condition: {}. LEFT ASOF joins take equalities of the two sides and conditions on one side",
                        sql::formatAST(*mixed.front()));
    else if (analysis.clauses.size() == 1)
        analysis.match_conditions = mixed;
    else
        /// A pair found through one clause may meet another clause's conditions instead.
        analysis.match_conditions = {join.on_expression};
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

    /// Each clause's keys on both sides, converted to common types, and its conditions on one
    /// side. A single clause's right conditions filter the right side before it is hashed,
    /// unless the join outputs the right rows they drop.
    ExpressionScope scope = keyScope(context);
    bool prefilters_right = analysis.clauses.size() == 1 && kind != exec::JoinKind::Right && kind != exec::JoinKind::Full;
    plan->left_key_actions = std::make_shared<exec::ExpressionActions>(left.header);
    auto right_key_actions = std::make_shared<exec::ExpressionActions>(right.header);
    exec::Names left_key_outputs;
    std::vector<exec::Names> right_key_names(analysis.clauses.size());
    std::vector<std::string> right_condition_names(analysis.clauses.size());
    exec::Names right_key_outputs;
    exec::ExpressionActionsPtr right_filter_actions;
    std::string right_filter_name;
    exec::Names right_filter_inputs;
    {
        ExpressionBuilder left_builder(plan->left_key_actions, scope);
        ExpressionBuilder right_builder(right_key_actions, scope);
        for (size_t c = 0; c < analysis.clauses.size(); ++c)
        {
            const JoinClauseAnalysis & clause = analysis.clauses[c];
            exec::JoinClausePlan & clause_plan = plan->clauses.emplace_back();
            clause_plan.null_safe_keys = clause.null_safe_keys;
            for (size_t i = 0; i < clause.left_keys.size(); ++i)
            {
                clause_plan.left_keys.push_back(left_builder.build(clause.left_keys[i]));
                right_key_names[c].push_back(right_builder.build(clause.right_keys[i]));
                DataTypes types{removeLowCardinality(plan->left_key_actions->get(clause_plan.left_keys.back()).type),
                                removeLowCardinality(right_key_actions->get(right_key_names[c].back()).type)};
                clause_plan.key_types.push_back(getLeastSupertype(types));
                appendUnique(left_key_outputs, clause_plan.left_keys.back());
                appendUnique(right_key_outputs, right_key_names[c].back());
            }
            if (!clause.left_conditions.empty())
            {
                clause_plan.left_condition = left_builder.build(conjunctionOf(clause.left_conditions));
                appendUnique(left_key_outputs, clause_plan.left_condition);
            }
            if (clause.right_conditions.empty())
                continue;
            if (prefilters_right)
            {
                right_filter_actions = std::make_shared<exec::ExpressionActions>(right.header);
                ExpressionBuilder builder(right_filter_actions, scope);
                right_filter_name = builder.build(conjunctionOf(clause.right_conditions));
                right_filter_inputs = requiredInputs(*right_filter_actions, {right_filter_name});
                continue;
            }
            right_condition_names[c] = right_builder.build(conjunctionOf(clause.right_conditions));
            appendUnique(right_key_outputs, right_condition_names[c]);
        }
    }
    exec::Names left_key_inputs = requiredInputs(*plan->left_key_actions, left_key_outputs);
    exec::Names right_key_inputs = requiredInputs(*right_key_actions, right_key_outputs);
    plan->left_key_actions->project(left_key_outputs);
    right_key_actions->project(right_key_outputs);

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
        read_plan->left_key_actions = plan->left_key_actions;
        if (request.max_block_size)
            read_plan->max_block_size = request.max_block_size;
        read_plan->clauses = plan->clauses;
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
            std::vector<exec::JoinClauseKeys> clauses(plan->clauses.size());
            std::vector<std::vector<UInt8>> null_safe_keys;
            if (plan->kind != exec::JoinKind::Cross)
            {
                Block with_keys = all;
                exec::ExpressionActions(*right_key_actions).execute(with_keys);
                for (size_t c = 0; c < clauses.size(); ++c)
                {
                    for (size_t i = 0; i < right_key_names[c].size(); ++i)
                    {
                        const auto & key = with_keys.getByName(right_key_names[c][i]);
                        auto full = key.column->convertToFullColumnIfConst()->convertToFullColumnIfLowCardinality();
                        clauses[c].keys.push_back(functions::castColumn(full, removeLowCardinality(key.type), plan->clauses[c].key_types[i]));
                    }
                    if (!right_condition_names[c].empty())
                        clauses[c].rows_meeting_conditions = exec::buildFilterColumn(with_keys.getByName(right_condition_names[c]), rows);
                    null_safe_keys.push_back(plan->clauses[c].null_safe_keys);
                }
            }
            Block right_block;
            for (const auto & name : right_outputs)
                right_block.insert(all.getByName(name));
            if (right_block.columns() == 0)
                right_block.setRowsWithoutColumns(rows);
            auto join = std::make_shared<exec::HashJoin>(plan->kind, plan->strictness, std::move(right_block), std::move(clauses),
                                                         plan->asof_inequality, std::move(null_safe_keys));
            if (match_condition.actions)
                join->deferStrictness();
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
