#include "io/HttpCompression.h"

#include <lz4frame.h>
#include <zlib.h>
#include <zstd.h>

#include "base/Exception.h"

namespace datastore
{
namespace
{
constexpr size_t kChunk = 1 << 16;

class ZlibReadBuffer final : public ReadBuffer
{
public:
    ZlibReadBuffer(ReadBuffer & in_, bool is_gzip) : in(in_), memory(kChunk, '\0')
    {
        /// gzip: 15 + 16 expects the gzip header; deflate: 15 + 32 detects zlib or gzip, as browsers send either.
        if (inflateInit2(&stream, is_gzip ? 15 + 16 : 15 + 32) != Z_OK)
            throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "inflateInit failed");
    }
    ~ZlibReadBuffer() override { inflateEnd(&stream); }

protected:
    bool nextImpl() override
    {
        while (!is_finished)
        {
            if (stream.avail_in == 0)
            {
                if (in.eof())
                    throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Unexpected end of compressed (zlib) data");
                stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.pos()));
                stream.avail_in = static_cast<uInt>(in.available());
                in.setPos(in.end());
            }
            stream.next_out = reinterpret_cast<Bytef *>(memory.data());
            stream.avail_out = static_cast<uInt>(memory.size());
            int result = inflate(&stream, Z_NO_FLUSH);
            if (result == Z_STREAM_END)
            {
                /// Concatenated gzip members continue the same stream.
                if (stream.avail_in == 0 && in.eof())
                    is_finished = true;
                else
                    inflateReset(&stream);
            }
            else if (result != Z_OK && result != Z_BUF_ERROR)
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "inflate failed: {}", stream.msg ? stream.msg : "corrupt data");
            size_t produced = memory.size() - stream.avail_out;
            if (produced)
            {
                setWindow(memory.data(), memory.data() + produced);
                return true;
            }
        }
        return false;
    }

private:
    ReadBuffer & in;
    z_stream stream{};
    std::string memory;
    bool is_finished = false;
};

class ZlibWriteBuffer final : public BufferedWriteBuffer
{
public:
    ZlibWriteBuffer(WriteBuffer & out_, bool is_gzip, int level) : BufferedWriteBuffer(kChunk), out(out_), scratch(kChunk, '\0')
    {
        if (deflateInit2(&stream, level, Z_DEFLATED, is_gzip ? 15 + 16 : 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw Exception(ErrorCodes::CANNOT_COMPRESS, "deflateInit failed");
    }
    ~ZlibWriteBuffer() override { deflateEnd(&stream); }

protected:
    void drain(const char * data, size_t size) override { run(data, size, Z_NO_FLUSH); }
    void finalizeImpl() override { run(nullptr, 0, Z_FINISH); }

private:
    void run(const char * data, size_t size, int flush)
    {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        stream.avail_in = static_cast<uInt>(size);
        while (true)
        {
            stream.next_out = reinterpret_cast<Bytef *>(scratch.data());
            stream.avail_out = static_cast<uInt>(scratch.size());
            int result = deflate(&stream, flush);
            if (result == Z_STREAM_ERROR)
                throw Exception(ErrorCodes::CANNOT_COMPRESS, "deflate failed");
            out.write(scratch.data(), scratch.size() - stream.avail_out);
            if (flush == Z_FINISH ? result == Z_STREAM_END : stream.avail_in == 0 && stream.avail_out != 0)
                break;
        }
    }

    WriteBuffer & out;
    z_stream stream{};
    std::string scratch;
};

class ZstdReadBuffer final : public ReadBuffer
{
public:
    explicit ZstdReadBuffer(ReadBuffer & in_) : in(in_), context(ZSTD_createDCtx()), memory(ZSTD_DStreamOutSize(), '\0') {}
    ~ZstdReadBuffer() override { ZSTD_freeDCtx(context); }

protected:
    bool nextImpl() override
    {
        while (true)
        {
            if (input.pos == input.size)
            {
                if (in.eof())
                {
                    if (!is_frame_complete)
                        throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Unexpected end of compressed (zstd) data");
                    return false;
                }
                input = {in.pos(), in.available(), 0};
                in.setPos(in.end());
            }
            ZSTD_outBuffer output{memory.data(), memory.size(), 0};
            size_t result = ZSTD_decompressStream(context, &output, &input);
            if (ZSTD_isError(result))
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "zstd stream decoding failed: {}", ZSTD_getErrorName(result));
            is_frame_complete = result == 0;
            if (output.pos)
            {
                setWindow(memory.data(), memory.data() + output.pos);
                return true;
            }
        }
    }

private:
    ReadBuffer & in;
    ZSTD_DCtx * context;
    ZSTD_inBuffer input{nullptr, 0, 0};
    std::string memory;
    bool is_frame_complete = true;
};

class ZstdWriteBuffer final : public BufferedWriteBuffer
{
public:
    ZstdWriteBuffer(WriteBuffer & out_, int level) : BufferedWriteBuffer(kChunk), out(out_), context(ZSTD_createCCtx()), scratch(ZSTD_CStreamOutSize(), '\0')
    {
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level);
    }
    ~ZstdWriteBuffer() override { ZSTD_freeCCtx(context); }

protected:
    void drain(const char * data, size_t size) override { run(data, size, ZSTD_e_continue); }
    void finalizeImpl() override { run(nullptr, 0, ZSTD_e_end); }

private:
    void run(const char * data, size_t size, ZSTD_EndDirective mode)
    {
        ZSTD_inBuffer input{data, size, 0};
        while (true)
        {
            ZSTD_outBuffer output{scratch.data(), scratch.size(), 0};
            size_t remaining = ZSTD_compressStream2(context, &output, &input, mode);
            if (ZSTD_isError(remaining))
                throw Exception(ErrorCodes::CANNOT_COMPRESS, "zstd stream encoding failed: {}", ZSTD_getErrorName(remaining));
            out.write(scratch.data(), output.pos);
            if (mode == ZSTD_e_end ? remaining == 0 : input.pos == input.size)
                break;
        }
    }

