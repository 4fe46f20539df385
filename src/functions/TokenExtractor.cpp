#include "functions/TokenExtractor.h"

namespace datastore::functions
{
std::vector<std::string> TokenExtractor::substringTokens(std::string_view text, bool is_prefix, bool is_suffix) const
{
    std::vector<std::string> tokens;
    forEachToken(text, [&](std::string_view token)
    {
        if (ngram_size)
        {
            tokens.emplace_back(token);
            return;
        }
        /// A token at an open end of `text` may continue in the value beyond it.
        size_t begin = static_cast<size_t>(token.data() - text.data());
        bool is_whole_left = begin > 0 || is_prefix;
        bool is_whole_right = begin + token.size() < text.size() || is_suffix;
        if (is_whole_left && is_whole_right)
            tokens.emplace_back(token);
    });
    return tokens;
}

std::vector<std::string> TokenExtractor::likeTokens(std::string_view pattern) const
{
    std::vector<std::string> tokens;
    std::string piece;
    bool is_piece_prefix = true;
    auto finish_piece = [&](bool is_suffix)
    {
        for (auto & token : substringTokens(piece, is_piece_prefix, is_suffix))
            tokens.push_back(std::move(token));
        piece.clear();
    };
    for (size_t i = 0; i < pattern.size(); ++i)
    {
        char c = pattern[i];
        if (c == '%' || c == '_')
        {
            finish_piece(false);
            is_piece_prefix = false;
        }
        else if (c == '\\' && i + 1 < pattern.size())
            piece += pattern[++i];
        else
            piece += c;
    }
    finish_piece(true);
    return tokens;
}
}
