// Splits query text into tokens, skipping whitespace and comments (-- ..., # ..., /* ... */).
// Strings and quoted identifiers are returned with their quotes; the parser unescapes them.
#pragma once

#include <string_view>
#include <vector>

#include "sql/Token.h"

namespace datastore::sql
{
class Lexer
{
public:
    explicit Lexer(std::string_view text_) : text(text_) { }

    /// The next significant token; EndOfStream at the end, Error for unreadable input.
    Token nextToken();

    /// All tokens up to and including EndOfStream or the first Error.
    static std::vector<Token> tokenize(std::string_view text);

private:
    Token make(TokenType type, size_t begin) const { return Token{type, begin, pos}; }
    bool skipWhitespaceAndComments();
    Token readQuoted(char quote, TokenType type);
    Token readNumber();

    std::string_view text;
    size_t pos = 0;
    TokenType previous = TokenType::EndOfStream;
};

/// The text a token covers.
inline std::string_view tokenText(std::string_view text, const Token & token)
{
    return text.substr(token.begin, token.end - token.begin);
}
}
