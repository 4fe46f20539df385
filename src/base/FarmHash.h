// FarmHash's 64-bit hashes as ClickHouse computes them: farmHash64() is farmhash::Hash64 of a
// build with SSE4.2 (the "xo" variant, and "te" from 512 bytes on), farmFingerprint64() is
// farmhash::Fingerprint64 (the "na" variant), which FarmHash promises never to change.
#pragma once

#include <cstddef>

#include "base/Types.h"

namespace datastore::farmhash
{
UInt64 hash64(const char * data, size_t size);
UInt64 fingerprint64(const char * data, size_t size);

/// FarmHash's 128-to-64-bit fold (the same as CityHash's), which combines the hashes of
/// several arguments of farmHash64.
UInt64 hash128to64(UInt64 low, UInt64 high);
/// Fingerprint(uint128) of FarmHash, which combines the hashes of farmFingerprint64's arguments.
UInt64 fingerprint128(UInt64 low, UInt64 high);
}
