// A sorted run of ORDER BY written to a temporary file when the rows gathered for sorting
// pass max_bytes_before_external_sort: Native blocks, LZ4-compressed, in a file under
// tmp_path that is unlinked as soon as it is opened, so nothing is left behind by a crash
// or a cancelled query. Read back block by block while the runs are merged.
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
class SortedRunFile
{
public:
    /// Creates the file in `directory`; CANNOT_OPEN_FILE if it cannot.
    SortedRunFile(const std::string & directory, Block header_);
    ~SortedRunFile();
    SortedRunFile(const SortedRunFile &) = delete;
    SortedRunFile & operator=(const SortedRunFile &) = delete;

    /// Appends sorted rows (the run continues from the previous block).
    void write(const Block & block);
    /// Ends writing; the next read() returns the first block. Returns the compressed size.
    size_t finishWriting();
    /// The next block of the run; an empty Block at its end.
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
