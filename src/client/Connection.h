// A native-protocol connection to a server, as clickhouse-client holds one: the Hello
// handshake, then Query, Data and Cancel packets out and the server's packets back
// (docs/formats/native-protocol.md). Blocks travel uncompressed.
#pragma once

#include "base/Exception.h"
#include "client/ChannelBuffers.h"
#include "columns/Block.h"
#include "server/NativeProtocol.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace datastore::client
{
struct ConnectionParameters
{
    std::string host;
    unsigned port = 9000;
    bool is_secure = false;
    bool accept_invalid_certificate = false;
    std::string user;
    std::string password;
    std::string database;
};

using ServerInfo = server::ServerHello;
using Progress = server::ProgressIncrement;

struct Packet
{
    UInt64 type = 0;
    /// Data, Totals and Extremes.
    Block block;
    /// Exception: the server's code and message (the first of a nested chain).
    std::optional<Exception> exception;
    Progress progress;
};

class Connection
{
public:
    /// Connects and runs the handshake. Throws NETWORK_ERROR when the server cannot be
    /// reached, and the server's own exception (AUTHENTICATION_FAILED...) when it refuses us.
    explicit Connection(const ConnectionParameters & parameters);

    const ServerInfo & server() const { return server_info; }
    /// "host:port" as the server was reached, for messages.
    std::string address() const;

    void sendQuery(
        const std::string & text, const std::vector<std::pair<std::string, std::string>> & settings,
        const std::map<std::string, std::string> & parameters);
    /// One block of INSERT data; an empty Block ends the data.
    void sendData(const Block & block);
    void sendCancel();
    /// Blocks until the next packet; throws NETWORK_ERROR if the server hung up.
    Packet receivePacket();

    /// Called every 100 ms while receivePacket waits.
    void setIdleCallback(std::function<void()> callback) { channel->setIdleCallback(std::move(callback)); }

private:
    void sendHello();
    void receiveHello();
    void writeClientInfo();
    Exception readException();
    Block readBlock();

    ConnectionParameters parameters;
    std::unique_ptr<SocketChannel> channel;
    std::unique_ptr<ReadBufferFromChannel> in;
    std::unique_ptr<WriteBufferToChannel> out;
    ServerInfo server_info;
    UInt64 revision = 0;
};
}
