#include "analyzer/WithFill.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/FillingStream.h"
#include "functions/CastColumn.h"
#include "functions/FunctionFactory.h"
#include "interpreters/Context.h"
#include "analyzer/ExpressionBuilder.h"
#include "sql/ASTAsterisk.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTOrderByElement.h"
#include "types/DataTypeFactory.h"

namespace datastore::analyzer
{
namespace
{
const sql::ASTs & orderByElements(const sql::ASTSelectQuery & select)
{
    static const sql::ASTs empty;
    return select.order_by ? select.order_by->children : empty;
}

[[noreturn]] void throwInvalid(const std::string & message)
{
    throw Exception(ErrorCodes::INVALID_WITH_FILL_EXPRESSION, "{}", message);
}

/// Sign of a number Field: -1, 0 or 1.
int signOf(const Field & value)
{
    if (const auto * u = value.tryGet<UInt64>())
        return *u ? 1 : 0;
    if (const auto * i = value.tryGet<Int64>())
        return (*i > 0) - (*i < 0);
    if (const auto * f = value.tryGet<Float64>())
        return (*f > 0) - (*f < 0);
    if (const auto * i128 = value.tryGet<Int128>())
        return (*i128 > 0) - (*i128 < 0);
    return 1;
}

/// `toIntervalHour(n)` (what `INTERVAL n HOUR` parses to): the unit and the count, else nothing.
bool tryGetInterval(const sql::ASTPtr & ast, std::string & unit, sql::ASTPtr & count)
{
    const auto * function = ast ? ast->as<sql::ASTFunction>() : nullptr;
    constexpr std::string_view prefix = "toInterval";
    if (!function || !function->name.starts_with(prefix) || function->argumentList().size() != 1)
        return false;
    unit = function->name.substr(prefix.size());
    count = function->argumentList()[0];
    return true;
}

Int64 toInt64(const Field & value)
{
    if (const auto * u = value.tryGet<UInt64>())
        return static_cast<Int64>(*u);
    if (const auto * i = value.tryGet<Int64>())
        return *i;
    if (const auto * f = value.tryGet<Float64>())
        return static_cast<Int64>(*f);
    throw Exception(ErrorCodes::INVALID_WITH_FILL_EXPRESSION, "Interval of WITH FILL STEP must be an integer, got {}", value.dump());
}

/// A constant of type `from` as a Field of the column type `to`.
Field convertTo(const Field & value, const DataTypePtr & from, const DataTypePtr & to)
{
    auto column = from->createColumn();
    column->insert(value);
    try
    {
        return (*functions::castColumn(std::move(column), from, to))[0];
    }
    catch (const Exception &)
    {
        throwInvalid("Incompatible types of WITH FILL expression values with column type " + to->getName());
    }
}

/// TO before FROM in the direction of the sort.
bool isOutOfOrder(const Field & from, const Field & to, const DataTypePtr & type, int direction)
{
    auto column = type->createColumn();
    column->insert(from);
    column->insert(to);
    int order = column->compareAt(1, 0, *column, 1);
    return direction > 0 ? order < 0 : order > 0;
}

UInt64 secondsPerUnit(const std::string & unit)
{
    if (unit == "Second")
        return 1;
    if (unit == "Minute")
        return 60;
    if (unit == "Hour")
        return 3600;
    return 0;
}
}

bool hasWithFill(const sql::ASTSelectQuery & select)
{
    for (const auto & element : orderByElements(select))
        if (element->as<sql::ASTOrderByElement>()->with_fill)
            return true;
    return false;
}

namespace
{
/// INTERPOLATE: the expressions over the output row before each added row. Alone, it repeats
/// the previous value of every column outside the sort keys.
exec::FillInterpolation buildInterpolation(const sql::ASTSelectQuery & select, const Block & header,
                                           const std::vector<exec::FillColumnDescription> & fill_columns,
                                           const std::vector<size_t> & prefix_positions, interpreters::QueryContext & context)
{
    exec::FillInterpolation interpolation;
    if (!select.interpolate)
        return interpolation;
    std::vector<bool> is_sort_key(header.columns(), false);
    for (const auto & fill : fill_columns)
        is_sort_key[fill.position] = true;
    for (size_t position : prefix_positions)
        is_sort_key[position] = true;
    sql::ASTs expressions;
    bool is_all = select.interpolate->children.size() == 1 && select.interpolate->children[0]->as<sql::ASTAsterisk>();
    if (is_all)
    {
        for (size_t position = 0; position < header.columns(); ++position)
            if (!is_sort_key[position])
            {
                auto identifier = std::make_shared<sql::ASTIdentifier>(std::vector<std::string>{header.getByPosition(position).name});
                identifier->alias = identifier->shortName();
                expressions.push_back(identifier);
            }
    }
    else
        expressions = select.interpolate->children;
    if (expressions.empty())
        return interpolation;

    /// Over plain columns: a constant in the header (`toUInt8(250) AS v`) varies in added rows.
    Block row_header;
    for (const auto & column : header)
        row_header.insert({column.type->createColumn(), column.type, column.name});
    interpolation.actions = std::make_shared<exec::ExpressionActions>(row_header);
    ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.query_parameters = &context.query_parameters;
    scope.clause = "INTERPOLATE";
    scope.run_subquery = [&context](const sql::ASTPtr & query) { return SelectPlanner(context).runToBlock(query); };
    ExpressionBuilder builder(interpolation.actions, scope);
    for (const auto & expression : expressions)
    {
        const std::string & column = static_cast<const sql::ASTWithAlias &>(*expression).alias;
        if (!header.has(column))
            throw Exception(ErrorCodes::UNKNOWN_IDENTIFIER, "Missing column {} in INTERPOLATE: it is not in the query's result", column);
        size_t position = header.getPositionByName(column);
        if (is_sort_key[position])
            throwInvalid("Column '" + column + "' is participating in ORDER BY expression and can't be INTERPOLATE output");
        auto unnamed = expression->clone();
        static_cast<sql::ASTWithAlias &>(*unnamed).alias.clear();
        interpolation.columns.emplace_back(position, builder.build(unnamed));
    }
    return interpolation;
}
}

exec::BlockStreamPtr addFilling(exec::BlockStreamPtr sorted, const sql::ASTSelectQuery & select, const exec::SortDescription & sort_description,
                                interpreters::QueryContext & context)
{
    Block header = sorted->getHeader();
    const auto & elements = orderByElements(select);
    std::vector<exec::FillColumnDescription> fill_columns;
    std::vector<size_t> prefix_positions;
    for (size_t index = 0; index < elements.size(); ++index)
    {
        const auto & element = *elements[index]->as<sql::ASTOrderByElement>();
        size_t position = header.getPositionByName(sort_description[index].name);
        if (!element.with_fill)
        {
            if (fill_columns.empty())
                prefix_positions.push_back(position);
            continue;
        }
        exec::FillColumnDescription fill;
        fill.position = position;
        fill.direction = element.direction;
        fill.type = header.getByPosition(position).type;
        DataTypePtr value_type = removeNullable(fill.type);

        /// The checks ClickHouse makes before looking at the column's type.
        DataTypePtr from_type;
        DataTypePtr to_type;
        Field from = element.fill_from ? evaluateConstantExpression(element.fill_from, context, &from_type) : Field{};
        Field to = element.fill_to ? evaluateConstantExpression(element.fill_to, context, &to_type) : Field{};
        std::string interval_unit;
        sql::ASTPtr interval_count;
        bool is_interval = tryGetInterval(element.fill_step, interval_unit, interval_count);
        DataTypePtr step_type;
        Field step;
        if (is_interval)
            step = Field(toInt64(evaluateConstantExpression(interval_count, context)));
        else if (element.fill_step)
            step = evaluateConstantExpression(element.fill_step, context, &step_type);
        else
            step = Field(Int64(element.direction));
        int step_sign = signOf(step);
        if (step_sign == 0)
            throwInvalid("WITH FILL STEP value cannot be zero");
        if (element.direction > 0)
        {
            if (step_sign < 0)
                throwInvalid("WITH FILL STEP value cannot be negative for sorting in ascending direction");
        }
        else if (step_sign > 0)
            throwInvalid("WITH FILL STEP value cannot be positive for sorting in descending direction");

        bool is_date_or_time = isDateOrDateTime(*value_type);
        if (!isNumber(*value_type) && !is_date_or_time)
            throwInvalid("Incompatible types of WITH FILL expression values with column type " + fill.type->getName());
        if (isUnsignedInteger(*value_type) && ((!from.isNull() && signOf(from) < 0) || (!to.isNull() && signOf(to) < 0)))
            throwInvalid("WITH FILL bound values cannot be negative for unsigned type " + value_type->getName());
        if (!from.isNull())
            fill.fill_from = convertTo(from, from_type, value_type);
        if (!to.isNull())
            fill.fill_to = convertTo(to, to_type, value_type);
        if (!from.isNull() && !to.isNull() && isOutOfOrder(fill.fill_from, fill.fill_to, value_type, element.direction))
            throwInvalid(element.direction > 0 ? "WITH FILL TO value cannot be less than FROM value for sorting in ascending direction"
                                                : "WITH FILL FROM value cannot be less than TO value for sorting in descending direction");

        if (is_interval)
        {
            if (!is_date_or_time)
                throwInvalid("STEP of Interval type can be used only with Date/DateTime types, but got " + fill.type->getName());
            bool is_date = value_type->getName() == "Date" || value_type->getName() == "Date32";
            if (UInt64 seconds = secondsPerUnit(interval_unit); is_date && seconds)
                throwInvalid("Value of step is too low (" + std::to_string(seconds * static_cast<UInt64>(std::abs(toInt64(step))))
                             + " seconds). Must be >= 1 day.");
            fill.interval_function = functions::FunctionFactory::instance().get("add" + interval_unit + "s", context.getFunctionContext());
            fill.interval_count = toInt64(step);
        }
        else if (isFloat(*value_type))
            fill.step = step;
        else
        {
            /// Integer steps: a count of days for dates, of seconds for times (DateTime64 in ticks of its scale).
            if (const auto * real = step.tryGet<Float64>(); real && *real != static_cast<Float64>(static_cast<Int64>(*real)))
                throwInvalid("Incompatible types of WITH FILL expression values with column type " + fill.type->getName());
            Int64 count = toInt64(step);
            if (value_type->getName().starts_with("DateTime64"))
            {
                static const DataTypePtr int64_type = DataTypeFactory::instance().get("Int64");
                Field magnitude = convertTo(Field(count < 0 ? -count : count), int64_type, value_type);
                if (const auto * ticks = magnitude.tryGet<DecimalField<Int64>>(); ticks && count < 0)
                    magnitude = Field(DecimalField<Int64>{-ticks->raw, ticks->scale});
                fill.step = magnitude;
            }
            else
                fill.step = Field(count);
        }
        fill_columns.push_back(std::move(fill));
    }
    auto interpolation = buildInterpolation(select, header, fill_columns, prefix_positions, context);
    return std::make_shared<exec::FillingStream>(std::move(sorted), std::move(fill_columns), std::move(prefix_positions), std::move(interpolation));
}
}
