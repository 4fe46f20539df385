#include "server/ClustersConfig.h"

#include <algorithm>
#include <string_view>

#include <unistd.h>

#include "base/Exception.h"
#include "server/Config.h"
#include "server/DnsResolver.h"

namespace datastore::server
{
namespace
{
bool isLocalHost(const std::string & host, const std::string & address)
{
    char own_name[256] = {};
    gethostname(own_name, sizeof(own_name) - 1);
    return host == "localhost" || host == own_name || address.starts_with("127.") || address == "::1";
}

class ClustersReader
{
public:
    ClustersReader(const Config & config_, UInt16 tcp_port_) : config(config_), tcp_port(tcp_port_) {}

    std::vector<interpreters::ClusterReplica> read()
    {
        for (const auto & cluster : config.keys("remote_servers"))
        {
            std::string prefix = "remote_servers." + cluster;
            UInt32 shard_num = 0;
            for (const auto & key : config.keys(prefix))
            {
                std::string element = Config::elementNameOf(key);
                std::string full = prefix + "." + key;
                if (element == "shard")
                    readShard(cluster, full, ++shard_num);
                else if (element == "node")
                {
                    interpreters::ClusterReplica replica;
                    replica.cluster = cluster;
                    replica.shard_num = ++shard_num;
                    replica.shard_weight = static_cast<UInt32>(config.getUInt(full + ".weight", 1));
                    readReplica(replica, full, 1);
                }
                else if (element != "secret" && element != "allow_distributed_ddl_queries")
                    unknown(full);
            }
        }
        return std::move(replicas);
    }

private:
    void readShard(const std::string & cluster, const std::string & prefix, UInt32 shard_num)
    {
        interpreters::ClusterReplica shard;
        shard.cluster = cluster;
        shard.shard_num = shard_num;
        shard.shard_weight = static_cast<UInt32>(config.getUInt(prefix + ".weight", 1));
        shard.internal_replication = config.getBool(prefix + ".internal_replication", false);
        UInt32 replica_num = 0;
        for (const auto & key : config.keys(prefix))
        {
            std::string element = Config::elementNameOf(key);
            if (element == "replica")
                readReplica(shard, prefix + "." + key, ++replica_num);
            else if (element != "weight" && element != "internal_replication")
                unknown(prefix + "." + key);
        }
    }

    void readReplica(interpreters::ClusterReplica replica, const std::string & prefix, UInt32 replica_num)
    {
        static const std::string_view known[] = {"host", "port", "user", "password", "secure", "priority", "compression", "default_database", "weight",
                                       "bind_host"};
        for (const auto & key : config.keys(prefix))
            if (std::find(std::begin(known), std::end(known), Config::elementNameOf(key)) == std::end(known))
                unknown(prefix + "." + key);
        for (const char * required : {"host", "port"})
            if (!config.has(prefix + "." + required))
                throw Exception(ErrorCodes::NO_ELEMENTS_IN_CONFIG, "Element <{}> is missing in {} of configuration file {}", required,
                                Config::elementPathOf(prefix), config.sourceOf(prefix));
        replica.replica_num = replica_num;
        replica.host_name = config.getString(prefix + ".host", "");
        replica.port = static_cast<UInt16>(config.getUInt(prefix + ".port", 0));
        replica.user = config.getString(prefix + ".user", "default");
        replica.default_database = config.getString(prefix + ".default_database", "");
        auto addresses = resolveHost(replica.host_name);
        replica.host_address = addresses.empty() ? std::string() : addresses.front();
        replica.is_local = replica.port == tcp_port && isLocalHost(replica.host_name, replica.host_address);
        replicas.push_back(std::move(replica));
    }

    [[noreturn]] void unknown(const std::string & key) const
    {
        throw Exception(ErrorCodes::UNKNOWN_ELEMENT_IN_CONFIG, "Unknown element {} in configuration file {}", Config::elementPathOf(key), config.sourceOf(key));
    }

    const Config & config;
    UInt16 tcp_port;
    std::vector<interpreters::ClusterReplica> replicas;
};
}

std::vector<interpreters::ClusterReplica> readClusters(const Config & config, UInt16 tcp_port)
{
    return ClustersReader(config, tcp_port).read();
}
}
