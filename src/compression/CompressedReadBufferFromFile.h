// Reads one compressed column file (<column>.bin) with random access: a mark gives the
// offset of a block in the file and an offset inside its decompressed bytes, and seek()
// goes there, reusing the current block when the mark points into it.
#pragma once

#include "base/PodArray.h"
#include "io/ReadBuffer.h"

#include <string>

namespace datastore::compression
{
class CompressedReadBufferFromFile final : public ReadBuffer
{
public:
    /// Throws FILE_DOESNT_EXIST or CANNOT_OPEN_FILE.
    explicit CompressedReadBufferFromFile(std::string path_);
    ~CompressedReadBufferFromFile() override;

    /// Positions the buffer at the byte `offset_in_decompressed_block` of the block that
    /// starts at `offset_in_compressed_file`. Throws ARGUMENT_OUT_OF_BOUND if the offset is
    /// past the block, CANNOT_SEEK_THROUGH_FILE if the block is past the end of the file.
    void seek(size_t offset_in_compressed_file, size_t offset_in_decompressed_block);

    size_t getFileSize() const { return file_size; }

protected:
    bool nextImpl() override;

private:
    /// Loads the block at `offset` into `decompressed`; false at end of file.
    bool loadBlock(size_t offset);
    void readAt(char * to, size_t size, size_t offset);

    std::string path;
    int fd = -1;
    size_t file_size = 0;
    size_t next_block_offset = 0;
    size_t current_block_offset = 0;
    bool has_current_block = false;
    PodArray<char> framed;
    PodArray<char> decompressed;
};
}
