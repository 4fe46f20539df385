// Token bookkeeping, ClickHouse-shaped syntax errors, statement dispatch and script splitting.
#include "sql/Parser.h"

#include <algorithm>

#include "base/Exception.h"
#include "sql/ASTInsertQuery.h"
#include "sql/QueryParser.h"

namespace datastore::sql
{
namespace
{
bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y)); });
}

const char * lexerErrorDescription(std::string_view token_text)
{
    if (token_text.empty())
        return "Multiline comment is not closed";
    switch (token_text.front())
    {
        case '\'': return "Single quoted string is not closed";
        case '`': return "Back quoted string is not closed";
        case '"': return "Double quoted string is not closed";
        case '!': return "Exclamation mark can only occur in != operator";
        case '|': return "Pipe symbol could only occur in || operator";
        default: return "Unrecognized token";
    }
}
}

std::string unquote(std::string_view quoted)
{
    std::string result;
    char quote = quoted.front();
    for (size_t i = 1; i + 1 < quoted.size(); ++i)
    {
        char c = quoted[i];
        if (c == quote && i + 2 < quoted.size() && quoted[i + 1] == quote)
        {
            result.push_back(quote);
            ++i;
        }
        else if (c == '\\' && i + 2 < quoted.size())
        {
            char next = quoted[++i];
            switch (next)
            {
                case 'n': result.push_back('\n'); break;
                case 't': result.push_back('\t'); break;
                case 'r': result.push_back('\r'); break;
                case 'b': result.push_back('\b'); break;
                case 'f': result.push_back('\f'); break;
                case 'a': result.push_back('\a'); break;
                case 'v': result.push_back('\v'); break;
                case 'e': result.push_back('\x1b'); break;
                case '0': result.push_back('\0'); break;
                case 'x':
                    if (i + 2 < quoted.size() - 1 && std::isxdigit(static_cast<unsigned char>(quoted[i + 1]))
                        && std::isxdigit(static_cast<unsigned char>(quoted[i + 2])))
                    {
                        result.push_back(static_cast<char>(std::stoi(std::string(quoted.substr(i + 1, 2)), nullptr, 16)));
                        i += 2;
                    }
                    else
                        result.push_back('x');
                    break;
                default:
                    /// An unknown escape keeps the escaped character, as ClickHouse does (\' \\ \" \`).
                    result.push_back(next);
            }
        }
        else
            result.push_back(c);
    }
    return result;
}

QueryParser::QueryParser(std::string_view text_, size_t max_query_size_) : text(text_), max_query_size(max_query_size_), lexer(text_)
{
}

Token QueryParser::peek(size_t ahead) const
{
    while (tokens.size() <= index + ahead)
    {
        if (!tokens.empty() && (tokens.back().isEnd() || tokens.back().isError()))
            return tokens.back();
        Token token = lexer.nextToken();
        if (token.end > max_query_size)
            token = Token{TokenType::Error, token.begin, token.end};
        tokens.push_back(token);
    }
    return tokens[index + ahead];
}

std::string_view QueryParser::textOf(const Token & token) const
{
    return tokenText(text, token);
}

bool QueryParser::isKeyword(const Token & token, std::string_view keyword) const
{
    return token.type == TokenType::BareWord && equalsIgnoreCase(textOf(token), keyword);
}

bool QueryParser::peekKeyword(std::string_view keywords) const
{
    size_t ahead = 0;
    size_t start = 0;
    while (start < keywords.size())
    {
        size_t space = keywords.find(' ', start);
        if (space == std::string_view::npos)
            space = keywords.size();
        if (!isKeyword(peek(ahead), keywords.substr(start, space - start)))
            return false;
        ++ahead;
        start = space + 1;
    }
    return true;
}

bool QueryParser::tryKeyword(std::string_view keywords)
{
    if (!peekKeyword(keywords))
    {
        noteExpected(keywords);
        return false;
    }
    index += static_cast<size_t>(std::count(keywords.begin(), keywords.end(), ' ')) + 1;
    return true;
}

void QueryParser::expectKeyword(std::string_view keywords)
{
    if (!tryKeyword(keywords))
        fail();
}

bool QueryParser::tryToken(TokenType type, const char * description)
{
    if (peek().type != type)
    {
        noteExpected(description);
        return false;
    }
    ++index;
    return true;
}

void QueryParser::expectToken(TokenType type, const char * description)
{
    if (!tryToken(type, description))
        fail();
}

void QueryParser::noteExpected(std::string_view description)
{
    if (index > furthest_index)
    {
        furthest_index = index;
        expected.clear();
    }
    if (index == furthest_index && std::find(expected.begin(), expected.end(), description) == expected.end())
        expected.emplace_back(description);
}

void QueryParser::failWith(size_t token_index, const std::string & description)
{
    index = token_index;
    const Token & token = peek();
    std::string_view shown = token.isEnd() ? std::string_view("end of query") : textOf(token);
    /// ClickHouse quotes at most 160 bytes of the rest of the query.
    constexpr size_t shown_rest_bytes = 160;
    std::string_view rest = text.substr(std::min(token.begin, text.size()));
    std::string_view rest_end = rest.size() > shown_rest_bytes ? "..." : ".";
    throw Exception(ErrorCodes::SYNTAX_ERROR, "Syntax error: failed at position {} ({}): {}{} {}", token.begin + 1, shown,
                    rest.substr(0, shown_rest_bytes), rest_end, description);
}

