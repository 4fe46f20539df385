// SELECT with its clauses in ClickHouse's order, the FROM clause with joins and ARRAY JOIN,
// UNION/EXCEPT/INTERSECT chains, ORDER BY elements and SETTINGS lists.
#include <algorithm>
#include <optional>

#include "base/Exception.h"
#include "sql/ASTArrayJoin.h"
#include "sql/ASTAsterisk.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTOrderByElement.h"
#include "sql/ASTSelectQuery.h"
#include "sql/ASTSelectWithUnionQuery.h"
#include "sql/ASTSetQuery.h"
#include "sql/ASTSubquery.h"
#include "sql/ASTTableExpression.h"
#include "sql/ASTTableJoin.h"
#include "sql/ASTTablesInSelectQueryElement.h"
#include "sql/ASTWindowDefinition.h"
#include "sql/ASTWithElement.h"
#include "sql/QueryParser.h"

namespace datastore::sql
{
bool QueryParser::peekSelectStart() const
{
    if (peekKeyword("SELECT") || peekKeyword("WITH"))
        return true;
    /// ((SELECT 1) UNION ALL (SELECT 2)): look through opening brackets.
    size_t ahead = 0;
    while (peek(ahead).type == TokenType::OpeningRoundBracket)
        ++ahead;
    return ahead && (isKeyword(peek(ahead), "SELECT") || isKeyword(peek(ahead), "WITH"));
}

ASTPtr QueryParser::parseSelectWithUnion()
{
    using Mode = ASTSelectWithUnionQuery::Mode;
    /// One operator between two operands, or nothing at the end of the chain.
    auto parse_operator = [this]() -> std::optional<Mode>
    {
        auto with_quantifier = [this](Mode all, Mode distinct, Mode bare)
        {
            if (tryKeyword("ALL"))
                return all;
            if (tryKeyword("DISTINCT"))
                return distinct;
            return bare;
        };
        if (tryKeyword("UNION"))
            return with_quantifier(Mode::All, Mode::Distinct, Mode::Unspecified);
        if (tryKeyword("EXCEPT"))
            return with_quantifier(Mode::ExceptAll, Mode::ExceptDistinct, Mode::ExceptUnspecified);
        if (tryKeyword("INTERSECT"))
            return with_quantifier(Mode::IntersectAll, Mode::IntersectDistinct, Mode::IntersectUnspecified);
        return std::nullopt;
    };
    auto is_intersect = [](Mode mode) { return mode >= Mode::IntersectAll; };
    auto make_node = [](ASTs operands, std::vector<Mode> modes)
    {
        auto node = std::make_shared<ASTSelectWithUnionQuery>();
        auto list = std::make_shared<ASTExpressionList>();
        list->children = std::move(operands);
        node->list_of_selects = list;
        node->union_modes = std::move(modes);
        node->updateChildren();
        return node;
    };

    /// INTERSECT binds tighter than UNION and EXCEPT: each run of INTERSECTs becomes one operand.
    ASTs operands;
    std::vector<Mode> modes;
    ASTs intersect_operands{parseSelectOrParenthesized()};
    std::vector<Mode> intersect_modes;
    auto close_intersect_run = [&]
    {
        if (intersect_operands.size() == 1)
            operands.push_back(intersect_operands.front());
        else
            operands.push_back(make_node(std::move(intersect_operands), std::move(intersect_modes)));
        intersect_operands.clear();
        intersect_modes.clear();
    };
    while (auto mode = parse_operator())
    {
        if (!is_intersect(*mode))
        {
            close_intersect_run();
            modes.push_back(*mode);
        }
        else
            intersect_modes.push_back(*mode);
        intersect_operands.push_back(parseSelectOrParenthesized());
    }
    close_intersect_run();
    /// A lone INTERSECT chain is the query itself, not a union of one nested query.
    if (operands.size() == 1)
        if (const auto * nested = operands.front()->as<ASTSelectWithUnionQuery>(); nested && !nested->union_modes.empty())
            return operands.front();
    return make_node(std::move(operands), std::move(modes));
}

ASTPtr QueryParser::parseSelectOrParenthesized()
{
    if (peek().type == TokenType::OpeningRoundBracket)
    {
        ++index;
        ASTPtr inner = parseSelectWithUnion();
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        return inner;
    }
    return parseSelect();
}

ASTPtr QueryParser::parseSelect()
{
    auto select = std::make_shared<ASTSelectQuery>();
    if (tryKeyword("WITH"))
    {
        auto list = std::make_shared<ASTExpressionList>();
        do
        {
            /// `name AS (SELECT ...)` names a subquery; `expr AS name` names an expression.
            bool is_named_subquery = (peek().type == TokenType::BareWord || peek().type == TokenType::QuotedIdentifier)
                && isKeyword(peek(1), "AS") && peek(2).type == TokenType::OpeningRoundBracket;
            if (is_named_subquery)
            {
                size_t saved = index;
                auto element = std::make_shared<ASTWithElement>();
                element->name = parseIdentifierName();
                ++index;
                if (peekSelectStart())
                {
                    element->subquery = parseParenthesized();
                    element->updateChildren();
                    list->children.push_back(element);
                    continue;
                }
                index = saved;
            }
            list->children.push_back(parseExpressionWithOptionalAlias(true));
        } while (tryToken(TokenType::Comma, "Comma"));
        select->with = list;
    }
    expectKeyword("SELECT");
    /// DISTINCT ON (keys) keeps each keys' first row: it is LIMIT 1 BY keys, as ClickHouse rewrites it.
    ASTPtr distinct_on;
    if (tryKeyword("DISTINCT"))
    {
        if (tryKeyword("ON"))
        {
            expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
            distinct_on = parseExpressionList(false);
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        }
        else
            select->distinct = true;
    }
    else
        tryKeyword("ALL");
    select->select = parseExpressionList(true);
    if (tryKeyword("FROM"))
        select->tables = parseTablesInSelect();
    if (tryKeyword("PREWHERE"))
        select->prewhere = parseExpression();
    if (tryKeyword("WHERE"))
        select->where = parseExpression();
    if (tryKeyword("GROUP BY"))
    {
        if (tryKeyword("GROUPING SETS"))
        {
            select->group_by_with_grouping_sets = true;
            select->group_by = parseGroupingSets();
        }
        else if (tryKeyword("ROLLUP"))
            select->group_by_with_rollup = true;
        else if (tryKeyword("CUBE"))
            select->group_by_with_cube = true;
        if (select->group_by_with_rollup || select->group_by_with_cube)
        {
            expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
            select->group_by = parseExpressionList(false);
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        }
        else if (!select->group_by_with_grouping_sets)
            select->group_by = parseExpressionList(false);
        /// The modifiers come in any order; ROLLUP, CUBE and GROUPING SETS exclude each other.
        while (true)
        {
            if (tryKeyword("WITH ROLLUP"))
                select->group_by_with_rollup = true;
            else if (tryKeyword("WITH CUBE"))
                select->group_by_with_cube = true;
            else if (tryKeyword("WITH TOTALS"))
                select->group_by_with_totals = true;
            else
                break;
        }
        if (select->group_by_with_grouping_sets && (select->group_by_with_rollup || select->group_by_with_cube))
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "GROUPING SETS are not supported together with ROLLUP and CUBE");
        if (select->group_by_with_rollup && select->group_by_with_cube)
            throw Exception(ErrorCodes::NOT_IMPLEMENTED, "ROLLUP is not supported together with GROUPING SETS and CUBE");
    }
    else if (tryKeyword("WITH TOTALS"))
        select->group_by_with_totals = true;
    if (tryKeyword("HAVING"))
        select->having = parseExpression();
    if (tryKeyword("WINDOW"))
        select->window = parseWindowList();
    if (tryKeyword("QUALIFY"))
        select->qualify = parseExpression();
    if (tryKeyword("ORDER BY"))
    {
        select->order_by = parseOrderByList();
        /// INTERPOLATE belongs to WITH FILL: after a plain ORDER BY it is not part of the grammar.
        bool has_fill = std::any_of(select->order_by->children.begin(), select->order_by->children.end(),
                                    [](const ASTPtr & element) { return static_cast<const ASTOrderByElement &>(*element).with_fill; });
        if (has_fill && tryKeyword("INTERPOLATE"))
        {
            auto list = std::make_shared<ASTExpressionList>();
            /// INTERPOLATE alone, or with an empty list, repeats every column outside the sort keys.
            bool is_listed = false;
            if (tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket") && !tryToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket"))
            {
                is_listed = true;
                /// `column [AS expression]`: the expression, named by the column it fills.
                do
                {
                    std::string column = parseIdentifierName();
                    ASTPtr expression = tryKeyword("AS") ? parseExpression()
                                                         : std::make_shared<ASTIdentifier>(std::vector<std::string>{column});
                    /// A subquery cannot be named so; wrapped, it can.
                    if (!dynamic_cast<ASTWithAlias *>(expression.get()))
                        expression = makeASTFunction("identity", {expression});
                    static_cast<ASTWithAlias &>(*expression).alias = column;
                    list->children.push_back(expression);
                } while (tryToken(TokenType::Comma, "Comma"));
                expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            }
            if (!is_listed)
                list->children.push_back(std::make_shared<ASTAsterisk>());
            select->interpolate = list;
        }
    }
    bool has_limit = false;
    for (int clause = 0; clause < 2 && tryKeyword("LIMIT"); ++clause)
    {
        ASTPtr length = parseExpression();
        ASTPtr offset;
        if (tryToken(TokenType::Comma, "Comma"))
        {
            offset = length;
            length = parseExpression();
        }
        else if (tryKeyword("OFFSET"))
            offset = parseExpression();
        if (!select->limit_by && !has_limit && tryKeyword("BY"))
        {
            select->limit_by_length = length;
            select->limit_by_offset = offset;
            select->limit_by = parseExpressionList(false);
            continue;
        }
        select->limit_length = length;
        select->limit_offset = offset;
        if (isKeyword(peek(), "WITH") && isKeyword(peek(1), "TIES"))
        {
            index += 2;
            select->limit_with_ties = true;
        }
        has_limit = true;
        break;
    }
    if (!has_limit && tryKeyword("OFFSET"))
    {
        select->limit_offset = parseExpression();
        /// The standard's `OFFSET n ROWS FETCH FIRST m ROWS ONLY | WITH TIES` is LIMIT m OFFSET n.
        if ((tryKeyword("ROWS") || tryKeyword("ROW")) && tryKeyword("FETCH"))
        {
            if (!select->order_by)
                throw Exception(ErrorCodes::OFFSET_FETCH_WITHOUT_ORDER_BY, "Can not use OFFSET FETCH clause without ORDER BY");
            if (!tryKeyword("FIRST"))
                expectKeyword("NEXT");
            select->limit_length = parseExpression();
            if (!tryKeyword("ROWS"))
                expectKeyword("ROW");
            if (tryKeyword("WITH TIES"))
                select->limit_with_ties = true;
            else
                expectKeyword("ONLY");
        }
    }
    if (distinct_on)
    {
        if (select->limit_by)
            throw Exception(ErrorCodes::SYNTAX_ERROR, "Can not use DISTINCT ON alongside LIMIT BY");
        select->limit_by_length = std::make_shared<ASTLiteral>(Field(UInt64(1)));
        select->limit_by = distinct_on;
    }
    if (tryKeyword("SETTINGS"))
        select->settings = parseSettings(false);
    select->updateChildren();
    return select;
}

