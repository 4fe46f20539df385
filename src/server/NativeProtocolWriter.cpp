#include "server/NativeProtocolWriter.h"

#include "compression/CompressedWriteBuffer.h"
#include "formats/NativeBlock.h"
#include "io/WriteHelpers.h"
#include "server/NativeProtocol.h"

namespace datastore::server
{
using namespace native;

NativeProtocolWriter::NativeProtocolWriter(WriteBuffer & out_) : out(out_)
{
}

NativeProtocolWriter::~NativeProtocolWriter() = default;

void NativeProtocolWriter::setCompression(compression::CompressionCodecPtr codec)
{
    if (!codec)
        compressed_out.reset();
    else
        compressed_out = std::make_unique<compression::CompressedWriteBuffer>(out, std::move(codec));
}

void NativeProtocolWriter::writeHello(const ServerHello & hello)
{
    writeVarUInt(ServerPacket::kHello, out);
    writeStringBinary("ClickHouse", out);
    writeVarUInt(hello.version_major, out);
    writeVarUInt(hello.version_minor, out);
    writeVarUInt(kServerRevision, out);
    if (revision >= Revision::kServerTimezone)
        writeStringBinary(hello.timezone, out);
    if (revision >= Revision::kServerDisplayName)
        writeStringBinary(hello.display_name, out);
    if (revision >= Revision::kVersionPatch)
        writeVarUInt(hello.version_patch, out);
    if (revision >= Revision::kPasswordComplexityRules)
        writeVarUInt(0, out); /// no password rules
    if (revision >= Revision::kInterserverSecretV2)
        writeBinaryLittleEndian(UInt64(0), out); /// nonce, used by interserver secrets only
}

void NativeProtocolWriter::writeData(const Block & block)
{
    writeBlockPacket(ServerPacket::kData, block);
}

void NativeProtocolWriter::writeTotals(const Block & block)
{
    writeBlockPacket(ServerPacket::kTotals, block);
}

void NativeProtocolWriter::writeBlockPacket(UInt64 packet, const Block & block)
{
    writeVarUInt(packet, out);
    if (revision >= Revision::kTemporaryTables)
        writeStringBinary("", out);
    formats::NativeBlockOptions options;
    options.with_block_info = revision >= Revision::kBlockInfo;
    options.with_custom_serialization_flag = revision >= Revision::kCustomSerialization;
    if (!compressed_out)
        return formats::writeNativeBlock(block, out, options);
    formats::writeNativeBlock(block, *compressed_out, options);
    /// Each block ends its compressed frame: the client decompresses packet by packet.
    compressed_out->next();
}

void NativeProtocolWriter::writeException(const Exception & exception)
{
    writeVarUInt(ServerPacket::kException, out);
    writeBinaryLittleEndian(static_cast<Int32>(exception.code()), out);
    writeStringBinary("DB::Exception", out);
    writeStringBinary(exception.message(), out);
    writeStringBinary("", out); /// stack trace
    writeBinaryLittleEndian(UInt8(0), out); /// no nested exception
}

void NativeProtocolWriter::writeProgress(const ProgressIncrement & progress)
{
    writeVarUInt(ServerPacket::kProgress, out);
    writeVarUInt(progress.read_rows, out);
    writeVarUInt(progress.read_bytes, out);
    if (revision >= Revision::kTotalRowsInProgress)
        writeVarUInt(progress.total_rows_to_read, out);
    if (revision >= Revision::kTotalBytesInProgress)
        writeVarUInt(0, out); /// total bytes to read: not estimated
    if (revision >= Revision::kClientWriteInfo)
    {
        writeVarUInt(progress.written_rows, out);
        writeVarUInt(progress.written_bytes, out);
    }
    if (revision >= Revision::kServerQueryTimeInProgress)
        writeVarUInt(progress.elapsed_ns, out);
}

void NativeProtocolWriter::writeProfileInfo(const ProfileInfo & info)
{
    writeVarUInt(ServerPacket::kProfileInfo, out);
    writeVarUInt(info.rows, out);
    writeVarUInt(info.blocks, out);
    writeVarUInt(info.bytes, out);
    writeBinaryLittleEndian(UInt8(0), out); /// applied_limit
    writeVarUInt(0, out); /// rows_before_limit
    /// Computed already: clients before 19.x otherwise try to compute it from their own streams and crash.
    writeBinaryLittleEndian(UInt8(1), out); /// calculated_rows_before_limit
    if (revision >= Revision::kRowsBeforeAggregation)
    {
        writeBinaryLittleEndian(UInt8(0), out); /// applied_aggregation
        writeVarUInt(0, out); /// rows_before_aggregation
    }
}

void NativeProtocolWriter::writeTableColumns(const std::string & description)
{
    writeVarUInt(ServerPacket::kTableColumns, out);
    writeStringBinary("", out); /// external table name
    writeStringBinary(description, out);
}

void NativeProtocolWriter::writePong()
{
    writeVarUInt(ServerPacket::kPong, out);
}

void NativeProtocolWriter::writeEndOfStream()
{
    writeVarUInt(ServerPacket::kEndOfStream, out);
}
}
