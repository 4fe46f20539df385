// Austin Appleby's MurmurHash3 (public domain), the x86 32-bit and x64 128-bit variants that
// ClickHouse's murmurHash3_32 and murmurHash3_64 are built on.
#pragma once

#include <cstddef>

#include "base/Types.h"

namespace datastore
{
UInt32 murmurHash3_x86_32(const char * data, size_t size, UInt32 seed);
/// out[0] and out[1]: the low and high 64-bit halves.
void murmurHash3_x64_128(const char * data, size_t size, UInt32 seed, UInt64 out[2]);
}
