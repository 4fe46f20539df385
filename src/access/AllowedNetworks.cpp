#include "access/AllowedNetworks.h"

#include <algorithm>
#include <cstring>

#include <arpa/inet.h>

#include <re2/re2.h>

#include "base/Exception.h"
#include "server/DnsResolver.h"

namespace datastore::access
{
namespace
{
using Address = std::array<unsigned char, 16>;

/// Parses an IPv4 or IPv6 address into IPv6 form (IPv4 as ::ffff:a.b.c.d); `is_v4` tells which it was.
bool parseAddress(const std::string & text, Address & address, bool & is_v4)
{
    address.fill(0);
    in_addr v4;
    if (inet_pton(AF_INET, text.c_str(), &v4) == 1)
    {
        address[10] = address[11] = 0xff;
        std::memcpy(address.data() + 12, &v4, 4);
        is_v4 = true;
        return true;
    }
    in6_addr v6;
    if (inet_pton(AF_INET6, text.c_str(), &v6) == 1)
    {
        std::memcpy(address.data(), &v6, 16);
        is_v4 = false;
        return true;
    }
    return false;
}

Address maskOfPrefix(size_t bits)
{
    Address mask{};
    for (size_t i = 0; i < 16; ++i)
    {
        size_t take = bits >= 8 ? 8 : bits;
        mask[i] = static_cast<unsigned char>(take ? (0xff00 >> take) & 0xff : 0);
        bits -= take;
    }
    return mask;
}

bool inSubnet(const Address & address, const Address & subnet, const Address & mask)
{
    for (size_t i = 0; i < 16; ++i)
        if ((address[i] & mask[i]) != (subnet[i] & mask[i]))
            return false;
    return true;
}

/// The addresses `name` resolves to, in IPv6 form.
std::vector<Address> resolve(const std::string & name)
{
    std::vector<Address> result;
    for (const auto & text : server::resolveHost(name))
    {
        Address address;
        bool is_v4 = false;
        if (parseAddress(text, address, is_v4))
            result.push_back(address);
    }
    return result;
}
}

AllowedNetworks AllowedNetworks::anyHost()
{
    AllowedNetworks networks;
    networks.is_any = true;
    networks.written.emplace_back("ip", "::/0");
    return networks;
}

void AllowedNetworks::addSubnet(const std::string & text)
{
    written.emplace_back("ip", text);
    auto slash = text.find('/');
    Subnet subnet;
    bool is_v4 = false;
    if (!parseAddress(text.substr(0, slash), subnet.address, is_v4))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot parse IP address or subnet '{}'", text);
    if (slash == std::string::npos)
    {
        subnet.mask.fill(0xff);
    }
    else
    {
        std::string suffix = text.substr(slash + 1);
        Address mask_address;
        bool is_mask_v4 = false;
        if (suffix.find_first_not_of("0123456789") == std::string::npos && !suffix.empty())
        {
            size_t bits = std::stoul(suffix);
            if (bits > (is_v4 ? 32u : 128u))
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot parse IP address or subnet '{}': prefix too long", text);
            subnet.mask = maskOfPrefix(is_v4 ? bits + 96 : bits);
        }
        else if (parseAddress(suffix, mask_address, is_mask_v4) && is_mask_v4 == is_v4)
        {
            subnet.mask = mask_address;
            if (is_v4)
                std::fill(subnet.mask.begin(), subnet.mask.begin() + 12, 0xff);
        }
        else
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot parse IP address or subnet '{}'", text);
    }
    /// ::/0 covers the IPv4 addresses too, which arrive as ::ffff:a.b.c.d.
    subnets.push_back(subnet);
}

void AllowedNetworks::addHost(const std::string & name)
{
    written.emplace_back("host", name);
    hosts.push_back(name);
}

void AllowedNetworks::addHostRegexp(const std::string & pattern)
{
    written.emplace_back("host_regexp", pattern);
    auto regexp = std::make_shared<re2::RE2>(pattern, re2::RE2::Quiet);
    if (!regexp->ok())
        throw Exception(ErrorCodes::CANNOT_COMPILE_REGEXP, "Cannot compile host_regexp '{}': {}", pattern, regexp->error());
    host_regexps.push_back(std::move(regexp));
}

bool AllowedNetworks::contains(const std::string & address_text) const
{
    if (is_any)
        return true;
    Address address;
    bool is_v4 = false;
    if (address_text.empty())
        parseAddress("127.0.0.1", address, is_v4);
    else if (!parseAddress(address_text, address, is_v4))
        return false;
    for (const auto & subnet : subnets)
        if (inSubnet(address, subnet.address, subnet.mask))
            return true;
    for (const auto & host : hosts)
        for (const auto & resolved : resolve(host))
            if (resolved == address)
                return true;
    if (!host_regexps.empty())
    {
        std::string name = server::reverseResolve(address_text.empty() ? "127.0.0.1" : address_text);
        if (!name.empty())
            for (const auto & regexp : host_regexps)
                if (re2::RE2::PartialMatch(name, *regexp))
                    for (const auto & resolved : resolve(name))
                        if (resolved == address)
                            return true;
    }
    return false;
}
}
