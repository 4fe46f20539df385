// One client connection of the native protocol: the handshake, then queries one at a time
// until the client leaves. A query's errors go back as Exception packets and the connection
// stays usable; errors of the protocol itself (a malformed packet) end the connection.
#pragma once

#include <string>

#include "interpreters/Context.h"
#include "server/NativeProtocolReader.h"
#include "server/NativeProtocolWriter.h"
#include "server/SocketBuffers.h"

namespace datastore::server
{
class NativeConnectionHandler
{
public:
    NativeConnectionHandler(interpreters::ServerContext & server_, ConnectionStream & connection_);

    /// Serves the connection to its end; throws only on network errors.
    void run();

private:
    /// False when the handshake failed (the client was told why).
    bool handshake();
    void processQuery();
    /// Reads Data packets up to the empty block that ends them (external tables, which we
    /// do not support, or the rest of an INSERT's data after an error); true if any came.
    bool skipData(bool is_compressed);
    /// Between result blocks: takes a Cancel (or Ping) the client sent meanwhile.
    void checkClientPackets(interpreters::QueryContext & context);
    void sendProgress(interpreters::QueryContext & context);

    interpreters::ServerContext & server;
    std::string client_address;
    /// The connection's port and security, then the client's name and version from its hello.
    interpreters::ClientInfo client_info;
    ConnectionStream & connection;
    ReadBufferFromSocket in;
    WriteBufferFromSocket out;
    NativeProtocolReader reader;
    NativeProtocolWriter writer;
    UInt64 revision = 0;
    interpreters::Session session;
    /// The logged-in user's access, set by the handshake.
    std::shared_ptr<const access::ContextAccess> access;
    /// Set when the stream of packets can no longer be followed (a malformed Data packet):
    /// the connection ends after telling the client.
    bool is_stream_broken = false;

    /// What progress the client has been told of in the current query.
    UInt64 sent_read_rows = 0;
    UInt64 sent_read_bytes = 0;
    UInt64 sent_total_rows = 0;
    UInt64 sent_written_rows = 0;
    UInt64 sent_written_bytes = 0;
};
}
