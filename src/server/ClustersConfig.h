// Reads <remote_servers> into the replicas system.clusters lists: shards of <replica>s, or
// the older form of one <node> per shard; ports, weights, users and internal_replication.
#pragma once

#include <vector>

#include "interpreters/ClusterReplica.h"

namespace datastore::server
{
class Config;

/// `tcp_port` is this server's native port, to tell which replica is this server. Throws
/// UNKNOWN_ELEMENT_IN_CONFIG for an unknown element and NO_ELEMENTS_IN_CONFIG for a missing
/// <host> or <port>, naming the element and file.
std::vector<interpreters::ClusterReplica> readClusters(const Config & config, UInt16 tcp_port);
}
