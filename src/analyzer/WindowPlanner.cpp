#include "analyzer/WindowPlanner.h"

#include <map>

#include "aggregates/AggregateFunctionFactory.h"
#include "analyzer/AggregateFunctionName.h"
#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/SortingStream.h"
#include "exec/ParallelUnionStream.h"
#include "exec/TransformStreams.h"
#include "exec/WindowFunctionFactory.h"
#include "exec/WindowStream.h"
#include "interpreters/Context.h"
#include "sql/ASTExpressionList.h"
#include "sql/ASTFunction.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOrderByElement.h"
#include "sql/ASTWindowDefinition.h"
#include "sql/formatAST.h"
#include "types/getLeastSupertype.h"

namespace datastore::analyzer
{
namespace
{
using sql::ASTWindowDefinition;

void appendUnique(exec::Names & names, const std::string & name)
{
    if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(name);
}

using ResolvedWindows = std::map<std::string, std::shared_ptr<ASTWindowDefinition>>;

/// `(w ORDER BY x)` takes what it does not say from `w`, which must already be resolved. A parent
/// gives only PARTITION BY and ORDER BY: its frame would be lost, so ClickHouse refuses one.
std::shared_ptr<ASTWindowDefinition> deriveWindow(std::shared_ptr<ASTWindowDefinition> own, const ResolvedWindows & resolved,
                                                  const std::string & scope)
{
    if (own->parent_window_name.empty())
        return own;
    auto found = resolved.find(own->parent_window_name);
    if (found == resolved.end())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Window '{}' does not exist. In scope {}", own->parent_window_name, scope);
    std::string own_text = sql::windowColumnName(*own);
    own_text = own_text.substr(1, own_text.size() - 2);
    auto parent = std::static_pointer_cast<ASTWindowDefinition>(found->second->clone());
    if (!parent->frame_is_default)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parent window '{}' is not allowed to define a frame: while processing derived window definition '{}'",
                        own->parent_window_name, own_text);
    if (own->partition_by)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Derived window definition '{}' is not allowed to override PARTITION BY", own_text);
    if (own->order_by && parent->order_by)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Derived window definition '{}' is not allowed to override a non-empty ORDER BY", own_text);
    if (own->order_by)
        parent->order_by = own->order_by;
    if (!own->frame_is_default)
    {
        parent->frame_is_default = false;
        parent->frame_type = own->frame_type;
        parent->frame_begin = own->frame_begin;
        parent->frame_end = own->frame_end;
        parent->frame_begin_offset = own->frame_begin_offset;
        parent->frame_end_offset = own->frame_end_offset;
    }
    parent->updateChildren();
    return parent;
}

/// The WINDOW clause's windows by name; each may derive from one defined before it.
ResolvedWindows resolveWindowClause(const sql::ASTPtr & window_clause, const std::string & scope)
{
    ResolvedWindows resolved;
    for (const auto & element : window_clause ? window_clause->children : sql::ASTs{})
    {
        const auto & named = *element->as<sql::ASTWindowListElement>();
        if (resolved.contains(named.name))
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Window '{}' is already defined. In scope {}", named.name, scope);
        auto definition = std::static_pointer_cast<ASTWindowDefinition>(named.definition->clone());
        resolved[named.name] = deriveWindow(std::move(definition), resolved, scope);
    }
    return resolved;
}

/// The window a call runs over: its own definition, or a WINDOW clause's, either possibly derived from a named one.
std::shared_ptr<ASTWindowDefinition> resolveWindow(const sql::ASTFunction & function, const sql::ASTPtr & window_clause)
{
    std::string scope = sql::columnNameOf(function);
    ResolvedWindows resolved = resolveWindowClause(window_clause, scope);
    if (function.window_definition)
        return deriveWindow(std::static_pointer_cast<ASTWindowDefinition>(function.window_definition->clone()), resolved, scope);
    auto found = resolved.find(function.window_name);
    if (found == resolved.end())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Window '{}' does not exist. In scope {}", function.window_name, scope);
    return found->second;
}

exec::WindowFrame::Bound makeBound(const ASTWindowDefinition::FrameBound & bound, const sql::ASTPtr & offset, bool is_begin, bool is_rows,
                                   interpreters::QueryContext & context)
{
    exec::WindowFrame::Bound result;
    result.is_preceding = bound.is_preceding;
    result.kind = bound.kind;
    if (result.kind != exec::WindowFrame::BoundKind::Offset)
        return result;
    DataTypePtr type;
    Field value = evaluateConstantExpression(offset, context, &type);
    if (!isNumber(*type))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Window frame {} OFFSET expression must be constant with numeric type. Actual: {}",
                        is_begin ? "begin" : "end", sql::columnNameOf(*offset));
    /// ClickHouse takes a nonnegative 32-bit integer below INT_MAX for both kinds of frame.
    const auto * u = value.tryGet<UInt64>();
    const auto * i = value.tryGet<Int64>();
    Int64 distance = u && *u < 0x7fffffff ? static_cast<Int64>(*u) : i ? *i : -1;
    if (distance < 0 || distance >= 0x7fffffff)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Frame {} offset for '{}' frame must be a nonnegative 32-bit integer, '{}' of type '{}' given",
                        is_begin ? "start" : "end", is_rows ? "ROWS" : "RANGE", value.dump(), type->getName());
    result.offset = static_cast<Float64>(distance);
    return result;
}

