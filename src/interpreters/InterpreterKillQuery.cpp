// KILL QUERY WHERE expr [SYNC|ASYNC|TEST]: the WHERE picks queries of system.processes; each
// is cancelled (it stops at its next block), and SYNC waits for it to end.
#include "interpreters/Interpreters.h"
#include "interpreters/ProcessList.h"
#include "sql/ASTKillQueryQuery.h"
#include "sql/Parser.h"
#include "sql/formatAST.h"

namespace datastore::interpreters
{
exec::BlockStreamPtr executeKillQuery(const sql::ASTPtr & query, QueryContext & context)
{
    const auto & kill = *query->as<sql::ASTKillQueryQuery>();
    auto select = sql::parseQuery("SELECT query_id, user, query FROM system.processes WHERE " + sql::formatAST(*kill.where, true));
    auto stream = executeSelect(select, context);
    std::vector<std::vector<std::string>> rows;
    while (Block block = stream->read())
        for (size_t row = 0; row < block.rows(); ++row)
        {
            std::vector<std::string> values;
            for (size_t i = 0; i < 3; ++i)
                values.push_back((*block.getByPosition(i).column)[row].get<std::string>());
            /// The KILL itself is one of the processes; it does not stop itself.
            if (values[0] == context.query_id)
                continue;
            rows.push_back(std::move(values));
        }

    auto & processes = context.getServer().getProcessList();
    for (auto & values : rows)
    {
        std::string status = "waiting";
        if (!kill.test)
        {
            if (!processes.cancel(values[0]))
                status = "finished";
            else if (kill.sync)
            {
                processes.waitFinished(values[0], [&context] { context.checkCancelled(); });
                status = "finished";
            }
        }
        values.insert(values.begin(), status);
    }
    return makeStringResult({"kill_status", "query_id", "user", "query"}, rows);
}
}
