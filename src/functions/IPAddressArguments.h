// Argument checks shared by the IP address functions: which types carry an IPv4 address as
// a number and which an IPv6 address as its 16 bytes.
#pragma once

#include "base/Exception.h"
#include "io/IPAddressText.h"
#include "types/DataTypeFixedString.h"

#include <string>
#include <string_view>

namespace datastore::functions
{
/// IPv6 or FixedString(16).
inline bool isIPv6Bytes(const IDataType & type)
{
    if (type.getTypeId() == TypeIndex::IPv6)
        return true;
    const auto * fixed = type.as<DataTypeFixedString>();
    return fixed && fixed->getN() == IPV6_BINARY_LENGTH;
}

/// Throws ILLEGAL_TYPE_OF_ARGUMENT unless `type` is IPv4, UInt8, UInt16 or UInt32;
/// `position` is "first " or empty, as the function's message names it.
inline void checkIPv4Number(const std::string & function, const IDataType & type, std::string_view position)
{
    TypeIndex id = type.getTypeId();
    if (id != TypeIndex::UInt8 && id != TypeIndex::UInt16 && id != TypeIndex::UInt32 && id != TypeIndex::IPv4)
        throw Exception(
            ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
            "Illegal type {} of {}argument of function {}, expected IPv4 or UInt8 or UInt16 or UInt32", type.getName(), position, function);
}
}
