// Printing of syntax trees. Operators print infix and, as arguments of other operators, inside
// parentheses (ClickHouse prints `(a + 1) * 2` and `(NOT a) AND b`, never relying on priorities).
#include "sql/formatAST.h"

#include <charconv>
#include <functional>
#include <cmath>
#include <unordered_map>

#include "sql/ASTAlterCommand.h"
#include "sql/ASTAlterQuery.h"
#include "sql/ASTArrayJoin.h"
#include "sql/ASTAsterisk.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTConstraintDeclaration.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTCreateQuery.h"
#include "sql/ASTDescribeQuery.h"
#include "sql/ASTDropQuery.h"
#include "sql/ASTExistsQuery.h"
#include "sql/ASTExplainQuery.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTInsertQuery.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/ASTTTLElement.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOptimizeQuery.h"
#include "sql/ASTOrderByElement.h"
#include "sql/ASTQualifiedAsterisk.h"
#include "sql/ASTQueryParameter.h"
#include "sql/ASTRenameQuery.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTShowQuery.h"
#include "sql/ASTStorage.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTSystemQuery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTTableJoin.h"
#include "sql/ASTTablesInSelectQueryElement.h"
#include "sql/ASTUseQuery.h"
#include "sql/ASTWindowDefinition.h"
#include "sql/ASTWithElement.h"

namespace datastore::sql
{
namespace
{
/// Shortest round-trip digits laid out as ClickHouse (double-conversion) does: positional for
/// decimal exponents in [-6, 20], else `1e21`, `1.5e-7`; integral values get a trailing dot.
std::string formatFloat(double value)
{
    if (std::isnan(value))
        return std::signbit(value) ? "-nan" : "nan";
    if (std::isinf(value))
        return value < 0 ? "-inf" : "inf";
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), std::fabs(value), std::chars_format::scientific);
    std::string_view scientific(buffer, end - buffer);
    size_t e_pos = scientific.find('e');
    std::string digits;
    for (char c : scientific.substr(0, e_pos))
        if (c != '.')
            digits.push_back(c);
    int exponent = std::stoi(std::string(scientific.substr(e_pos + 1)));
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();

    std::string result = value < 0 ? "-" : "";
    if (value == 0)
        result += "0";
    else if (exponent >= -6 && exponent <= 20)
    {
        if (exponent >= 0)
        {
            if (digits.size() <= static_cast<size_t>(exponent) + 1)
                result += digits + std::string(exponent + 1 - digits.size(), '0');
            else
                result += digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
        }
        else
            result += "0." + std::string(-exponent - 1, '0') + digits;
    }
    else
    {
        result += digits.substr(0, 1);
        if (digits.size() > 1)
            result += "." + digits.substr(1);
        result += "e" + std::to_string(exponent);
    }
    if (result.find_first_of(".e") == std::string::npos)
        result += ".";
    return result;
}

std::string formatList(const std::vector<Field> & values, const char * open, const char * close)
{
    std::string result = open;
    for (size_t i = 0; i < values.size(); ++i)
        result += (i ? ", " : "") + formatLiteral(values[i]);
    return result + close;
}

const std::unordered_map<std::string_view, std::string_view> & binaryOperators()
{
    static const std::unordered_map<std::string_view, std::string_view> operators = {
        {"plus", " + "}, {"minus", " - "}, {"multiply", " * "}, {"divide", " / "}, {"modulo", " % "},
        {"equals", " = "}, {"notEquals", " != "}, {"less", " < "}, {"greater", " > "}, {"lessOrEquals", " <= "},
        {"greaterOrEquals", " >= "}, {"like", " LIKE "}, {"notLike", " NOT LIKE "}, {"ilike", " ILIKE "},
        {"notILike", " NOT ILIKE "}, {"in", " IN "}, {"notIn", " NOT IN "}, {"globalIn", " GLOBAL IN "},
        {"globalNotIn", " GLOBAL NOT IN "}, {"concat", " || "}, {"and", " AND "}, {"or", " OR "}};
    return operators;
}

std::string tableName(const std::string & database, const std::string & table)
{
    return database.empty() ? backQuoteIfNeed(table) : backQuoteIfNeed(database) + "." + backQuoteIfNeed(table);
}

/// ` OVER w` or ` OVER (PARTITION BY ... ORDER BY ... frame)`, each expression printed by `print`
/// (query text for formatAST, column names for columnNameOf).
std::string windowText(const ASTWindowDefinition & window, const std::function<std::string(const IAST &)> & print)
{
    std::string result;
    auto part = [&](const std::string & text)
    {
        result += (result.empty() ? "" : " ") + text;
    };
    if (!window.parent_window_name.empty())
        part(backQuoteIfNeed(window.parent_window_name));
    auto list = [&](const char * keyword, const ASTPtr & elements)
    {
        if (!elements)
            return;
        std::string text = keyword;
        for (size_t i = 0; i < elements->children.size(); ++i)
        {
            const IAST & element = *elements->children[i];
            text += i ? ", " : " ";
            if (const auto * order = element.as<ASTOrderByElement>())
            {
                text += print(*order->expression) + (order->direction == -1 ? " DESC" : " ASC");
                if (order->nulls_direction_was_explicitly_specified)
                    text += order->nulls_direction == order->direction ? " NULLS LAST" : " NULLS FIRST";
            }
            else
                text += print(element);
        }
        part(text);
    };
    list("PARTITION BY", window.partition_by);
    list("ORDER BY", window.order_by);
    if (!window.frame_is_default)
    {
        auto bound = [&](const ASTWindowDefinition::FrameBound & frame_bound, const ASTPtr & offset) -> std::string
        {
            if (frame_bound.kind == ASTWindowDefinition::BoundKind::CurrentRow)
                return "CURRENT ROW";
            std::string text = frame_bound.kind == ASTWindowDefinition::BoundKind::Unbounded ? "UNBOUNDED" : print(*offset);
            return text + (frame_bound.is_preceding ? " PRECEDING" : " FOLLOWING");
        };
        part(std::string(window.frame_type == ASTWindowDefinition::FrameType::Rows ? "ROWS" : "RANGE") + " BETWEEN "
             + bound(window.frame_begin, window.frame_begin_offset) + " AND " + bound(window.frame_end, window.frame_end_offset));
    }
    return "(" + result + ")";
}

