// ClickHouse's lexical rules: word characters, numbers with 0x/0b prefixes and exponents,
// '' and `` quoting with backslash escapes, and the operator set of the dialect.
#include "sql/Lexer.h"

namespace datastore::sql
{
namespace
{
bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
}

bool Lexer::skipWhitespaceAndComments()
{
    while (pos < text.size())
    {
        char c = text[pos];
        if (isSpace(c))
            ++pos;
        else if (c == '#' || (c == '-' && pos + 1 < text.size() && text[pos + 1] == '-'))
        {
            while (pos < text.size() && text[pos] != '\n')
                ++pos;
        }
        else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '*')
        {
            /// Multi-line comments nest in ClickHouse.
            size_t depth = 1;
            pos += 2;
            while (pos < text.size() && depth)
            {
                if (text.compare(pos, 2, "/*") == 0)
                    ++depth, pos += 2;
                else if (text.compare(pos, 2, "*/") == 0)
                    --depth, pos += 2;
                else
                    ++pos;
            }
            if (depth)
                return false;
        }
        else
            break;
    }
    return true;
}

Token Lexer::readQuoted(char quote, TokenType type)
{
    size_t begin = pos++;
    while (pos < text.size())
    {
        char c = text[pos];
        if (c == '\\' && pos + 1 < text.size())
            pos += 2;
        else if (c == quote)
        {
            /// A doubled quote stands for one quote character.
            if (pos + 1 < text.size() && text[pos + 1] == quote)
                pos += 2;
            else
            {
                ++pos;
                return make(type, begin);
            }
        }
        else
            ++pos;
    }
    pos = text.size();
    return make(TokenType::Error, begin);
}

Token Lexer::readNumber()
{
    size_t begin = pos;
    if (text[pos] == '0' && pos + 2 < text.size() && (text[pos + 1] == 'x' || text[pos + 1] == 'X') && isHexDigit(text[pos + 2]))
    {
        pos += 2;
        while (pos < text.size() && isHexDigit(text[pos]))
            ++pos;
    }
    else if (text[pos] == '0' && pos + 2 < text.size() && (text[pos + 1] == 'b' || text[pos + 1] == 'B') && (text[pos + 2] == '0' || text[pos + 2] == '1'))
    {
        pos += 2;
        while (pos < text.size() && (text[pos] == '0' || text[pos] == '1'))
            ++pos;
    }
    else
    {
        while (pos < text.size() && isDigit(text[pos]))
            ++pos;
        if (pos < text.size() && text[pos] == '.')
        {
            ++pos;
            while (pos < text.size() && isDigit(text[pos]))
                ++pos;
        }
        if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E'))
        {
            size_t exponent = pos + 1;
            if (exponent < text.size() && (text[exponent] == '+' || text[exponent] == '-'))
                ++exponent;
            if (exponent < text.size() && isDigit(text[exponent]))
            {
                pos = exponent;
                while (pos < text.size() && isDigit(text[pos]))
                    ++pos;
            }
        }
    }
    /// Word characters right after digits make the whole thing an identifier, as in `1st_place`.
    if (pos < text.size() && isWordChar(text[pos]) && text[begin] != '.')
    {
        while (pos < text.size() && isWordChar(text[pos]))
            ++pos;
        return make(TokenType::BareWord, begin);
    }
    return make(TokenType::Number, begin);
}

Token Lexer::nextToken()
{
    Token token;
    if (!skipWhitespaceAndComments())
        token = Token{TokenType::Error, pos, pos};
    else if (pos >= text.size())
        token = Token{TokenType::EndOfStream, pos, pos};
    else
    {
        size_t begin = pos;
        char c = text[pos];
        auto next_is = [&](char n) { return pos + 1 < text.size() && text[pos + 1] == n; };
        auto single = [&](TokenType type)
        {
            ++pos;
            return make(type, begin);
        };
        auto twice = [&](TokenType type)
        {
            pos += 2;
            return make(type, begin);
        };
        /// `t.1` is a tuple access, `.5` after an operator is a number.
        bool after_operand = previous == TokenType::BareWord || previous == TokenType::QuotedIdentifier || previous == TokenType::Number
            || previous == TokenType::ClosingRoundBracket || previous == TokenType::ClosingSquareBracket;

        if (isDigit(c) || (c == '.' && !after_operand && pos + 1 < text.size() && isDigit(text[pos + 1])))
            token = readNumber();
        else if (isWordChar(c))
        {
            while (pos < text.size() && isWordChar(text[pos]))
                ++pos;
            token = make(TokenType::BareWord, begin);
        }
        else
        {
            switch (c)
            {
                case '\'': token = readQuoted('\'', TokenType::StringLiteral); break;
                case '"': token = readQuoted('"', TokenType::QuotedIdentifier); break;
                case '`': token = readQuoted('`', TokenType::QuotedIdentifier); break;
                case '(': token = single(TokenType::OpeningRoundBracket); break;
                case ')': token = single(TokenType::ClosingRoundBracket); break;
                case '[': token = single(TokenType::OpeningSquareBracket); break;
                case ']': token = single(TokenType::ClosingSquareBracket); break;
                case '{': token = single(TokenType::OpeningCurlyBrace); break;
                case '}': token = single(TokenType::ClosingCurlyBrace); break;
                case ',': token = single(TokenType::Comma); break;
                case ';': token = single(TokenType::Semicolon); break;
                case '.': token = single(TokenType::Dot); break;
                case '*': token = single(TokenType::Asterisk); break;
                case '+': token = single(TokenType::Plus); break;
                case '-': token = next_is('>') ? twice(TokenType::Arrow) : single(TokenType::Minus); break;
                case '/': token = single(TokenType::Slash); break;
                case '%': token = single(TokenType::Percent); break;
                case '?': token = single(TokenType::QuestionMark); break;
                case ':': token = next_is(':') ? twice(TokenType::DoubleColon) : single(TokenType::Colon); break;
                case '=': token = next_is('=') ? twice(TokenType::Equals) : single(TokenType::Equals); break;
                case '!': token = next_is('=') ? twice(TokenType::NotEquals) : single(TokenType::Error); break;
                case '<':
                    if (next_is('='))
                        token = twice(TokenType::LessOrEquals);
                    else if (next_is('>'))
                        token = twice(TokenType::NotEquals);
                    else
                        token = single(TokenType::Less);
                    break;
                case '>': token = next_is('=') ? twice(TokenType::GreaterOrEquals) : single(TokenType::Greater); break;
                case '|': token = next_is('|') ? twice(TokenType::Concatenation) : single(TokenType::Error); break;
                default: token = single(TokenType::Error); break;
            }
        }
    }
    previous = token.type;
    return token;
}

std::vector<Token> Lexer::tokenize(std::string_view text)
{
    Lexer lexer(text);
    std::vector<Token> tokens;
    while (true)
    {
        tokens.push_back(lexer.nextToken());
        if (tokens.back().isEnd() || tokens.back().isError())
            return tokens;
    }
}
}
