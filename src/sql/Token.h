// A token of ClickHouse's SQL dialect: its kind and the byte range it covers in the query text.
// Produced by Lexer; the parser works on these and reports errors at their positions.
#pragma once

#include <cstddef>
#include <string_view>

namespace datastore::sql
{
enum class TokenType
{
    BareWord,
    Number,
    StringLiteral,
    QuotedIdentifier,
    OpeningRoundBracket,
    ClosingRoundBracket,
    OpeningSquareBracket,
    ClosingSquareBracket,
    OpeningCurlyBrace,
    ClosingCurlyBrace,
    Comma,
    Semicolon,
    Dot,
    Asterisk,
    Plus,
    Minus,
    Slash,
    Percent,
    Arrow,
    QuestionMark,
    Colon,
    DoubleColon,
    Equals,
    NotEquals,
    Less,
    Greater,
    LessOrEquals,
    GreaterOrEquals,
    Concatenation,
    EndOfStream,
    /// Anything the lexer could not read: an unterminated string or comment, a stray byte.
    Error,
};

struct Token
{
    TokenType type = TokenType::EndOfStream;
    /// Byte offsets of the token in the query text: [begin, end).
    size_t begin = 0;
    size_t end = 0;

    bool isEnd() const { return type == TokenType::EndOfStream; }
    bool isError() const { return type == TokenType::Error; }
};
}