std::string overText(const ASTFunction & function, const std::function<std::string(const IAST &)> & print)
{
    if (!function.is_window_function)
        return {};
    if (!function.window_definition)
        return " OVER " + backQuoteIfNeed(function.window_name);
    return " OVER " + windowText(*function.window_definition->as<ASTWindowDefinition>(), print);
}

class ASTFormatter
{
public:
    explicit ASTFormatter(bool one_line_) : one_line(one_line_) { }

    std::string out;

    void format(const IAST & ast, bool need_parens = false)
    {
        if (const auto * function = ast.as<ASTFunction>())
            formatFunction(*function, need_parens);
        else if (const auto * literal = ast.as<ASTLiteral>())
            formatAliased(*literal, formatLiteral(literal->value));
        else if (const auto * identifier = ast.as<ASTIdentifier>())
        {
            std::string name;
            for (const auto & part : identifier->name_parts)
                name += (name.empty() ? "" : ".") + backQuoteIfNeed(part);
            formatAliased(*identifier, name);
        }
        else if (ast.as<ASTAsterisk>())
            out += "*";
        else if (const auto * qualified = ast.as<ASTQualifiedAsterisk>())
        {
            format(*qualified->qualifier);
            out += ".*";
        }
        else if (const auto * parameter = ast.as<ASTQueryParameter>())
            formatAliased(*parameter, "{" + parameter->name + ":" + parameter->type + "}");
        else if (const auto * subquery = ast.as<ASTSubquery>())
            formatSubquery(*subquery);
        else if (const auto * with_element = ast.as<ASTWithElement>())
        {
            out += backQuoteIfNeed(with_element->name) + " AS" + separator();
            format(*with_element->subquery);
        }
        else if (const auto * list = ast.as<ASTExpressionList>())
            formatList(list->children, ", ");
        else if (const auto * element = ast.as<ASTOrderByElement>())
            formatOrderByElement(*element);
        else if (const auto * window = ast.as<ASTWindowListElement>())
            out += backQuoteIfNeed(window->name) + " AS "
                + windowText(*window->definition->as<ASTWindowDefinition>(), [](const IAST & expression) { return formatAST(expression, true); });
        else if (const auto * storage = ast.as<ASTStorage>())
            formatStorage(*storage);
        else if (const auto * column = ast.as<ASTColumnDeclaration>())
            formatColumnDeclaration(*column, false);
        else if (const auto * select_union = ast.as<ASTSelectWithUnionQuery>())
            formatSelectWithUnion(*select_union);
        else if (const auto * select = ast.as<ASTSelectQuery>())
            formatSelect(*select);
        else if (const auto * set = ast.as<ASTSetQuery>())
            formatSet(*set);
        else if (const auto * create = ast.as<ASTCreateQuery>())
            formatCreate(*create);
        else if (const auto * insert = ast.as<ASTInsertQuery>())
            formatInsert(*insert);
        else if (const auto * alter = ast.as<ASTAlterQuery>())
            formatAlter(*alter);
        else if (const auto * explain = ast.as<ASTExplainQuery>())
            formatExplain(*explain);
        else
            formatSimpleStatement(ast);
        if (const auto * output = ast.as<ASTQueryWithOutput>())
            formatOutput(*output);
    }

private:
    bool one_line;
    size_t indent = 0;

    /// A line break at the current indentation in multi-line mode, a space otherwise.
    std::string separator() const { return one_line ? " " : "\n" + std::string(indent * 4, ' '); }

    void formatAliased(const ASTWithAlias & node, const std::string & text)
    {
        out += text;
        if (!node.alias.empty())
            out += " AS " + backQuoteIfNeed(node.alias);
    }

    void formatList(const ASTs & elements, const char * delimiter, bool need_parens = false)
    {
        for (size_t i = 0; i < elements.size(); ++i)
        {
            if (i)
                out += delimiter;
            format(*elements[i], need_parens);
        }
    }

    /// A clause's list: on the keyword's line when it has one element, else one element per line.
    void formatClauseList(const char * keyword, const ASTs & elements)
    {
        out += keyword;
        if (one_line || elements.size() == 1)
        {
            out += " ";
            formatList(elements, ", ");
            return;
        }
        ++indent;
        for (size_t i = 0; i < elements.size(); ++i)
        {
            out += (i ? "," : "") + separator();
            format(*elements[i]);
        }
        --indent;
    }

    void formatParenthesizedQuery(const IAST & query)
    {
        if (one_line)
        {
            out += "(";
            format(query);
            out += ")";
            return;
        }
        out += "(";
        ++indent;
        out += separator();
        format(query);
        --indent;
        out += separator() + ")";
    }

