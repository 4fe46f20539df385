// IPv4CIDRToRange, IPv6CIDRToRange and isIPAddressInRange: the first and last address of a
// network given by an address and its prefix length, and whether an address lies in a
// network written as CIDR text ('10.0.0.0/8', '2001:db8::/32').
#include "columns/ColumnFixedString.h"
#include "columns/ColumnTuple.h"
#include "functions/FunctionHelpers.h"
#include "functions/IPAddressArguments.h"
#include "functions/ValueBytes.h"
#include "functions/registerFunctions.h"
#include "types/DataTypeTuple.h"

#include <cstring>

namespace datastore::functions
{
namespace
{
/// The first `bits` bits of an IPv4 address (more than 32 count as 32).
UInt32 ipv4Mask(UInt32 bits)
{
    return bits == 0 ? 0 : bits >= 32 ? ~UInt32(0) : ~UInt32(0) << (32 - bits);
}

/// Sets `mask` to the first `bits` bits of 16 bytes (more than 128 count as 128).
void ipv6Mask(UInt32 bits, unsigned char * mask)
{
    for (size_t i = 0; i < IPV6_BINARY_LENGTH; ++i)
    {
        UInt32 in_byte = bits > 8 * i ? std::min<UInt32>(bits - 8 * i, 8) : 0;
        mask[i] = static_cast<unsigned char>(0xff00 >> in_byte);
    }
}

void checkPrefixLength(const std::string & function, const IDataType & type)
{
    if (type.getTypeId() != TypeIndex::UInt8)
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of second argument of function {}, expected UInt8", type.getName(),
            function);
}

/// IPv4CIDRToRange(address, bits) -> Tuple(IPv4, IPv4); IPv6CIDRToRange -> Tuple(IPv6, IPv6).
class FunctionCIDRToRange final : public IFunction
{
public:
    explicit FunctionCIDRToRange(bool is_ipv6_)
        : is_ipv6(is_ipv6_)
    {
    }
    std::string getName() const override { return is_ipv6 ? "IPv6CIDRToRange" : "IPv4CIDRToRange"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        if (!is_ipv6)
            checkIPv4Number(getName(), *arguments[0].type, "first ");
        else if (!isIPv6Bytes(*arguments[0].type))
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of first argument of function {}, expected IPv6 or FixedString(16)",
                arguments[0].type->getName(), getName());
        checkPrefixLength(getName(), *arguments[1].type);
        DataTypePtr address = typeByName(is_ipv6 ? "IPv6" : "IPv4");
        return std::make_shared<DataTypeTuple>(DataTypes { address, address });
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        auto bits = numericOperand<UInt32>(arguments[1].column, TypeIndex::UInt8);
        auto bitsAt = [&](size_t i) { return bits.is_const ? bits.constant : bits.data[i]; };
        if (!is_ipv6)
        {
            auto addresses = numericOperand<UInt32>(arguments[0].column, arguments[0].type->getTypeId());
            auto lower = ColumnUInt32::create(rows);
            auto upper = ColumnUInt32::create(rows);
            for (size_t i = 0; i < rows; ++i)
            {
                UInt32 address = addresses.is_const ? addresses.constant : addresses.data[i];
                UInt32 mask = ipv4Mask(bitsAt(i));
                lower->getData()[i] = address & mask;
                upper->getData()[i] = address | ~mask;
            }
            return ColumnTuple::create(Columns { std::move(lower), std::move(upper) });
        }

        ColumnPtr column = arguments[0].column->convertToFullColumnIfConst();
        const auto * bytes = reinterpret_cast<const unsigned char *>(column->assertCast<ColumnFixedString>().getChars().data());
        auto lower = ColumnFixedString::create(IPV6_BINARY_LENGTH);
        auto upper = ColumnFixedString::create(IPV6_BINARY_LENGTH);
        lower->getChars().resize(rows * IPV6_BINARY_LENGTH);
        upper->getChars().resize(rows * IPV6_BINARY_LENGTH);
        unsigned char mask[IPV6_BINARY_LENGTH];
        for (size_t i = 0; i < rows; ++i)
        {
            ipv6Mask(bitsAt(i), mask);
            for (size_t b = 0; b < IPV6_BINARY_LENGTH; ++b)
            {
                size_t at = i * IPV6_BINARY_LENGTH + b;
                lower->getChars()[at] = static_cast<char>(bytes[at] & mask[b]);
                upper->getChars()[at] = static_cast<char>(bytes[at] | static_cast<unsigned char>(~mask[b]));
            }
        }
        return ColumnTuple::create(Columns { std::move(lower), std::move(upper) });
    }

private:
    bool is_ipv6;
};

/// An address of either family, in canonical digits: IPv4 ones keep their four bytes in `bytes`.
struct AnyAddress
{
    bool is_ipv6 = false;
    unsigned char bytes[IPV6_BINARY_LENGTH] = {};

