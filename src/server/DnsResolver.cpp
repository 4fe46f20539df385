#include "server/DnsResolver.h"

#include <cstring>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

namespace datastore::server
{
std::vector<std::string> resolveHost(const std::string & host)
{
    std::vector<std::string> result;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo * list = nullptr;
    if (getaddrinfo(host.c_str(), nullptr, &hints, &list) != 0)
        return result;
    for (auto * entry = list; entry; entry = entry->ai_next)
    {
        char text[INET6_ADDRSTRLEN] = {};
        if (entry->ai_family == AF_INET)
            inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in *>(entry->ai_addr)->sin_addr, text, sizeof(text));
        else if (entry->ai_family == AF_INET6)
            inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6 *>(entry->ai_addr)->sin6_addr, text, sizeof(text));
        else
            continue;
        result.emplace_back(text);
    }
    freeaddrinfo(list);
    return result;
}

std::string reverseResolve(const std::string & address)
{
    char host[NI_MAXHOST] = {};
    int error = EAI_NONAME;
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    /// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; its PTR is the IPv4 one.
    std::string v4_text = address.starts_with("::ffff:") && address.find('.') != std::string::npos ? address.substr(7) : address;
    if (inet_pton(AF_INET, v4_text.c_str(), &v4.sin_addr) == 1)
    {
        v4.sin_family = AF_INET;
        error = getnameinfo(reinterpret_cast<sockaddr *>(&v4), sizeof(v4), host, sizeof(host), nullptr, 0, NI_NAMEREQD);
    }
    else if (inet_pton(AF_INET6, address.c_str(), &v6.sin6_addr) == 1)
    {
        v6.sin6_family = AF_INET6;
        error = getnameinfo(reinterpret_cast<sockaddr *>(&v6), sizeof(v6), host, sizeof(host), nullptr, 0, NI_NAMEREQD);
    }
    return error ? std::string() : std::string(host);
}
}