    void formatSubquery(const ASTSubquery & subquery)
    {
        formatParenthesizedQuery(*subquery.select);
        if (!subquery.alias.empty())
            out += " AS " + backQuoteIfNeed(subquery.alias);
    }

    void formatFunction(const ASTFunction & function, bool need_parens)
    {
        const ASTs & arguments = function.argumentList();
        const std::string & name = function.name;
        /// Operators print inside parentheses when they are an operand; calls and brackets never need them.
        auto open = [&] { if (need_parens) out += "("; };
        auto alias = [&]
        {
            if (!function.alias.empty())
                out += " AS " + backQuoteIfNeed(function.alias);
        };
        auto close = [&]
        {
            alias();
            if (need_parens)
                out += ")";
        };

        auto binary = binaryOperators().find(name);
        bool is_variadic = name == "and" || name == "or";
        if (binary != binaryOperators().end() && (arguments.size() == 2 || (is_variadic && arguments.size() > 2)))
        {
            open();
            bool is_in = name == "in" || name == "notIn" || name == "globalIn" || name == "globalNotIn";
            for (size_t i = 0; i < arguments.size(); ++i)
            {
                if (i)
                    out += binary->second;
                if (is_in && i == 1)
                    formatInRightSide(*arguments[1]);
                else
                    format(*arguments[i], true);
            }
            close();
            return;
        }
        if ((name == "negate" || name == "not") && arguments.size() == 1)
        {
            open();
            out += name == "negate" ? "-" : "NOT ";
            format(*arguments[0], true);
            close();
            return;
        }
        if ((name == "isNull" || name == "isNotNull") && arguments.size() == 1)
        {
            open();
            format(*arguments[0], true);
            out += name == "isNull" ? " IS NULL" : " IS NOT NULL";
            close();
            return;
        }
        if (name == "arrayElement" && arguments.size() == 2)
        {
            open();
            format(*arguments[0], true);
            out += "[";
            format(*arguments[1]);
            out += "]";
            close();
            return;
        }
        const auto * index_literal = arguments.size() == 2 ? arguments[1]->as<ASTLiteral>() : nullptr;
        if (name == "tupleElement" && index_literal && index_literal->value.holds<UInt64>())
        {
            open();
            format(*arguments[0], true);
            out += "." + std::to_string(index_literal->value.get<UInt64>());
            close();
            return;
        }
        if (name == "array" && function.arguments)
        {
            out += "[";
            formatList(arguments, ", ");
            out += "]";
            alias();
            return;
        }
        if (name == "tuple" && arguments.size() > 1)
        {
            out += "(";
            formatList(arguments, ", ");
            out += ")";
            alias();
            return;
        }
        const auto * parameters = arguments.size() == 2 ? arguments[0]->as<ASTFunction>() : nullptr;
        if (name == "lambda" && parameters && parameters->name == "tuple")
        {
            open();
            const ASTs & names = parameters->argumentList();
            if (names.size() != 1)
                out += "(";
            formatList(names, ", ");
            if (names.size() != 1)
                out += ")";
            out += " -> ";
            format(*arguments[1], true);
            close();
            return;
        }

        out += name;
        if (function.parameters)
        {
            out += "(";
            formatList(function.parameters->children, ", ");
            out += ")";
        }
        if (function.arguments)
        {
            out += "(";
            formatList(arguments, ", ");
            out += ")";
        }
        out += overText(function, [this](const IAST & expression) { return formatAST(expression, true); });
        alias();
    }

    /// `x IN (1, 2)`, `x IN (SELECT ...)`, and a lone value in parentheses: `x IN (y)`.
    void formatInRightSide(const IAST & argument)
    {
        const auto * literal = argument.as<ASTLiteral>();
        const auto * function = argument.as<ASTFunction>();
        bool is_tuple = (literal && literal->value.holds<Tuple>() && literal->value.get<Tuple>().size() != 1)
            || (function && function->name == "tuple" && function->argumentList().size() > 1);
        if (is_tuple || argument.as<ASTSubquery>())
            format(argument);
        else
        {
            out += "(";
            format(argument);
            out += ")";
        }
    }

    void formatOrderByElement(const ASTOrderByElement & element)
    {
        format(*element.expression);
        out += element.direction == -1 ? " DESC" : " ASC";
        if (element.nulls_direction_was_explicitly_specified)
            out += element.nulls_direction == element.direction ? " NULLS LAST" : " NULLS FIRST";
        if (!element.with_fill)
            return;
        out += " WITH FILL";
        for (const auto & [keyword, bound] : {std::pair{" FROM ", &element.fill_from}, {" TO ", &element.fill_to}, {" STEP ", &element.fill_step}})
            if (*bound)
            {
                out += keyword;
                format(**bound);
            }
    }

    static const char * setOperatorName(ASTSelectWithUnionQuery::Mode mode)
    {
        using Mode = ASTSelectWithUnionQuery::Mode;
        switch (mode)
        {
            case Mode::All: return "UNION ALL";
            case Mode::Distinct: return "UNION DISTINCT";
            case Mode::Unspecified: return "UNION";
            case Mode::ExceptAll: return "EXCEPT ALL";
            case Mode::ExceptDistinct: return "EXCEPT DISTINCT";
            case Mode::ExceptUnspecified: return "EXCEPT";
            case Mode::IntersectAll: return "INTERSECT ALL";
            case Mode::IntersectDistinct: return "INTERSECT DISTINCT";
            case Mode::IntersectUnspecified: return "INTERSECT";
        }
        return "";
    }

