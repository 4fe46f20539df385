#include "analyzer/KeyRangesBuilder.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "functions/CastColumn.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"

namespace datastore::analyzer
{
namespace
{
const char * mirrored(const std::string & op)
{
    if (op == "less")
        return "greater";
    if (op == "greater")
        return "less";
    if (op == "lessOrEquals")
        return "greaterOrEquals";
    if (op == "greaterOrEquals")
        return "lessOrEquals";
    return "equals";
}

/// The constant as a one-row column of the column's type, or null if it does not convert exactly.
ColumnPtr convertConstant(const sql::ASTPtr & ast, const DataTypePtr & column_type, interpreters::QueryContext & context)
{
    try
    {
        DataTypePtr type;
        Field value = evaluateConstantExpression(ast, context, &type);
        if (value.isNull())
            return nullptr;
        auto column = type->createColumn();
        column->insert(value);
        ColumnPtr source = std::move(column);
        ColumnPtr converted = functions::castColumn(source, type, column_type);
        /// A string is read as the column's type by the comparison too, so that reading is
        /// exact by definition; anything else must survive the way back unchanged.
        if (removeNullable(type)->getTypeId() != TypeIndex::String)
        {
            ColumnPtr back = functions::castColumn(converted, column_type, type);
            if (!((*back)[0] == (*source)[0]))
                return nullptr;
        }
        return converted->convertToFullColumnIfConst();
    }
    catch (const Exception &)
    {
        return nullptr;
    }
}

void collect(const sql::ASTPtr & node, const Block & columns, interpreters::QueryContext & context, storage::KeyRanges & out)
{
    const auto * function = node ? node->as<sql::ASTFunction>() : nullptr;
    if (!function)
        return;
    const auto & arguments = function->argumentList();
    if (function->name == "and")
    {
        for (const auto & argument : arguments)
            collect(argument, columns, context, out);
        return;
    }
    static const std::string comparisons[] = {"equals", "less", "greater", "lessOrEquals", "greaterOrEquals"};
    if (arguments.size() != 2 || std::find(std::begin(comparisons), std::end(comparisons), function->name) == std::end(comparisons))
        return;
    std::string op = function->name;
    const auto * identifier = arguments[0]->as<sql::ASTIdentifier>();
    sql::ASTPtr constant = arguments[1];
    if (!identifier || !columns.has(identifier->shortName()))
    {
        identifier = arguments[1]->as<sql::ASTIdentifier>();
        constant = arguments[0];
        op = mirrored(op);
        if (!identifier || !columns.has(identifier->shortName()))
            return;
    }
    const auto & column = columns.getByName(identifier->shortName());
    if (column.type->isNullable() || column.type->isLowCardinality())
        return;
    ColumnPtr value = convertConstant(constant, column.type, context);
    if (!value)
        return;
    storage::KeyColumnRange range;
    range.column = column.name;
    if (op == "equals")
        range.left = range.right = value;
    else if (op == "less" || op == "lessOrEquals")
    {
        range.right = value;
        range.right_included = op == "lessOrEquals";
    }
    else
    {
        range.left = value;
        range.left_included = op == "greaterOrEquals";
    }
    out.ranges.push_back(std::move(range));
}
}

storage::KeyRanges buildKeyRanges(const sql::ASTPtr & filter, const Block & columns, interpreters::QueryContext & context)
{
    storage::KeyRanges ranges;
    collect(filter, columns, context, ranges);
    return ranges;
}
}
