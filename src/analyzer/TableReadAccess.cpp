#include "analyzer/TableReadAccess.h"

#include <algorithm>

#include "access/ContextAccess.h"
#include "analyzer/ExpressionBuilder.h"
#include "exec/TransformStreams.h"
#include "interpreters/Context.h"
#include "sql/Parser.h"

namespace datastore::analyzer
{
void restrictTableRead(TableSource & source, const storage::IStorage & storage, interpreters::QueryContext & context)
{
    const auto & id = storage.getStorageID();
    if (!context.access || id.database.empty() || id.table.empty())
        return;
    std::shared_ptr<const access::ContextAccess> access = context.access;
    std::string database = id.database;
    std::string table = id.table;
    auto read = std::move(source.read);
    std::string condition = access->getRowPolicyCondition(database, table);
    if (condition.empty())
    {
        source.read = [read, access, database, table](const storage::ReadRequest & request, storage::ReadStatistics & statistics)
        {
            access->checkColumnsAccess(access::AccessType::Select, database, table, request.columns);
            return read(request, statistics);
        };
        return;
    }

    auto actions = std::make_shared<exec::ExpressionActions>(source.header);
    ExpressionScope scope;
    scope.function_context = context.getFunctionContext();
    scope.clause = "row policy";
    std::string filter_name = ExpressionBuilder(actions, scope).build(sql::parseExpression(condition));
    exec::ExpressionActions probe = *actions;
    probe.project({filter_name});
    exec::Names policy_columns = probe.getRequiredInputs();

    /// The policy filters rows before the query's own WHERE sees them, so the storage gets
    /// no PREWHERE; it reads the columns of the condition too, which the filter drops.
    source.read = [read, access, database, table, actions, filter_name, policy_columns](const storage::ReadRequest & request,
                                                                                        storage::ReadStatistics & statistics)
    {
        access->checkColumnsAccess(access::AccessType::Select, database, table, request.columns);
        storage::ReadRequest inner = request;
        inner.prewhere = nullptr;
        for (const auto & column : policy_columns)
            if (std::find(inner.columns.begin(), inner.columns.end(), column) == inner.columns.end())
                inner.columns.push_back(column);
        exec::BlockStreams streams = read(inner, statistics);
        statistics.prewhere_applied = false;
        auto filter = std::make_shared<exec::ExpressionActions>(*actions);
        exec::Names keep = request.columns;
        bool is_filter_kept = std::find(keep.begin(), keep.end(), filter_name) != keep.end();
        if (!is_filter_kept)
            keep.push_back(filter_name);
        filter->project(keep);
        return exec::transformEach(streams, [&](const exec::BlockStreamPtr & stream) -> exec::BlockStreamPtr {
            return std::make_shared<exec::FilterStream>(stream, filter, filter_name, !is_filter_kept);
        });
    };
}
}