    void formatSelectWithUnion(const ASTSelectWithUnionQuery & query)
    {
        const ASTs & selects = query.list_of_selects->children;
        for (size_t i = 0; i < selects.size(); ++i)
        {
            if (i)
            {
                auto mode = query.union_modes[i - 1];
                out += separator();
                out += setOperatorName(mode);
                out += separator();
            }
            if (selects[i]->as<ASTSelectWithUnionQuery>())
                formatParenthesizedQuery(*selects[i]);
            else
                format(*selects[i]);
        }
    }

    void formatSelect(const ASTSelectQuery & select)
    {
        bool first_clause = true;
        auto clause = [&]
        {
            if (!first_clause)
                out += separator();
            first_clause = false;
        };
        if (select.with)
        {
            clause();
            formatClauseList("WITH", select.with->children);
        }
        clause();
        formatClauseList(select.distinct ? "SELECT DISTINCT" : "SELECT", select.select->children);
        if (select.tables)
        {
            clause();
            formatTables(select.tables->children);
        }
        auto expression_clause = [&](const char * keyword, const ASTPtr & expression)
        {
            if (!expression)
                return;
            clause();
            out += keyword;
            out += " ";
            format(*expression);
        };
        expression_clause("PREWHERE", select.prewhere);
        expression_clause("WHERE", select.where);
        if (select.group_by)
        {
            clause();
            if (select.group_by_with_grouping_sets)
            {
                out += "GROUP BY GROUPING SETS (";
                for (size_t i = 0; i < select.group_by->children.size(); ++i)
                {
                    out += i ? ", (" : "(";
                    formatList(select.group_by->children[i]->children, ", ");
                    out += ")";
                }
                out += ")";
            }
            else if (select.group_by_with_rollup || select.group_by_with_cube)
            {
                out += select.group_by_with_rollup ? "GROUP BY ROLLUP(" : "GROUP BY CUBE(";
                formatList(select.group_by->children, ", ");
                out += ")";
            }
            else
                formatClauseList("GROUP BY", select.group_by->children);
        }
        if (select.group_by_with_totals)
        {
            ++indent;
            out += select.group_by ? separator() : (first_clause ? "" : separator());
            --indent;
            out += "WITH TOTALS";
        }
        expression_clause("HAVING", select.having);
        if (select.window)
        {
            clause();
            formatClauseList("WINDOW", select.window->children);
        }
        expression_clause("QUALIFY", select.qualify);
        if (select.order_by)
        {
            clause();
            formatClauseList("ORDER BY", select.order_by->children);
        }
        if (select.interpolate)
        {
            clause();
            out += "INTERPOLATE";
            bool is_all = select.interpolate->children.size() == 1 && select.interpolate->children[0]->as<ASTAsterisk>();
            if (!is_all)
            {
                out += " (";
                for (size_t i = 0; i < select.interpolate->children.size(); ++i)
                {
                    auto expression = select.interpolate->children[i]->clone();
                    auto & named = static_cast<ASTWithAlias &>(*expression);
                    out += (i ? ", " : "") + backQuoteIfNeed(named.alias) + " AS ";
                    named.alias.clear();
                    format(*expression);
                }
                out += ")";
            }
        }
        auto limit = [&](const ASTPtr & offset, const ASTPtr & length)
        {
            out += "LIMIT ";
            if (offset)
            {
                format(*offset);
                out += ", ";
            }
            format(*length);
        };
        if (select.limit_by)
        {
            clause();
            limit(select.limit_by_offset, select.limit_by_length);
            out += " ";
            formatClauseList("BY", select.limit_by->children);
        }
        if (select.limit_length)
        {
            clause();
            limit(select.limit_offset, select.limit_length);
            if (select.limit_with_ties)
                out += " WITH TIES";
        }
        else if (select.limit_offset)
            expression_clause("OFFSET", select.limit_offset);
        if (select.settings)
        {
            clause();
            format(*select.settings);
        }
    }

    void formatTableExpression(const ASTTableExpression & table)
    {
        if (table.subquery)
        {
            /// Multi-line: the opening bracket starts its own line after `FROM` or `JOIN`.
            if (!one_line)
            {
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
                out += separator();
            }
            format(*table.subquery);
        }
        else if (table.database_and_table_name)
            format(*table.database_and_table_name);
        else
            format(*table.table_function);
        if (table.final)
            out += separator() + "FINAL";
        if (table.sample_size)
        {
            out += separator() + "SAMPLE ";
            format(*table.sample_size);
            if (table.sample_offset)
            {
                out += " OFFSET ";
                format(*table.sample_offset);
            }
        }
    }

    void formatTables(const ASTs & elements)
    {
        out += "FROM ";
        for (const auto & node : elements)
        {
            const auto & element = *node->as<ASTTablesInSelectQueryElement>();
            if (element.array_join)
            {
                const auto & array_join = *element.array_join->as<ASTArrayJoin>();
                out += separator();
                formatClauseList(array_join.is_left ? "LEFT ARRAY JOIN" : "ARRAY JOIN", array_join.expression_list->children);
                continue;
            }
            if (element.table_join)
                formatJoinPrefix(*element.table_join->as<ASTTableJoin>());
            formatTableExpression(*element.table_expression->as<ASTTableExpression>());
            if (element.table_join)
            {
                const auto & join = *element.table_join->as<ASTTableJoin>();
                if (join.using_expression_list)
                {
                    out += " USING (";
                    formatList(join.using_expression_list->children, ", ");
                    out += ")";
                }
                else if (join.on_expression)
                {
                    out += " ON ";
                    format(*join.on_expression);
                }
            }
        }
    }

