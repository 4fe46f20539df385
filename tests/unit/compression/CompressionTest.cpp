// Codecs, the block framing and the compressed buffers, byte for byte where ClickHouse's
// layout is fixed (method bytes, header sizes, Delta's layout, the chain's layout).
#include "base/Exception.h"
#include "compression/CompressedBlockFraming.h"
#include "compression/CompressedReadBuffer.h"
#include "compression/CompressedReadBufferFromFile.h"
#include "compression/CompressedWriteBuffer.h"
#include "compression/CompressionCodecFactory.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace datastore;
using namespace datastore::compression;

namespace
{
std::string roundTrip(const ICompressionCodec & codec, const std::string & data, std::string * compressed_out = nullptr)
{
    std::string compressed(codec.getCompressedReserveSize(static_cast<UInt32>(data.size())), '\0');
    UInt32 size = codec.compress(data.data(), static_cast<UInt32>(data.size()), compressed.data());
    compressed.resize(size);
    std::string result(ICompressionCodec::readDecompressedSize(compressed.data()), '\0');
    CompressionCodecFactory::instance().get(static_cast<UInt8>(compressed[0]))->decompress(compressed.data(), size, result.data());
    if (compressed_out)
        *compressed_out = compressed;
    return result;
}

std::string sampleData(size_t values)
{
    std::string data(values * 8, '\0');
    for (size_t i = 0; i < values; ++i)
    {
        UInt64 v = 1700000000 + i * 3;
        std::memcpy(data.data() + i * 8, &v, 8);
    }
    return data;
}

int errorCode(const std::function<void()> & f)
{
    try
    {
        f();
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    return 0;
}
}

TEST(CompressionCodecFactory, ParsesNamesAndChains)
{
    auto & factory = CompressionCodecFactory::instance();
    EXPECT_EQ(factory.getDefaultCodec()->getCodecDesc(), "LZ4");
    EXPECT_EQ(factory.get("")->getCodecDesc(), "LZ4");
    EXPECT_EQ(factory.get("ZSTD")->getCodecDesc(), "ZSTD(1)");
    EXPECT_EQ(factory.get("ZSTD(3)")->getCodecDesc(), "ZSTD(3)");
    EXPECT_EQ(factory.get("Delta", 4)->getCodecDesc(), "Delta(4)");
    EXPECT_EQ(factory.get("Delta")->getCodecDesc(), "Delta(1)");
    EXPECT_EQ(factory.get("CODEC(Delta(8), LZ4)")->getCodecDesc(), "Delta(8), LZ4");
    EXPECT_EQ(factory.get("CODEC(Delta(8), LZ4)")->getMethodByte(), 0x91);
    EXPECT_EQ(factory.get("NONE")->getMethodByte(), 0x02);
    EXPECT_EQ(factory.get("LZ4")->getMethodByte(), 0x82);
    EXPECT_EQ(factory.get("ZSTD")->getMethodByte(), 0x90);
    EXPECT_EQ(factory.get("Delta")->getMethodByte(), 0x92);
    EXPECT_EQ(factory.get("Default, ZSTD(2)")->getCodecDesc(), "LZ4, ZSTD(2)");
    EXPECT_EQ(factory.get("DoubleDelta", 8)->getMethodByte(), 0x94);
    EXPECT_EQ(factory.get("Gorilla", 8)->getMethodByte(), 0x95);
}

TEST(CompressionCodecFactory, RejectsBadCodecs)
{
    auto & factory = CompressionCodecFactory::instance();
    EXPECT_EQ(errorCode([&] { factory.get("Snappy"); }), ErrorCodes::UNKNOWN_CODEC);
    EXPECT_EQ(errorCode([&] { factory.get("Delta(3)"); }), ErrorCodes::ILLEGAL_CODEC_PARAMETER);
    EXPECT_EQ(errorCode([&] { factory.get("ZSTD(23)"); }), ErrorCodes::ILLEGAL_CODEC_PARAMETER);
    EXPECT_EQ(errorCode([&] { factory.get("ZSTD(x)"); }), ErrorCodes::ILLEGAL_CODEC_PARAMETER);
    EXPECT_EQ(errorCode([&] { factory.get("LZ4(1)"); }), ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS);
    EXPECT_EQ(errorCode([&] { factory.get("Delta(4"); }), ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE);
    EXPECT_EQ(errorCode([&] { factory.get(UInt8(0x77)); }), ErrorCodes::UNKNOWN_CODEC);
    EXPECT_EQ(errorCode([&] { factory.get("Gorilla(3)"); }), ErrorCodes::ILLEGAL_CODEC_PARAMETER);
    EXPECT_EQ(errorCode([&] { factory.get("DoubleDelta(1, 2)"); }), ErrorCodes::ILLEGAL_SYNTAX_FOR_CODEC_TYPE);
}

TEST(Codecs, RoundTripEveryCodec)
{
    std::string data = sampleData(10000) + "tail";
    /// Values jumping in every direction exercise every bit-width class of DoubleDelta and Gorilla.
    UInt64 state = 88172645463325252ULL;
    for (int i = 0; i < 5000; ++i)
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        UInt64 value = (i % 4 == 0) ? state : (i % 4 == 1 ? state >> 40 : (i % 4 == 2 ? 7 : state >> 58));
        data.append(reinterpret_cast<const char *>(&value), 8);
    }
    for (const char * desc : { "NONE", "LZ4", "ZSTD", "ZSTD(9)", "Delta(1)", "Delta(2)", "Delta(4)", "Delta(8)", "Delta(8), LZ4",
                               "Delta(4), ZSTD(2), LZ4", "DoubleDelta(1)", "DoubleDelta(2)", "DoubleDelta(4)", "DoubleDelta(8)",
                               "Gorilla(1)", "Gorilla(2)", "Gorilla(4)", "Gorilla(8)", "DoubleDelta(8), ZSTD" })
    {
        auto codec = CompressionCodecFactory::instance().get(desc);
        std::string compressed;
        EXPECT_EQ(roundTrip(*codec, data, &compressed), data) << desc;
        EXPECT_EQ(static_cast<UInt8>(compressed[0]), codec->getMethodByte()) << desc;
        EXPECT_EQ(ICompressionCodec::readCompressedSize(compressed.data()), compressed.size()) << desc;
        EXPECT_EQ(roundTrip(*codec, ""), "") << desc;
    }
}

