// Free functions that write values to a WriteBuffer in ClickHouse's exact text and binary
// forms: numbers, strings escaped for TSV, quoted for SQL, JSON and CSV, varints and
// little-endian fixed-width values. Types and formats build their output from these.
#pragma once

#include "base/Types.h"
#include "io/WriteBuffer.h"

#include <concepts>
#include <string_view>
#include <type_traits>

namespace datastore
{
inline void writeChar(char c, WriteBuffer & out)
{
    out.put(c);
}

/// Raw bytes, no escaping.
inline void writeString(std::string_view s, WriteBuffer & out)
{
    out.write(s.data(), s.size());
}

/// Decimal text of any integer up to 128 bits ("-12", "340282366920938463463374607431768211455").
void writeIntText(UInt64 x, WriteBuffer & out);
void writeIntText(Int64 x, WriteBuffer & out);
void writeIntText(UInt128 x, WriteBuffer & out);
void writeIntText(Int128 x, WriteBuffer & out);
template <typename T>
requires(std::is_integral_v<T> && sizeof(T) < 8) inline void writeIntText(T x, WriteBuffer & out)
{
    if constexpr (std::is_signed_v<T>)
        writeIntText(static_cast<Int64>(x), out);
    else
        writeIntText(static_cast<UInt64>(x), out);
}
/// Resolves unsigned long / long long spellings of 64-bit integers to the overloads above.
template <typename T>
requires(std::is_integral_v<T> && sizeof(T) == 8 && !std::is_same_v<T, UInt64> && !std::is_same_v<T, Int64>) inline void writeIntText(
    T x, WriteBuffer & out)
{
    if constexpr (std::is_signed_v<T>)
        writeIntText(static_cast<Int64>(x), out);
    else
        writeIntText(static_cast<UInt64>(x), out);
}

/// Shortest text that reads back to the same value, as ClickHouse prints floats: "0.1", "1e-7",
/// "1e21", "123456789012", "inf", "-inf", "nan". Float32 is printed from the float value.
void writeFloatText(Float64 x, WriteBuffer & out);
void writeFloatText(Float32 x, WriteBuffer & out);

/// 8-4-4-4-12 lower-case hex: "61f0c404-5cb3-11e7-907b-a6006ad3dba0".
void writeUUIDText(const UUID & uuid, WriteBuffer & out);

/// TabSeparated escaping: \\ \t \n \0 \b \f \r \' are written as backslash sequences.
void writeEscapedString(std::string_view s, WriteBuffer & out);
/// SQL literal in single quotes, with the escapes of writeEscapedString.
void writeQuotedString(std::string_view s, WriteBuffer & out);
/// Identifier or string in back quotes (`a b`), escaping ` and \.
void writeBackQuotedString(std::string_view s, WriteBuffer & out);
/// JSON string in double quotes: \" \\ \b \f \n \r \t, other control characters as \u00XX,
/// U+2028/U+2029 as \u2028/\u2029, and '/' as \/ when escape_forward_slashes is set.
void writeJSONString(std::string_view s, WriteBuffer & out, bool escape_forward_slashes);
/// CSV field: always in double quotes, inner quotes doubled.
void writeCSVString(std::string_view s, WriteBuffer & out);

/// LEB128: 7 bits per byte, high bit set on all but the last byte.
void writeVarUInt(UInt64 x, WriteBuffer & out);

/// Fixed-width value in little-endian byte order (the machine's order; we only run on x86-64).
template <typename T>
requires std::is_trivially_copyable_v<T>
inline void writeBinaryLittleEndian(const T & x, WriteBuffer & out)
{
    out.write(reinterpret_cast<const char *>(&x), sizeof(T));
}

/// RowBinary/Native string: varint length then the bytes.
inline void writeStringBinary(std::string_view s, WriteBuffer & out)
{
    writeVarUInt(s.size(), out);
    out.write(s.data(), s.size());
}
}
