#include "functions/SQLJSONPath.h"

#include "base/Exception.h"

#include <charconv>

namespace datastore::functions
{
namespace
{
[[noreturn]] void throwUnparsable()
{
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unable to parse JSONPath");
}

/// A cursor over the path text; whitespace may stand between any two tokens.
class PathReader
{
public:
    explicit PathReader(std::string_view text_) : text(text_) {}

    bool atEnd()
    {
        skipSpaces();
        return pos == text.size();
    }

    bool skip(char c)
    {
        skipSpaces();
        if (pos == text.size() || text[pos] != c)
            return false;
        ++pos;
        return true;
    }

    bool skipWord(std::string_view word)
    {
        skipSpaces();
        if (text.substr(pos, word.size()) != word)
            return false;
        pos += word.size();
        return true;
    }

    bool atQuote()
    {
        skipSpaces();
        return pos < text.size() && (text[pos] == '"' || text[pos] == '\'');
    }

    /// A name in double or single quotes; a backslash keeps the character after it.
    std::string quoted()
    {
        char quote = text[pos++];
        std::string name;
        while (pos < text.size() && text[pos] != quote)
        {
            if (text[pos] == '\\' && pos + 1 < text.size())
                ++pos;
            name.push_back(text[pos++]);
        }
        if (pos == text.size())
            throwUnparsable();
        ++pos;
        return name;
    }

    /// A bare member name: ASCII letters, digits and '_'.
    std::string identifier()
    {
        skipSpaces();
        size_t start = pos;
        while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
            ++pos;
        if (pos == start)
            throwUnparsable();
        return std::string(text.substr(start, pos - start));
    }

    UInt64 number()
    {
        skipSpaces();
        UInt64 value = 0;
        auto [end, error] = std::from_chars(text.data() + pos, text.data() + text.size(), value);
        if (error == std::errc::result_out_of_range)
            throw Exception(ErrorCodes::BAD_GET, "Bad get: has Float64, requested UInt64");
        if (error != std::errc() || end == text.data() + pos)
            throwUnparsable();
        pos = end - text.data();
        return value;
    }

private:
    void skipSpaces()
    {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
            ++pos;
    }

    std::string_view text;
    size_t pos = 0;
};
}

SQLJSONPath::SQLJSONPath(std::string_view text)
{
    PathReader reader(text);
    if (!reader.skip('$'))
        throwUnparsable();
    while (!reader.atEnd())
    {
        Step step;
        if (reader.skip('.'))
            step.member = reader.atQuote() ? reader.quoted() : reader.identifier();
        else if (reader.skip('['))
        {
            if (reader.skip('*'))
                step.kind = Step::Kind::AllElements;
            else if (reader.atQuote())
                step.member = reader.quoted();
            else
            {
                step.kind = Step::Kind::Elements;
                do
                {
                    UInt64 begin = reader.number();
                    UInt64 end = begin + 1;
                    if (reader.skipWord("to"))
                    {
                        end = reader.number();
                        if (begin >= end)
                            throw Exception(
                                ErrorCodes::BAD_ARGUMENTS, "Start of range must be greater than end of range, however {} >= {}", begin, end);
                    }
                    step.ranges.emplace_back(begin, end);
                } while (reader.skip(','));
            }
            if (!reader.skip(']'))
                throwUnparsable();
        }
        else
            throwUnparsable();
        steps.push_back(std::move(step));
    }
}
}
