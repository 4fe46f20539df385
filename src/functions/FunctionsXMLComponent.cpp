// encodeXMLComponent(s) escapes < > & " ' as XML entities; decodeXMLComponent(s) turns those
// five entities and numeric references (&#N; and &#xH;, up to U+10FFFF) back into UTF-8 and
// leaves anything else that starts with '&' as it is.
#include <optional>

#include "functions/FunctionHelpers.h"
#include "functions/StringRows.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
/// "&#x10FFFF;" with some leading zeros to spare.
constexpr size_t max_reference_size = 32;

constexpr std::pair<char, std::string_view> xml_entities[] = {
    {'<', "&lt;"}, {'>', "&gt;"}, {'&', "&amp;"}, {'"', "&quot;"}, {'\'', "&apos;"}};

void appendUTF8(PodArray<char> & out, UInt32 code)
{
    if (code < 0x80)
        out.push_back(static_cast<char>(code));
    else if (code < 0x800)
    {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    else if (code < 0x10000)
    {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    else
    {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

/// The code point of "#123" or "#x7B" (the text between '&' and ';'), if it is one.
std::optional<UInt32> numericReference(std::string_view reference)
{
    if (reference.size() < 2 || reference[0] != '#')
        return std::nullopt;
    bool is_hex = reference[1] == 'x' || reference[1] == 'X';
    std::string_view digits = reference.substr(is_hex ? 2 : 1);
    if (digits.empty())
        return std::nullopt;
    UInt32 code = 0;
    for (char c : digits)
    {
        int digit = c >= '0' && c <= '9' ? c - '0' : is_hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : is_hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0)
            return std::nullopt;
        code = code * (is_hex ? 16 : 10) + static_cast<UInt32>(digit);
        if (code > 0x10FFFF)
            return std::nullopt;
    }
    return code;
}

class FunctionXMLComponent final : public IFunction
{
public:
    explicit FunctionXMLComponent(bool decode_) : decode(decode_) {}
    std::string getName() const override { return decode ? "decodeXMLComponent" : "encodeXMLComponent"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(), getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        StringRows strings(*arguments[0].column);
        return buildStringColumn(rows, [&](size_t row, auto & chars)
        {
            if (decode)
                decodeInto(chars, strings.at(row));
            else
                encodeInto(chars, strings.at(row));
        });
    }

private:
    static void encodeInto(PodArray<char> & out, std::string_view s)
    {
        for (char c : s)
        {
            std::string_view entity;
            for (const auto & [character, text] : xml_entities)
                if (c == character)
                    entity = text;
            if (entity.empty())
                out.push_back(c);
            else
                out.insert(entity.begin(), entity.end());
        }
    }

    static void decodeInto(PodArray<char> & out, std::string_view s)
    {
        for (size_t i = 0; i < s.size();)
        {
            /// References are short: looking a bounded way ahead keeps text full of '&' linear.
            size_t end = s[i] == '&' ? s.substr(0, i + max_reference_size).find(';', i) : std::string_view::npos;
            if (end == std::string_view::npos)
            {
                out.push_back(s[i++]);
                continue;
            }
            std::string_view reference = s.substr(i, end + 1 - i);
            bool decoded = false;
            for (const auto & [character, text] : xml_entities)
                if (reference == text)
                {
                    out.push_back(character);
                    decoded = true;
                }
            if (!decoded)
                if (auto code = numericReference(reference.substr(1, reference.size() - 2)))
                {
                    appendUTF8(out, *code);
                    decoded = true;
                }
            /// An unknown reference keeps its '&' and is read on from the next byte.
            if (decoded)
                i = end + 1;
            else
                out.push_back(s[i++]);
        }
    }

    bool decode;
};
}

void registerFunctionsXMLComponent(FunctionFactory & factory)
{
    factory.registerFunction("encodeXMLComponent", makeCreator<FunctionXMLComponent>(false));
    factory.registerFunction("decodeXMLComponent", makeCreator<FunctionXMLComponent>(true));
}
}
