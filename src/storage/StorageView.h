// ENGINE View (CREATE VIEW v AS SELECT ...): a stored query. Reading the view plans its
// SELECT again for each query and returns the columns asked for; nothing is stored.
#pragma once

#include "storage/IStorage.h"

namespace datastore::storage
{
class StorageView final : public IStorage
{
public:
    StorageView(StorageID id_, ColumnsDescription columns_, sql::ASTPtr select_)
        : IStorage(std::move(id_), std::move(columns_)), select(std::move(select_))
    {
    }

    std::string getName() const override { return "View"; }
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    /// ClickHouse refuses INSERT into a view with NOT_IMPLEMENTED.
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
    void truncate() override {}

    const sql::ASTPtr & getSelectQuery() const { return select; }

private:
    sql::ASTPtr select;
};

/// Wraps each stream so that its blocks hold exactly `names` (taken by name, in this order),
/// cast to their types in `columns`; with no names, blocks keep only their row count.
exec::BlockStreams projectToColumns(exec::BlockStreams streams, const std::vector<std::string> & names, const ColumnsDescription & columns);
}