    void formatJoinPrefix(const ASTTableJoin & join)
    {
        if (join.kind == ASTTableJoin::Kind::Comma)
        {
            out += ", ";
            return;
        }
        out += separator();
        if (join.locality == ASTTableJoin::Locality::Global)
            out += "GLOBAL ";
        else if (join.locality == ASTTableJoin::Locality::Local)
            out += "LOCAL ";
        static const char * strictness[] = {"", "ANY ", "ALL ", "ASOF ", "SEMI ", "ANTI "};
        static const char * kinds[] = {"INNER JOIN ", "LEFT JOIN ", "RIGHT JOIN ", "FULL OUTER JOIN ", "CROSS JOIN ", ""};
        out += strictness[static_cast<int>(join.strictness)];
        out += kinds[static_cast<int>(join.kind)];
    }

    void formatSet(const ASTSetQuery & set)
    {
        out += set.is_standalone ? "SET " : "SETTINGS ";
        for (size_t i = 0; i < set.changes.size(); ++i)
            out += (i ? ", " : "") + backQuoteIfNeed(set.changes[i].first) + " = " + formatLiteral(set.changes[i].second);
    }

    void formatOutput(const ASTQueryWithOutput & output)
    {
        if (!output.format.empty())
            out += separator() + "FORMAT " + backQuoteIfNeed(output.format);
        if (output.output_settings)
        {
            out += separator();
            format(*output.output_settings);
        }
    }

    /// Table columns are always backquoted; named elements of Tuple(a UInt8) only when needed.
    void formatColumnDeclaration(const ASTColumnDeclaration & column, bool is_table_column)
    {
        out += is_table_column ? backQuote(column.name) : backQuoteIfNeed(column.name);
        if (!column.type_text.empty())
            out += " " + column.type_text;
        if (column.nullable == 0)
            out += " NOT NULL";
        else if (column.nullable == 1)
            out += " NULL";
        if (!column.default_kind.empty())
        {
            out += " " + column.default_kind;
            if (column.default_expression)
            {
                out += " ";
                format(*column.default_expression);
            }
        }
        if (column.comment)
        {
            out += " COMMENT ";
            format(*column.comment);
        }
        if (column.codec)
        {
            out += " ";
            format(*column.codec);
        }
        if (column.ttl)
        {
            out += " TTL ";
            format(*column.ttl);
        }
    }

    void formatIndexDeclaration(const ASTIndexDeclaration & index)
    {
        out += backQuoteIfNeed(index.name) + " ";
        format(*index.expression);
        out += " TYPE ";
        format(*index.type);
        if (index.granularity)
            out += " GRANULARITY " + std::to_string(index.granularity);
    }

    void formatTableElement(const IAST & element)
    {
        if (const auto * column = element.as<ASTColumnDeclaration>())
            formatColumnDeclaration(*column, true);
        else if (const auto * index = element.as<ASTIndexDeclaration>())
        {
            out += "INDEX ";
            formatIndexDeclaration(*index);
        }
        else if (const auto * constraint = element.as<ASTConstraintDeclaration>())
        {
            out += "CONSTRAINT " + backQuoteIfNeed(constraint->name) + (constraint->is_assume ? " ASSUME " : " CHECK ");
            format(*constraint->expression);
        }
    }

    void formatStorage(const ASTStorage & storage)
    {
        auto clause = [&](const char * keyword, const ASTPtr & expression)
        {
            if (!expression)
                return;
            out += separator() + keyword;
            format(*expression);
        };
        if (storage.engine)
        {
            /// ClickHouse prints `ENGINE = MergeTree` whether or not `()` was written.
            const auto & engine = *storage.engine->as<ASTFunction>();
            out += separator() + "ENGINE = ";
            if (engine.argumentList().empty() && !engine.parameters)
                out += engine.name;
            else
                format(engine);
        }
        clause("PARTITION BY ", storage.partition_by);
        clause("PRIMARY KEY ", storage.primary_key);
        clause("ORDER BY ", storage.order_by);
        clause("SAMPLE BY ", storage.sample_by);
        clause("TTL ", storage.ttl_table);
        if (storage.settings)
        {
            out += separator();
            format(*storage.settings);
        }
    }