std::string boundText(const exec::WindowFrame::Bound & bound)
{
    if (bound.kind == exec::WindowFrame::BoundKind::CurrentRow)
        return "CURRENT ROW";
    std::string text = bound.kind == exec::WindowFrame::BoundKind::Unbounded ? "UNBOUNDED" : std::to_string(static_cast<Int64>(bound.offset));
    return text + (bound.is_preceding ? " PRECEDING" : " FOLLOWING");
}

/// Position of a bound on a line where preceding rows are negative, for checking that the frame
/// start does not come after its end.
Float64 boundPosition(const exec::WindowFrame::Bound & bound)
{
    if (bound.kind == exec::WindowFrame::BoundKind::Unbounded)
        return bound.is_preceding ? -std::numeric_limits<Float64>::infinity() : std::numeric_limits<Float64>::infinity();
    if (bound.kind == exec::WindowFrame::BoundKind::CurrentRow)
        return 0;
    return bound.is_preceding ? -bound.offset : bound.offset;
}

exec::WindowFrame makeFrame(const ASTWindowDefinition & window, size_t order_keys, interpreters::QueryContext & context)
{
    exec::WindowFrame frame;
    frame.is_default = window.frame_is_default;
    if (window.frame_is_default)
        return frame;
    bool is_rows = window.frame_type == WindowFrameType::Rows;
    frame.type = window.frame_type;
    frame.begin = makeBound(window.frame_begin, window.frame_begin_offset, true, is_rows, context);
    frame.end = makeBound(window.frame_end, window.frame_end_offset, false, is_rows, context);
    using Kind = exec::WindowFrame::BoundKind;
    if (frame.begin.kind == Kind::Unbounded && !frame.begin.is_preceding)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Frame start cannot be UNBOUNDED FOLLOWING");
    if (frame.end.kind == Kind::Unbounded && frame.end.is_preceding)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Frame end cannot be UNBOUNDED PRECEDING");
    if (!is_rows && (frame.begin.kind == Kind::Offset || frame.end.kind == Kind::Offset) && order_keys != 1)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The RANGE OFFSET window frame requires exactly one ORDER BY column, {} given", order_keys);
    if (boundPosition(frame.begin) > boundPosition(frame.end))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Frame start offset {} does not precede the frame end offset {}", boundText(frame.begin),
                        boundText(frame.end));
    return frame;
}

/// A RANGE offset is a distance in the ORDER BY values: ClickHouse measures it for plain numbers,
/// dates and times only, not for Decimal, DateTime64 or strings.
void checkRangeOffsetKey(const exec::WindowFrame & frame, const exec::SortDescription & order_by, const exec::ExpressionActions & actions)
{
    using Kind = exec::WindowFrame::BoundKind;
    if (frame.type != WindowFrameType::Range || (frame.begin.kind != Kind::Offset && frame.end.kind != Kind::Offset))
        return;
    DataTypePtr type = removeNullable(actions.get(order_by[0].name).type);
    bool is_measurable = isNumber(*type) || (isDateOrDateTime(*type) && type->getTypeId() != TypeIndex::DateTime64);
    if (!is_measurable)
        throw Exception(ErrorCodes::NOT_IMPLEMENTED, "The RANGE OFFSET frame for '{}' ORDER BY column is not implemented", type->getName());
}
}

WindowPlanner::WindowPlanner(const std::vector<sql::ASTPtr> & calls, const sql::ASTPtr & window_clause, const Block & input,
                             ExpressionScope scope, interpreters::QueryContext & context)
    : actions(std::make_shared<exec::ExpressionActions>(input))
{
    scope.clause = "window function arguments";
    ExpressionBuilder builder(actions, std::move(scope));
    for (const auto & call : calls)
        addCall(call, window_clause, builder, context);
}