ASTPtr QueryParser::parseGroupingSets()
{
    expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
    auto sets = std::make_shared<ASTExpressionList>();
    do
    {
        /// A set is `(k1, k2)`, `()` or a lone key.
        auto set = std::make_shared<ASTExpressionList>();
        if (tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket"))
        {
            if (!tryToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket"))
            {
                set->children = parseExpressionList(false)->children;
                expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            }
        }
        else
            set->children.push_back(parseExpression());
        sets->children.push_back(set);
    } while (tryToken(TokenType::Comma, "Comma"));
    expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
    return sets;
}

ASTPtr QueryParser::parseTableExpression()
{
    auto table = std::make_shared<ASTTableExpression>();
    ASTWithAlias * aliased = nullptr;
    if (peek().type == TokenType::OpeningRoundBracket)
    {
        ++index;
        auto subquery = std::make_shared<ASTSubquery>();
        subquery->select = parseSelectWithUnion();
        subquery->updateChildren();
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        aliased = subquery.get();
        table->subquery = subquery;
    }
    else
    {
        std::vector<std::string> parts{parseIdentifierName()};
        if (peek().type == TokenType::OpeningRoundBracket)
        {
            ASTPtr function = parseFunctionCall(std::move(parts.front()));
            aliased = function->as<ASTFunction>();
            table->table_function = function;
        }
        else
        {
            if (peek().type == TokenType::Dot)
            {
                ++index;
                parts.push_back(parseIdentifierName());
            }
            auto identifier = std::make_shared<ASTIdentifier>(std::move(parts));
            aliased = identifier.get();
            table->database_and_table_name = identifier;
        }
    }
    std::string alias;
    if (tryParseAlias(alias, true))
        aliased->alias = std::move(alias);
    if (tryKeyword("FINAL"))
        table->final = true;
    if (tryKeyword("SAMPLE"))
    {
        table->sample_size = parseSampleRatio();
        if (tryKeyword("OFFSET"))
            table->sample_offset = parseSampleRatio();
    }
    table->updateChildren();
    return table;
}

ASTPtr QueryParser::parseSampleRatio()
{
    auto number = [this]
    {
        Token token = peek();
        if (token.type != TokenType::Number)
        {
            noteExpected("Sample ratio or offset");
            fail();
        }
        ++index;
        return parseNumberLiteral(token, false);
    };
    ASTPtr ratio = number();
    if (tryToken(TokenType::Slash, "Slash"))
        ratio = makeASTFunction("divide", {ratio, number()});
    return ratio;
}

ASTPtr QueryParser::parseTablesInSelect()
{
    auto list = std::make_shared<ASTExpressionList>();
    auto first = std::make_shared<ASTTablesInSelectQueryElement>();
    first->table_expression = parseTableExpression();
    first->updateChildren();
    list->children.push_back(first);
    while (true)
    {
        auto element = std::make_shared<ASTTablesInSelectQueryElement>();
        if (tryToken(TokenType::Comma, "Comma"))
        {
            auto join = std::make_shared<ASTTableJoin>();
            join->kind = ASTTableJoin::Kind::Comma;
            element->table_join = join;
            element->table_expression = parseTableExpression();
        }
        else if (peekKeyword("ARRAY JOIN") || peekKeyword("LEFT ARRAY JOIN") || peekKeyword("INNER ARRAY JOIN"))
        {
            auto array_join = std::make_shared<ASTArrayJoin>();
            array_join->is_left = tryKeyword("LEFT");
            if (!array_join->is_left)
                tryKeyword("INNER");
            expectKeyword("ARRAY JOIN");
            array_join->expression_list = parseExpressionList(true);
            array_join->updateChildren();
            element->array_join = array_join;
        }
        else
        {
            auto join = std::make_shared<ASTTableJoin>();
            size_t start = index;
            if (tryKeyword("GLOBAL"))
                join->locality = ASTTableJoin::Locality::Global;
            else if (tryKeyword("LOCAL"))
                join->locality = ASTTableJoin::Locality::Local;
            auto parse_strictness = [&]
            {
                if (tryKeyword("ANY"))
                    join->strictness = ASTTableJoin::Strictness::Any;
                else if (tryKeyword("ALL"))
                    join->strictness = ASTTableJoin::Strictness::All;
                else if (tryKeyword("ASOF"))
                    join->strictness = ASTTableJoin::Strictness::Asof;
                else if (tryKeyword("SEMI"))
                    join->strictness = ASTTableJoin::Strictness::Semi;
                else if (tryKeyword("ANTI"))
                    join->strictness = ASTTableJoin::Strictness::Anti;
            };
            parse_strictness();
            if (tryKeyword("INNER"))
                join->kind = ASTTableJoin::Kind::Inner;
            else if (tryKeyword("LEFT"))
                join->kind = ASTTableJoin::Kind::Left;
            else if (tryKeyword("RIGHT"))
                join->kind = ASTTableJoin::Kind::Right;
            else if (tryKeyword("FULL"))
                join->kind = ASTTableJoin::Kind::Full;
            else if (tryKeyword("CROSS"))
                join->kind = ASTTableJoin::Kind::Cross;
            if (join->strictness == ASTTableJoin::Strictness::Unspecified)
                parse_strictness();
            tryKeyword("OUTER");
            if (!tryKeyword("JOIN"))
            {
                if (index == start)
                    break;
                fail();
            }
            element->table_join = join;
            element->table_expression = parseTableExpression();
            if (join->kind != ASTTableJoin::Kind::Cross)
            {
                if (tryKeyword("USING"))
                {
                    bool parenthesized = tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
                    join->using_expression_list = parseExpressionList(false);
                    if (parenthesized)
                        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
                }
                else if (tryKeyword("ON"))
                    join->on_expression = parseExpression();
                else
                    fail();
            }
            join->updateChildren();
        }
        element->updateChildren();
        list->children.push_back(element);
    }
    return list;
}

ASTPtr QueryParser::parseOrderByList()
{
    auto list = std::make_shared<ASTExpressionList>();
    do
    {
        auto element = std::make_shared<ASTOrderByElement>();
        element->expression = parseExpressionWithOptionalAlias(false);
        if (tryKeyword("DESC") || tryKeyword("DESCENDING"))
            element->direction = -1;
        else if (!tryKeyword("ASC"))
            tryKeyword("ASCENDING");
        element->nulls_direction = element->direction;
        if (tryKeyword("NULLS FIRST"))
        {
            element->nulls_direction = -element->direction;
            element->nulls_direction_was_explicitly_specified = true;
        }
        else if (tryKeyword("NULLS LAST"))
            element->nulls_direction_was_explicitly_specified = true;
        if (tryKeyword("WITH FILL"))
        {
            element->with_fill = true;
            if (tryKeyword("FROM"))
                element->fill_from = parseExpression();
            if (tryKeyword("TO"))
                element->fill_to = parseExpression();
            if (tryKeyword("STEP"))
                element->fill_step = parseExpression();
        }
        element->updateChildren();
        list->children.push_back(element);
    } while (tryToken(TokenType::Comma, "Comma"));
    return list;
}

ASTPtr QueryParser::parseWindowDefinition()
{
    expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
    auto window = std::make_shared<ASTWindowDefinition>();
    const Token & first = peek();
    bool is_parent_name = first.type == TokenType::QuotedIdentifier
        || (first.type == TokenType::BareWord && !peekKeyword("PARTITION BY") && !peekKeyword("ORDER BY") && !peekKeyword("ROWS")
            && !peekKeyword("RANGE"));
    if (is_parent_name)
        window->parent_window_name = parseIdentifierName();
    if (tryKeyword("PARTITION BY"))
        window->partition_by = parseExpressionList(false);
    if (tryKeyword("ORDER BY"))
        window->order_by = parseOrderByList();
    bool is_rows = tryKeyword("ROWS");
    if (is_rows || tryKeyword("RANGE"))
    {
        window->frame_is_default = false;
        window->frame_type = is_rows ? ASTWindowDefinition::FrameType::Rows : ASTWindowDefinition::FrameType::Range;
        auto parse_bound = [&](ASTWindowDefinition::FrameBound & bound, ASTPtr & offset)
        {
            if (tryKeyword("CURRENT ROW"))
            {
                bound.kind = ASTWindowDefinition::BoundKind::CurrentRow;
                return;
            }
            if (tryKeyword("UNBOUNDED"))
                bound.kind = ASTWindowDefinition::BoundKind::Unbounded;
            else
            {
                bound.kind = ASTWindowDefinition::BoundKind::Offset;
                offset = parseExpression(11);
            }
            if (tryKeyword("PRECEDING"))
                bound.is_preceding = true;
            else
            {
                expectKeyword("FOLLOWING");
                bound.is_preceding = false;
            }
        };
        if (tryKeyword("BETWEEN"))
        {
            parse_bound(window->frame_begin, window->frame_begin_offset);
            expectKeyword("AND");
            parse_bound(window->frame_end, window->frame_end_offset);
        }
        else
        {
            /// `ROWS n PRECEDING` is `ROWS BETWEEN n PRECEDING AND CURRENT ROW`.
            parse_bound(window->frame_begin, window->frame_begin_offset);
            window->frame_end = {ASTWindowDefinition::BoundKind::CurrentRow, false};
        }
    }
    expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
    window->updateChildren();
    return window;
}

ASTPtr QueryParser::parseWindowList()
{
    auto list = std::make_shared<ASTExpressionList>();
    do
    {
        auto element = std::make_shared<ASTWindowListElement>();
        element->name = parseIdentifierName();
        expectKeyword("AS");
        element->definition = parseWindowDefinition();
        element->updateChildren();
        list->children.push_back(element);
    } while (tryToken(TokenType::Comma, "Comma"));
    return list;
}

ASTPtr QueryParser::parseSettings(bool is_standalone)
{
    auto settings = std::make_shared<ASTSetQuery>();
    settings->is_standalone = is_standalone;
    do
    {
        std::string name = parseIdentifierName();
        expectToken(TokenType::Equals, "Equals");
        settings->changes.emplace_back(std::move(name), parseLiteralValue());
    } while (tryToken(TokenType::Comma, "Comma"));
    return settings;
}
}
