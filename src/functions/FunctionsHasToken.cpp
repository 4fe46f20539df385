// hasToken(haystack, token) and hasTokenCaseInsensitive: whether the constant token occurs in
// the haystack as a whole token (bounded by separators or the string's ends), with the token
// rules of TokenExtractor, which the tokenbf_v1 index shares.
#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/TokenExtractor.h"
#include "functions/registerFunctions.h"

#include <algorithm>

namespace datastore::functions
{
namespace
{
char lowerASCII(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

class FunctionHasToken final : public IFunction
{
public:
    FunctionHasToken(std::string name_, bool is_case_insensitive_) : name(std::move(name_)), is_case_insensitive(is_case_insensitive_) {}
    std::string getName() const override { return name; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return { 1 }; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 2);
        for (size_t i = 0; i < 2; ++i)
            if (arguments[i].type->getTypeId() != TypeIndex::String)
            {
                if (arguments[i].type->getTypeId() == TypeIndex::FixedString)
                    throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Function '{}' doesn't support FixedString {} argument", name,
                                    i == 0 ? "haystack" : "needle");
                throwIllegalType(name, *arguments[i].type, i + 1);
            }
        if (arguments[1].column && arguments[1].column->isConst())
            checkNeedle(arguments[1].column->getDataAt(0));
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        checkConstantArgument(name, arguments[1], 1);
        std::string needle(arguments[1].column->getDataAt(0));
        checkNeedle(needle);
        if (is_case_insensitive)
            std::transform(needle.begin(), needle.end(), needle.begin(), lowerASCII);
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        const auto & haystack = arguments[0].column;
        if (haystack->isConst())
        {
            UInt8 found = hasToken(haystack->getDataAt(0), needle);
            std::fill(out.begin(), out.end(), found);
            return result;
        }
        const auto & strings = static_cast<const ColumnString &>(*haystack);
        const char * chars = strings.getChars().data();
        const auto & offsets = strings.getOffsets();
        UInt64 previous = 0;
        for (size_t row = 0; row < rows; ++row)
        {
            out[row] = hasToken(std::string_view(chars + previous, offsets[row] - previous), needle);
            previous = offsets[row];
        }
        return result;
    }

private:
    static void checkNeedle(std::string_view needle)
    {
        if (!std::all_of(needle.begin(), needle.end(), TokenExtractor::isTokenChar))
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Needle must not contain whitespace or separator characters");
    }

    bool hasToken(std::string_view text, std::string_view needle) const
    {
        if (needle.empty() || needle.size() > text.size())
            return false;
        for (size_t begin = 0; begin + needle.size() <= text.size(); ++begin)
        {
            /// Only a place where a token starts can hold the whole token.
            if (begin > 0 && TokenExtractor::isTokenChar(text[begin - 1]))
                continue;
            size_t end = begin + needle.size();
            if (end < text.size() && TokenExtractor::isTokenChar(text[end]))
                continue;
            bool is_equal = is_case_insensitive
                ? std::equal(needle.begin(), needle.end(), text.begin() + begin, [](char a, char b) { return a == lowerASCII(b); })
                : text.compare(begin, needle.size(), needle) == 0;
            if (is_equal)
                return true;
        }
        return false;
    }

    std::string name;
    bool is_case_insensitive;
};
}

void registerFunctionsHasToken(FunctionFactory & factory)
{
    factory.registerFunction("hasToken", makeCreator<FunctionHasToken>(std::string("hasToken"), false));
    factory.registerFunction("hasTokenCaseInsensitive", makeCreator<FunctionHasToken>(std::string("hasTokenCaseInsensitive"), true));
}
}