void QueryParser::fail()
{
    size_t at = furthest_index;
    index = at;
    const Token & token = peek();
    if (token.isError())
    {
        if (token.end > max_query_size)
            failWith(at, "Max query size exceeded");
        failWith(at, std::string(lexerErrorDescription(textOf(token))) + ".");
    }
    /// An unbalanced bracket explains a failure better than the list of what could follow.
    std::vector<size_t> open;
    for (index = 0; !peek().isEnd() && !peek().isError() && peek().type != TokenType::Semicolon; ++index)
    {
        TokenType type = peek().type;
        if (type == TokenType::OpeningRoundBracket || type == TokenType::OpeningSquareBracket)
            open.push_back(index);
        else if (type == TokenType::ClosingRoundBracket || type == TokenType::ClosingSquareBracket)
        {
            if (open.empty())
                failWith(index, "Unmatched parentheses: " + std::string(textOf(peek())) + ".");
            open.pop_back();
        }
    }
    if (!open.empty() && peek().isEnd())
        failWith(open.back(), "Unmatched parentheses: " + std::string(textOf(tokens[open.back()])) + ".");

    std::string description;
    if (expected.size() == 1)
        description = "Expected " + expected.front() + ".";
    else if (!expected.empty())
    {
        description = "Expected one of: ";
        for (size_t i = 0; i < expected.size(); ++i)
            description += (i ? ", " : "") + expected[i];
        description += ".";
    }
    failWith(at, description);
}

ASTPtr QueryParser::parseStatement()
{
    if (peek().isEnd())
        throw Exception(ErrorCodes::SYNTAX_ERROR, "Empty query");
    ASTPtr query = parseQueryBody();
    if (auto * insert = query->as<ASTInsertQuery>(); insert && insert->has_inline_data)
    {
        statement_end = insert->data_offset;
        return query;
    }
    tryToken(TokenType::Semicolon, "Semicolon");
    if (!peek().isEnd())
    {
        noteExpected("end of query");
        fail();
    }
    statement_end = index ? tokens[index - 1].end : 0;
    return query;
}

ASTPtr QueryParser::parseStandaloneExpression()
{
    ASTPtr expression = parseExpressionWithOptionalAlias(false);
    if (!peek().isEnd())
    {
        noteExpected("end of query");
        fail();
    }
    return expression;
}

std::string QueryParser::parseStandaloneDataType()
{
    std::string type = parseDataType();
    if (!peek().isEnd())
    {
        noteExpected("end of query");
        fail();
    }
    return type;
}

std::vector<std::pair<std::string, std::string>> QueryParser::parseStandaloneStructure()
{
    std::vector<std::pair<std::string, std::string>> columns;
    do
    {
        std::string name = parseIdentifierName();
        columns.emplace_back(std::move(name), parseDataType());
    } while (tryToken(TokenType::Comma, "Comma"));
    if (!peek().isEnd())
    {
        noteExpected("end of query");
        fail();
    }
    return columns;
}

ASTPtr parseQuery(std::string_view text, size_t max_query_size)
{
    QueryParser parser(text, max_query_size);
    return parser.parseStatement();
}

ASTPtr parseExpression(std::string_view text)
{
    QueryParser parser(text, text.size());
    return parser.parseStandaloneExpression();
}

std::string parseDataTypeText(std::string_view text)
{
    QueryParser parser(text, text.size());
    return parser.parseStandaloneDataType();
}

std::vector<std::pair<std::string, std::string>> parseStructure(std::string_view text)
{
    QueryParser parser(text, text.size());
    return parser.parseStandaloneStructure();
}

std::vector<std::string_view> splitMultipleQueries(std::string_view text, size_t max_query_size)
{
    std::vector<std::string_view> queries;
    size_t offset = 0;
    while (true)
    {
        std::string_view rest = text.substr(offset);
        Lexer probe(rest);
        Token first = probe.nextToken();
        while (first.type == TokenType::Semicolon)
            first = probe.nextToken();
        if (first.isEnd())
            return queries;
        rest = rest.substr(first.begin);
        offset += first.begin;

        /// Parse up to the first top-level ';' so that one statement's parser never sees the next.
        Lexer lexer(rest);
        size_t end = rest.size();
        size_t next = rest.size();
        bool is_insert_with_format = false;
        for (Token token = lexer.nextToken(); !token.isEnd() && !token.isError(); token = lexer.nextToken())
        {
            if (token.type == TokenType::Semicolon)
            {
                end = token.begin;
                next = token.end;
                break;
            }
            if (token.type == TokenType::BareWord && equalsIgnoreCase(tokenText(rest, token), "FORMAT")
                && equalsIgnoreCase(tokenText(rest, Lexer(rest).nextToken()), "INSERT"))
            {
                is_insert_with_format = true;
                break;
            }
        }
        if (is_insert_with_format)
        {
            /// Inline data after FORMAT runs to the end of the script.
            QueryParser parser(rest, max_query_size);
            parser.parseStatement();
            queries.push_back(rest);
            return queries;
        }
        std::string_view statement = rest.substr(0, end);
        QueryParser parser(statement, max_query_size);
        parser.parseStatement();
        while (!statement.empty() && std::isspace(static_cast<unsigned char>(statement.back())))
            statement.remove_suffix(1);
        queries.push_back(statement);
        offset += next;
    }
}
}