    void formatCreate(const ASTCreateQuery & create)
    {
        out += create.attach ? "ATTACH " : create.or_replace ? "CREATE OR REPLACE " : "CREATE ";
        if (create.is_temporary)
            out += "TEMPORARY ";
        out += create.is_database ? "DATABASE " : create.is_materialized_view ? "MATERIALIZED VIEW " : create.is_view ? "VIEW " : "TABLE ";
        if (create.if_not_exists)
            out += "IF NOT EXISTS ";
        out += create.is_database ? backQuoteIfNeed(create.database) : tableName(create.database, create.table);
        if (!create.inner_uuid.empty())
            out += " TO INNER UUID " + quoteString(create.inner_uuid);
        if (!create.to_table.empty())
            out += " TO " + tableName(create.to_database, create.to_table);
        if (create.columns)
        {
            std::vector<const IAST *> elements;
            for (const ASTPtr & list : {create.columns, create.indices, create.constraints})
                if (list)
                    for (const auto & element : list->children)
                        elements.push_back(element.get());
            out += one_line ? " (" : "\n(";
            for (size_t i = 0; i < elements.size(); ++i)
            {
                out += one_line ? (i ? ", " : "") : (i ? ",\n    " : "\n    ");
                formatTableElement(*elements[i]);
            }
            out += one_line ? ")" : "\n)";
        }
        if (!create.as_table.empty())
            out += " AS " + tableName(create.as_database, create.as_table);
        if (create.as_table_function)
        {
            out += " AS ";
            format(*create.as_table_function);
        }
        if (create.storage)
            formatStorage(*create.storage->as<ASTStorage>());
        if (create.is_populate)
            out += " POPULATE";
        if (create.select)
        {
            out += separator() + "AS ";
            format(*create.select);
        }
        if (create.comment)
        {
            out += separator() + "COMMENT ";
            format(*create.comment);
        }
    }

    void formatInsert(const ASTInsertQuery & insert)
    {
        out += "INSERT INTO ";
        if (insert.table_function)
        {
            out += "FUNCTION ";
            format(*insert.table_function);
        }
        else
            out += tableName(insert.database, insert.table);
        if (insert.columns)
        {
            out += " (";
            formatList(insert.columns->children, ", ");
            out += ")";
        }
        if (insert.settings)
        {
            out += separator();
            format(*insert.settings);
        }
        if (insert.select)
        {
            out += separator();
            format(*insert.select);
        }
        else if (!insert.format.empty())
            out += separator() + "FORMAT " + insert.format;
    }

    void formatAlter(const ASTAlterQuery & alter)
    {
        if (alter.is_lightweight_delete)
        {
            out += "DELETE FROM " + tableName(alter.database, alter.table) + " WHERE ";
            format(*alter.commands->children.at(0)->as<ASTAlterCommand>()->predicate);
            return;
        }
        out += "ALTER TABLE " + tableName(alter.database, alter.table);
        ++indent;
        const ASTs & commands = alter.commands->children;
        for (size_t i = 0; i < commands.size(); ++i)
        {
            out += (i ? "," : "") + separator();
            formatAlterCommand(*commands[i]->as<ASTAlterCommand>());
        }
        --indent;
    }

    void formatAlterCommand(const ASTAlterCommand & command)
    {
        using Type = ASTAlterCommand::Type;
        auto position = [&]
        {
            if (command.first)
                out += " FIRST";
            else if (!command.after_column.empty())
                out += " AFTER " + backQuoteIfNeed(command.after_column);
        };
        switch (command.type)
        {
            case Type::AddColumn:
                out += command.if_not_exists ? "ADD COLUMN IF NOT EXISTS " : "ADD COLUMN ";
                formatColumnDeclaration(*command.column_declaration->as<ASTColumnDeclaration>(), true);
                position();
                break;
            case Type::ModifyColumn:
                out += command.if_exists ? "MODIFY COLUMN IF EXISTS " : "MODIFY COLUMN ";
                formatColumnDeclaration(*command.column_declaration->as<ASTColumnDeclaration>(), true);
                position();
                break;
            case Type::DropColumn:
                out += (command.if_exists ? "DROP COLUMN IF EXISTS " : "DROP COLUMN ") + backQuoteIfNeed(command.column);
                break;
            case Type::CommentColumn:
                out += (command.if_exists ? "COMMENT COLUMN IF EXISTS " : "COMMENT COLUMN ") + backQuoteIfNeed(command.column) + " ";
                format(*command.comment);
                break;
            case Type::RenameColumn:
                out += (command.if_exists ? "RENAME COLUMN IF EXISTS " : "RENAME COLUMN ") + backQuoteIfNeed(command.column) + " TO "
                    + backQuoteIfNeed(command.rename_to);
                break;
            case Type::DeleteWhere:
                out += "DELETE WHERE ";
                format(*command.predicate);
                break;
            case Type::Update:
            {
                out += "UPDATE ";
                const ASTs & assignments = command.update_assignments->children;
                for (size_t i = 0; i < assignments.size(); ++i)
                {
                    const ASTs & sides = assignments[i]->as<ASTFunction>()->argumentList();
                    out += i ? ", " : "";
                    format(*sides[0]);
                    out += " = ";
                    format(*sides[1]);
                }
                out += " WHERE ";
                format(*command.predicate);
                break;
            }
            case Type::DropPartition:
            case Type::DetachPartition:
            case Type::AttachPartition:
                out += command.type == Type::DropPartition ? "DROP " : command.type == Type::DetachPartition ? "DETACH " : "ATTACH ";
                formatPartition(command);
                break;
            case Type::FreezePartition:
                out += "FREEZE";
                if (command.partition || !command.partition_id.empty())
                {
                    out += " ";
                    formatPartition(command);
                }
                break;
            case Type::ReplacePartition:
                out += "REPLACE ";
                formatPartition(command);
                out += " FROM " + tableName(command.other_database, command.other_table);
                break;
            case Type::MovePartitionToTable:
                out += "MOVE ";
                formatPartition(command);
                out += " TO TABLE " + tableName(command.other_database, command.other_table);
                break;
            case Type::RemoveTTL:
                out += "REMOVE TTL";
                break;
            case Type::MaterializeTTL:
                out += "MATERIALIZE TTL";
                break;
            case Type::AddIndex:
                out += command.if_not_exists ? "ADD INDEX IF NOT EXISTS " : "ADD INDEX ";
                formatIndexDeclaration(*command.index_declaration->as<ASTIndexDeclaration>());
                break;
            case Type::DropIndex:
            case Type::MaterializeIndex:
            case Type::ClearIndex:
                out += command.type == Type::DropIndex ? "DROP INDEX " : command.type == Type::ClearIndex ? "CLEAR INDEX " : "MATERIALIZE INDEX ";
                out += (command.if_exists ? "IF EXISTS " : "") + backQuoteIfNeed(command.index);
                if (command.partition || !command.partition_id.empty())
                {
                    out += " IN ";
                    formatPartition(command);
                }
                break;
            case Type::ModifyTTL:
                out += "MODIFY TTL ";
                format(*command.ttl);
                break;
            case Type::ModifySetting:
            {
                out += "MODIFY SETTING ";
                const auto & changes = command.settings_changes->as<ASTSetQuery>()->changes;
                for (size_t i = 0; i < changes.size(); ++i)
                    out += (i ? ", " : "") + backQuoteIfNeed(changes[i].first) + " = " + formatLiteral(changes[i].second);
                break;
            }
            case Type::ResetSetting:
                out += "RESET SETTING ";
                for (size_t i = 0; i < command.settings_resets.size(); ++i)
                    out += (i ? ", " : "") + backQuoteIfNeed(command.settings_resets[i]);
                break;
        }
    }

