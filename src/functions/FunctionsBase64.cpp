// base64Encode, base64Decode and tryBase64Decode with the standard alphabet and '=' padding,
// as ClickHouse: decoding wants whole padded quartets; bad input is INCORRECT_DATA for
// base64Decode and an empty string for tryBase64Decode.
#include <array>

#include "columns/ColumnString.h"
#include "functions/FunctionHelpers.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"

namespace datastore::functions
{
namespace
{
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<Int8, 256> decodingTable()
{
    std::array<Int8, 256> table{};
    for (auto & value : table)
        value = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<UInt8>(kAlphabet[i])] = static_cast<Int8>(i);
    return table;
}

void encode(std::string_view in, std::string & out)
{
    out.clear();
    size_t i = 0;
    for (; i + 3 <= in.size(); i += 3)
    {
        UInt32 bits = (UInt32(UInt8(in[i])) << 16) | (UInt32(UInt8(in[i + 1])) << 8) | UInt8(in[i + 2]);
        out += kAlphabet[bits >> 18];
        out += kAlphabet[(bits >> 12) & 63];
        out += kAlphabet[(bits >> 6) & 63];
        out += kAlphabet[bits & 63];
    }
    if (size_t rest = in.size() - i)
    {
        UInt32 bits = UInt32(UInt8(in[i])) << 16;
        if (rest == 2)
            bits |= UInt32(UInt8(in[i + 1])) << 8;
        out += kAlphabet[bits >> 18];
        out += kAlphabet[(bits >> 12) & 63];
        out += rest == 2 ? kAlphabet[(bits >> 6) & 63] : '=';
        out += '=';
    }
}

/// False for characters outside the alphabet and for input not padded to whole quartets.
bool decode(std::string_view in, std::string & out)
{
    static constexpr auto table = decodingTable();
    out.clear();
    if (in.size() % 4 != 0)
        return false;
    size_t end = in.size();
    while (end > 0 && in.size() - end < 2 && in[end - 1] == '=')
        --end;
    UInt32 bits = 0;
    int count = 0;
    for (size_t i = 0; i < end; ++i)
    {
        Int8 value = table[static_cast<UInt8>(in[i])];
        if (value < 0)
            return false;
        bits = (bits << 6) | UInt32(value);
        if (++count == 4)
        {
            out += static_cast<char>(bits >> 16);
            out += static_cast<char>(bits >> 8);
            out += static_cast<char>(bits);
            bits = 0;
            count = 0;
        }
    }
    if (count == 1)
        return false;
    if (count == 2)
        out += static_cast<char>(bits >> 4);
    if (count == 3)
    {
        out += static_cast<char>(bits >> 10);
        out += static_cast<char>(bits >> 2);
    }
    return true;
}

class FunctionBase64 final : public IFunction
{
public:
    enum class Kind
    {
        Encode,
        Decode,
        TryDecode,
    };
    FunctionBase64(std::string name_, Kind kind_) : name(std::move(name_)), kind(kind_) {}
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto result = ColumnString::create();
        std::string row;
        forEachValueBytes(
            *column,
            [&](size_t, const char * data, size_t size)
            {
                std::string_view value(data, size);
                if (kind == Kind::Encode)
                    encode(value, row);
                else if (!decode(value, row))
                {
                    if (kind == Kind::Decode)
                        throw Exception(ErrorCodes::INCORRECT_DATA, "Invalid {} value ({}), cannot be decoded", name, value);
                    row.clear();
                }
                result->insertData(row);
            });
        return result;
    }

private:
    std::string name;
    Kind kind;
};
}

void registerFunctionsBase64(FunctionFactory & factory)
{
    using Kind = FunctionBase64::Kind;
    factory.registerFunction("base64Encode", makeCreator<FunctionBase64>(std::string("base64Encode"), Kind::Encode));
    factory.registerFunction("base64Decode", makeCreator<FunctionBase64>(std::string("base64Decode"), Kind::Decode));
    factory.registerFunction("tryBase64Decode", makeCreator<FunctionBase64>(std::string("tryBase64Decode"), Kind::TryDecode));
    factory.registerAlias("TO_BASE64", "base64Encode", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerAlias("FROM_BASE64", "base64Decode", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
