#include "server/ClientCancelWatcher.h"

#include <poll.h>
#include <sys/socket.h>

#include "server/NativeProtocol.h"

namespace datastore::server
{
ClientCancelWatcher::ClientCancelWatcher(int socket_fd, interpreters::QueryContext & context)
{
    thread = std::thread([this, socket_fd, &context] {
        while (!is_done)
        {
            pollfd descriptor{socket_fd, POLLIN, 0};
            if (::poll(&descriptor, 1, 100) <= 0)
                continue;
            char type = 0;
            ssize_t peeked = ::recv(socket_fd, &type, 1, MSG_PEEK | MSG_DONTWAIT);
            /// 0: the client hung up. Any packet but Cancel (a Ping, INSERT data) is the
            /// connection's to read: stop watching rather than spin on it.
            if (peeked == 0 || (peeked == 1 && static_cast<UInt64>(type) == native::ClientPacket::kCancel))
                context.cancel();
            if (peeked >= 0)
                return;
        }
    });
}

void ClientCancelWatcher::stop()
{
    is_done = true;
    if (thread.joinable())
        thread.join();
}
}
