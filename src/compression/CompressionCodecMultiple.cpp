#include "compression/CompressionCodecMultiple.h"

#include "base/Exception.h"
#include "base/PodArray.h"
#include "compression/CompressionCodecFactory.h"

#include <cstring>

namespace datastore::compression
{
std::string CompressionCodecMultiple::getCodecDesc() const
{
    std::string desc;
    for (const auto & codec : codecs)
    {
        if (!desc.empty())
            desc += ", ";
        desc += codec->getCodecDesc();
    }
    return desc;
}

bool CompressionCodecMultiple::isGenericCompression() const
{
    for (const auto & codec : codecs)
        if (codec->isGenericCompression())
            return true;
    return false;
}

UInt32 CompressionCodecMultiple::getMaxCompressedDataSize(UInt32 uncompressed_size) const
{
    UInt32 size = uncompressed_size;
    for (const auto & codec : codecs)
        size = codec->getCompressedReserveSize(size);
    return static_cast<UInt32>(1 + codecs.size()) + size;
}

UInt32 CompressionCodecMultiple::doCompressData(const char * source, UInt32 source_size, char * dest) const
{
    /// Layout (ClickHouse's): codec count, their method bytes, then the output of the last
    /// codec; each stage's output is a whole block with its own 9-byte header.
    PodArray<char> current(source, source + source_size);
    PodArray<char> next;
    UInt32 current_size = source_size;
    dest[0] = static_cast<char>(codecs.size());
    for (size_t i = 0; i < codecs.size(); ++i)
    {
        dest[1 + i] = static_cast<char>(codecs[i]->getMethodByte());
        next.resize(codecs[i]->getCompressedReserveSize(current_size));
        current_size = codecs[i]->compress(current.data(), current_size, next.data());
        std::swap(current, next);
    }
    std::memcpy(dest + 1 + codecs.size(), current.data(), current_size);
    return static_cast<UInt32>(1 + codecs.size()) + current_size;
}

void CompressionCodecMultiple::doDecompressData(const char * source, UInt32 source_size, char * dest, UInt32 uncompressed_size) const
{
    if (source_size < 1)
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Wrong data for compression codec Multiple: empty");
    UInt8 count = static_cast<UInt8>(source[0]);
    if (count == 0 || source_size < 1u + count)
        throw Exception(ErrorCodes::CORRUPTED_DATA, "Wrong data for compression codec Multiple: bad codec count {}", count);
    const auto & factory = CompressionCodecFactory::instance();
    PodArray<char> current(source + 1 + count, source + source_size);
    PodArray<char> next;
    for (size_t i = count; i-- > 0;)
    {
        auto codec = factory.get(static_cast<UInt8>(source[1 + i]));
        if (current.size() < kCompressedBlockHeaderSize)
            throw Exception(ErrorCodes::CORRUPTED_DATA, "Wrong data for compression codec Multiple: truncated stage");
        UInt32 stage_size = readCompressedSize(current.data());
        if (stage_size != current.size())
            throw Exception(
                ErrorCodes::CORRUPTED_DATA, "Wrong data for compression codec Multiple: stage size {} of {} bytes", stage_size,
                current.size());
        next.resize(readDecompressedSize(current.data()));
        codec->decompress(current.data(), stage_size, next.data());
        std::swap(current, next);
    }
    if (current.size() != uncompressed_size)
        throw Exception(
            ErrorCodes::CORRUPTED_DATA, "Wrong data for compression codec Multiple: decompressed {} bytes, expected {}", current.size(),
            uncompressed_size);
    std::memcpy(dest, current.data(), uncompressed_size);
}
}
