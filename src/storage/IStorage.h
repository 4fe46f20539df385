// A table engine. Queries read a table through read(), which returns one stream per
// thread of only the columns asked for, skipping what its indexes rule out (the query
// still applies its own filter, unless the storage applied it as PREWHERE); INSERTs write through write(), whose sink makes the
// whole insert visible at once on finish().
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "exec/IBlockStream.h"
#include "storage/ColumnsDescription.h"
#include "storage/PartInfo.h"
#include "storage/mergetree/KeyRanges.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::sql
{
struct ASTOptimizeQuery;
}

namespace datastore::exec
{
class ExpressionActions;
}

namespace datastore::storage
{
/// One condition of the WHERE's top-level AND, computed by `actions` from `columns` into `result`.
struct FilterCondition
{
    std::shared_ptr<const exec::ExpressionActions> actions;
    std::string result;
    std::vector<std::string> columns;
    /// Set when the condition is exactly `column op constant`: it holds for every row of a
    /// part whose minmax of that column lies inside the range, so such a part skips it.
    std::optional<KeyColumnRange> exact_range;
};

/// The WHERE as a storage may apply it while reading (ClickHouse's PREWHERE): the conditions
/// are computed one after another, granule by granule, and a granule is dropped, with the
/// columns not read yet, as soon as no row passes.
struct PrewhereFilter
{
    std::vector<FilterCondition> conditions;
    /// Columns only the conditions read, which a storage applying the filter leaves out.
    std::vector<std::string> filter_only_columns;
};

struct StorageID
{
    std::string database;
    std::string table;

    std::string getFullName() const { return database.empty() ? table : database + "." + table; }
    /// `db`.`table` as ClickHouse prints it in messages.
    std::string getNameForLogs() const { return database + "." + table; }
};

struct ReadRequest
{
    /// Physical columns to read, in this order. Empty means "rows only" (count()).
    std::vector<std::string> columns;
    /// WHERE and PREWHERE of the query, for index analysis only; may be null.
    sql::ASTPtr filter;
    /// The filter's conditions on single columns with constants already evaluated and
    /// converted to the column's type by the analyzer; null to derive them from `filter`.
    std::shared_ptr<const KeyRanges> key_ranges;
    bool is_final = false;
    size_t max_threads = 1;
    size_t max_block_size = 65536;
    /// A storage either applies this to every row it returns, leaves its filter-only columns
    /// out, reports the rows it read through `on_rows_read` and sets
    /// ReadStatistics::prewhere_applied; or ignores it, and the query filters. May be null.
    std::shared_ptr<const PrewhereFilter> prewhere;
    /// Rows and bytes read from storage before the PREWHERE dropped any, for progress.
    std::function<void(size_t rows, size_t bytes)> on_rows_read;
};

/// What index analysis did, for EXPLAIN and system tables.
struct ReadStatistics
{
    size_t parts_total = 0;
    size_t parts_selected = 0;
    size_t granules_total = 0;
    size_t granules_selected = 0;
    size_t rows_selected = 0;
    std::vector<std::string> notes;
    bool prewhere_applied = false;
};

class IStorage : public std::enable_shared_from_this<IStorage>
{
public:
    IStorage(StorageID id_, ColumnsDescription columns_) : id(std::move(id_)), columns(std::move(columns_)) {}
    virtual ~IStorage() = default;

    /// Engine name as in ENGINE = ...: "MergeTree", "Memory", "SystemNumbers".
    virtual std::string getName() const = 0;
    const StorageID & getStorageID() const { return id; }
    const ColumnsDescription & getColumns() const { return columns; }
    /// Columns a storage offers beside its own (Merge's _table and _database): a query may
    /// read them by name, SELECT * leaves them out.
    virtual ColumnsDescription getVirtuals() const { return {}; }
    /// The CREATE query the table was made with (SHOW CREATE TABLE, metadata files).
    const sql::ASTPtr & getCreateQuery() const { return create_query; }
    void setCreateQuery(sql::ASTPtr query) { create_query = std::move(query); }

    virtual exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) = 0;
    /// Throws TABLE_IS_READ_ONLY (or NOT_IMPLEMENTED) by default.
    virtual exec::BlockSinkPtr write(interpreters::QueryContext & context);

    /// Physical changes; the catalog handles metadata. Defaults throw NOT_IMPLEMENTED.
    virtual void truncate();
    virtual void drop() {}
    virtual void rename(const StorageID & new_id, const std::string & new_data_path);
    virtual void optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query);

    /// Background work (merges) starts after the table is loaded and stops before it goes.
    virtual void startup() {}
    virtual void shutdown() {}
    /// SYSTEM STOP/START MERGES: engines without background merges ignore it.
    virtual void setBackgroundMergesEnabled(bool) {}

    virtual std::optional<UInt64> totalRows() const { return std::nullopt; }
    virtual std::optional<UInt64> totalBytes() const { return std::nullopt; }
    /// Data parts, for system.parts (active and, if asked, outdated ones).
    virtual std::vector<PartInfo> getParts(bool include_inactive) const { return {}; }
    /// Mutations and detached parts, for system.mutations and system.detached_parts.
    virtual std::vector<MutationInfo> getMutations() const { return {}; }
    virtual std::vector<DetachedPartInfo> getDetachedParts() const { return {}; }
    /// Bytes per column, for system.columns.
    virtual ColumnSizes getColumnSizes() const { return {}; }
    /// Keys as text for system.tables: partition_key, sorting_key, primary_key, sampling_key.
    virtual std::map<std::string, std::string> getKeyDescriptions() const { return {}; }
    /// Whether INSERT may write into it.
    virtual bool isReadOnly() const { return false; }
    /// System tables and table functions are not stored in the catalog's metadata.
    virtual bool isSystemStorage() const { return false; }

    /// Guards DDL on this table against concurrent DDL.
    std::mutex & ddlMutex() const { return ddl_mutex; }

protected:
    void setStorageID(StorageID new_id) { id = std::move(new_id); }

    StorageID id;
    ColumnsDescription columns;
    sql::ASTPtr create_query;
    mutable std::mutex ddl_mutex;
};

using StoragePtr = std::shared_ptr<IStorage>;
}