    void formatPartition(const ASTAlterCommand & command)
    {
        if (command.is_part)
            out += "PART " + formatLiteral(Field(command.partition_id));
        else if (command.partition)
        {
            out += "PARTITION ";
            format(*command.partition);
        }
        else
            out += "PARTITION ID " + formatLiteral(Field(command.partition_id));
    }

    void formatExplain(const ASTExplainQuery & explain)
    {
        static const char * kinds[] = {"EXPLAIN AST", "EXPLAIN SYNTAX", "EXPLAIN", "EXPLAIN PIPELINE", "EXPLAIN ESTIMATE"};
        out += kinds[static_cast<int>(explain.kind)];
        if (explain.settings)
        {
            const auto & changes = explain.settings->as<ASTSetQuery>()->changes;
            for (size_t i = 0; i < changes.size(); ++i)
                out += (i ? ", " : " ") + backQuoteIfNeed(changes[i].first) + " = " + formatLiteral(changes[i].second);
        }
        out += separator();
        format(*explain.query);
    }

    /// Statements that print on one line whatever the mode.
    void formatSimpleStatement(const IAST & ast)
    {
        if (const auto * drop = ast.as<ASTDropQuery>())
        {
            static const char * kinds[] = {"DROP ", "DETACH ", "TRUNCATE "};
            out += kinds[static_cast<int>(drop->kind)];
            if (drop->is_temporary)
                out += "TEMPORARY ";
            out += drop->is_database ? "DATABASE " : drop->is_view ? "VIEW " : drop->is_dictionary ? "DICTIONARY " : "TABLE ";
            if (drop->if_exists)
                out += "IF EXISTS ";
            out += drop->is_database ? backQuoteIfNeed(drop->database) : tableName(drop->database, drop->table);
            if (drop->permanently)
                out += " PERMANENTLY";
            if (drop->sync)
                out += " SYNC";
        }
        else if (const auto * rename = ast.as<ASTRenameQuery>())
        {
            out += rename->exchange ? "EXCHANGE TABLES " : rename->is_database ? "RENAME DATABASE " : "RENAME TABLE ";
            for (size_t i = 0; i < rename->elements.size(); ++i)
            {
                const auto & element = rename->elements[i];
                out += i ? ", " : "";
                if (rename->is_database)
                    out += backQuoteIfNeed(element.from_database) + " TO " + backQuoteIfNeed(element.to_database);
                else
                    out += tableName(element.from_database, element.from_table) + (rename->exchange ? " AND " : " TO ")
                        + tableName(element.to_database, element.to_table);
            }
        }
        else if (const auto * show = ast.as<ASTShowQuery>())
            formatShow(*show);
        else if (const auto * describe = ast.as<ASTDescribeQuery>())
        {
            out += "DESCRIBE TABLE ";
            formatTableExpression(*describe->table_expression->as<ASTTableExpression>());
        }
        else if (const auto * use = ast.as<ASTUseQuery>())
            out += "USE " + backQuoteIfNeed(use->database);
        else if (const auto * exists = ast.as<ASTExistsQuery>())
        {
            static const char * kinds[] = {"TABLE ", "VIEW ", "DICTIONARY ", "DATABASE "};
            out += exists->temporary ? "EXISTS TEMPORARY " : "EXISTS ";
            out += kinds[static_cast<int>(exists->kind)];
            out += exists->kind == ASTExistsQuery::Kind::Database ? backQuoteIfNeed(exists->database) : tableName(exists->database, exists->table);
        }
        else if (const auto * optimize = ast.as<ASTOptimizeQuery>())
        {
            out += "OPTIMIZE TABLE " + tableName(optimize->database, optimize->table);
            if (optimize->partition)
            {
                out += " PARTITION ";
                format(*optimize->partition);
            }
            if (optimize->final)
                out += " FINAL";
            if (optimize->deduplicate)
                out += " DEDUPLICATE";
            if (optimize->cleanup)
                out += " CLEANUP";
        }
        else if (const auto * ttl = ast.as<ASTTTLElement>())
        {
            format(*ttl->expression);
            if (ttl->where)
            {
                out += " WHERE ";
                format(*ttl->where);
            }
        }
        else if (const auto * system = ast.as<ASTSystemQuery>())
        {
            out += "SYSTEM " + system->action;
            if (!system->table.empty())
                out += " " + tableName(system->database, system->table);
        }
        else if (const auto * kill = ast.as<ASTKillQueryQuery>())
        {
            out += kill->is_mutation ? "KILL MUTATION WHERE " : "KILL QUERY WHERE ";
            format(*kill->where);
            out += kill->sync ? " SYNC" : kill->test ? " TEST" : "";
        }
        else
            out += ast.getID(' ');
    }

