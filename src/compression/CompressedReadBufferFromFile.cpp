#include "compression/CompressedReadBufferFromFile.h"

#include "base/Exception.h"
#include "compression/CompressedBlockFraming.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace datastore::compression
{
CompressedReadBufferFromFile::CompressedReadBufferFromFile(std::string path_)
    : path(std::move(path_))
{
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
    {
        int error = errno;
        throw Exception(
            error == ENOENT ? ErrorCodes::FILE_DOESNT_EXIST : ErrorCodes::CANNOT_OPEN_FILE, "Cannot open file {}, errno: {}, strerror: {}",
            path, error, std::strerror(error));
    }
    struct stat info;
    if (::fstat(fd, &info) != 0)
    {
        int error = errno;
        ::close(fd);
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot stat file {}, errno: {}, strerror: {}", path, error, std::strerror(error));
    }
    file_size = static_cast<size_t>(info.st_size);
}

CompressedReadBufferFromFile::~CompressedReadBufferFromFile()
{
    if (fd >= 0)
        ::close(fd);
}

void CompressedReadBufferFromFile::readAt(char * to, size_t size, size_t offset)
{
    size_t done = 0;
    while (done < size)
    {
        ssize_t got = ::pread(fd, to + done, size - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            throw Exception(
                ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data. Bytes read: {}. Bytes expected: {}. File: {}", done, size, path);
        done += static_cast<size_t>(got);
    }
}

bool CompressedReadBufferFromFile::loadBlock(size_t offset)
{
    if (offset >= file_size)
        return false;
    if (offset + kFramedHeaderSize > file_size)
        throw Exception(
            ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data: truncated compressed block at offset {} of file {}", offset, path);
    framed.resize(kFramedHeaderSize);
    readAt(framed.data(), kFramedHeaderSize, offset);
    size_t framed_size = kChecksumSize + readFramedBlockSize(framed.data());
    if (offset + framed_size > file_size)
        throw Exception(
            ErrorCodes::CANNOT_READ_ALL_DATA, "Cannot read all data: truncated compressed block at offset {} of file {}", offset, path);
    framed.resize(framed_size);
    readAt(framed.data() + kFramedHeaderSize, framed_size - kFramedHeaderSize, offset + kFramedHeaderSize);
    try
    {
        decodeFramedBlock(framed.data(), framed_size, decompressed);
    }
    catch (Exception & e)
    {
        e.addMessage(fmt::format("while reading file {} at offset {}", path, offset));
        throw;
    }
    current_block_offset = offset;
    next_block_offset = offset + framed_size;
    has_current_block = true;
    return true;
}

bool CompressedReadBufferFromFile::nextImpl()
{
    if (!loadBlock(next_block_offset))
        return false;
    setWindow(decompressed.data(), decompressed.data() + decompressed.size());
    return true;
}

void CompressedReadBufferFromFile::seek(size_t offset_in_compressed_file, size_t offset_in_decompressed_block)
{
    if (!has_current_block || current_block_offset != offset_in_compressed_file)
    {
        if (offset_in_compressed_file == file_size && offset_in_decompressed_block == 0)
        {
            /// A mark at the very end of the file: nothing left to read.
            next_block_offset = file_size;
            has_current_block = false;
            setWindow(decompressed.data(), decompressed.data());
            return;
        }
        if (!loadBlock(offset_in_compressed_file))
            throw Exception(
                ErrorCodes::CANNOT_SEEK_THROUGH_FILE, "Seek position {} is beyond the end of file {} ({} bytes)", offset_in_compressed_file,
                path, file_size);
    }
    if (offset_in_decompressed_block > decompressed.size())
        throw Exception(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Seek position is beyond the decompressed block (pos: {}, block size: {})",
            offset_in_decompressed_block, decompressed.size());
    setWindow(decompressed.data(), decompressed.data() + decompressed.size());
    advance(offset_in_decompressed_block);
}
}
