#include "server/SocketBuffers.h"

#include <boost/asio.hpp>
#include <poll.h>

namespace datastore::server
{
namespace asio = boost::asio;

ReadBufferFromSocket::ReadBufferFromSocket(ConnectionStream & socket_, size_t buffer_bytes)
    : socket(socket_), memory(new char[buffer_bytes]), memory_size(buffer_bytes)
{
}

bool ReadBufferFromSocket::hasPendingData()
{
    if (available() || socket.pendingDecrypted())
        return true;
    /// A closed connection polls readable too: the read then reports its end.
    pollfd descriptor{socket.nativeHandle(), POLLIN, 0};
    return ::poll(&descriptor, 1, 0) > 0;
}

bool ReadBufferFromSocket::nextImpl()
{
    boost::system::error_code ec;
    size_t got = socket.read_some(asio::buffer(memory.get(), memory_size), ec);
    if (ec == asio::error::eof || ec == asio::error::connection_reset)
        return false;
    if (ec == asio::error::timed_out)
        throw Exception(ErrorCodes::SOCKET_TIMEOUT, "Timeout exceeded while reading from socket ({} ms)", socket.readTimeout().count());
    if (ec)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot read from socket: {}", ec.message());
    setWindow(memory.get(), memory.get() + got);
    return got > 0;
}

void WriteBufferFromSocket::drain(const char * data, size_t size)
{
    boost::system::error_code ec;
    asio::write(socket, asio::buffer(data, size), ec);
    if (ec)
        throw Exception(ErrorCodes::NETWORK_ERROR, "Cannot write to socket: {}", ec.message());
}
}
