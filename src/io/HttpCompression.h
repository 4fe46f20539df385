// Content-Encoding of HTTP bodies: gzip/deflate (zlib), zstd and lz4 (frame format), both
// ways, as streams, so compressed INSERT bodies and results never sit whole in memory.
#pragma once

#include <memory>
#include <string>

#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

namespace datastore
{
enum class HttpCompressionMethod
{
    None,
    Gzip,
    Deflate,
    Zstd,
    Lz4,
};

/// From a Content-Encoding value ("gzip", "x-gzip", "deflate", "zstd", "lz4", "" / "identity").
/// Throws UNKNOWN_COMPRESSION_METHOD for anything else.
HttpCompressionMethod parseContentEncoding(const std::string & value);
/// The first method of an Accept-Encoding header we can produce, or None.
HttpCompressionMethod chooseAcceptedEncoding(const std::string & accept_encoding);
const char * contentEncodingName(HttpCompressionMethod method);

/// Reads `in` decompressed. Throws CANNOT_DECOMPRESS on corrupt input.
std::unique_ptr<ReadBuffer> makeDecompressingReadBuffer(ReadBuffer & in, HttpCompressionMethod method);
/// Writes compressed into `out`; finalize() writes the stream's end (not `out`'s).
std::unique_ptr<WriteBuffer> makeCompressingWriteBuffer(WriteBuffer & out, HttpCompressionMethod method, int level);
}