    bool parse(std::string_view text)
    {
        UInt32 v4;
        if (parseIPv4(text, v4, IPv4Digits::Canonical))
        {
            is_ipv6 = false;
            for (int i = 0; i < 4; ++i)
                bytes[i] = static_cast<unsigned char>(v4 >> (24 - 8 * i));
            return true;
        }
        is_ipv6 = true;
        return text.find(':') != std::string_view::npos && parseIPv6(text, bytes, IPv4Digits::Canonical);
    }

    void parseOrThrow(std::string_view text)
    {
        if (!parse(text))
            throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "Neither IPv4 nor IPv6 address: '{}'", text);
    }
};

struct CIDR
{
    AnyAddress network;
    UInt32 bits = 0;

    /// Throws CANNOT_PARSE_TEXT for text that is not an address, '/' and a prefix length
    /// within the family's bits.
    explicit CIDR(std::string_view text)
    {
        size_t slash = text.find('/');
        if (slash == std::string_view::npos)
            throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "The text does not contain '/': {}", text);
        network.parseOrThrow(text.substr(0, slash));
        std::string_view digits = text.substr(slash + 1);
        UInt32 max_bits = network.is_ipv6 ? 128 : 32;
        bool valid = !digits.empty() && digits.size() <= 3;
        for (char c : digits)
        {
            valid = valid && c >= '0' && c <= '9';
            if (valid)
                bits = bits * 10 + static_cast<UInt32>(c - '0');
        }
        if (!valid || bits > max_bits)
            throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "The CIDR has a malformed prefix bits: {}", text);
    }

    bool contains(const AnyAddress & address) const
    {
        if (address.is_ipv6 != network.is_ipv6)
            return false;
        UInt32 remaining = bits;
        for (size_t i = 0; remaining > 0; ++i)
        {
            UInt32 in_byte = std::min<UInt32>(remaining, 8);
            auto mask = static_cast<unsigned char>(0xff00 >> in_byte);
            if ((address.bytes[i] & mask) != (network.bytes[i] & mask))
                return false;
            remaining -= in_byte;
        }
        return true;
    }
};

/// isIPAddressInRange(address, cidr): an address of one family is never in a network of the other.
class FunctionIsIPAddressInRange final : public IFunction
{
public:
    std::string getName() const override { return "isIPAddressInRange"; }

    DataTypePtr getReturnType(const ColumnsWithTypeAndName & arguments) const override
    {
        checkArgumentCount(getName(), arguments.size(), 2);
        TypeIndex address = arguments[0].type->getTypeId();
        bool is_address = address == TypeIndex::String || address == TypeIndex::IPv4 || address == TypeIndex::IPv6;
        if (!is_address || arguments[1].type->getTypeId() != TypeIndex::String)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "The first argument of function {} must be one of: String, IPv4, IPv6, Nullable(String), Nullable(IPv4), or "
                "Nullable(IPv6) and the second argument must be String. Type of the first argument: {}, type of the second "
                "argument: {}",
                getName(), arguments[0].type->getName(), arguments[1].type->getName());
        return typeByName("UInt8");
    }

    ColumnPtr execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr &, size_t rows) const override
    {
        std::vector<AnyAddress> addresses(rows);
        TypeIndex type = arguments[0].type->getTypeId();
        ColumnPtr address_column = arguments[0].column->convertToFullColumnIfConst();
        if (type == TypeIndex::IPv4)
        {
            const auto & values = address_column->assertCast<ColumnUInt32>().getData();
            for (size_t i = 0; i < rows; ++i)
                for (int b = 0; b < 4; ++b)
                    addresses[i].bytes[b] = static_cast<unsigned char>(values[i] >> (24 - 8 * b));
        }
        else
            forEachValueBytes(
                *address_column,
                [&](size_t i, const char * data, size_t size)
                {
                    if (type == TypeIndex::IPv6)
                    {
                        addresses[i].is_ipv6 = true;
                        std::memcpy(addresses[i].bytes, data, IPV6_BINARY_LENGTH);
                    }
                    else
                        addresses[i].parseOrThrow({ data, size });
                });

        auto result = ColumnUInt8::create(rows);
        auto & out = result->getData();
        const IColumn & ranges = *arguments[1].column;
        if (ranges.isConst())
        {
            CIDR cidr(ranges.getDataAt(0));
            for (size_t i = 0; i < rows; ++i)
                out[i] = cidr.contains(addresses[i]);
        }
        else
            for (size_t i = 0; i < rows; ++i)
                out[i] = CIDR(ranges.getDataAt(i)).contains(addresses[i]);
        return result;
    }
};
}

void registerFunctionsIPAddressRange(FunctionFactory & factory)
{
    factory.registerFunction("IPv4CIDRToRange", makeCreator<FunctionCIDRToRange>(false));
    factory.registerFunction("IPv6CIDRToRange", makeCreator<FunctionCIDRToRange>(true));
    factory.registerFunction("isIPAddressInRange", makeCreator<FunctionIsIPAddressInRange>());
}
}
