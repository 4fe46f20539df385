// One replica of one shard of a cluster of <remote_servers>, as system.clusters shows it.
#pragma once

#include <string>

#include "base/Types.h"

namespace datastore::interpreters
{
struct ClusterReplica
{
    std::string cluster;
    UInt32 shard_num = 0;
    UInt32 shard_weight = 1;
    bool internal_replication = false;
    UInt32 replica_num = 0;
    std::string host_name;
    /// The address the host name resolved to at start, empty if it did not resolve.
    std::string host_address;
    UInt16 port = 0;
    /// This server itself: a local address and its own native port.
    bool is_local = false;
    std::string user = "default";
    std::string default_database;
};
}