TEST(Codecs, DeltaLayoutIsClickHouses)
{
    /// 3 UInt32 values 10, 13, 20 with one odd leading byte: width, skip count, raw byte, deltas.
    std::string data(1, 'x');
    for (UInt32 v : { 10u, 13u, 20u })
        data.append(reinterpret_cast<const char *>(&v), 4);
    std::string compressed;
    roundTrip(*CompressionCodecFactory::instance().get("Delta(4)"), data, &compressed);
    ASSERT_EQ(compressed.size(), 9u + 2 + 13);
    EXPECT_EQ(compressed[9], 4);
    EXPECT_EQ(compressed[10], 1);
    EXPECT_EQ(compressed[11], 'x');
    UInt32 deltas[3];
    std::memcpy(deltas, compressed.data() + 12, 12);
    EXPECT_EQ(deltas[0], 10u);
    EXPECT_EQ(deltas[1], 3u);
    EXPECT_EQ(deltas[2], 7u);
}

TEST(Codecs, MultipleLayoutIsClickHouses)
{
    std::string compressed;
    std::string data = sampleData(100);
    roundTrip(*CompressionCodecFactory::instance().get("Delta(8), LZ4"), data, &compressed);
    EXPECT_EQ(static_cast<UInt8>(compressed[0]), 0x91);
    EXPECT_EQ(compressed[9], 2);
    EXPECT_EQ(static_cast<UInt8>(compressed[10]), 0x92);
    EXPECT_EQ(static_cast<UInt8>(compressed[11]), 0x82);
    /// What follows is the LZ4 stage: a whole block with its own header.
    EXPECT_EQ(static_cast<UInt8>(compressed[12]), 0x82);
}

