// Base of the system tables that are a snapshot computed per query (system.tables,
// system.parts, ...): a subclass lists its columns and fills them; reading returns the
// requested columns of that one block.
#pragma once

#include <utility>
#include <vector>

#include "storage/IStorage.h"

namespace datastore::system
{
class StorageSystemTable : public storage::IStorage
{
public:
    /// `columns` as (name, type name) pairs, e.g. {"rows", "UInt64"}.
    StorageSystemTable(std::string table, const std::vector<std::pair<std::string, std::string>> & columns_);

    std::string getName() const override { return engine_name; }
    exec::BlockStreams read(const storage::ReadRequest & request, interpreters::QueryContext & context, storage::ReadStatistics * statistics) override;
    bool isSystemStorage() const override { return true; }
    bool isReadOnly() const override { return true; }

protected:
    /// Appends rows to `columns`, one per column of the table in declaration order.
    virtual void fillData(MutableColumns & columns, interpreters::QueryContext & context) const = 0;

private:
    std::string engine_name;
};

/// Registers every system table in the `system` database (set as the catalog's filler).
void registerSystemTables();
}
