// ENGINE = Merge(db, 'regexp') and the merge() table function: reads every table of the
// database (or of each database matching REGEXP('...')) whose name the RE2 regexp matches
// anywhere, except itself, as one read-only table of its own columns. Each table's columns
// are cast to them, those a table lacks are its defaults; the virtual columns _database and
// _table name each row's table, and WHERE conditions on them alone skip tables unread.
#pragma once

#include <memory>

#include <re2/re2.h>

#include "storage/IStorage.h"

namespace datastore::interpreters
{
class ServerContext;
}

namespace datastore::storage
{
class StorageMerge final : public IStorage
{
public:
    /// Where the tables are: a database by name, or by regexp (REGEXP('...')).
    struct Source
    {
        std::string database;
        bool is_database_regexp = false;
        std::string table_regexp;
    };

    /// Throws CANNOT_COMPILE_REGEXP.
    StorageMerge(StorageID id_, ColumnsDescription columns_, Source source_, interpreters::ServerContext & server_);

    /// The source from Merge's (or merge()'s) two arguments: the database as an identifier, a
    /// string, a constant expression or REGEXP('...'), then the table regexp, a String. Each
    /// argument but REGEXP(...) is replaced by its evaluated literal.
    static Source parseSource(sql::ASTPtr & database_argument, sql::ASTPtr & table_argument, interpreters::QueryContext & context);

    std::string getName() const override { return "Merge"; }
    ColumnsDescription getVirtuals() const override;
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    /// NOT_IMPLEMENTED, as ClickHouse's Merge.
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;

    struct SourceTable
    {
        std::string database;
        std::string table;
        StoragePtr storage;
    };
    /// The matching tables, by database and then table name. UNKNOWN_DATABASE when the
    /// database named exactly does not exist.
    std::vector<SourceTable> getSourceTables() const;

private:
    /// The tables whose _database and _table pass every condition of the WHERE on those alone.
    std::vector<SourceTable> pruneByVirtuals(std::vector<SourceTable> tables, const PrewhereFilter & filter) const;
    /// Empty columns of these names, virtual ones included, in this order.
    Block headerOf(const std::vector<std::string> & names) const;
    exec::BlockStreams readTable(const SourceTable & table, const ReadRequest & request, interpreters::QueryContext & context,
                                 ReadStatistics * statistics) const;

    Source source;
    std::unique_ptr<RE2> database_regexp;
    std::unique_ptr<RE2> table_regexp;
    interpreters::ServerContext & server;
};
}
