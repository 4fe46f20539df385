// replaceRegexpOne / replaceRegexpAll(haystack, pattern, replacement) with RE2, as ClickHouse:
// \0..\9 in the replacement stand for the match and its groups, \\ for a backslash. A constant
// pattern is compiled once per block; a pattern column is recompiled only when it changes.
// '.' matches a line break too, and an empty pattern leaves the string as it is.
#include "columns/ColumnString.h"
#include "functions/FunctionFactory.h"
#include "functions/FunctionHelpers.h"
#include "functions/Regexps.h"
#include "functions/registerFunctions.h"

#include <re2/re2.h>

namespace datastore::functions
{
namespace
{
/// A replacement split into literal text and group references (group -1 = literal).
struct ReplacementPiece
{
    int group = -1;
    std::string_view literal;
};

void parseReplacement(std::string_view replacement, std::vector<ReplacementPiece> & pieces)
{
    pieces.clear();
    size_t literal_start = 0;
    for (size_t i = 0; i < replacement.size(); ++i)
    {
        if (replacement[i] != '\\' || i + 1 == replacement.size())
            continue;
        char next = replacement[i + 1];
        if (next >= '0' && next <= '9')
        {
            pieces.push_back({ -1, replacement.substr(literal_start, i - literal_start) });
            pieces.push_back({ next - '0', {} });
            literal_start = i + 2;
            ++i;
        }
        else if (next == '\\')
        {
            /// The first backslash ends the literal, the second starts the next one.
            pieces.push_back({ -1, replacement.substr(literal_start, i - literal_start) });
            literal_start = i + 1;
            ++i;
        }
    }
    pieces.push_back({ -1, replacement.substr(literal_start) });
}

template <bool replace_all> class FunctionReplaceRegexp final : public IFunction
{
public:
    std::string getName() const override { return replace_all ? "replaceRegexpAll" : "replaceRegexpOne"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 3);
        for (size_t i = 0; i < 3; ++i)
            if (!isStringOrFixedString(*arguments[i].type))
                throwIllegalType(getName(), *arguments[i].type, i + 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnString::create();
        result->reserve(rows);
        auto & chars = result->getChars();
        std::unique_ptr<RE2> regexp;
        std::string compiled_pattern;
        std::vector<ReplacementPiece> pieces;
        std::string parsed_replacement;
        std::vector<re2::StringPiece> groups;
        for (size_t row = 0; row < rows; ++row)
        {
            std::string_view haystack = arguments[0].column->getDataAt(row);
            std::string_view pattern = arguments[1].column->getDataAt(row);
            std::string_view replacement = arguments[2].column->getDataAt(row);
            if (!regexp || pattern != compiled_pattern)
            {
                compiled_pattern = pattern;
                regexp = compileReplacementPattern(compiled_pattern);
                parsed_replacement.clear();
                groups.resize(static_cast<size_t>(regexp->NumberOfCapturingGroups()) + 1);
            }
            if (pieces.empty() || replacement != parsed_replacement)
            {
                parsed_replacement = replacement;
                parseReplacement(parsed_replacement, pieces);
                for (const auto & piece : pieces)
                    if (piece.group >= static_cast<int>(groups.size()))
                        throw Exception(
                            ErrorCodes::BAD_ARGUMENTS,
                            "Id {} in replacement string is an invalid substitution, regexp has only {} capturing groups", piece.group,
                            groups.size() - 1);
            }
            /// An empty pattern replaces nothing (rather than every position).
            if (compiled_pattern.empty())
                chars.insert(haystack.data(), haystack.data() + haystack.size());
            else
                replace(haystack, *regexp, pieces, groups, chars);
            result->getOffsets().push_back(chars.size());
        }
        return result;
    }

private:
    /// An empty match copies one byte and moves past it, so the scan always advances.
    static void replace(
        std::string_view haystack, const RE2 & regexp, const std::vector<ReplacementPiece> & pieces, std::vector<re2::StringPiece> & groups,
        PodArray<char> & out)
    {
        re2::StringPiece input(haystack.data(), haystack.size());
        size_t pos = 0;
        while (pos <= haystack.size()
               && regexp.Match(input, pos, haystack.size(), RE2::UNANCHORED, groups.data(), static_cast<int>(groups.size())))
        {
            size_t match_begin = static_cast<size_t>(groups[0].data() - haystack.data());
            out.insert(haystack.data() + pos, haystack.data() + match_begin);
            for (const auto & piece : pieces)
            {
                if (piece.group < 0)
                    out.insert(piece.literal.data(), piece.literal.data() + piece.literal.size());
                else if (groups[static_cast<size_t>(piece.group)].data())
                    out.insert(
                        groups[static_cast<size_t>(piece.group)].data(),
                        groups[static_cast<size_t>(piece.group)].data() + groups[static_cast<size_t>(piece.group)].size());
            }
            pos = match_begin + groups[0].size();
            if (groups[0].empty())
            {
                if (pos < haystack.size())
                    out.push_back(haystack[pos]);
                ++pos;
            }
            if (!replace_all)
                break;
        }
        if (pos < haystack.size())
            out.insert(haystack.data() + pos, haystack.data() + haystack.size());
    }
};
}

void registerFunctionsReplaceRegexp(FunctionFactory & factory)
{
    factory.registerFunction("replaceRegexpOne", makeCreator<FunctionReplaceRegexp<false>>());
    factory.registerFunction("replaceRegexpAll", makeCreator<FunctionReplaceRegexp<true>>());
    factory.registerAlias("REGEXP_REPLACE", "replaceRegexpAll", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
