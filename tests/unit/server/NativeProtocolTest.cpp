// Packets of the native protocol byte by byte: fields appear exactly from their revision,
// and blocks survive a round trip through the writer and the reader, compressed or not.
#include <gtest/gtest.h>

#include "compression/CompressionCodecFactory.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "server/NativeProtocol.h"
#include "server/NativeProtocolReader.h"
#include "server/NativeProtocolWriter.h"
#include "types/DataTypeFactory.h"

using namespace datastore;
using namespace datastore::server;

namespace
{
std::string progressBytes(UInt64 revision)
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        NativeProtocolWriter writer(out);
        writer.setRevision(revision);
        ProgressIncrement progress;
        progress.read_rows = 1;
        progress.read_bytes = 2;
        progress.total_rows_to_read = 3;
        progress.written_rows = 4;
        progress.written_bytes = 5;
        progress.elapsed_ns = 6;
        writer.writeProgress(progress);
    }
    return bytes;
}

Block sampleBlock()
{
    auto number_type = DataTypeFactory::instance().get("UInt64");
    auto string_type = DataTypeFactory::instance().get("String");
    auto numbers = number_type->createColumn();
    auto strings = string_type->createColumn();
    for (UInt64 i = 0; i < 1000; ++i)
    {
        numbers->insert(Field(i));
        strings->insert(Field(std::string(i % 17, 'x')));
    }
    Block block;
    block.insert({std::move(numbers), number_type, "n"});
    block.insert({std::move(strings), string_type, "s"});
    return block;
}

Block roundTrip(const Block & block, UInt64 revision, const char * codec)
{
    std::string bytes;
    {
        WriteBufferFromString out(bytes);
        NativeProtocolWriter writer(out);
        writer.setRevision(revision);
        if (codec)
            writer.setCompression(compression::CompressionCodecFactory::instance().get(codec));
        writer.writeData(block);
    }
    ReadBufferFromMemory in(bytes);
    NativeProtocolReader reader(in);
    reader.setRevision(revision);
    UInt64 type = 0;
    EXPECT_TRUE(reader.readPacketType(type));
    /// The server's Data is the client's Data in layout; only the type numbers differ.
    EXPECT_EQ(type, native::ServerPacket::kData);
    Block result = reader.readData(codec != nullptr, nullptr, nullptr);
    EXPECT_TRUE(in.eof());
    return result;
}
}

TEST(NativeProtocol, ProgressFieldsFollowTheRevision)
{
    /// Type 3, then read rows and bytes, total rows; written rows and bytes from 54420.
    EXPECT_EQ(progressBytes(54412), std::string("\x03\x01\x02\x03", 4));
    EXPECT_EQ(progressBytes(54453), std::string("\x03\x01\x02\x03\x04\x05", 6));
    /// Elapsed time from 54460, total bytes (0, not estimated) from 54463, before the written ones.
    EXPECT_EQ(progressBytes(54460), std::string("\x03\x01\x02\x03\x04\x05\x06", 7));
    EXPECT_EQ(progressBytes(54469), std::string("\x03\x01\x02\x03\x00\x04\x05\x06", 8));
}

TEST(NativeProtocol, HelloFieldsFollowTheRevision)
{
    auto hello = [](UInt64 revision)
    {
        std::string bytes;
        {
            WriteBufferFromString out(bytes);
            NativeProtocolWriter writer(out);
            writer.setRevision(revision);
            writer.writeHello({"name", "UTC", 24, 3, 1});
        }
        return bytes;
    };
    /// 0, "ClickHouse", 24, 3, our revision (54469 = 0xC5 0xA9 0x03), time zone, display name, patch.
    const std::string common = std::string("\x00\x0a", 2) + "ClickHouse" + "\x18\x03\xc5\xa9\x03";
    EXPECT_EQ(hello(54412), common + "\x03UTC" + "\x04name" + "\x01");
    EXPECT_EQ(hello(54469), common + "\x03UTC" + "\x04name" + "\x01" + std::string("\x00", 1) + std::string(8, '\0'));
}

TEST(NativeProtocol, BlocksRoundTripCompressedOrNot)
{
    const Block block = sampleBlock();
    for (UInt64 revision : {UInt64(54412), UInt64(54453), native::kServerRevision})
        for (const char * codec : {static_cast<const char *>(nullptr), "LZ4", "ZSTD(1)", "NONE"})
        {
            Block result = roundTrip(block, revision, codec);
            ASSERT_EQ(result.columns(), 2u);
            ASSERT_EQ(result.rows(), 1000u);
            EXPECT_EQ(result.getByPosition(1).name, "s");
            EXPECT_EQ(result.getByPosition(1).type->getName(), "String");
            for (size_t row : {size_t(0), size_t(16), size_t(999)})
            {
                EXPECT_EQ((*result.getByPosition(0).column)[row], (*block.getByPosition(0).column)[row]);
                EXPECT_EQ((*result.getByPosition(1).column)[row], (*block.getByPosition(1).column)[row]);
            }
        }
}

TEST(NativeProtocol, EmptyBlockEndsTheData)
{
    Block empty = roundTrip(Block{}, native::kServerRevision, "LZ4");
    EXPECT_FALSE(empty);
}
