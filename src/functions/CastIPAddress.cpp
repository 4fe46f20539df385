// Conversions of the IPv4 and IPv6 types (see CastIPAddress.h).
#include "functions/CastIPAddress.h"

#include "columns/ColumnFixedString.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "io/IPAddressText.h"

#include <cstring>

namespace datastore::functions
{
namespace
{
[[noreturn]] void throwNotSupported(const IDataType & from, const IDataType & to)
{
    if (from.getTypeId() == TypeIndex::IPv6 || to.getTypeId() == TypeIndex::IPv6)
        if (isNativeNumber(from.getTypeId()) || isNativeNumber(to.getTypeId()))
            throw Exception(
                ErrorCodes::NOT_IMPLEMENTED,
                "Conversion between numeric types and IPv6 is not supported. Probably the passed IPv6 is unquoted");
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Conversion from {} to {} is not supported", from.getName(), to.getName());
}

const unsigned char * bytesOf(const ColumnFixedString & column)
{
    return reinterpret_cast<const unsigned char *>(column.getChars().data());
}

unsigned char * bytesOf(ColumnFixedString & column)
{
    return reinterpret_cast<unsigned char *>(column.getChars().data());
}

ColumnPtr ipv4ToIPv6(const IColumn & column)
{
    const auto & values = column.assertCast<ColumnUInt32>().getData();
    auto result = ColumnFixedString::create(IPV6_BINARY_LENGTH);
    result->getChars().resize(values.size() * IPV6_BINARY_LENGTH);
    unsigned char * out = bytesOf(*result);
    for (size_t i = 0; i < values.size(); ++i)
        ipv4ToMappedIPv6(values[i], out + i * IPV6_BINARY_LENGTH);
    return result;
}

ColumnPtr ipv6ToIPv4(const IColumn & column)
{
    const auto & source = column.assertCast<ColumnFixedString>();
    size_t rows = source.size();
    const unsigned char * bytes = bytesOf(source);
    auto result = ColumnUInt32::create(rows);
    auto & out = result->getData();
    for (size_t i = 0; i < rows; ++i)
    {
        const unsigned char * address = bytes + i * IPV6_BINARY_LENGTH;
        if (!isIPv4Mapped(address))
        {
            char text[IPV6_MAX_TEXT_LENGTH];
            throw Exception(
                ErrorCodes::CANNOT_CONVERT_TYPE, "IPv6 {} is not in IPv4 mapping block", std::string_view(text, formatIPv6(address, text)));
        }
        out[i] = UInt32(address[12]) << 24 | UInt32(address[13]) << 16 | UInt32(address[14]) << 8 | address[15];
    }
    return result;
}

/// An IPv6 is its 16 bytes read as one big-endian number.
ColumnPtr ipv6ToUInt128(const IColumn & column)
{
    const auto & source = column.assertCast<ColumnFixedString>();
    size_t rows = source.size();
    const unsigned char * bytes = bytesOf(source);
    auto result = ColumnVector<UInt128>::create(rows);
    auto & out = result->getData();
    for (size_t i = 0; i < rows; ++i)
    {
        UInt128 value = 0;
        for (size_t b = 0; b < IPV6_BINARY_LENGTH; ++b)
            value = value << 8 | bytes[i * IPV6_BINARY_LENGTH + b];
        out[i] = value;
    }
    return result;
}

ColumnPtr uint128ToIPv6(const IColumn & column)
{
    const auto & values = column.assertCast<ColumnVector<UInt128>>().getData();
    auto result = ColumnFixedString::create(IPV6_BINARY_LENGTH);
    result->getChars().resize(values.size() * IPV6_BINARY_LENGTH);
    unsigned char * out = bytesOf(*result);
    for (size_t i = 0; i < values.size(); ++i)
        for (size_t b = 0; b < IPV6_BINARY_LENGTH; ++b)
            out[i * IPV6_BINARY_LENGTH + b] = static_cast<unsigned char>(values[i] >> (8 * (IPV6_BINARY_LENGTH - 1 - b)));
    return result;
}
}

bool isIPAddress(TypeIndex type)
{
    return type == TypeIndex::IPv4 || type == TypeIndex::IPv6;
}

ColumnPtr castIPAddress(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to)
{
    TypeIndex from_type = from->getTypeId();
    TypeIndex to_type = to->getTypeId();
    if (from_type == TypeIndex::IPv4 && to_type == TypeIndex::IPv6)
        return ipv4ToIPv6(*column);
    if (from_type == TypeIndex::IPv6 && to_type == TypeIndex::IPv4)
        return ipv6ToIPv4(*column);
    if (from_type == TypeIndex::IPv6 && to_type == TypeIndex::UInt128)
        return ipv6ToUInt128(*column);
    if (from_type == TypeIndex::UInt128 && to_type == TypeIndex::IPv6)
        return uint128ToIPv6(*column);
    if (from_type == TypeIndex::IPv4 && to_type == TypeIndex::Bool)
    {
        const auto & values = column->assertCast<ColumnUInt32>().getData();
        auto result = ColumnUInt8::create(values.size());
        for (size_t i = 0; i < values.size(); ++i)
            result->getData()[i] = values[i] != 0;
        return result;
    }
    bool widens_ipv4 = to_type == TypeIndex::UInt32 || to_type == TypeIndex::UInt64 || to_type == TypeIndex::UInt128;
    bool fits_ipv4 = from_type == TypeIndex::UInt8 || from_type == TypeIndex::UInt16 || from_type == TypeIndex::UInt32
        || from_type == TypeIndex::UInt64;
    if ((from_type == TypeIndex::IPv4 && widens_ipv4) || (to_type == TypeIndex::IPv4 && fits_ipv4))
    {
        /// An IPv4 column is a UInt32 column: the numbers convert as numbers (UInt64 keeps its low bits).
        ColumnPtr result;
        dispatchByStorage(
            to_type,
            [&](auto tag)
            {
                using To = typename decltype(tag)::Type;
                result = convertNumericColumn<To>(column, from_type);
            });
        return result;
    }
    throwNotSupported(*from, *to);
}

ColumnPtr parseIPAddresses(const IColumn & strings, const IDataType & to, PodArray<UInt8> * failed)
{
    size_t rows = strings.size();
    if (failed)
        failed->resize_fill(rows, 0);
    const auto * fixed = strings.as<ColumnFixedString>();
    auto fail = [&](size_t row, std::string_view text)
    {
        if (!failed)
        {
            if (to.getTypeId() == TypeIndex::IPv4)
                throw Exception(ErrorCodes::CANNOT_PARSE_IPV4, "Cannot parse IPv4 {}", text);
            throw Exception(ErrorCodes::CANNOT_PARSE_IPV6, "Cannot parse IPv6 {}", text);
        }
        (*failed)[row] = 1;
    };
    /// A FixedString pads its value with zero bytes, which are not part of the text.
    auto textAt = [&](size_t row)
    {
        std::string_view text = strings.getDataAt(row);
        if (fixed)
            while (!text.empty() && text.back() == '\0')
                text.remove_suffix(1);
        return text;
    };

    if (to.getTypeId() == TypeIndex::IPv4)
    {
        auto result = ColumnUInt32::create(rows);
        auto & out = result->getData();
        for (size_t i = 0; i < rows; ++i)
        {
            std::string_view text = textAt(i);
            if (!parseIPv4(text, out[i]))
            {
                out[i] = 0;
                fail(i, text);
            }
        }
        return result;
    }

    auto result = ColumnFixedString::create(IPV6_BINARY_LENGTH);
    result->getChars().resize_fill(rows * IPV6_BINARY_LENGTH, 0);
    unsigned char * out = bytesOf(*result);
    /// ClickHouse takes a FixedString(16) as the address's bytes, not its text.
    if (fixed && fixed->getN() == IPV6_BINARY_LENGTH)
    {
        std::memcpy(out, bytesOf(*fixed), rows * IPV6_BINARY_LENGTH);
        return result;
    }
    for (size_t i = 0; i < rows; ++i)
    {
        std::string_view text = textAt(i);
        if (!parseIPv6(text, out + i * IPV6_BINARY_LENGTH))
        {
            std::memset(out + i * IPV6_BINARY_LENGTH, 0, IPV6_BINARY_LENGTH);
            fail(i, text);
        }
    }
    return result;
}
}
