#include "sql/normalizedQueryHash.h"

#include "base/SipHash.h"
#include "sql/Lexer.h"

namespace datastore::sql
{
namespace
{
bool isLiteral(TokenType type)
{
    return type == TokenType::Number || type == TokenType::StringLiteral;
}
}

UInt64 normalizedQueryHash(std::string_view query)
{
    SipHash hash;
    Lexer lexer(query);
    /// A literal, then `, literal` repeated: the repeats are one placeholder with the first.
    bool is_after_literal = false;
    bool is_comma_after_literal = false;
    for (Token token = lexer.nextToken(); !token.isEnd() && !token.isError(); token = lexer.nextToken())
    {
        if (isLiteral(token.type))
        {
            if (!is_comma_after_literal)
                hash.update("?", 1);
            is_after_literal = true;
            is_comma_after_literal = false;
            continue;
        }
        if (token.type == TokenType::Comma && is_after_literal)
        {
            is_comma_after_literal = true;
            is_after_literal = false;
            continue;
        }
        if (is_comma_after_literal)
            hash.update(",", 1);
        is_after_literal = is_comma_after_literal = false;
        auto text = tokenText(query, token);
        hash.update(text.data(), text.size());
        /// Tokens are hashed with a separator, so `ab c` and `a bc` differ.
        hash.update(" ", 1);
    }
    return hash.get64();
}
}