    WriteBuffer & out;
    ZSTD_CCtx * context;
    std::string scratch;
};

class Lz4ReadBuffer final : public ReadBuffer
{
public:
    explicit Lz4ReadBuffer(ReadBuffer & in_) : in(in_), memory(kChunk, '\0')
    {
        if (LZ4F_isError(LZ4F_createDecompressionContext(&context, LZ4F_VERSION)))
            throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "LZ4F_createDecompressionContext failed");
    }
    ~Lz4ReadBuffer() override { LZ4F_freeDecompressionContext(context); }

protected:
    bool nextImpl() override
    {
        while (true)
        {
            if (in.available() == 0 && in.eof())
            {
                if (!is_frame_complete)
                    throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "Unexpected end of compressed (lz4) data");
                return false;
            }
            size_t source_size = in.available();
            size_t produced = memory.size();
            size_t hint = LZ4F_decompress(context, memory.data(), &produced, in.pos(), &source_size, nullptr);
            if (LZ4F_isError(hint))
                throw Exception(ErrorCodes::CANNOT_DECOMPRESS, "lz4 frame decoding failed: {}", LZ4F_getErrorName(hint));
            in.advance(source_size);
            is_frame_complete = hint == 0;
            if (produced)
            {
                setWindow(memory.data(), memory.data() + produced);
                return true;
            }
        }
    }

private:
    ReadBuffer & in;
    LZ4F_dctx * context = nullptr;
    std::string memory;
    bool is_frame_complete = true;
};

class Lz4WriteBuffer final : public BufferedWriteBuffer
{
public:
    Lz4WriteBuffer(WriteBuffer & out_, int level) : BufferedWriteBuffer(kChunk), out(out_)
    {
        if (LZ4F_isError(LZ4F_createCompressionContext(&context, LZ4F_VERSION)))
            throw Exception(ErrorCodes::CANNOT_COMPRESS, "LZ4F_createCompressionContext failed");
        preferences.compressionLevel = level;
        scratch.resize(LZ4F_compressBound(kChunk, &preferences) + 64);
    }
    ~Lz4WriteBuffer() override { LZ4F_freeCompressionContext(context); }

protected:
    void drain(const char * data, size_t size) override
    {
        begin();
        size_t written = LZ4F_compressUpdate(context, scratch.data(), scratch.size(), data, size, nullptr);
        check(written);
        out.write(scratch.data(), written);
    }
    void finalizeImpl() override
    {
        begin();
        size_t written = LZ4F_compressEnd(context, scratch.data(), scratch.size(), nullptr);
        check(written);
        out.write(scratch.data(), written);
    }

private:
    void begin()
    {
        if (is_started)
            return;
        size_t written = LZ4F_compressBegin(context, scratch.data(), scratch.size(), &preferences);
        check(written);
        out.write(scratch.data(), written);
        is_started = true;
    }
    static void check(size_t code)
    {
        if (LZ4F_isError(code))
            throw Exception(ErrorCodes::CANNOT_COMPRESS, "lz4 frame encoding failed: {}", LZ4F_getErrorName(code));
    }

