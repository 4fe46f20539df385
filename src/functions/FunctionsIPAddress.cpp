// IPv4NumToString(ClassC), IPv4StringToNum(OrNull|OrDefault), IPv6NumToString,
// IPv6StringToNum(OrNull|OrDefault), IPv4ToIPv6, cutIPv6, isIPv4String, isIPv6String and
// UUIDStringToNum/UUIDNumToString: addresses and UUIDs between their text and their numbers
// (UInt32 or IPv4 for IPv4, the 16 network-order bytes as FixedString(16) or IPv6 for IPv6
// and UUID). An IPv4 text read as IPv6 becomes ::ffff:a.b.c.d.
#include "columns/ColumnFixedString.h"
#include "columns/ColumnNullable.h"
#include "functions/CastColumn.h"
#include "functions/FunctionHelpers.h"
#include "functions/IPAddressArguments.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "io/IPAddressText.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeFixedString.h"

#include <cstring>

namespace datastore::functions
{
namespace
{
/// The failure policy of the StringToNum forms.
enum class OnError
{
    Throw,
    Null,
    Default,
};

/// IPv4NumToString, and IPv4NumToStringClassC, which hides the last part as "xxx".
class FunctionIPv4NumToString final : public IFunction
{
public:
    explicit FunctionIPv4NumToString(bool is_class_c_)
        : is_class_c(is_class_c_)
    {
    }
    std::string getName() const override { return is_class_c ? "IPv4NumToStringClassC" : "IPv4NumToString"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        checkIPv4Number(getName(), *arguments[0].type, "first ");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto values = numericOperand<UInt32>(arguments[0].column, arguments[0].type->getTypeId());
        auto result = ColumnString::create();
        char text[IPV4_MAX_TEXT_LENGTH];
        for (size_t i = 0; i < rows; ++i)
        {
            size_t length = formatIPv4(values.is_const ? values.constant : values.data[i], text);
            if (is_class_c)
            {
                length = std::string_view(text, length).rfind('.') + 1;
                std::memcpy(text + length, "xxx", 3);
                length += 3;
            }
            result->insertData(text, length);
        }
        return result;
    }

private:
    bool is_class_c;
};

/// IPv6NumToString and UUIDNumToString: 16 bytes to text.
class FunctionBytesToText final : public IFunction
{
public:
    explicit FunctionBytesToText(bool is_uuid_)
        : is_uuid(is_uuid_)
    {
    }
    std::string getName() const override { return is_uuid ? "UUIDNumToString" : "IPv6NumToString"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const IDataType & type = *arguments[0].type;
        if (!isIPv6Bytes(type) || (is_uuid && type.getTypeId() == TypeIndex::IPv6))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}, expected {} or FixedString(16)",
                arguments[0].type->getName(), getName(), is_uuid ? "UUID" : "IPv6");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto result = ColumnString::create();
        char text[IPV6_MAX_TEXT_LENGTH];
        forEachValueBytes(
            *column,
            [&](size_t, const char * data, size_t)
            {
                if (!is_uuid)
                {
                    result->insertData(text, formatIPv6(reinterpret_cast<const unsigned char *>(data), text));
                    return;
                }
                static constexpr char digits[] = "0123456789abcdef";
                std::string uuid;
                for (int i = 0; i < 16; ++i)
                {
                    if (i == 4 || i == 6 || i == 8 || i == 10)
                        uuid += '-';
                    uuid += digits[static_cast<UInt8>(data[i]) >> 4];
                    uuid += digits[static_cast<UInt8>(data[i]) & 15];
                }
                result->insertData(uuid);
            });
        return result;
    }

private:
    bool is_uuid;
};

/// IPv4ToIPv6: an IPv4 address as ::ffff:a.b.c.d, an IPv6 for an IPv4 and the bytes in a
/// FixedString(16) for a UInt32.
class FunctionIPv4ToIPv6 final : public IFunction
{
public:
    std::string getName() const override { return "IPv4ToIPv6"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        if (type != TypeIndex::UInt32 && type != TypeIndex::IPv4)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                getName());
        if (type == TypeIndex::IPv4)
            return typeByName("IPv6");
        return std::make_shared<DataTypeFixedString>(IPV6_BINARY_LENGTH);
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        /// A UInt32 column is an IPv4 column, and the IPv6 bytes are those of a FixedString(16).
        return castColumn(arguments[0].column, typeByName("IPv4"), typeByName("IPv6"));
    }
};

