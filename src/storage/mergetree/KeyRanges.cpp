#include "storage/mergetree/KeyRanges.h"

#include "io/ReadBuffer.h"

#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"

namespace datastore::storage
{
bool KeyColumnRange::mayIntersect(const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const
{
    if (left)
    {
        int cmp = max_column.compareAt(max_row, 0, *left, 1);
        if (cmp < 0 || (cmp == 0 && !left_included))
            return false;
    }
    if (right)
    {
        int cmp = min_column.compareAt(min_row, 0, *right, 1);
        if (cmp > 0 || (cmp == 0 && !right_included))
            return false;
    }
    return true;
}

bool KeyColumnRange::contains(const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const
{
    if (left)
    {
        int cmp = min_column.compareAt(min_row, 0, *left, 1);
        if (cmp < 0 || (cmp == 0 && !left_included))
            return false;
    }
    if (right)
    {
        int cmp = max_column.compareAt(max_row, 0, *right, 1);
        if (cmp > 0 || (cmp == 0 && !right_included))
            return false;
    }
    return true;
}

bool KeyRanges::mayIntersect(
    const std::string & column, const IColumn & min_column, size_t min_row, const IColumn & max_column, size_t max_row) const
{
    for (const auto & range : ranges)
        if (range.column == column && !range.mayIntersect(min_column, min_row, max_column, max_row))
            return false;
    return true;
}

bool KeyRanges::constrains(const std::string & column) const
{
    for (const auto & range : ranges)
        if (range.column == column)
            return true;
    return false;
}

ColumnPtr literalAsColumn(const Field & literal, const DataTypePtr & type)
{
    if (type->isNullable() || type->isLowCardinality() || literal.isNull())
        return nullptr;
    /// `ts >= '2026-02-01'`: the comparison reads the string as the column's type, and so does
    /// the index, but only where that reading is exact (dates and times).
    if (const auto * text = literal.tryGet<std::string>(); text && isDateOrDateTime(*type))
    {
        auto column = type->createColumn();
        try
        {
            ReadBufferFromMemory in(*text);
            type->deserializeWholeText(*column, in, FormatSettings{});
        }
        catch (const Exception &)
        {
            return nullptr;
        }
        return column;
    }
    Field::Which expected = type->getDefault().which();
    Field value = literal;
    if (expected != literal.which())
    {
        if (expected == Field::Which::Int64 && literal.which() == Field::Which::UInt64
            && literal.get<UInt64>() <= static_cast<UInt64>(INT64_MAX))
            value = Field(static_cast<Int64>(literal.get<UInt64>()));
        else if (expected == Field::Which::UInt64 && literal.which() == Field::Which::Int64 && literal.get<Int64>() >= 0)
            value = Field(static_cast<UInt64>(literal.get<Int64>()));
        else
            return nullptr;
    }
    auto column = type->createColumn();
    column->insert(value);
    /// Narrow types wrap on insert (300 into UInt8): such a literal says nothing about the column.
    if (!((*column)[0] == value))
        return nullptr;
    return column;
}

namespace
{
void collect(const sql::ASTPtr & node, const ColumnsDescription & columns, KeyRanges & out)
{
    const auto * function = dynamic_cast<const sql::ASTFunction *>(node.get());
    if (!function || !function->arguments)
        return;
    const auto & arguments = function->arguments->children;
    if (function->name == "and")
    {
        for (const auto & argument : arguments)
            collect(argument, columns, out);
        return;
    }
    if (arguments.size() != 2)
        return;
    std::string op = function->name;
    const auto * identifier = dynamic_cast<const sql::ASTIdentifier *>(arguments[0].get());
    const auto * literal = dynamic_cast<const sql::ASTLiteral *>(arguments[1].get());
    if (!identifier || !literal)
    {
        identifier = dynamic_cast<const sql::ASTIdentifier *>(arguments[1].get());
        literal = dynamic_cast<const sql::ASTLiteral *>(arguments[0].get());
        if (!identifier || !literal)
            return;
        /// 5 < a is a > 5.
        if (op == "less")
            op = "greater";
        else if (op == "greater")
            op = "less";
        else if (op == "lessOrEquals")
            op = "greaterOrEquals";
        else if (op == "greaterOrEquals")
            op = "lessOrEquals";
    }
    const auto * column = columns.tryGet(identifier->shortName());
    if (!column)
        return;
    auto constant = literalAsColumn(literal->value, column->type);
    if (!constant)
        return;
    KeyColumnRange range;
    range.column = column->name;
    if (op == "equals")
    {
        range.left = constant;
        range.right = constant;
    }
    else if (op == "less" || op == "lessOrEquals")
    {
        range.right = constant;
        range.right_included = op == "lessOrEquals";
    }
    else if (op == "greater" || op == "greaterOrEquals")
    {
        range.left = constant;
        range.left_included = op == "greaterOrEquals";
    }
    else
        return;
    out.ranges.push_back(std::move(range));
}
}

KeyRanges KeyRanges::fromFilter(const sql::ASTPtr & filter, const ColumnsDescription & columns)
{
    KeyRanges result;
    if (filter)
        collect(filter, columns, result);
    return result;
}
}
