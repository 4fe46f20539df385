#include "storage/mergetree/PartFileWriteBuffer.h"

#include "base/Exception.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace datastore::storage
{
PartFileWriteBuffer::PartFileWriteBuffer(std::string path_)
    : path(std::move(path_))
    , memory(1 << 20)
{
    setWindow(memory.data(), memory.data() + memory.size());
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
    {
        int error = errno;
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open file {}, errno: {}, strerror: {}", path, error, std::strerror(error));
    }
}

PartFileWriteBuffer::~PartFileWriteBuffer()
{
    if (fd >= 0)
        ::close(fd);
}

void PartFileWriteBuffer::nextImpl()
{
    writeToFile(windowBegin(), bytesInWindow());
    setWindow(memory.data(), memory.data() + memory.size());
}

void PartFileWriteBuffer::writeToFile(const char * data, size_t size)
{
    while (size)
    {
        ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
        {
            int error = errno;
            throw Exception(
                ErrorCodes::CANNOT_WRITE_TO_FILE_DESCRIPTOR, "Cannot write to file {}, errno: {}, strerror: {}", path, error,
                std::strerror(error));
        }
        data += written;
        size -= static_cast<size_t>(written);
    }
}

void PartFileWriteBuffer::finalizeImpl()
{
    if (::fsync(fd) != 0)
    {
        int error = errno;
        throw Exception(ErrorCodes::CANNOT_FSYNC, "Cannot fsync file {}, errno: {}, strerror: {}", path, error, std::strerror(error));
    }
    ::close(fd);
    fd = -1;
}
}