/// cutIPv6(address, bytes_for_ipv6, bytes_for_ipv4): the text of the address with its last
/// bytes zeroed, as many as the second argument says, or the third for ::ffff:a.b.c.d.
class FunctionCutIPv6 final : public IFunction
{
public:
    std::string getName() const override { return "cutIPv6"; }
    std::vector<size_t> getArgumentsThatAreAlwaysConstant() const override { return { 1, 2 }; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 3);
        if (!isIPv6Bytes(*arguments[0].type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument 1 of function {}, expected FixedString(16)",
                arguments[0].type->getName(), getName());
        for (size_t i = 1; i < 3; ++i)
            if (arguments[i].type->getTypeId() != TypeIndex::UInt8)
                throw Exception(
                    ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument {} of function {}, expected UInt8",
                    arguments[i].type->getName(), i + 1, getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        size_t cut_ipv6 = bytesToCut(arguments[1], 2);
        size_t cut_ipv4 = bytesToCut(arguments[2], 3);
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const auto * bytes = reinterpret_cast<const unsigned char *>(column->assertCast<ColumnFixedString>().getChars().data());
        static constexpr unsigned char ipv4_mapped_prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
        auto result = ColumnString::create();
        unsigned char address[IPV6_BINARY_LENGTH];
        char text[IPV6_MAX_TEXT_LENGTH];
        for (size_t i = 0; i < rows; ++i)
        {
            std::memcpy(address, bytes + i * IPV6_BINARY_LENGTH, IPV6_BINARY_LENGTH);
            size_t cut = isIPv4Mapped(address) ? cut_ipv4 : cut_ipv6;
            std::memset(address + IPV6_BINARY_LENGTH - cut, 0, cut);
            result->insertData(text, formatIPv6(address, text));
        }
        return result;
    }

private:
    size_t bytesToCut(const ColumnWithTypeAndName & argument, size_t position) const
    {
        if (!argument.column || !argument.column->isConst())
            throw Exception(ErrorCodes::ILLEGAL_COLUMN, "Argument at index {} for function {} must be constant", position - 1, getName());
        UInt64 bytes = (*argument.column)[0].get<UInt64>();
        if (bytes > IPV6_BINARY_LENGTH)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal value for argument {} {} of function {}", position, argument.type->getName(),
                getName());
        return bytes;
    }
};

/// isIPv4String, isIPv6String: whether a string is an address of that family (an IPv4
/// address is not an IPv6 string, although IPv6StringToNum reads it).
class FunctionIsIPString final : public IFunction
{
public:
    explicit FunctionIsIPString(bool is_ipv6_)
        : is_ipv6(is_ipv6_)
    {
    }
    std::string getName() const override { return is_ipv6 ? "isIPv6String" : "isIPv4String"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        if (arguments[0].type->getTypeId() != TypeIndex::String)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument of function {}", arguments[0].type->getName(),
                getName());
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        unsigned char bytes[IPV6_BINARY_LENGTH];
        UInt32 v4;
        forEachValueBytes(
            *arguments[0].column,
            [&](size_t i, const char * data, size_t size)
            {
                std::string_view text(data, size);
                out[i] = is_ipv6 ? text.find(':') != std::string_view::npos && parseIPv6(text, bytes)
                                 : parseIPv4(text, v4, IPv4Digits::Canonical);
            });
        return result;
    }

private:
    bool is_ipv6;
};

