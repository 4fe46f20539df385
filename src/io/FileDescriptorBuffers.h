// Buffers over file descriptors: stdout and stdin of the client and local modes, files.
#pragma once

#include <string>

#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

namespace datastore
{
class WriteBufferFromFileDescriptor : public BufferedWriteBuffer
{
public:
    explicit WriteBufferFromFileDescriptor(int fd_, size_t buffer_bytes = 1 << 16) : BufferedWriteBuffer(buffer_bytes), fd(fd_) {}
    ~WriteBufferFromFileDescriptor() override;

protected:
    /// Throws CANNOT_WRITE_TO_FILE_DESCRIPTOR on errors other than EINTR.
    void drain(const char * data, size_t size) override;

private:
    int fd;
};

class ReadBufferFromFileDescriptor : public ReadBuffer
{
public:
    explicit ReadBufferFromFileDescriptor(int fd_, size_t buffer_bytes = 1 << 16) : fd(fd_), memory(buffer_bytes, '\0') {}

protected:
    bool nextImpl() override;

private:
    int fd;
    std::string memory;
};
}
