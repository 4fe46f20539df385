// Buffers over a connection (plain or TLS) for the native protocol: reads block until data
// arrives, writes go out when the window fills or on next().
#pragma once

#include <memory>

#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"
#include "server/ConnectionStream.h"

namespace datastore::server
{
class ReadBufferFromSocket : public ReadBuffer
{
public:
    explicit ReadBufferFromSocket(ConnectionStream & socket_, size_t buffer_bytes = 1 << 16);

    /// Whether a read would not block: bytes are buffered or waiting in the socket.
    bool hasPendingData();

protected:
    /// False when the peer closed the connection; throws NETWORK_ERROR on other errors.
    bool nextImpl() override;

private:
    ConnectionStream & socket;
    std::unique_ptr<char[]> memory;
    size_t memory_size;
};

class WriteBufferFromSocket : public BufferedWriteBuffer
{
public:
    explicit WriteBufferFromSocket(ConnectionStream & socket_) : socket(socket_) {}

protected:
    /// Throws NETWORK_ERROR when the peer is gone.
    void drain(const char * data, size_t size) override;

private:
    ConnectionStream & socket;
};
}