    void formatShow(const ASTShowQuery & show)
    {
        using Kind = ASTShowQuery::Kind;
        switch (show.kind)
        {
            case Kind::Databases: out += "SHOW DATABASES"; break;
            case Kind::Tables:
                out += "SHOW TABLES";
                if (!show.database.empty())
                    out += " FROM " + backQuoteIfNeed(show.database);
                break;
            case Kind::CreateTable: out += "SHOW CREATE TABLE " + tableName(show.database, show.table); return;
            case Kind::CreateView: out += "SHOW CREATE VIEW " + tableName(show.database, show.table); return;
            case Kind::CreateDatabase: out += "SHOW CREATE DATABASE " + backQuoteIfNeed(show.database); return;
            case Kind::Processlist: out += "SHOW PROCESSLIST"; break;
            case Kind::Settings: out += "SHOW SETTINGS"; break;
            case Kind::Columns: out += "SHOW COLUMNS FROM " + tableName(show.database, show.table); break;
        }
        if (!show.like.empty())
            out += std::string(show.not_like ? " NOT" : "") + (show.case_insensitive_like ? " ILIKE " : " LIKE ") + quoteString(show.like);
        if (show.limit_length)
        {
            out += " LIMIT ";
            format(*show.limit_length);
        }
    }
};

std::string argumentsColumnName(const ASTs & arguments)
{
    std::string result;
    for (size_t i = 0; i < arguments.size(); ++i)
        result += (i ? ", " : "") + columnNameOf(*arguments[i]);
    return result;
}
}

std::string formatLiteral(const Field & value)
{
    switch (value.which())
    {
        case Field::Which::Float64: return formatFloat(value.get<Float64>());
        case Field::Which::String: return quoteString(value.get<std::string>());
        case Field::Which::Array: return formatList(value.get<Array>(), "[", "]");
        case Field::Which::Tuple:
        {
            const auto & tuple = value.get<Tuple>();
            return formatList(tuple, tuple.size() > 1 ? "(" : "tuple(", ")");
        }
        case Field::Which::Map: return formatList(value.get<Map>(), "map(", ")");
        case Field::Which::UUID: return quoteString(value.dump());
        default: return value.dump();
    }
}

std::string backQuote(std::string_view name)
{
    std::string result = "`";
    for (char c : name)
    {
        if (c == '`' || c == '\\')
            result.push_back('\\');
        result.push_back(c);
    }
    return result + "`";
}

std::string backQuoteIfNeed(std::string_view name)
{
    bool is_word = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name)
        is_word = is_word && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
    return is_word ? std::string(name) : backQuote(name);
}

std::string quoteString(std::string_view value)
{
    std::string result = "'";
    for (char c : value)
    {
        switch (c)
        {
            case '\b': result += "\\b"; break;
            case '\f': result += "\\f"; break;
            case '\n': result += "\\n"; break;
            case '\r': result += "\\r"; break;
            case '\t': result += "\\t"; break;
            case '\0': result += "\\0"; break;
            case '\a': result += "\\a"; break;
            case '\v': result += "\\v"; break;
            case '\\': result += "\\\\"; break;
            case '\'': result += "\\'"; break;
            default: result.push_back(c);
        }
    }
    return result + "'";
}

std::string formatAST(const IAST & ast, bool one_line)
{
    ASTFormatter formatter(one_line);
    formatter.format(ast);
    return std::move(formatter.out);
}

std::string windowColumnName(const IAST & window_definition)
{
    return windowText(*window_definition.as<ASTWindowDefinition>(), [](const IAST & element) { return columnNameOf(element); });
}

std::string columnNameOf(const IAST & expression)
{
    if (const auto * literal = expression.as<ASTLiteral>())
        return formatLiteral(literal->value);
    if (const auto * identifier = expression.as<ASTIdentifier>())
        return identifier->name();
    if (const auto * function = expression.as<ASTFunction>())
    {
        std::string name = function->name;
        if (function->parameters)
            name += "(" + argumentsColumnName(function->parameters->children) + ")";
        const ASTs & arguments = function->argumentList();
        /// count(*) is count().
        bool only_asterisk = arguments.size() == 1 && arguments[0]->as<ASTAsterisk>();
        return name + "(" + (only_asterisk ? std::string() : argumentsColumnName(arguments)) + ")"
            + overText(*function, [](const IAST & element) { return columnNameOf(element); });
    }
    if (const auto * parameter = expression.as<ASTQueryParameter>())
        return "{" + parameter->name + ":" + parameter->type + "}";
    ASTFormatter formatter(true);
    formatter.format(expression);
    return std::move(formatter.out);
}
}
