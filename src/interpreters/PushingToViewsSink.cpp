#include "interpreters/PushingToViewsSink.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "exec/squashBlocks.h"
#include "functions/CastColumn.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/InsertDefaults.h"
#include "storage/StorageMaterializedView.h"
#include "storage/StorageMemory.h"

namespace datastore::interpreters
{
namespace
{
/// Chains of views deeper than this are cycles (a view writing into its own source).
constexpr size_t kMaxViewsDepth = 64;

std::vector<std::shared_ptr<storage::StorageMaterializedView>> viewsReading(const storage::StorageID & source, DatabaseCatalog & catalog)
{
    std::vector<std::shared_ptr<storage::StorageMaterializedView>> result;
    for (const auto & database : catalog.getDatabases())
        for (const auto & table : database->getTables())
            if (auto view = std::dynamic_pointer_cast<storage::StorageMaterializedView>(table))
                if (view->getSourceID().database == source.database && view->getSourceID().table == source.table)
                    result.push_back(std::move(view));
    return result;
}

/// Sets a table override for the lifetime of the guard, restoring what was there before.
class TableOverrideGuard
{
public:
    TableOverrideGuard(QueryContext & context_, const storage::StorageID & id, storage::StoragePtr storage)
        : context(context_), key(id.database, id.table)
    {
        if (auto it = context.table_overrides.find(key); it != context.table_overrides.end())
            previous = it->second;
        context.table_overrides[key] = std::move(storage);
    }
    ~TableOverrideGuard()
    {
        if (previous)
            context.table_overrides[key] = previous;
        else
            context.table_overrides.erase(key);
    }

private:
    QueryContext & context;
    std::pair<std::string, std::string> key;
    storage::StoragePtr previous;
};
}

Block toTargetBlock(const Block & result, const storage::IStorage & target, QueryContext & context)
{
    Block converted;
    for (const auto * column : target.getColumns().getOrdinary())
    {
        if (!result.has(column->name))
            continue;
        const auto & source = result.getByName(column->name);
        auto full = source.column->convertToFullColumnIfConst();
        converted.insert({functions::castColumn(full, source.type, column->type), column->type, column->name});
    }
    if (converted.empty())
        return {};
    return completeInsertBlock(converted, nullptr, target.getColumns(), context);
}

exec::BlockSinkPtr makeInsertSink(const storage::StoragePtr & table, QueryContext & context)
{
    auto sink = std::make_shared<PushingToViewsSink>(table, context, 0);
    if (!sink->hasViews())
        return table->write(context);
    return sink;
}

PushingToViewsSink::PushingToViewsSink(const storage::StoragePtr & table_, QueryContext & context_, size_t depth)
    : table(table_), context(context_), table_sink(table_->write(context_))
{
    if (depth > kMaxViewsDepth)
        throw Exception(ErrorCodes::INCORRECT_QUERY, "Materialized views of table {} form a cycle (more than {} levels)",
                        table->getStorageID().getNameForLogs(), kMaxViewsDepth);
    for (auto & view : viewsReading(table->getStorageID(), context.getCatalog()))
    {
        try
        {
            auto target = view->getTargetTable();
            auto sink = std::make_shared<PushingToViewsSink>(target, context, depth + 1);
            views.push_back({std::move(view), std::move(target), std::move(sink)});
        }
        catch (Exception & e)
        {
            e.addMessage("while pushing to view " + view->getStorageID().getNameForLogs());
            throw;
        }
    }
}

void PushingToViewsSink::write(const Block & block)
{
    if (views.empty())
    {
        table_sink->write(block);
        return;
    }
    if (!block.rows())
        return;
    pending.push_back(block);
    pending_rows += block.rows();
    pending_bytes += block.bytes();
    size_t min_rows = context.settings.min_insert_block_size_rows;
    size_t min_bytes = context.settings.min_insert_block_size_bytes;
    if ((min_rows && pending_rows >= min_rows) || (min_bytes && pending_bytes >= min_bytes))
        pushPending();
}

void PushingToViewsSink::pushPending()
{
    if (pending.empty())
        return;
    Blocks blocks = exec::squashBlocks(pending, context.settings.min_insert_block_size_rows, context.settings.min_insert_block_size_bytes);
    pending.clear();
    pending_rows = 0;
    pending_bytes = 0;
    for (const auto & block : blocks)
    {
        table_sink->write(block);
        for (const auto & view : views)
            pushToView(view, block);
    }
}

void PushingToViewsSink::pushToView(const View & view, const Block & block)
{
    try
    {
        auto source = std::make_shared<storage::StorageMemory>(table->getStorageID(), table->getColumns());
        source->appendBlocks({block});
        TableOverrideGuard guard(context, view.view->getSourceID(), source);
        auto stream = analyzer::SelectPlanner(context).plan(view.view->getSelectQuery());
        while (Block result = stream->read())
        {
            context.checkCancelled();
            if (!result.rows())
                continue;
            if (Block rows = toTargetBlock(result, *view.target, context))
                view.sink->write(rows);
        }
    }
    catch (Exception & e)
    {
        e.addMessage("while pushing to view " + view.view->getStorageID().getNameForLogs());
        throw;
    }
}

void PushingToViewsSink::prepare()
{
    pushPending();
    for (const auto & view : views)
    {
        try
        {
            view.sink->prepare();
        }
        catch (Exception & e)
        {
            e.addMessage("while pushing to view " + view.view->getStorageID().getNameForLogs());
            throw;
        }
    }
}

void PushingToViewsSink::commit()
{
    table_sink->finish();
    for (const auto & view : views)
        view.sink->commit();
}

void PushingToViewsSink::finish()
{
    prepare();
    commit();
}
}