namespace
{
std::string unhex(const std::string & hex)
{
    std::string bytes;
    for (size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
}

/// Re-encodes the decoded contents of a framed ClickHouse block and expects identical bytes.
void expectSameAsClickHouse(
    const std::string & clickhouse_file, const std::string & codec_desc, size_t value_size, const std::string & expected)
{
    ReadBufferFromMemory in(clickhouse_file);
    CompressedReadBuffer reader(in);
    std::string decoded;
    reader.readAll(decoded);
    EXPECT_EQ(decoded, expected);
    std::string ours;
    {
        WriteBufferFromString out(ours);
        PodArray<char> scratch;
        writeFramedBlock(*CompressionCodecFactory::instance().get(codec_desc, value_size), decoded.data(), decoded.size(), out, scratch);
    }
    EXPECT_EQ(ours, clickhouse_file) << codec_desc;
}
}

TEST(Codecs, DoubleDeltaAndGorillaMatchClickHouseBytes)
{
    /// .bin files ClickHouse wrote for: SELECT 1700000000 + number*number*7 + (number % 3) * 1000000
    /// AS x CODEC(DoubleDelta), number / 4 AS f CODEC(Gorilla) FROM numbers(10).
    std::string x_values;
    std::string f_values;
    for (UInt64 n = 0; n < 10; ++n)
    {
        UInt64 x = 1700000000 + n * n * 7 + (n % 3) * 1000000;
        double f = static_cast<double>(n) / 4;
        x_values.append(reinterpret_cast<const char *>(&x), 8);
        f_values.append(reinterpret_cast<const char *>(&f), 8);
    }
    expectSameAsClickHouse(
        unhex("a2021fa83470275024eee20b70af1bd6943a0000005000000008000a00000000f153650000000047420f000000000086fa00b71ac7"
              "c005b8d9b0df4016e358f800b71b361be802dc6b10"),
        "DoubleDelta", 8, x_values);
    expectSameAsClickHouse(
        unhex("5627d9f13b411cfc925bdead7c99e863952a0000005000000008000a0000000000000000000000c215fec01e601e582f340f301738"
              "237fff9c06"),
        "Gorilla", 8, f_values);
}

TEST(Codecs, NoneStoresAsIs)
{
    std::string compressed;
    roundTrip(*CompressionCodecFactory::instance().get("NONE"), "abc", &compressed);
    EXPECT_EQ(
        compressed,
        std::string(
            "\x02\x0c\x00\x00\x00\x03\x00\x00\x00"
            "abc",
            12));
}

TEST(CompressedBuffers, WriteThenReadStream)
{
    std::string file;
    {
        WriteBufferFromString out(file);
        CompressedWriteBuffer compressed(out, CompressionCodecFactory::instance().get("LZ4"), 4096);
        std::string data = sampleData(3000);
        compressed.write(data.data(), data.size());
        compressed.finalize();
        out.finalize();
    }
    /// 24000 bytes in blocks of 4096: 6 blocks.
    ReadBufferFromMemory in(file);
    CompressedReadBuffer reader(in);
    std::string back;
    reader.readAll(back);
    EXPECT_EQ(back, sampleData(3000));
}

TEST(CompressedBuffers, CorruptedBlockIsDetected)
{
    std::string file;
    {
        WriteBufferFromString out(file);
        CompressedWriteBuffer compressed(out, CompressionCodecFactory::instance().get("NONE"));
        compressed.write("hello world", 11);
        compressed.finalize();
        out.finalize();
    }
    file[kFramedHeaderSize + 3] ^= 1;
    ReadBufferFromMemory in(file);
    CompressedReadBuffer reader(in);
    std::string back;
    try
    {
        reader.readAll(back);
        FAIL() << "no error";
    }
    catch (const Exception & e)
    {
        EXPECT_EQ(e.code(), ErrorCodes::CHECKSUM_DOESNT_MATCH);
        EXPECT_EQ(e.message().rfind("Checksum doesn't match: corrupted data", 0), 0u) << e.message();
    }
    std::string truncated = file.substr(0, file.size() - 2);
    ReadBufferFromMemory in2(truncated);
    CompressedReadBuffer reader2(in2);
    EXPECT_EQ(errorCode([&] { reader2.readAll(back); }), ErrorCodes::CANNOT_READ_ALL_DATA);
}

TEST(CompressedBuffers, SeekByMarks)
{
    auto path = std::filesystem::temp_directory_path() / ("ds_compression_test_" + std::to_string(::getpid()) + ".bin");
    std::vector<std::pair<size_t, size_t>> marks;
    {
        std::string file;
        WriteBufferFromString out(file);
        CompressedWriteBuffer compressed(out, CompressionCodecFactory::instance().get("ZSTD"), 1000);
        for (int i = 0; i < 100; ++i)
        {
            marks.emplace_back(compressed.getCompressedOffset(), compressed.getOffsetInDecompressedBlock());
            std::string value = "row" + std::to_string(i) + ";";
            compressed.write(value.data(), value.size());
            if (i == 50)
                compressed.next(); /// a block boundary at a granule, as part writers do
        }
        compressed.finalize();
        out.finalize();
        std::ofstream(path, std::ios::binary) << file;
    }
    CompressedReadBufferFromFile reader(path.string());
    for (int i : { 77, 3, 51, 50, 99, 0 })
    {
        reader.seek(marks[i].first, marks[i].second);
        std::string expected = "row" + std::to_string(i) + ";";
        std::string got(expected.size(), '\0');
        reader.readStrict(got.data(), got.size());
        EXPECT_EQ(got, expected) << i;
    }
    EXPECT_EQ(errorCode([&] { reader.seek(marks[0].first, 100000); }), ErrorCodes::ARGUMENT_OUT_OF_BOUND);
    EXPECT_EQ(errorCode([&] { CompressedReadBufferFromFile missing("/nonexistent/x.bin"); }), ErrorCodes::FILE_DOESNT_EXIST);
    std::filesystem::remove(path);
}
