// SipHash-2-4 with ClickHouse's finalization: the 128-bit form names partitions whose key is
// not all integers, the 64-bit form is sipHash64(). Streaming: update() any number of times,
// then getHex128() or get64() once.
#pragma once

#include "base/Types.h"

#include <cstring>
#include <string>

namespace datastore
{
class SipHash
{
public:
    void update(const char * data, size_t size);
    template <typename T> void updateValue(const T & value) { update(reinterpret_cast<const char *>(&value), sizeof(T)); }

    /// Finalizes; returns the 16 bytes as ClickHouse prints them in hex (low half's bytes
    /// little-endian, then the high half's).
    std::string getHex128();
    /// Finalizes; returns ClickHouse's SipHash128: v0 ^ v1 as the low half, v2 ^ v3 as the high.
    UInt128 get128();
    /// Finalizes; returns v0 ^ v1 ^ v2 ^ v3, ClickHouse's SipHash64.
    UInt64 get64();

private:
    void finalize();
    void compressWord(UInt64 word);

    UInt64 v0 = 0x736f6d6570736575ULL;
    UInt64 v1 = 0x646f72616e646f6dULL;
    UInt64 v2 = 0x6c7967656e657261ULL;
    UInt64 v3 = 0x7465646279746573ULL;
    UInt64 total_bytes = 0;
    unsigned char tail[8] = {};
    size_t tail_size = 0;
};
}
