// Name resolution for the configuration and access checks: the addresses of a host name
// (system.clusters, <networks><host>) and the name an address resolves back to
// (<networks><host_regexp>).
#pragma once

#include <string>
#include <vector>

namespace datastore::server
{
/// The addresses (IPv4 and IPv6, as text) of `host`, in the resolver's order; empty if it
/// does not resolve.
std::vector<std::string> resolveHost(const std::string & host);

/// The name the address (as text) resolves back to, or empty.
std::string reverseResolve(const std::string & address);
}
