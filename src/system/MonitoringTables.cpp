#include "system/MonitoringTables.h"

#include "interpreters/Context.h"
#include "interpreters/ProcessList.h"
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
}

void attachMonitoringTables(interpreters::Database & system)
{
    system.attachTable("processes", std::make_shared<StorageSystemProcesses>(), "");
}
}
