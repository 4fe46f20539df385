#include "server/ClientCancelWatcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/NativeProtocol.h"

namespace datastore::server
{
namespace
{
/// The first byte of a TLS record: its content type.
constexpr unsigned char kTlsAlert = 21;

/// Whether the first byte waiting in the socket means the client gave up on the query.
/// Over TLS the bytes are encrypted: an alert record is the client closing (close_notify);
/// on the native protocol any other record is taken for Cancel, since a client sends nothing
/// else while a query runs.
bool meansCancel(unsigned char first_byte, bool is_encrypted, ClientCancelWatcher::Protocol protocol)
{
    if (is_encrypted)
        return first_byte == kTlsAlert || protocol == ClientCancelWatcher::Protocol::Native;
    return protocol == ClientCancelWatcher::Protocol::Native && first_byte == native::ClientPacket::kCancel;
}
}

ClientCancelWatcher::ClientCancelWatcher(ConnectionStream & connection, interpreters::QueryContext & context, Protocol protocol)
{
    int socket_fd = connection.nativeHandle();
    bool is_encrypted = connection.isEncrypted();
    wake_fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    thread = std::thread([this, socket_fd, is_encrypted, protocol, &context] {
        while (!is_done)
        {
            /// Without an eventfd, the 100 ms timeout is what notices stop().
            pollfd descriptors[2] = {{socket_fd, POLLIN, 0}, {wake_fd, POLLIN, 0}};
            if (::poll(descriptors, wake_fd >= 0 ? 2 : 1, 100) <= 0)
                continue;
            if (!descriptors[0].revents)
                return;
            unsigned char first_byte = 0;
            ssize_t peeked = ::recv(socket_fd, &first_byte, 1, MSG_PEEK | MSG_DONTWAIT);
            /// 0: the client hung up. Other bytes (a Ping, INSERT data) are the connection's
            /// to read: stop watching rather than spin on them.
            if (peeked == 0 || (peeked == 1 && meansCancel(first_byte, is_encrypted, protocol)))
                context.cancel();
            if (peeked >= 0)
                return;
        }
    });
}

void ClientCancelWatcher::stop()
{
    is_done = true;
    if (!thread.joinable())
        return;
    if (wake_fd >= 0)
    {
        UInt64 one = 1;
        [[maybe_unused]] ssize_t written = ::write(wake_fd, &one, sizeof(one));
    }
    thread.join();
}

ClientCancelWatcher::~ClientCancelWatcher()
{
    stop();
    if (wake_fd >= 0)
        ::close(wake_fd);
}
}
