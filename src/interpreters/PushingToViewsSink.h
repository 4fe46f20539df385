// The sink of an INSERT into a table that materialized views read: each block goes to the
// table, and each view's SELECT runs over that block (as if the table held only it) and its
// result goes to the view's target, which may feed views of its own. Nothing is committed
// until every sink of the chain has taken all its blocks, so a failing view fails the INSERT
// with nothing stored.
#pragma once

#include "exec/IBlockStream.h"
#include "interpreters/Context.h"
#include "storage/IStorage.h"

namespace datastore::storage
{
class StorageMaterializedView;
}

namespace datastore::interpreters
{
/// The sink for INSERTs into `table`: the table's own when no view reads it, else a
/// PushingToViewsSink. Throws what the tables' write() throw.
exec::BlockSinkPtr makeInsertSink(const storage::StoragePtr & table, QueryContext & context);

/// Rows of `target` from a block of columns named like its own (a view's result, a Buffer's
/// flushed rows): columns matched by name and cast to the target's types; target columns the
/// block lacks get their defaults, block columns the target lacks are dropped (ClickHouse
/// 24.x). An empty Block when no column matches.
Block toTargetBlock(const Block & result, const storage::IStorage & target, QueryContext & context);

class PushingToViewsSink final : public exec::IBlockSink
{
public:
    PushingToViewsSink(const storage::StoragePtr & table, QueryContext & context, size_t depth);

    Block getHeader() const override { return table_sink->getHeader(); }
    void write(const Block & block) override;
    void finish() override;

    bool hasViews() const { return !views.empty(); }

private:
    struct View
    {
        std::shared_ptr<storage::StorageMaterializedView> view;
        storage::StoragePtr target;
        std::shared_ptr<PushingToViewsSink> sink;
    };

    /// Sends the squashed pending blocks to the table and through every view.
    void pushPending();
    void pushToView(const View & view, const Block & block);
    /// Pushes everything down the whole chain; throws before anything is committed.
    void prepare();
    /// Commits the table's sink, then the views' sinks.
    void commit();

    storage::StoragePtr table;
    QueryContext & context;
    exec::BlockSinkPtr table_sink;
    std::vector<View> views;
    Blocks pending;
    size_t pending_rows = 0;
    size_t pending_bytes = 0;
};
}
