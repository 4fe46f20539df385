// Writes one file of a part being built. finalize() flushes and fsyncs it, so a part
// directory is only renamed into place once every byte of it is durable.
#pragma once

#include "io/WriteBuffer.h"

#include <string>

namespace datastore::storage
{
class PartFileWriteBuffer final : public BufferedWriteBuffer
{
public:
    /// Creates (truncates) the file; throws CANNOT_OPEN_FILE.
    explicit PartFileWriteBuffer(std::string path_);
    /// Closes without fsync when not finalized (the part is being abandoned).
    ~PartFileWriteBuffer() override;

protected:
    void drain(const char * data, size_t size) override;
    /// Throws CANNOT_FSYNC.
    void finalizeImpl() override;

private:
    std::string path;
    int fd = -1;
};
}
