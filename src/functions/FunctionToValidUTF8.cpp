// toValidUTF8(s): s with each run of bytes that are not valid UTF-8 (stray continuation bytes,
// overlong forms, surrogates, code points past U+10FFFF, cut sequences) replaced by one U+FFFD.
#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
/// Length of the valid UTF-8 sequence at s[pos], or 0 if none starts there.
size_t validSequenceLength(std::string_view s, size_t pos)
{
    auto byte = [&](size_t i) { return static_cast<UInt8>(s[i]); };
    UInt8 lead = byte(pos);
    if (lead < 0x80)
        return 1;
    size_t length;
    UInt8 low = 0x80;
    UInt8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
    {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80; /// no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF; /// no surrogates
    }
    else if (lead >= 0xF0 && lead <= 0xF4)
    {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF; /// nothing past U+10FFFF
    }
    else
        return 0;
    if (pos + length > s.size() || byte(pos + 1) < low || byte(pos + 1) > high)
        return 0;
    for (size_t i = 2; i < length; ++i)
        if ((byte(pos + i) & 0xC0) != 0x80)
            return 0;
    return length;
}

class FunctionToValidUTF8 final : public IFunction
{
public:
    std::string getName() const override { return "toValidUTF8"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkOneStringArgument(getName(), arguments);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        static constexpr std::string_view replacement = "\xEF\xBF\xBD";
        StringRows input(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, ColumnString::Chars & chars)
        {
            std::string_view s = input.at(row);
            size_t pos = 0;
            while (pos < s.size())
            {
                /// Copy the valid stretch whole, then replace the invalid run after it once.
                size_t start = pos;
                size_t length;
                while (pos < s.size() && (length = validSequenceLength(s, pos)) != 0)
                    pos += length;
                chars.insert(s.data() + start, s.data() + pos);
                if (pos == s.size())
                    break;
                while (pos < s.size() && validSequenceLength(s, pos) == 0)
                    ++pos;
                chars.insert(replacement.data(), replacement.data() + replacement.size());
            }
        });
    }
};
}

void registerFunctionToValidUTF8(FunctionFactory & factory)
{
    factory.registerFunction("toValidUTF8", makeCreator<FunctionToValidUTF8>());
}
}
