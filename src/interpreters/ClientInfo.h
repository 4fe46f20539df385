// Who sent a query and through which interface, as ClickHouse's ClientInfo: the interfaces
// fill it from the connection (native hello, HTTP headers), system.query_log records it.
#pragma once

#include <string>

#include "base/Types.h"

namespace datastore::interpreters
{
struct ClientInfo
{
    /// ClickHouse's numbering of interfaces in system.query_log.interface.
    enum class Interface : UInt8
    {
        Local = 0,
        Tcp = 1,
        Http = 2,
    };
    /// ClickHouse's numbering of system.query_log.http_method.
    enum class HttpMethod : UInt8
    {
        Unknown = 0,
        Get = 1,
        Post = 2,
    };

    Interface interface = Interface::Local;
    UInt16 port = 0;
    bool is_secure = false;
    /// The native protocol's hello (name, version) and query (user and host of the client).
    std::string os_user;
    std::string client_hostname;
    std::string client_name;
    UInt64 client_revision = 0;
    UInt64 client_version_major = 0;
    UInt64 client_version_minor = 0;
    UInt64 client_version_patch = 0;
    HttpMethod http_method = HttpMethod::Unknown;
    std::string http_user_agent;
    std::string http_referer;
    std::string forwarded_for;
};
}
