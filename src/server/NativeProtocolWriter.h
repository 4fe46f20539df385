// Writes the server's packets of the native protocol in the layout of the negotiated
// revision: Hello, Data (compressed when the query asked for it), Exception, Progress,
// ProfileInfo, TableColumns, Pong and EndOfStream.
#pragma once

#include <memory>
#include <string>

#include "base/Exception.h"
#include "columns/Block.h"
#include "compression/ICompressionCodec.h"
#include "io/WriteBuffer.h"
#include "server/NativeProtocol.h"

namespace datastore::server
{
struct ProfileInfo
{
    UInt64 rows = 0;
    UInt64 blocks = 0;
    UInt64 bytes = 0;
};

class NativeProtocolWriter
{
public:
    explicit NativeProtocolWriter(WriteBuffer & out_);
    ~NativeProtocolWriter();

    void setRevision(UInt64 revision_) { revision = revision_; }
    /// Data blocks of the current query go through `codec` (null: uncompressed).
    void setCompression(compression::CompressionCodecPtr codec);

    void writeHello(const ServerHello & hello);
    void writeData(const Block & block);
    /// WITH TOTALS: the totals row, after the data, framed as a Data packet.
    void writeTotals(const Block & block);
    void writeException(const Exception & exception);
    void writeProgress(const ProgressIncrement & progress);
    void writeProfileInfo(const ProfileInfo & info);
    /// The INSERT table's columns with their defaults, in ColumnsDescription's text form.
    void writeTableColumns(const std::string & description);
    void writePong();
    void writeEndOfStream();
    /// Sends everything written so far.
    void flush() { out.next(); }

private:
    void writeBlockPacket(UInt64 packet, const Block & block);

    WriteBuffer & out;
    UInt64 revision = 0;
    std::unique_ptr<WriteBuffer> compressed_out;
};
}