/// IPv4StringToNum (UInt32), IPv6StringToNum and UUIDStringToNum (FixedString(16)).
class FunctionTextToNum final : public IFunction
{
public:
    enum class Kind
    {
        IPv4,
        IPv6,
        UUID,
    };
    FunctionTextToNum(std::string name_, Kind kind_, OnError on_error_)
        : name(std::move(name_))
        , kind(kind_)
        , on_error(on_error_)
    {
    }
    std::string getName() const override { return name; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(name, arguments.size(), 1);
        if (!isStringOrFixedString(*arguments[0].type))
            throwIllegalType(name, *arguments[0].type, 1);
        DataTypePtr type = kind == Kind::IPv4 ? typeByName("UInt32") : std::make_shared<DataTypeFixedString>(16);
        return on_error == OnError::Null ? makeNullable(type) : type;
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto null_map = ColumnUInt8::create(rows, UInt8 { 0 });
        ColumnPtr values;
        if (kind == Kind::IPv4)
        {
            auto numbers = ColumnUInt32::create(rows);
            forEachValueBytes(
                *column,
                [&](size_t i, const char * data, size_t size)
                {
                    UInt32 value = 0;
                    if (!parseIPv4({ data, size }, value, IPv4Digits::Canonical))
                    {
                        value = 0;
                        fail(null_map->getData()[i], CANNOT_PARSE_IPV4_CODE);
                    }
                    numbers->getData()[i] = value;
                });
            values = numbers;
        }
        else
        {
            auto bytes = ColumnFixedString::create(16);
            auto & chars = bytes->getChars();
            chars.resize_fill(rows * 16, 0);
            forEachValueBytes(
                *column,
                [&](size_t i, const char * data, size_t size)
                {
                    auto * out = reinterpret_cast<unsigned char *>(chars.data() + i * 16);
                    bool parsed
                        = kind == Kind::IPv6 ? parseIPv6({ data, size }, out, IPv4Digits::Canonical) : parseUUID({ data, size }, out);
                    if (!parsed)
                    {
                        std::memset(out, 0, 16);
                        fail(null_map->getData()[i], kind == Kind::IPv6 ? CANNOT_PARSE_IPV6_CODE : CANNOT_PARSE_UUID_CODE);
                    }
                });
            values = bytes;
        }
        if (on_error == OnError::Null)
            return ColumnNullable::create(values, std::move(null_map));
        return values;
    }

private:
    static constexpr int CANNOT_PARSE_IPV4_CODE = ErrorCodes::CANNOT_PARSE_IPV4;
    static constexpr int CANNOT_PARSE_IPV6_CODE = ErrorCodes::CANNOT_PARSE_IPV6;
    static constexpr int CANNOT_PARSE_UUID_CODE = ErrorCodes::CANNOT_PARSE_UUID;

    void fail(UInt8 & is_null, int code) const
    {
        if (on_error == OnError::Throw)
        {
            std::string_view message = code == CANNOT_PARSE_IPV4_CODE ? "Invalid IPv4 value"
                : code == CANNOT_PARSE_IPV6_CODE                      ? "Invalid IPv6 value"
                                                                      : "Cannot parse uuid";
            throw Exception(code, "{}", message);
        }
        is_null = 1;
    }

    /// 32 hex digits with dashes after the 8th, 12th, 16th and 20th.
    static bool parseUUID(std::string_view text, unsigned char * bytes)
    {
        if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
            return false;
        size_t byte = 0;
        for (size_t i = 0; i < text.size(); i += 2)
        {
            if (text[i] == '-')
                ++i;
            int high = hexDigitValue(text[i]);
            int low = hexDigitValue(text[i + 1]);
            if (high < 0 || low < 0)
                return false;
            bytes[byte++] = static_cast<unsigned char>(high * 16 + low);
        }
        return byte == 16;
    }

    std::string name;
    Kind kind;
    OnError on_error;
};
}

void registerFunctionsIPAddress(FunctionFactory & factory)
{
    using Kind = FunctionTextToNum::Kind;
    factory.registerFunction("IPv4NumToString", makeCreator<FunctionIPv4NumToString>(false));
    factory.registerFunction("IPv4NumToStringClassC", makeCreator<FunctionIPv4NumToString>(true));
    factory.registerFunction("IPv4ToIPv6", makeCreator<FunctionIPv4ToIPv6>());
    factory.registerFunction("cutIPv6", makeCreator<FunctionCutIPv6>());
    factory.registerFunction("isIPv4String", makeCreator<FunctionIsIPString>(false));
    factory.registerFunction("isIPv6String", makeCreator<FunctionIsIPString>(true));
    factory.registerAlias("INET_NTOA", "IPv4NumToString", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("IPv6NumToString", makeCreator<FunctionBytesToText>(false));
    factory.registerFunction("UUIDNumToString", makeCreator<FunctionBytesToText>(true));
    const std::pair<const char *, OnError> policies[]
        = { { "", OnError::Throw }, { "OrNull", OnError::Null }, { "OrDefault", OnError::Default } };
    for (const auto & [suffix, policy] : policies)
    {
        factory.registerFunction(
            std::string("IPv4StringToNum") + suffix,
            makeCreator<FunctionTextToNum>(std::string("IPv4StringToNum") + suffix, Kind::IPv4, policy));
        factory.registerFunction(
            std::string("IPv6StringToNum") + suffix,
            makeCreator<FunctionTextToNum>(std::string("IPv6StringToNum") + suffix, Kind::IPv6, policy));
    }
    factory.registerFunction("UUIDStringToNum", makeCreator<FunctionTextToNum>(std::string("UUIDStringToNum"), Kind::UUID, OnError::Throw));
    factory.registerAlias("INET_ATON", "IPv4StringToNum", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerAlias("INET6_NTOA", "IPv6NumToString", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerAlias("INET6_ATON", "IPv6StringToNum", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
