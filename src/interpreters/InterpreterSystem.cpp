#include "access/AccessType.h"
#include "base/Exception.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/Interpreters.h"
#include "interpreters/QueryLog.h"
#include "sql/ASTSystemQuery.h"

namespace datastore::interpreters
{
void executeSystem(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & system = *query->as<sql::ASTSystemQuery>();
    context.checkAccess(access::AccessType::System, "");
    if (system.action == "STOP MERGES" || system.action == "START MERGES")
    {
        bool enabled = system.action == "START MERGES";
        if (!system.table.empty())
        {
            context.getCatalog()
                .getTable(system.database.empty() ? context.current_database : system.database, system.table)
                ->setBackgroundMergesEnabled(enabled);
            return;
        }
        for (const auto & database : context.getCatalog().getDatabases())
            for (const auto & table : database->getTables())
                table->setBackgroundMergesEnabled(enabled);
        return;
    }
    if (system.action == "FLUSH LOGS")
    {
        if (auto * query_log = context.getServer().getQueryLog())
            query_log->flush();
        return;
    }
    if (system.action == "DROP MARK CACHE" || system.action == "DROP UNCOMPRESSED CACHE")
        return;
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "SYSTEM {} is not supported yet", system.action);
}
}
