// TokenExtractor: the tokens and n-grams tokenbf_v1 / ngrambf_v1 index and look up, and which of
// a pattern's tokens are known whole (only those may be looked up without missing a match).
#include <gtest/gtest.h>

#include "functions/TokenExtractor.h"

using datastore::functions::TokenExtractor;
using Tokens = std::vector<std::string>;

namespace
{
Tokens allTokens(const TokenExtractor & extractor, std::string_view value)
{
    Tokens tokens;
    extractor.forEachToken(value, [&](std::string_view token) { tokens.emplace_back(token); });
    return tokens;
}
}

TEST(TokenExtractor, TokensAreRunsOfAlphanumericsAndNonASCII)
{
    TokenExtractor tokens(0);
    EXPECT_EQ(allTokens(tokens, "Hello, world! x_y 42"), (Tokens{ "Hello", "world", "x", "y", "42" }));
    EXPECT_EQ(allTokens(tokens, "  café-au-lait  "), (Tokens{ "café", "au", "lait" }));
    EXPECT_EQ(allTokens(tokens, "http://a.b/c?d=1"), (Tokens{ "http", "a", "b", "c", "d", "1" }));
    EXPECT_EQ(allTokens(tokens, ""), Tokens{});
    EXPECT_EQ(allTokens(tokens, std::string_view("ab\0\0", 4)), Tokens{ "ab" });
    EXPECT_EQ(allTokens(tokens, ".,;"), Tokens{});
}

TEST(TokenExtractor, NgramsAreBytes)
{
    TokenExtractor ngrams(3);
    EXPECT_EQ(allTokens(ngrams, "abcd"), (Tokens{ "abc", "bcd" }));
    EXPECT_EQ(allTokens(ngrams, "ab"), Tokens{});
    EXPECT_EQ(allTokens(ngrams, "a b"), Tokens{ "a b" });
    EXPECT_EQ(allTokens(ngrams, "é!"), Tokens{ "é!" });
}

TEST(TokenExtractor, SubstringTokensNeedBounds)
{
    TokenExtractor tokens(0);
    /// "foo bar baz" inside a value: foo may end a longer token, baz may go on.
    EXPECT_EQ(tokens.substringTokens("foo bar baz", false, false), Tokens{ "bar" });
    EXPECT_EQ(tokens.substringTokens("foo bar baz", true, false), (Tokens{ "foo", "bar" }));
    EXPECT_EQ(tokens.substringTokens("foo bar baz", false, true), (Tokens{ "bar", "baz" }));
    EXPECT_EQ(tokens.substringTokens("foo bar baz", true, true), (Tokens{ "foo", "bar", "baz" }));
    EXPECT_EQ(tokens.substringTokens(" foo ", false, false), Tokens{ "foo" });
    EXPECT_EQ(tokens.substringTokens("foo", false, false), Tokens{});
    TokenExtractor ngrams(2);
    EXPECT_EQ(ngrams.substringTokens("abc", false, false), (Tokens{ "ab", "bc" }));
}

TEST(TokenExtractor, LikeTokensComeFromFixedPieces)
{
    TokenExtractor tokens(0);
    EXPECT_EQ(tokens.likeTokens("%error code 42%"), Tokens{ "code" });
    EXPECT_EQ(tokens.likeTokens("error code%"), Tokens{ "error" });
    EXPECT_EQ(tokens.likeTokens("%code 42"), Tokens{ "42" });
    EXPECT_EQ(tokens.likeTokens("exact match"), (Tokens{ "exact", "match" }));
    /// `_` stands for any character, a letter too: the tokens beside it are not whole.
    EXPECT_EQ(tokens.likeTokens("% ab_cd %"), Tokens{});
    EXPECT_EQ(tokens.likeTokens("% ab %_ cd %"), (Tokens{ "ab", "cd" }));
    EXPECT_EQ(tokens.likeTokens("foo%"), Tokens{});
    /// Escaped wildcards are plain characters, here separators.
    EXPECT_EQ(tokens.likeTokens("a\\%b"), (Tokens{ "a", "b" }));
    EXPECT_EQ(tokens.likeTokens("%"), Tokens{});

    TokenExtractor ngrams(3);
    EXPECT_EQ(ngrams.likeTokens("%abcd%xy%"), (Tokens{ "abc", "bcd" }));
    EXPECT_EQ(ngrams.likeTokens("ab_cd"), Tokens{});
    EXPECT_EQ(ngrams.likeTokens("a\\_bc"), (Tokens{ "a_b", "_bc" }));
}
