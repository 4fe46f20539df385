#include "exec/TemporaryBlockFile.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "base/Exception.h"
#include "compression/CompressedReadBuffer.h"
#include "compression/CompressedWriteBuffer.h"
#include "compression/CompressionCodecFactory.h"
#include "formats/NativeBlock.h"
#include "io/FileDescriptorBuffers.h"

namespace datastore::exec
{
TemporaryBlockFile::TemporaryBlockFile(const std::string & directory, Block header_) : header(std::move(header_))
{
    std::string path = directory;
    if (path.empty())
        path = "./";
    if (path.back() != '/')
        path += '/';
    path += "tmp_XXXXXX";
    fd = mkstemp(path.data());
    if (fd < 0)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot create temporary file in {}: {}", directory,
                        std::strerror(errno));
    ::unlink(path.c_str());
    file_out = std::make_unique<WriteBufferFromFileDescriptor>(fd, 1 << 20);
    compressed_out = std::make_unique<compression::CompressedWriteBuffer>(*file_out, compression::CompressionCodecFactory::instance().get("LZ4"));
}

TemporaryBlockFile::~TemporaryBlockFile()
{
    compressed_in.reset();
    file_in.reset();
    compressed_out.reset();
    file_out.reset();
    if (fd >= 0)
        ::close(fd);
}

void TemporaryBlockFile::write(const Block & block)
{
    formats::writeNativeBlock(block, *compressed_out, {});
}

size_t TemporaryBlockFile::finishWriting()
{
    compressed_out->next();
    file_out->next();
    size_t size = file_out->count();
    compressed_out.reset();
    file_out.reset();
    if (::lseek(fd, 0, SEEK_SET) != 0)
        throw Exception(ErrorCodes::CANNOT_SEEK_THROUGH_FILE, "Cannot seek temporary file: {}", std::strerror(errno));
    file_in = std::make_unique<ReadBufferFromFileDescriptor>(fd, 1 << 20);
    compressed_in = std::make_unique<compression::CompressedReadBuffer>(*file_in);
    return size;
}

Block TemporaryBlockFile::read()
{
    if (compressed_in->eof())
        return {};
    return formats::readNativeBlock(*compressed_in, {}, &header, nullptr);
}
}
