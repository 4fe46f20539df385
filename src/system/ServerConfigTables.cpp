#include "system/ServerConfigTables.h"

#include "interpreters/Context.h"
#include "interpreters/Database.h"
#include "system/StorageSystemTable.h"

namespace datastore::system
{
namespace
{
using interpreters::QueryContext;

class StorageSystemMacros final : public StorageSystemTable
{
public:
    StorageSystemMacros() : StorageSystemTable("macros", {{"macro", "String"}, {"substitution", "String"}}) {}

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & [macro, substitution] : context.getServer().getConfig().macros)
        {
            columns[0]->insert(Field(macro));
            columns[1]->insert(Field(substitution));
        }
    }
};

class StorageSystemClusters final : public StorageSystemTable
{
public:
    StorageSystemClusters()
        : StorageSystemTable(
            "clusters",
            {{"cluster", "String"}, {"shard_num", "UInt32"}, {"shard_weight", "UInt32"}, {"internal_replication", "UInt8"},
             {"replica_num", "UInt32"}, {"host_name", "String"}, {"host_address", "String"}, {"port", "UInt16"}, {"is_local", "UInt8"},
             {"user", "String"}, {"default_database", "String"}, {"errors_count", "UInt32"}, {"slowdowns_count", "UInt32"},
             {"estimated_recovery_time", "UInt32"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & replica : context.getServer().getConfig().clusters)
        {
            size_t i = 0;
            columns[i++]->insert(Field(replica.cluster));
            columns[i++]->insert(Field(UInt64(replica.shard_num)));
            columns[i++]->insert(Field(UInt64(replica.shard_weight)));
            columns[i++]->insert(Field(UInt64(replica.internal_replication)));
            columns[i++]->insert(Field(UInt64(replica.replica_num)));
            columns[i++]->insert(Field(replica.host_name));
            columns[i++]->insert(Field(replica.host_address));
            columns[i++]->insert(Field(UInt64(replica.port)));
            columns[i++]->insert(Field(UInt64(replica.is_local)));
            columns[i++]->insert(Field(replica.user));
            columns[i++]->insert(Field(replica.default_database));
            for (int counter = 0; counter < 3; ++counter)
                columns[i++]->insert(Field(UInt64(0)));
        }
    }
};
}

void attachServerConfigTables(interpreters::Database & system)
{
    system.attachTable("macros", std::make_shared<StorageSystemMacros>(), "");
    system.attachTable("clusters", std::make_shared<StorageSystemClusters>(), "");
}
}
