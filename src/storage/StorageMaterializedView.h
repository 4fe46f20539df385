// ENGINE MaterializedView: a SELECT over a source table whose result is written into a
// target table by every INSERT into the source (interpreters/PushingToViewsSink runs it on
// each inserted block). The target is `TO db.t` or the view's own inner table
// `.inner_id.<uuid>`, created from the view's ENGINE clause. Reading the view reads the target.
#pragma once

#include "storage/IStorage.h"

namespace datastore::interpreters
{
class ServerContext;
}

namespace datastore::storage
{
class StorageMaterializedView final : public IStorage
{
public:
    StorageMaterializedView(StorageID id_, ColumnsDescription columns_, sql::ASTPtr select_, StorageID target_id_, bool has_inner_table_,
                            interpreters::ServerContext & server_);

    std::string getName() const override { return "MaterializedView"; }
    /// Reads the target's columns of the same names, cast to the view's types.
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    /// TRUNCATE of a view with an inner table truncates it; OPTIMIZE goes to the target.
    void truncate() override;
    void optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query) override;

    const sql::ASTPtr & getSelectQuery() const { return select; }
    /// The first table of the SELECT (the one whose inserts trigger the view); empty if none.
    const StorageID & getSourceID() const { return source_id; }
    const StorageID & getTargetID() const { return target_id; }
    bool hasInnerTable() const { return has_inner_table; }
    /// Throws UNKNOWN_TABLE when the target is gone.
    StoragePtr getTargetTable() const;

    /// `.inner_id.<uuid>`, the name ClickHouse gives the inner table in an Atomic database.
    static std::string innerTableName(const std::string & uuid) { return ".inner_id." + uuid; }

private:
    sql::ASTPtr select;
    StorageID source_id;
    StorageID target_id;
    bool has_inner_table;
    interpreters::ServerContext & server;
};

/// The first table a SELECT reads (in its first FROM, looking into subqueries), or an empty ID.
StorageID firstTableOfSelect(const sql::ASTPtr & select);
}