    WriteBuffer & out;
    LZ4F_cctx * context = nullptr;
    LZ4F_preferences_t preferences{};
    std::string scratch;
    bool is_started = false;
};
}

HttpCompressionMethod parseContentEncoding(const std::string & value)
{
    if (value.empty() || value == "identity" || value == "none")
        return HttpCompressionMethod::None;
    if (value == "gzip" || value == "x-gzip")
        return HttpCompressionMethod::Gzip;
    if (value == "deflate")
        return HttpCompressionMethod::Deflate;
    if (value == "zstd")
        return HttpCompressionMethod::Zstd;
    if (value == "lz4")
        return HttpCompressionMethod::Lz4;
    throw Exception(ErrorCodes::UNKNOWN_COMPRESSION_METHOD, "Unknown HTTP compression method: {}", value);
}

HttpCompressionMethod chooseAcceptedEncoding(const std::string & accept_encoding)
{
    size_t start = 0;
    while (start < accept_encoding.size())
    {
        size_t comma = accept_encoding.find(',', start);
        std::string item = accept_encoding.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        item = item.substr(0, item.find(';'));
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (item == "gzip" || item == "x-gzip")
            return HttpCompressionMethod::Gzip;
        if (item == "deflate")
            return HttpCompressionMethod::Deflate;
        if (item == "zstd")
            return HttpCompressionMethod::Zstd;
        if (item == "lz4")
            return HttpCompressionMethod::Lz4;
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return HttpCompressionMethod::None;
}

const char * contentEncodingName(HttpCompressionMethod method)
{
    switch (method)
    {
        case HttpCompressionMethod::Gzip: return "gzip";
        case HttpCompressionMethod::Deflate: return "deflate";
        case HttpCompressionMethod::Zstd: return "zstd";
        case HttpCompressionMethod::Lz4: return "lz4";
        case HttpCompressionMethod::None: return "";
    }
    return "";
}

std::unique_ptr<ReadBuffer> makeDecompressingReadBuffer(ReadBuffer & in, HttpCompressionMethod method)
{
    switch (method)
    {
        case HttpCompressionMethod::Gzip: return std::make_unique<ZlibReadBuffer>(in, true);
        case HttpCompressionMethod::Deflate: return std::make_unique<ZlibReadBuffer>(in, false);
        case HttpCompressionMethod::Zstd: return std::make_unique<ZstdReadBuffer>(in);
        case HttpCompressionMethod::Lz4: return std::make_unique<Lz4ReadBuffer>(in);
        case HttpCompressionMethod::None: break;
    }
    throw Exception(ErrorCodes::LOGICAL_ERROR, "No decompression for an uncompressed body");
}

std::unique_ptr<WriteBuffer> makeCompressingWriteBuffer(WriteBuffer & out, HttpCompressionMethod method, int level)
{
    switch (method)
    {
        case HttpCompressionMethod::Gzip: return std::make_unique<ZlibWriteBuffer>(out, true, level);
        case HttpCompressionMethod::Deflate: return std::make_unique<ZlibWriteBuffer>(out, false, level);
        case HttpCompressionMethod::Zstd: return std::make_unique<ZstdWriteBuffer>(out, level);
        case HttpCompressionMethod::Lz4: return std::make_unique<Lz4WriteBuffer>(out, level);
        case HttpCompressionMethod::None: break;
    }
    throw Exception(ErrorCodes::LOGICAL_ERROR, "No compression for an uncompressed body");
}
}
