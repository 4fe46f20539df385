// The hosts a user may connect from (<networks> of users.xml): addresses and subnets
// (<ip>), host names resolved to addresses (<host>), and regular expressions over the name
// the client's address resolves back to (<host_regexp>).
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace re2
{
class RE2;
}

namespace datastore::access
{
class AllowedNetworks
{
public:
    /// Any host: a user without <networks>.
    static AllowedNetworks anyHost();

    /// "10.0.0.0/8", "192.168.1.1", "2a02:6b8::/32", "10.0.0.0/255.0.0.0"; BAD_ARGUMENTS if malformed.
    void addSubnet(const std::string & text);
    void addHost(const std::string & name);
    /// CANNOT_COMPILE_REGEXP if malformed.
    void addHostRegexp(const std::string & pattern);

    /// Whether a client at `address` (as the socket gives it; empty for an in-process client,
    /// which is the local host) may connect.
    bool contains(const std::string & address) const;
    /// The entries as written, for system.users: (kind, value) with kind ip, host or host_regexp.
    const std::vector<std::pair<std::string, std::string>> & entries() const { return written; }

private:
    using Address = std::array<unsigned char, 16>;
    struct Subnet
    {
        Address address{};
        Address mask{};
    };

    bool is_any = false;
    std::vector<Subnet> subnets;
    std::vector<std::string> hosts;
    std::vector<std::shared_ptr<re2::RE2>> host_regexps;
    std::vector<std::pair<std::string, std::string>> written;
};
}
