// Expressions with ClickHouse's operator priorities (lowest first): lambda ->, ternary ?:, OR, AND,
// NOT, BETWEEN, IS [NOT] NULL, comparisons/LIKE/IN, ||, + -, * / %, unary minus, then [] :: and .N.
// Operators become function calls under ClickHouse's names; constant arrays and tuples fold to literals.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

#include "sql/ASTAsterisk.h"
#include "sql/ASTColumnDeclaration.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIdentifier.h"
#include "sql/ASTLiteral.h"
#include "sql/ASTQualifiedAsterisk.h"
#include "sql/ASTQueryParameter.h"
#include "sql/ASTSubquery.h"
#include "sql/QueryParser.h"
#include "sql/formatAST.h"

namespace datastore::sql
{
namespace
{
/// Words that end an expression, so they cannot be an alias written without AS.
constexpr std::string_view restricted_alias_keywords[] = {
    "FROM", "FINAL", "SAMPLE", "ARRAY", "LEFT", "RIGHT", "INNER", "FULL", "CROSS", "JOIN", "GLOBAL", "ANY", "ALL", "ASOF", "SEMI",
    "ANTI", "ON", "USING", "PREWHERE", "WHERE", "GROUP", "WITH", "HAVING", "ORDER", "LIMIT", "OFFSET", "SETTINGS", "FORMAT",
    "UNION", "INTERSECT", "EXCEPT", "INTO", "WINDOW", "QUALIFY", "FETCH", "BY", "AND", "OR", "NOT", "AS", "ASC", "DESC",
    "ASCENDING", "DESCENDING", "NULLS", "COLLATE", "BETWEEN", "LIKE", "ILIKE", "IN", "IS", "WHEN", "THEN", "ELSE", "END",
    "PASTE", "OUTER", "LOCAL", "REGEXP", "MOD", "DIV", "VALUES", "SELECT", "TTL", "CODEC", "COMMENT", "DEFAULT",
    "MATERIALIZED", "ALIAS", "EPHEMERAL", "PARTITION", "PRIMARY", "ENGINE", "POPULATE", "TO", "DEDUPLICATE"};

bool isRestrictedAliasKeyword(std::string_view word)
{
    for (auto keyword : restricted_alias_keywords)
        if (word.size() == keyword.size()
            && std::equal(word.begin(), word.end(), keyword.begin(), [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; }))
            return true;
    return false;
}

std::string upper(std::string_view word)
{
    std::string result(word);
    for (auto & c : result)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

bool isPlainLiteral(const ASTPtr & node)
{
    const auto * literal = node->as<ASTLiteral>();
    return literal && literal->alias.empty();
}

/// `[1, 2]` and `(1, 'a')` of constants become a single literal, as ClickHouse folds them.
ASTPtr foldOrCall(const char * function, ASTs elements, bool is_tuple)
{
    bool all_literals = !elements.empty() || is_tuple;
    for (const auto & element : elements)
        all_literals = all_literals && isPlainLiteral(element);
    if (!all_literals)
        return makeASTFunction(function, std::move(elements));
    std::vector<Field> values;
    for (const auto & element : elements)
        values.push_back(element->as<ASTLiteral>()->value);
    if (is_tuple)
        return std::make_shared<ASTLiteral>(Field(Tuple(values.begin(), values.end())));
    return std::make_shared<ASTLiteral>(Field(Array(std::move(values))));
}

ASTPtr makeLiteral(Field value)
{
    return std::make_shared<ASTLiteral>(std::move(value));
}

/// `x -> body` and `(x, y) -> body` as lambda(tuple(x, y), body).
ASTPtr makeLambda(const ASTPtr & parameters, ASTPtr body)
{
    ASTs names;
    if (const auto * tuple = parameters->as<ASTFunction>(); tuple && tuple->name == "tuple")
        names = tuple->argumentList();
    else
        names.push_back(parameters);
    return makeASTFunction("lambda", {makeASTFunction("tuple", std::move(names)), std::move(body)});
}

/// a AND b AND c is one and(a, b, c), as ClickHouse merges chains of AND, OR and ||; only calls
/// built by the chain itself (`last_merged`) take more arguments, not `(a AND b)` or a BETWEEN.
ASTPtr mergeOrCall(const char * name, ASTPtr lhs, ASTPtr rhs, ASTPtr & last_merged)
{
    if (auto * function = lhs->as<ASTFunction>(); function && lhs == last_merged && function->name == name)
    {
        function->arguments->children.push_back(std::move(rhs));
        return lhs;
    }
    last_merged = makeASTFunction(name, {std::move(lhs), std::move(rhs)});
    return last_merged;
}

struct IntervalUnit
{
    std::string_view word;
    const char * function;
};

constexpr IntervalUnit interval_units[] = {
    {"NANOSECOND", "toIntervalNanosecond"}, {"MICROSECOND", "toIntervalMicrosecond"}, {"MILLISECOND", "toIntervalMillisecond"},
    {"SECOND", "toIntervalSecond"}, {"MINUTE", "toIntervalMinute"}, {"HOUR", "toIntervalHour"}, {"DAY", "toIntervalDay"},
    {"WEEK", "toIntervalWeek"}, {"MONTH", "toIntervalMonth"}, {"QUARTER", "toIntervalQuarter"}, {"YEAR", "toIntervalYear"}};

/// The interval unit a bare word names (DAY, days, SQL_TSI_DAY), case-insensitive; null if none.
const IntervalUnit * intervalUnitOf(const ASTPtr & ast)
{
    const auto * identifier = ast->as<ASTIdentifier>();
    if (!identifier || identifier->isCompound())
        return nullptr;
    std::string word = upper(identifier->shortName());
    if (word.rfind("SQL_TSI_", 0) == 0)
        word = word.substr(8);
    for (const auto & unit : interval_units)
        if (word == unit.word || word == std::string(unit.word) + "S")
            return &unit;
    return nullptr;
}

/// dateAdd(DAY, 1, d) and dateSub(DAY, 1, d) are d + INTERVAL 1 DAY and d - INTERVAL 1 DAY, and
/// dateAdd(d, INTERVAL 1 DAY) is their sum too; dateDiff(DAY, a, b) is dateDiff('day', a, b).
/// The unit is a keyword, as in ClickHouse's parser; other calls are returned unchanged.
ASTPtr rewriteCallWithUnitKeyword(const std::shared_ptr<ASTFunction> & function)
{
    std::string name = upper(function->name);
    const ASTs & arguments = function->argumentList();
    const bool is_add = name == "DATEADD" || name == "DATE_ADD" || name == "TIMESTAMPADD" || name == "TIMESTAMP_ADD";
    const bool is_sub = name == "DATESUB" || name == "DATE_SUB" || name == "TIMESTAMPSUB" || name == "TIMESTAMP_SUB";
    const bool is_diff = name == "DATEDIFF" || name == "DATE_DIFF" || name == "TIMESTAMPDIFF" || name == "TIMESTAMP_DIFF";
    if (function->parameters || (!is_add && !is_sub && !is_diff) || arguments.empty())
        return function;
    const IntervalUnit * unit = intervalUnitOf(arguments[0]);
    if (is_diff)
    {
        if (!unit)
            return function;
        std::string lower(unit->word);
        for (char & c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        ASTs rewritten = arguments;
        rewritten[0] = makeLiteral(Field(lower));
        return makeASTFunction("dateDiff", std::move(rewritten));
    }
    const char * operation = is_add ? "plus" : "minus";
    if (unit && arguments.size() == 3)
        return makeASTFunction(operation, {arguments[2], makeASTFunction(unit->function, {arguments[1]})});
    if (!unit && arguments.size() == 2)
        return makeASTFunction(operation, {arguments[0], arguments[1]});
    return function;
}
}

bool QueryParser::tryParseIdentifierName(std::string & name)
{
    const Token & token = peek();
    if (token.type == TokenType::BareWord)
        name = std::string(textOf(token));
    else if (token.type == TokenType::QuotedIdentifier)
        name = unquote(textOf(token));
    else
    {
        noteExpected("identifier");
        return false;
    }
    ++index;
    return true;
}

std::string QueryParser::parseIdentifierName()
{
    std::string name;
    if (!tryParseIdentifierName(name))
        fail();
    return name;
}

void QueryParser::parseTableName(std::string & database, std::string & table)
{
    table = parseIdentifierName();
    database.clear();
    if (peek().type == TokenType::Dot && (peek(1).type == TokenType::BareWord || peek(1).type == TokenType::QuotedIdentifier))
    {
        ++index;
        database = std::move(table);
        table = parseIdentifierName();
    }
}

ASTPtr QueryParser::parseStringLiteral()
{
    if (peek().type != TokenType::StringLiteral)
    {
        noteExpected("string literal");
        fail();
    }
    return makeLiteral(Field(unquote(textOf(tokens[index++]))));
}

Field QueryParser::parseLiteralValue()
{
    size_t value_index = index;
    ASTPtr value = parseExpression();
    const auto * literal = value->as<ASTLiteral>();
    if (!literal)
    {
        furthest_index = value_index;
        expected = {"literal"};
        fail();
    }
    return literal->value;
}

ASTPtr QueryParser::parseNumberLiteral(const Token & token, bool negative)
{
    std::string digits(textOf(token));
    auto parse_float = [&]
    {
        double value = std::strtod(digits.c_str(), nullptr);
        return makeLiteral(Field(negative ? -value : value));
    };
    int base = 10;
    size_t start = 0;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        base = 16, start = 2;
    else if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'b' || digits[1] == 'B'))
        base = 2, start = 2;
    else if (digits.find_first_of(".eE") != std::string::npos)
        return parse_float();

