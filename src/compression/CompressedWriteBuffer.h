// Compresses everything written into framed blocks of up to max_compress_block_size bytes
// (1 MiB) on `out`. Part writers ask where the next byte will land (compressed offset of
// the current block + offset inside it) to write marks, and may cut a block early with next().
#pragma once

#include "base/PodArray.h"
#include "compression/ICompressionCodec.h"
#include "io/WriteBuffer.h"

namespace datastore::compression
{
inline constexpr size_t kDefaultMaxCompressBlockSize = 1048576;
inline constexpr size_t kDefaultMinCompressBlockSize = 65536;

class CompressedWriteBuffer final : public BufferedWriteBuffer
{
public:
    /// `out` must outlive this buffer and is not finalized by it.
    CompressedWriteBuffer(WriteBuffer & out_, CompressionCodecPtr codec_, size_t max_compress_block_size = kDefaultMaxCompressBlockSize)
        : BufferedWriteBuffer(max_compress_block_size)
        , out(out_)
        , codec(std::move(codec_))
    {
    }
    ~CompressedWriteBuffer() override = default;

    /// Offset in the compressed stream where the current (unflushed) block will start.
    size_t getCompressedOffset() const { return out.count(); }
    /// Uncompressed bytes already in the current block.
    size_t getOffsetInDecompressedBlock() const { return bytesInWindow(); }
    /// Uncompressed bytes written so far.
    size_t getUncompressedBytes() const { return count(); }

protected:
    void drain(const char * data, size_t size) override
    {
        if (size)
            writeFramedBlock(data, size);
    }

private:
    void writeFramedBlock(const char * data, size_t size);

    WriteBuffer & out;
    CompressionCodecPtr codec;
    PodArray<char> scratch;
};
}
