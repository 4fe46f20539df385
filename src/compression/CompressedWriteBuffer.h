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

class CompressedWriteBuffer final : public WriteBuffer
{
public:
    /// `out` must outlive this buffer and is not finalized by it.
    CompressedWriteBuffer(WriteBuffer & out_, CompressionCodecPtr codec_, size_t max_compress_block_size = kDefaultMaxCompressBlockSize)
        : out(out_)
        , codec(std::move(codec_))
        , memory(max_compress_block_size)
    {
        setWindow(memory.data(), memory.data() + memory.size());
    }
    ~CompressedWriteBuffer() override = default;

    /// Offset in the compressed stream where the current (unflushed) block will start.
    size_t getCompressedOffset() const { return out.count(); }
    /// Uncompressed bytes already in the current block.
    size_t getOffsetInDecompressedBlock() const { return bytesInWindow(); }
    /// Uncompressed bytes written so far.
    size_t getUncompressedBytes() const { return count(); }

protected:
    void nextImpl() override
    {
        if (bytesInWindow())
            writeFramedBlock(windowBegin(), bytesInWindow());
        setWindow(memory.data(), memory.data() + memory.size());
    }

private:
    void writeFramedBlock(const char * data, size_t size);

    WriteBuffer & out;
    CompressionCodecPtr codec;
    /// Left uninitialized (unlike BufferedWriteBuffer's): a part writer holds one per column,
    /// and zeroing 1 MiB each for columns that take a few KiB dominated small inserts.
    PodArray<char> memory;
    PodArray<char> scratch;
};
}
