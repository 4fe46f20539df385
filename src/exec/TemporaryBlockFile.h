// Blocks a query sets aside on disk when its data passes max_bytes_before_external_sort or
// max_bytes_before_external_group_by: Native blocks, LZ4-compressed, in a file under tmp_path
// that is unlinked as soon as it is opened, so nothing is left behind by a crash or a
// cancelled query. Written once, then read back block by block in the same order.
#pragma once

#include <memory>
#include <string>

#include "columns/Block.h"

namespace datastore
{
class ReadBuffer;
class WriteBufferFromFileDescriptor;
class ReadBufferFromFileDescriptor;
}

namespace datastore::compression
{
class CompressedWriteBuffer;
class CompressedReadBuffer;
}

namespace datastore::exec
{
class TemporaryBlockFile
{
public:
    /// Creates the file in `directory` for blocks of `header_`; CANNOT_OPEN_FILE if it cannot.
    TemporaryBlockFile(const std::string & directory, Block header_);
    ~TemporaryBlockFile();
    TemporaryBlockFile(const TemporaryBlockFile &) = delete;
    TemporaryBlockFile & operator=(const TemporaryBlockFile &) = delete;

    void write(const Block & block);
    /// Ends writing; the next read() returns the first block. Returns the compressed size.
    size_t finishWriting();
    /// The next block; an empty Block after the last.
    Block read();

private:
    Block header;
    int fd = -1;
    std::unique_ptr<WriteBufferFromFileDescriptor> file_out;
    std::unique_ptr<compression::CompressedWriteBuffer> compressed_out;
    std::unique_ptr<ReadBufferFromFileDescriptor> file_in;
    std::unique_ptr<compression::CompressedReadBuffer> compressed_in;
};
}
