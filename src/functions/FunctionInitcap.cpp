// initcap(s) and initcapUTF8(s): the first letter of each word upper case, the others lower
// case; a word is a run of letters and digits. initcap sees ASCII only (other bytes separate
// words); initcapUTF8 counts letters of other scripts too and maps the cased two-byte ones.
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/UnicodeCase.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
bool isAsciiAlphanumeric(UInt8 c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Non-ASCII code points that are punctuation or symbols rather than letters: Latin-1's
/// signs (but ª, µ, º), × and ÷, general punctuation and CJK punctuation.
bool isNonAsciiSeparator(UInt32 c)
{
    return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F)
        || (c >= 0x3000 && c <= 0x303F);
}

class FunctionInitcap final : public IFunction
{
public:
    explicit FunctionInitcap(bool is_utf8_) : is_utf8(is_utf8_) {}
    std::string getName() const override { return is_utf8 ? "initcapUTF8" : "initcap"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkOneStringArgument(getName(), arguments);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringRows input(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
        {
            std::string_view s = input.at(row);
            size_t begin = chars.size();
            chars.insert(s.data(), s.data() + s.size());
            char * out = reinterpret_cast<char *>(chars.data()) + begin;
            if (is_utf8)
                capitalizeUTF8(out, s.size());
            else
                capitalizeASCII(out, s.size());
        });
    }

private:
    /// Maps one ASCII byte given whether a word goes on before it; returns whether it is in a word.
    static bool capitalizeASCIIByte(char & byte, bool in_word)
    {
        auto c = static_cast<UInt8>(byte);
        if (c >= 'a' && c <= 'z' && !in_word)
            byte = static_cast<char>(c - 32);
        else if (c >= 'A' && c <= 'Z' && in_word)
            byte = static_cast<char>(c + 32);
        return isAsciiAlphanumeric(c);
    }

    static void capitalizeASCII(char * s, size_t size)
    {
        bool in_word = false;
        for (size_t i = 0; i < size; ++i)
            in_word = capitalizeASCIIByte(s[i], in_word);
    }

    static void capitalizeUTF8(char * s, size_t size)
    {
        bool in_word = false;
        size_t pos = 0;
        while (pos < size)
        {
            auto c = static_cast<UInt8>(s[pos]);
            if (c < 0x80)
            {
                in_word = capitalizeASCIIByte(s[pos], in_word);
                ++pos;
                continue;
            }
            if ((c & 0xE0) == 0xC0 && pos + 1 < size && (static_cast<UInt8>(s[pos + 1]) & 0xC0) == 0x80)
            {
                /// Two-byte code points hold the cased scripts; map when the length stays the same.
                UInt32 code_point = ((c & 0x1FU) << 6) | (static_cast<UInt8>(s[pos + 1]) & 0x3FU);
                UInt32 mapped = in_word ? toLowerCodePoint(code_point) : toUpperCodePoint(code_point);
                if (mapped >= 0x80 && mapped < 0x800)
                {
                    s[pos] = static_cast<char>(0xC0 | (mapped >> 6));
                    s[pos + 1] = static_cast<char>(0x80 | (mapped & 0x3F));
                }
                in_word = !isNonAsciiSeparator(code_point);
                pos += 2;
                continue;
            }
            /// Longer sequences: letters of other scripts, or punctuation of the 0x2000 blocks.
            size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 1;
            UInt32 code_point = 0;
            if (length == 3 && pos + 2 < size)
                code_point = ((c & 0x0FU) << 12) | ((static_cast<UInt8>(s[pos + 1]) & 0x3FU) << 6) | (static_cast<UInt8>(s[pos + 2]) & 0x3FU);
            in_word = length > 1 && !isNonAsciiSeparator(code_point);
            pos += std::min(length, size - pos);
        }
    }

    bool is_utf8;
};
}

void registerFunctionsInitcap(FunctionFactory & factory)
{
    factory.registerFunction("initcap", makeCreator<FunctionInitcap>(false));
    factory.registerFunction("initcapUTF8", makeCreator<FunctionInitcap>(true));
}
}