void WindowPlanner::addCall(const sql::ASTPtr & call, const sql::ASTPtr & window_clause, ExpressionBuilder & builder,
                            interpreters::QueryContext & context)
{
    const auto & function = *call->as<sql::ASTFunction>();
    auto definition = resolveWindow(function, window_clause);
    /// In `min(x) OVER (...) AS x` the argument is the column x.
    auto & aliases = builder.getScope().aliases;
    AliasMap enclosing_aliases = takeAliasesEnclosing(aliases, *call);
    std::string text = sql::windowColumnName(*definition);

    exec::WindowDescription * window = nullptr;
    for (auto & existing : windows)
        if (existing.text == text)
            window = &existing;
    if (!window)
    {
        window = &windows.emplace_back();
        window->text = text;
        builder.getScope().clause = "PARTITION BY";
        for (const auto & key : definition->partition_by ? definition->partition_by->children : sql::ASTs{})
            window->partition_by.push_back({builder.build(key), 1, 1});
        builder.getScope().clause = "window ORDER BY";
        for (const auto & element_ast : definition->order_by ? definition->order_by->children : sql::ASTs{})
        {
            const auto & element = *element_ast->as<sql::ASTOrderByElement>();
            window->order_by.push_back({builder.build(element.expression), element.direction, element.nulls_direction});
        }
        window->frame = makeFrame(*definition, window->order_by.size(), context);
        checkRangeOffsetKey(window->frame, window->order_by, *actions);
        for (const auto * keys : {&window->partition_by, &window->order_by})
            for (const auto & key : *keys)
                appendUnique(window_inputs, key.name);
    }

    builder.getScope().clause = "window function arguments";
    exec::WindowFunctionDescription description;
    description.result_name = sql::columnNameOf(function);
    sql::ASTs arguments = function.argumentList();
    const bool is_window_only = exec::WindowFunctionFactory::instance().isWindowFunctionName(function.name);
    /// lagInFrame's default takes the argument's type, provided that is their supertype.
    bool is_lag_lead = function.name == "lagInFrame" || function.name == "leadInFrame";
    if (is_lag_lead && arguments.size() == 3)
    {
        DataTypePtr value_type = actions->get(builder.build(arguments[0])).type;
        DataTypePtr default_type = actions->get(builder.build(arguments[2])).type;
        if (!value_type->equals(*default_type))
        {
            DataTypePtr supertype;
            try
            {
                supertype = getLeastSupertype({value_type, default_type});
            }
            catch (const Exception &)
            {
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "There is no supertype for the argument type '{}' and the default value type '{}'",
                                value_type->getName(), default_type->getName());
            }
            if (!supertype->equals(*value_type))
                throw Exception(ErrorCodes::BAD_ARGUMENTS,
                                "The supertype '{}' for the argument type '{}' and the default value type '{}' is not the same as the argument type",
                                supertype->getName(), value_type->getName(), default_type->getName());
            arguments[2] = sql::makeASTFunction("CAST", {arguments[2], std::make_shared<sql::ASTLiteral>(Field(value_type->getName()))});
        }
    }
    exec::WindowFunctionArguments function_arguments;
    function_arguments.name = function.name;
    function_arguments.frame = &window->frame;
    function_arguments.has_order_by = !window->order_by.empty();
    for (const auto & argument : arguments)
    {
        std::string name = builder.build(argument);
        description.argument_names.push_back(name);
        appendUnique(window_inputs, name);
        DataTypePtr type = actions->get(name).type;
        function_arguments.types.push_back(is_window_only ? type : removeLowCardinality(type));
        const IColumn * constant = actions->tryGetConstant(name);
        function_arguments.constants.push_back(constant ? std::optional<Field>((*constant)[0]) : std::nullopt);
    }
    aliases.merge(enclosing_aliases);
    if (is_window_only)
    {
        if (function.parameters)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Window function {} does not take parameters", function.name);
        description.function = exec::WindowFunctionFactory::instance().get(function_arguments);
    }
    else
    {
        Array parameters;
        if (function.parameters)
            for (const auto & parameter : function.parameters->children)
                parameters.push_back(evaluateConstantExpression(parameter, context));
        auto aggregate = aggregates::AggregateFunctionFactory::instance().get(resolveAggregateFunctionName(function.name, context.settings),
                                                                               function_arguments.types, parameters);
        description.function = exec::createAggregateWindowFunction(std::move(aggregate));
    }
    window->functions.push_back(std::move(description));
}

Block WindowPlanner::getOutputHeader() const
{
    Block header = actions->getResultHeader();
    for (const auto & window : windows)
        for (const auto & function : window.functions)
        {
            DataTypePtr type = function.function->getResultType();
            header.insert({type->createColumn(), type, function.result_name});
        }
    return header;
}

void WindowPlanner::setNeededLater(const exec::Names & needed_later)
{
    exec::Names outputs = window_inputs;
    for (const auto & name : needed_later)
        if (actions->has(name))
            appendUnique(outputs, name);
    actions->project(outputs);
}

exec::BlockStreamPtr WindowPlanner::addSteps(exec::BlockStreams streams, size_t max_block_size, std::vector<std::string> & description) const
{
    streams = exec::transformEach(streams, [this](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
        return std::make_shared<exec::ExpressionStream>(stream, actions);
    });
    description.push_back("Expression (Before WINDOW)");
    exec::BlockStreamPtr stream;
    for (const auto & window : windows)
    {
        exec::SortDescription keys = window.partition_by;
        keys.insert(keys.end(), window.order_by.begin(), window.order_by.end());
        if (keys.empty())
            stream = exec::unite(std::move(streams));
        else
        {
            stream = std::make_shared<exec::SortingStream>(std::move(streams), keys, 0, max_block_size);
            description.push_back("Sorting (Sorting for window '" + window.text.substr(1, window.text.size() - 2) + "')");
        }
        stream = std::make_shared<exec::WindowStream>(stream, window, max_block_size);
        description.push_back("Window (Window step for window '" + window.text.substr(1, window.text.size() - 2) + "')");
        streams = {stream};
    }
    return stream;
}
}
