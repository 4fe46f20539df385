// Reads that return the value instead of filling an argument, for parsers of packet layouts
// (the native protocol's server and client sides) where fields are read one after another.
#pragma once

#include "io/ReadHelpers.h"

#include <string>

namespace datastore
{
inline std::string readStringValue(ReadBuffer & in)
{
    std::string value;
    readStringBinary(value, in);
    return value;
}

inline UInt64 readVarUIntValue(ReadBuffer & in)
{
    UInt64 value = 0;
    readVarUInt(value, in);
    return value;
}

template <typename T> T readLittleEndianValue(ReadBuffer & in)
{
    T value {};
    readBinaryLittleEndian(value, in);
    return value;
}
}
