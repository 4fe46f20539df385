// The server side of TLS as ClickHouse configures it under <openSSL><server>: certificate
// and key, CA for client certificates, verification mode, ciphers and protocols. One context
// serves both secure listeners (tcp_port_secure, https_port).
#pragma once

#include <boost/asio/ssl/context.hpp>
#include <memory>

#include "server/Config.h"

namespace datastore::server
{
/// Builds the context from openSSL.server.*; throws INVALID_CONFIG_PARAMETER naming the element
/// and file when a certificate, key or CA cannot be loaded or a value is not understood.
std::unique_ptr<boost::asio::ssl::context> makeTlsServerContext(const Config & config);
}
