// Austin Appleby's MurmurHash2 (public domain): the 32-bit MurmurHash2 and the 64-bit
// MurmurHash64A that ClickHouse's murmurHash2_32 and murmurHash2_64 are built on.
#pragma once

#include <cstddef>

#include "base/Types.h"

namespace datastore
{
UInt32 murmurHash2_32(const char * data, size_t size, UInt32 seed);
UInt64 murmurHash64A(const char * data, size_t size, UInt64 seed);
}
