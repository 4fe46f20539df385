// The SQL-standard call forms ClickHouse accepts, written with keywords instead of commas:
// trim(BOTH|LEADING|TRAILING chars FROM s), substring(s FROM start [FOR length]),
// position(needle IN haystack) and extract(unit FROM date). Each becomes the plain call
// ClickHouse rewrites it to, so names and results match its own.
#include "sql/ASTFunction.h"
#include "sql/QueryParser.h"

namespace datastore::sql
{
namespace
{
std::string upperName(std::string_view word)
{
    std::string result(word);
    for (auto & c : result)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

/// extract(unit FROM d): the date part function of each unit ClickHouse 24.x names.
const char * extractFunctionOf(const std::string & unit)
{
    static constexpr std::pair<std::string_view, const char *> units[] = {
        {"SECOND", "toSecond"}, {"MINUTE", "toMinute"}, {"HOUR", "toHour"}, {"DAY", "toDayOfMonth"},
        {"WEEK", "toISOWeek"}, {"MONTH", "toMonth"}, {"QUARTER", "toQuarter"}, {"YEAR", "toYear"}};
    for (const auto & [word, function] : units)
        if (unit == word)
            return function;
    return nullptr;
}

const char * trimFunctionOf(const std::string & side)
{
    if (side == "BOTH")
        return "trimBoth";
    if (side == "LEADING")
        return "trimLeft";
    if (side == "TRAILING")
        return "trimRight";
    return nullptr;
}
}

ASTPtr QueryParser::tryParseStandardCallForm(const std::string & name)
{
    if (peek().type != TokenType::OpeningRoundBracket)
        return nullptr;
    const std::string upper = upperName(name);
    const Token word = peek(1);
    const bool word_then_more = word.type == TokenType::BareWord && peek(2).type != TokenType::ClosingRoundBracket
        && peek(2).type != TokenType::Comma && peek(2).type != TokenType::OpeningRoundBracket;

    if (upper == "TRIM" && word_then_more && trimFunctionOf(upperName(textOf(word))))
    {
        const char * function = trimFunctionOf(upperName(textOf(word)));
        index += 2;
        ASTPtr characters = parseExpression();
        expectKeyword("FROM");
        ASTPtr value = parseExpression();
        expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
        return makeASTFunction(function, {value, characters});
    }
    if (upper == "EXTRACT" && word.type == TokenType::BareWord && extractFunctionOf(upperName(textOf(word))))
    {
        const Token from = peek(2);
        if (from.type == TokenType::BareWord && isKeyword(from, "FROM"))
        {
            const char * function = extractFunctionOf(upperName(textOf(word)));
            index += 3;
            ASTPtr value = parseExpression();
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            return makeASTFunction(function, {value});
        }
        return nullptr;
    }
    if (upper != "SUBSTRING" && upper != "POSITION")
        return nullptr;

    /// Both forms start like an ordinary call; the keyword after the first argument tells them apart.
    const size_t start = index;
    ++index;
    if (upper == "POSITION")
    {
        /// Above IN's priority, so `IN` stays for this form instead of becoming the in() operator.
        ASTPtr needle = parseExpression(10);
        if (tryKeyword("IN"))
        {
            ASTPtr haystack = parseExpression();
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            return makeASTFunction("position", {haystack, needle});
        }
    }
    else
    {
        ASTPtr value = parseExpression();
        if (tryKeyword("FROM"))
        {
            ASTs arguments{value, parseExpression()};
            if (tryKeyword("FOR"))
                arguments.push_back(parseExpression());
            expectToken(TokenType::ClosingRoundBracket, "ClosingRoundBracket");
            return makeASTFunction("substring", std::move(arguments));
        }
    }
    index = start;
    return nullptr;
}
}
