// Token kinds and byte ranges produced by the SQL lexer.
#include <gtest/gtest.h>

#include "sql/Lexer.h"

using namespace datastore::sql;

namespace
{
std::vector<std::pair<TokenType, std::string>> lex(std::string_view text)
{
    std::vector<std::pair<TokenType, std::string>> result;
    for (const auto & token : Lexer::tokenize(text))
        result.emplace_back(token.type, std::string(tokenText(text, token)));
    return result;
}
}

TEST(LexerTest, WordsNumbersStrings)
{
    auto tokens = lex("SELECT x1, `a b`, \"c\", 1.5e10, 0x1F, 0b101, 'it''s', 'a\\'b'");
    std::vector<std::pair<TokenType, std::string>> expected = {
        {TokenType::BareWord, "SELECT"}, {TokenType::BareWord, "x1"}, {TokenType::Comma, ","},
        {TokenType::QuotedIdentifier, "`a b`"}, {TokenType::Comma, ","}, {TokenType::QuotedIdentifier, "\"c\""},
        {TokenType::Comma, ","}, {TokenType::Number, "1.5e10"}, {TokenType::Comma, ","}, {TokenType::Number, "0x1F"},
        {TokenType::Comma, ","}, {TokenType::Number, "0b101"}, {TokenType::Comma, ","}, {TokenType::StringLiteral, "'it''s'"},
        {TokenType::Comma, ","}, {TokenType::StringLiteral, "'a\\'b'"}, {TokenType::EndOfStream, ""}};
    EXPECT_EQ(tokens, expected);
}

TEST(LexerTest, Operators)
{
    std::vector<TokenType> types;
    for (const auto & token : Lexer::tokenize("+ - * / % || = == != <> < <= > >= ? : :: -> . ; ( ) [ ] { }"))
        types.push_back(token.type);
    std::vector<TokenType> expected = {
        TokenType::Plus, TokenType::Minus, TokenType::Asterisk, TokenType::Slash, TokenType::Percent, TokenType::Concatenation,
        TokenType::Equals, TokenType::Equals, TokenType::NotEquals, TokenType::NotEquals, TokenType::Less, TokenType::LessOrEquals,
        TokenType::Greater, TokenType::GreaterOrEquals, TokenType::QuestionMark, TokenType::Colon, TokenType::DoubleColon,
        TokenType::Arrow, TokenType::Dot, TokenType::Semicolon, TokenType::OpeningRoundBracket, TokenType::ClosingRoundBracket,
        TokenType::OpeningSquareBracket, TokenType::ClosingSquareBracket, TokenType::OpeningCurlyBrace, TokenType::ClosingCurlyBrace,
        TokenType::EndOfStream};
    EXPECT_EQ(types, expected);
}

TEST(LexerTest, CommentsAndPositions)
{
    std::string_view text = "SELECT -- note\n 1 # more\n /* block /* nested */ */ + 2";
    auto tokens = Lexer::tokenize(text);
    ASSERT_EQ(tokens.size(), 5u);
    EXPECT_EQ(tokens[1].type, TokenType::Number);
    EXPECT_EQ(tokens[1].begin, text.find('1'));
    EXPECT_EQ(tokens[2].type, TokenType::Plus);
    EXPECT_EQ(tokens[3].begin, text.size() - 1);
}

TEST(LexerTest, TupleAccessVersusFraction)
{
    auto tokens = lex("t.1 + .5");
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[1].first, TokenType::Dot);
    EXPECT_EQ(tokens[2], std::make_pair(TokenType::Number, std::string("1")));
    EXPECT_EQ(tokens[4], std::make_pair(TokenType::Number, std::string(".5")));
}

TEST(LexerTest, Errors)
{
    EXPECT_EQ(Lexer::tokenize("'abc").back().type, TokenType::Error);
    EXPECT_EQ(Lexer::tokenize("`abc").back().type, TokenType::Error);
    EXPECT_EQ(Lexer::tokenize("1 /* open").back().type, TokenType::Error);
    EXPECT_EQ(Lexer::tokenize("1 ! 2").back().type, TokenType::Error);
    EXPECT_EQ(Lexer::tokenize("a | b").back().type, TokenType::Error);
}