    UInt64 value = 0;
    for (size_t i = start; i < digits.size(); ++i)
    {
        char c = digits[i];
        UInt64 digit = c >= 'a' ? UInt64(c - 'a' + 10) : c >= 'A' ? UInt64(c - 'A' + 10) : UInt64(c - '0');
        if (value > (std::numeric_limits<UInt64>::max() - digit) / base)
        {
            /// Integers beyond UInt64 are read as Float64, as ClickHouse reads them.
            if (base != 10)
                return makeLiteral(Field(std::numeric_limits<double>::infinity()));
            return parse_float();
        }
        value = value * base + digit;
    }
    if (!negative)
        return makeLiteral(Field(value));
    if (value <= (UInt64(1) << 63))
        return makeLiteral(Field(static_cast<Int64>(0 - value)));
    return makeLiteral(Field(-static_cast<double>(value)));
}

bool QueryParser::tryParseAlias(std::string & alias, bool allow_bare_alias)
{
    if (tryKeyword("AS"))
    {
        alias = parseIdentifierName();
        return true;
    }
    const Token & token = peek();
    if (allow_bare_alias
        && (token.type == TokenType::QuotedIdentifier || (token.type == TokenType::BareWord && !isRestrictedAliasKeyword(textOf(token)))))
    {
        alias = parseIdentifierName();
        return true;
    }
    if (allow_bare_alias)
        noteExpected("alias");
    return false;
}

ASTPtr QueryParser::parseExpressionWithOptionalAlias(bool allow_bare_alias)
{
    ASTPtr expression = parseExpression();
    if (auto * with_alias = dynamic_cast<ASTWithAlias *>(expression.get()))
    {
        std::string alias;
        if (tryParseAlias(alias, allow_bare_alias))
            with_alias->alias = std::move(alias);
    }
    return expression;
}

ASTPtr QueryParser::parseExpressionList(bool allow_bare_alias)
{
    auto list = std::make_shared<ASTExpressionList>();
    do
        list->children.push_back(parseExpressionWithOptionalAlias(allow_bare_alias));
    while (tryToken(TokenType::Comma, "Comma"));
    return list;
}

ASTPtr QueryParser::parseExpression(int min_priority)
{
    ASTPtr lhs = parseUnary();
    ASTPtr last_merged;
    while (true)
    {
        TokenType type = peek().type;
        if (type == TokenType::OpeningSquareBracket)
        {
            ++index;
            ASTPtr subscript = parseExpression();
            expectToken(TokenType::ClosingSquareBracket, "ClosingSquareBracket");
            lhs = makeASTFunction("arrayElement", {lhs, subscript});
            continue;
        }
        if (type == TokenType::DoubleColon)
        {
            ++index;
            lhs = makeASTFunction("CAST", {lhs, makeLiteral(Field(parseDataType()))});
            continue;
        }
        if (type == TokenType::Dot && peek(1).type == TokenType::Number)
        {
            ++index;
            lhs = makeASTFunction("tupleElement", {lhs, parseNumberLiteral(tokens[index++], false)});
            continue;
        }
        if (type == TokenType::Dot && (peek(1).type == TokenType::BareWord || peek(1).type == TokenType::QuotedIdentifier))
        {
            ++index;
            lhs = makeASTFunction("tupleElement", {lhs, makeLiteral(Field(parseIdentifierName()))});
            continue;
        }
        noteExpected("token");
        noteExpected("DoubleColon");

        struct BinaryOperator
        {
            TokenType token;
            std::string_view keyword;
            const char * function;
            int priority;
        };
        static constexpr BinaryOperator binary_operators[] = {
            {TokenType::Asterisk, {}, "multiply", 12}, {TokenType::Slash, {}, "divide", 12}, {TokenType::Percent, {}, "modulo", 12},
            {TokenType::BareWord, "MOD", "modulo", 12}, {TokenType::BareWord, "DIV", "intDiv", 12},
            {TokenType::Plus, {}, "plus", 11}, {TokenType::Minus, {}, "minus", 11},
            {TokenType::Concatenation, {}, "concat", 10},
            {TokenType::Equals, {}, "equals", 9}, {TokenType::NotEquals, {}, "notEquals", 9},
            {TokenType::LessOrEquals, {}, "lessOrEquals", 9}, {TokenType::GreaterOrEquals, {}, "greaterOrEquals", 9},
            {TokenType::Less, {}, "less", 9}, {TokenType::Greater, {}, "greater", 9},
            {TokenType::BareWord, "NOT LIKE", "notLike", 9}, {TokenType::BareWord, "NOT ILIKE", "notILike", 9},
            {TokenType::BareWord, "LIKE", "like", 9}, {TokenType::BareWord, "ILIKE", "ilike", 9}, {TokenType::BareWord, "REGEXP", "match", 9},
            {TokenType::BareWord, "GLOBAL NOT IN", "globalNotIn", 9}, {TokenType::BareWord, "GLOBAL IN", "globalIn", 9},
            {TokenType::BareWord, "NOT IN", "notIn", 9}, {TokenType::BareWord, "IN", "in", 9},
            {TokenType::BareWord, "IS NOT NULL", "isNotNull", 8}, {TokenType::BareWord, "IS NULL", "isNull", 8},
            {TokenType::BareWord, "NOT BETWEEN", "notBetween", 6}, {TokenType::BareWord, "BETWEEN", "between", 6},
            {TokenType::BareWord, "AND", "and", 4}, {TokenType::BareWord, "OR", "or", 3},
        };

        const BinaryOperator * found = nullptr;
        for (const auto & op : binary_operators)
        {
            if (op.priority < min_priority)
                continue;
            bool matches = op.keyword.empty() ? type == op.token : tryKeyword(op.keyword);
            if (matches)
            {
                if (op.keyword.empty())
                    ++index;
                found = &op;
                break;
            }
        }
        if (found)
        {
            std::string_view name = found->function;
            if (name == "isNull" || name == "isNotNull")
                lhs = makeASTFunction(found->function, {lhs});
            else if (name == "between" || name == "notBetween")
            {
                ASTPtr low = parseExpression(found->priority + 1);
                expectKeyword("AND");
                ASTPtr high = parseExpression(found->priority + 1);
                if (name == "between")
                    lhs = makeASTFunction("and", {makeASTFunction("greaterOrEquals", {lhs, low}), makeASTFunction("lessOrEquals", {lhs->clone(), high})});
                else
                    lhs = makeASTFunction("or", {makeASTFunction("less", {lhs, low}), makeASTFunction("greater", {lhs->clone(), high})});
            }
            else if (name == "and" || name == "or" || name == "concat")
                lhs = mergeOrCall(found->function, lhs, parseExpression(found->priority + 1), last_merged);
            else
                lhs = makeASTFunction(found->function, {lhs, parseExpression(found->priority + 1)});
            continue;
        }
        if (min_priority <= 2 && tryToken(TokenType::QuestionMark, "QuestionMark"))
        {
            ASTPtr then_branch = parseExpression();
            expectToken(TokenType::Colon, "Colon");
            ASTPtr else_branch = parseExpression(2);
            lhs = makeASTFunction("if", {lhs, then_branch, else_branch});
            continue;
        }
        if (min_priority <= 1 && tryToken(TokenType::Arrow, "Arrow"))
        {
            lhs = makeLambda(lhs, parseExpression(1));
            continue;
        }
        return lhs;
    }
}

ASTPtr QueryParser::parseUnary()
{
    if (tryKeyword("NOT"))
        return makeASTFunction("not", {parseExpression(6)});
    if (peek().type == TokenType::Minus)
    {
        ++index;
        const Token & next = peek();
        if (next.type == TokenType::Number)
        {
            ++index;
            return parseNumberLiteral(next, true);
        }
        if (isKeyword(next, "inf") || isKeyword(next, "infinity"))
        {
            ++index;
            return makeLiteral(Field(-std::numeric_limits<double>::infinity()));
        }
        if (isKeyword(next, "nan"))
        {
            ++index;
            return makeLiteral(Field(-std::numeric_limits<double>::quiet_NaN()));
        }
        return makeASTFunction("negate", {parseExpression(13)});
    }
    return parsePrimary();
}

ASTPtr QueryParser::parsePrimary()
{
    const Token & token = peek();
    switch (token.type)
    {
        case TokenType::Number:
            ++index;
            return parseNumberLiteral(token, false);
        case TokenType::StringLiteral:
            return parseStringLiteral();
        case TokenType::OpeningRoundBracket:
            return parseParenthesized();
        case TokenType::OpeningSquareBracket:
            return parseArrayLiteral();
        case TokenType::Asterisk:
            ++index;
            return std::make_shared<ASTAsterisk>();
        case TokenType::OpeningCurlyBrace:
        {
            ++index;
            auto parameter = std::make_shared<ASTQueryParameter>();
            parameter->name = parseIdentifierName();
            expectToken(TokenType::Colon, "Colon");
            parameter->type = parseDataType();
            expectToken(TokenType::ClosingCurlyBrace, "ClosingCurlyBrace");
            return parameter;
        }
        case TokenType::BareWord:
        {
            if (isKeyword(token, "NULL"))
                return ++index, makeLiteral(Field());
            if (isKeyword(token, "TRUE") || isKeyword(token, "FALSE"))
                return ++index, makeLiteral(Field(isKeyword(token, "TRUE")));
            if (isKeyword(token, "inf") || isKeyword(token, "infinity"))
                return ++index, makeLiteral(Field(std::numeric_limits<double>::infinity()));
            if (isKeyword(token, "nan"))
                return ++index, makeLiteral(Field(std::numeric_limits<double>::quiet_NaN()));
            if (isKeyword(token, "CASE"))
                return parseCase();
            if (isKeyword(token, "CAST") && peek(1).type == TokenType::OpeningRoundBracket)
                return parseCast();
            if (isKeyword(token, "INTERVAL") && peek(1).type != TokenType::OpeningRoundBracket)
                return parseInterval();
            if ((isKeyword(token, "DATE") || isKeyword(token, "TIMESTAMP")) && peek(1).type == TokenType::StringLiteral)
            {
                const char * function = isKeyword(token, "DATE") ? "toDate" : "toDateTime";
                ++index;
                return makeASTFunction(function, {parseStringLiteral()});
            }
            return parseIdentifierOrFunction();
        }
        case TokenType::QuotedIdentifier:
            return parseIdentifierOrFunction();
        default:
            noteExpected("expression");
            fail();
    }
}

ASTPtr QueryParser::parseParenthesized()
{
    ++index;
    if (peekSelectStart())
    {
        auto subquery = std::make_shared<ASTSubquery>();
        subquery->select = parseSelectWithUnion();
        subquery->updateChildren();
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        return subquery;
    }
    if (tryToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket"))
        return makeLiteral(Field(Tuple()));
    ASTs elements;
    bool has_comma = false;
    while (true)
    {
        elements.push_back(parseExpressionWithOptionalAlias(false));
        if (!tryToken(TokenType::Comma, "Comma"))
            break;
        has_comma = true;
        if (peek().type == TokenType::ClosingRoundBracket)
            break;
    }
    expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
    if (elements.size() == 1 && !has_comma)
        return elements.front();
    return foldOrCall("tuple", std::move(elements), true);
}

ASTPtr QueryParser::parseArrayLiteral()
{
    ++index;
    ASTs elements;
    if (!tryToken(TokenType::ClosingSquareBracket, "ClosingSquareBracket"))
    {
        do
        {
            if (peek().type == TokenType::ClosingSquareBracket)
                break;
            elements.push_back(parseExpressionWithOptionalAlias(false));
        } while (tryToken(TokenType::Comma, "Comma"));
        expectToken(TokenType::ClosingSquareBracket, "ClosingSquareBracket");
    }
    if (elements.empty())
        return makeLiteral(Field(Array()));
    return foldOrCall("array", std::move(elements), false);
}

ASTPtr QueryParser::parseCase()
{
    ++index;
    ASTs arguments;
    bool with_expression = !peekKeyword("WHEN");
    if (with_expression)
        arguments.push_back(parseExpression());
    expectKeyword("WHEN");
    do
    {
        arguments.push_back(parseExpression());
        expectKeyword("THEN");
        arguments.push_back(parseExpression());
    } while (tryKeyword("WHEN"));
    arguments.push_back(tryKeyword("ELSE") ? parseExpression() : makeLiteral(Field()));
    expectKeyword("END");
    return makeASTFunction(with_expression ? "caseWithExpression" : "multiIf", std::move(arguments));
}

ASTPtr QueryParser::parseCast()
{
    index += 2;
    ASTPtr value = parseExpression();
    if (tryKeyword("AS"))
    {
        ASTPtr type = makeLiteral(Field(parseDataType()));
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        return makeASTFunction("CAST", {value, type});
    }
    expectToken(TokenType::Comma, "Comma");
    ASTPtr type = parseExpression();
    expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
    return makeASTFunction("CAST", {value, type});
}

ASTPtr QueryParser::parseInterval()
{
    ++index;
    /// INTERVAL '2 day' and INTERVAL '1 day 2 hour' (a tuple of intervals): units in the text.
    const bool unit_follows = peek(1).type == TokenType::BareWord
        && intervalUnitOf(std::make_shared<ASTIdentifier>(std::vector<std::string>{std::string(textOf(peek(1)))}));
    if (peek().type == TokenType::StringLiteral && !unit_follows)
    {
        std::string text = unquote(textOf(peek()));
        ASTs parts;
        std::istringstream words(text);
        std::string count;
        std::string word;
        while (words >> count)
        {
            const IntervalUnit * unit = nullptr;
            if (words >> word)
                unit = intervalUnitOf(std::make_shared<ASTIdentifier>(std::vector<std::string>{word}));
            char * end = nullptr;
            long long value = std::strtoll(count.c_str(), &end, 10);
            if (!unit || end == count.c_str() || *end != 0)
            {
                noteExpected("string literal with interval");
                fail();
            }
            parts.push_back(makeASTFunction(unit->function, {makeLiteral(Field(static_cast<Int64>(value)))}));
        }
        if (parts.empty())
        {
            noteExpected("string literal with interval");
            fail();
        }
        ++index;
        return parts.size() == 1 ? parts[0] : makeASTFunction("tuple", std::move(parts));
    }
    ASTPtr value = parseExpression(3);
    for (const auto & unit : interval_units)
    {
        std::string plural = std::string(unit.word) + "S";
        if (tryKeyword(unit.word) || tryKeyword(plural))
            return makeASTFunction(unit.function, {value});
    }
    fail();
}

ASTPtr QueryParser::parseIdentifierOrFunction()
{
    std::string name = parseIdentifierName();
    if (peek().type == TokenType::OpeningRoundBracket)
        return parseFunctionCall(std::move(name));
    std::vector<std::string> parts{std::move(name)};
    while (peek().type == TokenType::Dot)
    {
        if (peek(1).type == TokenType::Asterisk)
        {
            index += 2;
            auto asterisk = std::make_shared<ASTQualifiedAsterisk>();
            asterisk->qualifier = std::make_shared<ASTIdentifier>(std::move(parts));
            asterisk->updateChildren();
            return asterisk;
        }
        if (peek(1).type != TokenType::BareWord && peek(1).type != TokenType::QuotedIdentifier)
            break;
        ++index;
        parts.push_back(parseIdentifierName());
    }
    return std::make_shared<ASTIdentifier>(std::move(parts));
}

ASTPtr QueryParser::parseFunctionCall(std::string name)
{
    if (ASTPtr standard_form = tryParseStandardCallForm(name))
        return standard_form;
    auto parse_arguments = [&](bool allow_distinct)
    {
        expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
        auto list = std::make_shared<ASTExpressionList>();
        if (allow_distinct && tryKeyword("DISTINCT"))
            name += "Distinct";
        else if (allow_distinct)
            tryKeyword("ALL");
        if (peekKeyword("SELECT") || peekKeyword("WITH"))
        {
            /// exists(SELECT 1): a query as the only argument.
            auto subquery = std::make_shared<ASTSubquery>();
            subquery->select = parseSelectWithUnion();
            subquery->updateChildren();
            list->children.push_back(subquery);
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        }
        else if (!tryToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket"))
        {
            list->children = parseExpressionList(false)->children;
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        }
        return list;
    };
    auto function = std::make_shared<ASTFunction>();
    ASTPtr first = parse_arguments(true);
    if (peek().type == TokenType::OpeningRoundBracket)
    {
        function->parameters = first;
        first = parse_arguments(true);
    }
    function->name = std::move(name);
    function->arguments = first;
    /// f(x) FILTER (WHERE cond) is fIf(x, cond), as ClickHouse rewrites it.
    if (peekKeyword("FILTER") && peek(1).type == TokenType::OpeningRoundBracket)
    {
        tryKeyword("FILTER");
        expectToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket");
        expectKeyword("WHERE");
        /// count(*) FILTER (WHERE c) counts rows: countIf(c).
        auto & arguments = function->arguments->children;
        if (arguments.size() == 1 && arguments[0]->as<ASTAsterisk>())
            arguments.clear();
        arguments.push_back(parseExpression());
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        function->name += "If";
    }
    if (tryKeyword("OVER"))
    {
        function->is_window_function = true;
        if (peek().type == TokenType::OpeningRoundBracket)
            function->window_definition = parseWindowDefinition();
        else
            function->window_name = parseIdentifierName();
    }
    function->updateChildren();
    if (function->is_window_function)
        return function;
    return rewriteCallWithUnitKeyword(function);
}

ASTPtr QueryParser::parseDataTypeAST()
{
    std::string name = parseIdentifierName();
    /// Multi-word SQL type names keep their words: DOUBLE PRECISION, INT UNSIGNED, CHAR VARYING, ...
    for (std::string_view suffix : {"PRECISION", "UNSIGNED", "SIGNED", "VARYING"})
        if (tryKeyword(suffix))
            name += " " + upper(suffix);
    auto type = std::make_shared<ASTFunction>();
    type->name = std::move(name);
    if (tryToken(TokenType::OpeningRoundBracket, "OpeningRoundBracket"))
    {
        auto arguments = std::make_shared<ASTExpressionList>();
        if (!tryToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket"))
        {
            do
            {
                const Token & token = peek();
                bool is_name = token.type == TokenType::BareWord || token.type == TokenType::QuotedIdentifier;
                if (is_name && peek(1).type == TokenType::BareWord)
                {
                    /// A named element of Tuple(a UInt8) or Nested(a UInt8).
                    auto element = std::make_shared<ASTColumnDeclaration>();
                    element->name = parseIdentifierName();
                    element->type = parseDataTypeAST();
                    element->type_text = formatAST(*element->type);
                    element->updateChildren();
                    arguments->children.push_back(element);
                }
                else if (token.type == TokenType::BareWord && !isKeyword(token, "NULL") && peek(1).type != TokenType::Equals)
                    arguments->children.push_back(parseDataTypeAST());
                else
                    arguments->children.push_back(parseExpression());
            } while (tryToken(TokenType::Comma, "Comma"));
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        }
        type->arguments = arguments;
    }
    type->updateChildren();
    return type;
}

std::string QueryParser::parseDataType()
{
    return formatAST(*parseDataTypeAST());
}
}
