// Writes one file of a part being built. finalize() flushes and fsyncs it, so a part
// directory is only renamed into place once every byte of it is durable.
#pragma once

#include "base/PodArray.h"
#include "io/WriteBuffer.h"

#include <string>

namespace datastore::storage
{
class PartFileWriteBuffer final : public WriteBuffer
{
public:
    /// Creates (truncates) the file; throws CANNOT_OPEN_FILE.
    explicit PartFileWriteBuffer(std::string path_);
    /// Closes without fsync when not finalized (the part is being abandoned).
    ~PartFileWriteBuffer() override;

protected:
    void nextImpl() override;
    /// Throws CANNOT_FSYNC.
    void finalizeImpl() override;

private:
    void writeToFile(const char * data, size_t size);

    std::string path;
    int fd = -1;
    /// Left uninitialized: a part opens one per file, most of them far smaller than 1 MiB.
    PodArray<char> memory;
};
}
