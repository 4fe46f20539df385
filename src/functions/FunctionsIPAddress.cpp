// IPv4NumToString, IPv4StringToNum(OrNull|OrDefault), IPv6NumToString, IPv6StringToNum
// (OrNull|OrDefault) and UUIDStringToNum/UUIDNumToString: addresses and UUIDs between their
// text and their numbers (UInt32 for IPv4, the 16 network-order bytes as FixedString(16)
// for IPv6 and UUID). An IPv4 text read as IPv6 becomes ::ffff:a.b.c.d.
#include <arpa/inet.h>

#include <cstring>

#include "columns/ColumnFixedString.h"
#include "columns/ColumnNullable.h"
#include "functions/FunctionHelpers.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "io/ReadHelpers.h"
#include "types/DataTypeFixedString.h"

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

bool parseIPv4(std::string_view text, UInt32 & value)
{
    std::string copy(text);
    in_addr address{};
    if (inet_pton(AF_INET, copy.c_str(), &address) != 1)
        return false;
    value = ntohl(address.s_addr);
    return true;
}

bool parseIPv6(std::string_view text, unsigned char * bytes)
{
    std::string copy(text);
    if (inet_pton(AF_INET6, copy.c_str(), bytes) == 1)
        return true;
    UInt32 v4;
    if (!parseIPv4(text, v4))
        return false;
    std::memset(bytes, 0, 10);
    bytes[10] = bytes[11] = 0xff;
    for (int i = 0; i < 4; ++i)
        bytes[12 + i] = static_cast<unsigned char>(v4 >> (24 - 8 * i));
    return true;
}

class FunctionIPv4NumToString final : public IFunction
{
public:
    std::string getName() const override { return "IPv4NumToString"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        TypeIndex type = arguments[0].type->getTypeId();
        if (type != TypeIndex::UInt8 && type != TypeIndex::UInt16 && type != TypeIndex::UInt32)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of first argument of function {}, expected IPv4 or UInt8 or UInt16 or UInt32",
                arguments[0].type->getName(),
                getName());
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto values = numericOperand<UInt32>(arguments[0].column, arguments[0].type->getTypeId());
        auto result = ColumnString::create();
        char text[INET_ADDRSTRLEN];
        for (size_t i = 0; i < rows; ++i)
        {
            in_addr address{htonl(values.is_const ? values.constant : values.data[i])};
            inet_ntop(AF_INET, &address, text, sizeof(text));
            result->insertData(std::string_view(text));
        }
        return result;
    }
};

/// IPv6NumToString and UUIDNumToString: 16 bytes to text.
class FunctionBytesToText final : public IFunction
{
public:
    explicit FunctionBytesToText(bool is_uuid_) : is_uuid(is_uuid_) {}
    std::string getName() const override { return is_uuid ? "UUIDNumToString" : "IPv6NumToString"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 1);
        const auto * fixed = arguments[0].type->as<DataTypeFixedString>();
        if (!fixed || fixed->getN() != 16)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of argument of function {}, expected {} or FixedString(16)",
                arguments[0].type->getName(),
                getName(),
                is_uuid ? "UUID" : "IPv6");
        return typeByName("String");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t) const override
    {
        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        auto result = ColumnString::create();
        char text[INET6_ADDRSTRLEN];
        forEachValueBytes(
            *column,
            [&](size_t, const char * data, size_t)
            {
                if (!is_uuid)
                {
                    inet_ntop(AF_INET6, data, text, sizeof(text));
                    result->insertData(std::string_view(text));
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
    FunctionTextToNum(std::string name_, Kind kind_, OnError on_error_) : name(std::move(name_)), kind(kind_), on_error(on_error_) {}
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
        auto null_map = ColumnUInt8::create(rows, UInt8{0});
        ColumnPtr values;
        if (kind == Kind::IPv4)
        {
            auto numbers = ColumnUInt32::create(rows);
            forEachValueBytes(
                *column,
                [&](size_t i, const char * data, size_t size)
                {
                    UInt32 value = 0;
                    if (!parseIPv4({data, size}, value))
                        fail(null_map->getData()[i], CANNOT_PARSE_IPV4_CODE);
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
                    bool parsed = kind == Kind::IPv6 ? parseIPv6({data, size}, out) : parseUUID({data, size}, out);
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
                : code == CANNOT_PARSE_IPV6_CODE                       ? "Invalid IPv6 value"
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
    factory.registerFunction("IPv4NumToString", makeCreator<FunctionIPv4NumToString>());
    factory.registerAlias("INET_NTOA", "IPv4NumToString", FunctionFactory::CaseSensitiveness::CaseInsensitive);
    factory.registerFunction("IPv6NumToString", makeCreator<FunctionBytesToText>(false));
    factory.registerFunction("UUIDNumToString", makeCreator<FunctionBytesToText>(true));
    const std::pair<const char *, OnError> policies[] = {{"", OnError::Throw}, {"OrNull", OnError::Null}, {"OrDefault", OnError::Default}};
    for (const auto & [suffix, policy] : policies)
    {
        factory.registerFunction(std::string("IPv4StringToNum") + suffix, makeCreator<FunctionTextToNum>(std::string("IPv4StringToNum") + suffix, Kind::IPv4, policy));
        factory.registerFunction(std::string("IPv6StringToNum") + suffix, makeCreator<FunctionTextToNum>(std::string("IPv6StringToNum") + suffix, Kind::IPv6, policy));
    }
    factory.registerFunction("UUIDStringToNum", makeCreator<FunctionTextToNum>(std::string("UUIDStringToNum"), Kind::UUID, OnError::Throw));
    factory.registerAlias("INET_ATON", "IPv4StringToNum", FunctionFactory::CaseSensitiveness::CaseInsensitive);
}
}
