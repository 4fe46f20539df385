#include "io/FileDescriptorBuffers.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "base/Exception.h"

namespace datastore
{
WriteBufferFromFileDescriptor::~WriteBufferFromFileDescriptor()
{
    try
    {
        finalize();
    }
    catch (...)
    {
        /// A closed pipe at exit is not worth a crash.
    }
}

void WriteBufferFromFileDescriptor::drain(const char * data, size_t size)
{
    while (size)
    {
        ssize_t written = ::write(fd, data, size);
        if (written < 0)
        {
            if (errno == EINTR)
                continue;
            throw Exception(ErrorCodes::CANNOT_WRITE_TO_FILE_DESCRIPTOR, "Cannot write to file descriptor {}: {}", fd, std::strerror(errno));
        }
        data += written;
        size -= static_cast<size_t>(written);
    }
}

bool ReadBufferFromFileDescriptor::nextImpl()
{
    while (true)
    {
        ssize_t got = ::read(fd, memory.data(), memory.size());
        if (got < 0)
        {
            if (errno == EINTR)
                continue;
            throw Exception(ErrorCodes::CANNOT_READ_FROM_FILE_DESCRIPTOR, "Cannot read from file descriptor {}: {}", fd, std::strerror(errno));
        }
        if (got == 0)
            return false;
        setWindow(memory.data(), memory.data() + got);
        return true;
    }
}
}
