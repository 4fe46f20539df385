// How hasToken and the tokenbf_v1 / ngrambf_v1 indexes cut text: into tokens (maximal runs of
// ASCII letters and digits and of non-ASCII bytes, as ClickHouse's tokens) or into n-grams of
// bytes. Indexing takes every token of a value; a query asks which tokens any value meeting
// its condition (equality, LIKE, startsWith, a substring) must contain, so that a granule
// lacking one of them can be skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace datastore::functions
{
class TokenExtractor
{
public:
    /// ngram_size 0 cuts tokens, n cuts every n consecutive bytes.
    explicit TokenExtractor(size_t ngram_size_) : ngram_size(ngram_size_) {}

    static bool isTokenChar(char c)
    {
        auto byte = static_cast<unsigned char>(c);
        return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
    }

    /// Calls on_token(std::string_view) for every token (or n-gram) of a whole value.
    template <typename F>
    void forEachToken(std::string_view value, F && on_token) const
    {
        if (ngram_size)
        {
            for (size_t i = 0; i + ngram_size <= value.size(); ++i)
                on_token(value.substr(i, ngram_size));
            return;
        }
        size_t i = 0;
        while (i < value.size())
        {
            while (i < value.size() && !isTokenChar(value[i]))
                ++i;
            size_t begin = i;
            while (i < value.size() && isTokenChar(value[i]))
                ++i;
            if (i > begin)
                on_token(value.substr(begin, i - begin));
        }
    }

    /// The tokens of every value that holds `text` at some place: a token is known whole only
    /// where a separator (or the value's start for `is_prefix`, its end for `is_suffix`) bounds
    /// it inside `text`. N-grams need no bounds.
    std::vector<std::string> substringTokens(std::string_view text, bool is_prefix, bool is_suffix) const;

    /// The tokens of every value that matches the LIKE `pattern`: those of its fixed pieces
    /// between wildcards (`%`, `_`; `\` escapes), a piece being a prefix only at the pattern's
    /// start and a suffix only at its end.
    std::vector<std::string> likeTokens(std::string_view pattern) const;

private:
    size_t ngram_size;
};
}
