// Reads a stream of framed compressed blocks from another ReadBuffer and returns the
// decompressed bytes, verifying every block's checksum (native protocol, whole files).
#pragma once

#include "base/PodArray.h"
#include "io/ReadBuffer.h"

namespace datastore::compression
{
class CompressedReadBuffer final : public ReadBuffer
{
public:
    /// `in` must outlive this buffer. Reads throw CHECKSUM_DOESNT_MATCH on corrupted blocks
    /// and CANNOT_READ_ALL_DATA on a truncated one.
    explicit CompressedReadBuffer(ReadBuffer & in_)
        : in(in_)
    {
    }

protected:
    bool nextImpl() override;

private:
    ReadBuffer & in;
    PodArray<char> framed;
    PodArray<char> decompressed;
};
}
