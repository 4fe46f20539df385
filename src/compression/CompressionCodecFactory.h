// Codecs by name (for CODEC(...) clauses) and by method byte (for reading blocks). Each
// codec registers itself from registerCodecs.cpp. A chain of several codecs becomes a
// CompressionCodecMultiple; a column without CODEC(...) gets the default, LZ4.
#pragma once

#include "compression/ICompressionCodec.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace datastore::compression
{
class CompressionCodecFactory
{
public:
    /// Arguments as written inside the codec's parentheses, trimmed: ZSTD(3) -> {"3"}.
    using Arguments = std::vector<std::string>;
    /// `value_size` is the column's fixed value width in bytes (0 if variable or unknown);
    /// Delta uses it as its default width.
    using Creator = std::function<CompressionCodecPtr(const Arguments & arguments, size_t value_size)>;

    static CompressionCodecFactory & instance();

    void registerCodec(const std::string & family, UInt8 method_byte, Creator creator);

    /// Parses "LZ4", "ZSTD(3)", "Delta(4), LZ4" or "CODEC(Delta, ZSTD)". "Default" in a
    /// chain means the default codec. Throws UNKNOWN_CODEC for an unknown family,
    /// ILLEGAL_CODEC_PARAMETER / ILLEGAL_SYNTAX_FOR_CODEC_TYPE for bad arguments.
    CompressionCodecPtr get(const std::string & codec_desc, size_t value_size = 0) const;
    /// The codec that decodes blocks with this method byte; throws UNKNOWN_CODEC.
    CompressionCodecPtr get(UInt8 method_byte) const;
    CompressionCodecPtr getDefaultCodec() const;

    /// Helpers for creators: throw when arguments are present or not an unsigned number.
    static void checkNoArguments(const std::string & family, const Arguments & arguments);
    static UInt64 parseUnsignedArgument(const std::string & family, const std::string & argument);
    /// The value width of DoubleDelta/Gorilla: the optional argument (1, 2, 4 or 8), else the
    /// column's value width when it is one of those, else 1.
    static UInt8 parseWidthArgument(const std::string & family, const Arguments & arguments, size_t value_size);

private:
    CompressionCodecFactory();
    CompressionCodecPtr getSingle(const std::string & family, const Arguments & arguments, size_t value_size) const;

    std::map<std::string, Creator> creators;
    std::map<UInt8, CompressionCodecPtr> by_method_byte;
    CompressionCodecPtr default_codec;
};

/// Registers every codec (called once by the factory's constructor).
void registerCodecs(CompressionCodecFactory & factory);
}
