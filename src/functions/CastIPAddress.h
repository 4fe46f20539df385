// CAST to and from IPv4 and IPv6, with ClickHouse's rules: IPv4 from and to unsigned
// integers (UInt8..UInt64 in, UInt32..UInt128 and Bool out), IPv4 to IPv6 as ::ffff:a.b.c.d
// and back for such addresses only, IPv6 from and to UInt128 (its big-endian value), and
// strings parsed as address text, except that a FixedString(16) is taken as the IPv6 bytes.
#pragma once

#include "base/PodArray.h"
#include "columns/IColumn.h"
#include "types/IDataType.h"

namespace datastore::functions
{
bool isIPAddress(TypeIndex type);

/// A conversion between `from` and `to` (neither Nullable nor LowCardinality, one of them an
/// address type, neither a String). Throws NOT_IMPLEMENTED where ClickHouse has none, and
/// CANNOT_CONVERT_TYPE for an IPv6 outside ::ffff:0:0/96 cast to IPv4.
ColumnPtr castIPAddress(const ColumnPtr & column, const DataTypePtr & from, const DataTypePtr & to);

/// Parses every row of a String or FixedString column as an address of type `to`. Bad rows
/// throw CANNOT_PARSE_IPV4 / CANNOT_PARSE_IPV6, or with `failed` set get zero and a 1 there.
ColumnPtr parseIPAddresses(const IColumn & strings, const IDataType & to, PodArray<UInt8> * failed);
}
