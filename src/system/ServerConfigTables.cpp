#include "system/ServerConfigTables.h"

#include "access/AccessControl.h"
#include "base/CityHash.h"
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

/// A stable id for an entity of users.xml, the same on every start as ClickHouse's are.
UUID entityId(const std::string & kind, const std::string & name)
{
    std::string key = "users_xml:" + kind + ":" + name;
    auto hash = cityhash_v1_0_2::CityHash128(key.data(), key.size());
    UUID id;
    id.high = (hash.high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    id.low = (hash.low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return id;
}

Array stringsOf(const std::vector<std::pair<std::string, std::string>> & entries, const std::string & kind)
{
    Array result;
    for (const auto & [entry_kind, value] : entries)
        if (entry_kind == kind)
            result.push_back(Field(value));
    return result;
}

class StorageSystemUsers final : public StorageSystemTable
{
public:
    StorageSystemUsers()
        : StorageSystemTable(
            "users",
            {{"name", "String"}, {"id", "UUID"}, {"storage", "String"}, {"auth_type", "String"}, {"auth_params", "String"},
             {"host_ip", "Array(String)"}, {"host_names", "Array(String)"}, {"host_names_regexp", "Array(String)"},
             {"host_names_like", "Array(String)"}, {"default_roles_all", "UInt8"}, {"default_roles_list", "Array(String)"},
             {"default_roles_except", "Array(String)"}, {"grantees_any", "UInt8"}, {"grantees_list", "Array(String)"},
             {"grantees_except", "Array(String)"}, {"default_database", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        const auto * access_control = context.getServer().getAccessControl();
        if (!access_control)
            return;
        for (const auto & [name, user] : access_control->getModel()->users)
        {
            const auto & networks = user.networks.entries();
            size_t i = 0;
            columns[i++]->insert(Field(name));
            columns[i++]->insert(Field(entityId("user", name)));
            columns[i++]->insert(Field(std::string("users_xml")));
            columns[i++]->insert(Field(user.authentication.getTypeName()));
            columns[i++]->insert(Field(std::string("{}")));
            columns[i++]->insert(Field(stringsOf(networks, "ip")));
            columns[i++]->insert(Field(stringsOf(networks, "host")));
            columns[i++]->insert(Field(stringsOf(networks, "host_regexp")));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(UInt64(1)));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(UInt64(1)));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(Array{}));
            columns[i++]->insert(Field(user.default_database));
        }
    }
};
}

void attachServerConfigTables(interpreters::Database & system)
{
    system.attachTable("macros", std::make_shared<StorageSystemMacros>(), "");
    system.attachTable("clusters", std::make_shared<StorageSystemClusters>(), "");
    system.attachTable("users", std::make_shared<StorageSystemUsers>(), "");
}
}
