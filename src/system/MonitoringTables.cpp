#include "system/MonitoringTables.h"

#include "interpreters/Context.h"
#include "interpreters/ProcessList.h"
#include "interpreters/ProfileEvents.h"
#include "system/ServerMetrics.h"
#include "system/StorageSystemTable.h"

namespace datastore::system
{
namespace
{
using interpreters::QueryContext;

/// The queries running now, one row each (the query reading it included).
class StorageSystemProcesses final : public StorageSystemTable
{
public:
    StorageSystemProcesses()
        : StorageSystemTable(
            "processes",
            {{"is_initial_query", "UInt8"},
             {"user", "String"},
             {"query_id", "String"},
             {"initial_user", "String"},
             {"initial_query_id", "String"},
             {"elapsed", "Float64"},
             {"is_cancelled", "UInt8"},
             {"is_all_data_sent", "UInt8"},
             {"read_rows", "UInt64"},
             {"read_bytes", "UInt64"},
             {"total_rows_approx", "UInt64"},
             {"written_rows", "UInt64"},
             {"written_bytes", "UInt64"},
             {"memory_usage", "Int64"},
             {"peak_memory_usage", "Int64"},
             {"query", "String"},
             {"current_database", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & process : context.getServer().getProcessList().snapshot())
        {
            size_t i = 0;
            columns[i++]->insert(Field(UInt64(1)));
            columns[i++]->insert(Field(process.user));
            columns[i++]->insert(Field(process.query_id));
            columns[i++]->insert(Field(process.user));
            columns[i++]->insert(Field(process.query_id));
            columns[i++]->insert(Field(process.elapsed_seconds));
            columns[i++]->insert(Field(UInt64(process.is_cancelled)));
            columns[i++]->insert(Field(UInt64(0)));
            columns[i++]->insert(Field(process.read_rows));
            columns[i++]->insert(Field(process.read_bytes));
            columns[i++]->insert(Field(process.total_rows_approx));
            columns[i++]->insert(Field(process.written_rows));
            columns[i++]->insert(Field(process.written_bytes));
            columns[i++]->insert(Field(process.memory_usage));
            columns[i++]->insert(Field(process.peak_memory_usage));
            columns[i++]->insert(Field(process.query));
            columns[i++]->insert(Field(process.current_database));
        }
    }
};

/// Counters since start; as in ClickHouse, only those that happened (non-zero) are listed.
class StorageSystemEvents final : public StorageSystemTable
{
public:
    StorageSystemEvents() : StorageSystemTable("events", {{"event", "String"}, {"value", "UInt64"}, {"description", "String"}}) {}

protected:
    void fillData(MutableColumns & columns, QueryContext &) const override
    {
        namespace events = interpreters::ProfileEvents;
        for (size_t i = 0; i < events::kEventCount; ++i)
        {
            auto event = static_cast<events::Event>(i);
            if (UInt64 value = events::get(event))
            {
                columns[0]->insert(Field(std::string(events::nameOf(event))));
                columns[1]->insert(Field(value));
                columns[2]->insert(Field(std::string(events::descriptionOf(event))));
            }
        }
    }
};

class StorageSystemMetrics final : public StorageSystemTable
{
public:
    StorageSystemMetrics() : StorageSystemTable("metrics", {{"metric", "String"}, {"value", "Int64"}, {"description", "String"}}) {}

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & metric : currentMetrics(context.getServer()))
        {
            columns[0]->insert(Field(metric.name));
            columns[1]->insert(Field(static_cast<Int64>(metric.value)));
            columns[2]->insert(Field(metric.description));
        }
    }
};

class StorageSystemAsynchronousMetrics final : public StorageSystemTable
{
public:
    StorageSystemAsynchronousMetrics()
        : StorageSystemTable("asynchronous_metrics", {{"metric", "String"}, {"value", "Float64"}, {"description", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        for (const auto & metric : asynchronousMetrics(context.getServer()))
        {
            columns[0]->insert(Field(metric.name));
            columns[1]->insert(Field(metric.value));
            columns[2]->insert(Field(metric.description));
        }
    }
};

/// The one local disk, `default`, at the server's path.
class StorageSystemDisks final : public StorageSystemTable
{
public:
    StorageSystemDisks()
        : StorageSystemTable(
            "disks",
            {{"name", "String"},
             {"path", "String"},
             {"free_space", "UInt64"},
             {"total_space", "UInt64"},
             {"unreserved_space", "UInt64"},
             {"keep_free_space", "UInt64"},
             {"type", "String"},
             {"is_encrypted", "UInt8"},
             {"is_read_only", "UInt8"},
             {"is_write_once", "UInt8"},
             {"is_remote", "UInt8"},
             {"is_broken", "UInt8"},
             {"cache_path", "String"}})
    {
    }

protected:
    void fillData(MutableColumns & columns, QueryContext & context) const override
    {
        const auto & path = context.getServer().getConfig().path;
        auto space = diskSpaceOf(path);
        size_t i = 0;
        columns[i++]->insert(Field(std::string("default")));
        columns[i++]->insert(Field(path));
        columns[i++]->insert(Field(space.available));
        columns[i++]->insert(Field(space.total));
        columns[i++]->insert(Field(space.available));
        columns[i++]->insert(Field(UInt64(0)));
        columns[i++]->insert(Field(std::string("Local")));
        for (int flag = 0; flag < 5; ++flag)
            columns[i++]->insert(Field(UInt64(0)));
        columns[i++]->insert(Field(std::string()));
    }
};
}

void attachMonitoringTables(interpreters::Database & system)
{
    system.attachTable("processes", std::make_shared<StorageSystemProcesses>(), "");
    system.attachTable("events", std::make_shared<StorageSystemEvents>(), "");
    system.attachTable("metrics", std::make_shared<StorageSystemMetrics>(), "");
    system.attachTable("asynchronous_metrics", std::make_shared<StorageSystemAsynchronousMetrics>(), "");
    system.attachTable("disks", std::make_shared<StorageSystemDisks>(), "");
}
}
