// The table functions a FROM clause may call (numbers(10), values(...)), by name: each makes
// a storage of the call's rows. system.table_functions lists them.
#pragma once

#include <map>
#include <string>

#include "sql/ASTFunction.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
using TableFunctionMaker = storage::StoragePtr (*)(const sql::ASTFunction & function, interpreters::QueryContext & context);

struct TableFunctionEntry
{
    TableFunctionMaker make = nullptr;
    /// Whether a readonly user may call it (ClickHouse refuses the ones that write or create).
    bool allows_readonly = true;
};

class TableFunctionFactory
{
public:
    static const TableFunctionFactory & instance();

    /// Throws UNKNOWN_FUNCTION for a name no table function has.
    storage::StoragePtr make(const sql::ASTFunction & function, interpreters::QueryContext & context) const;
    const std::map<std::string, TableFunctionEntry> & getAll() const { return entries; }

private:
    TableFunctionFactory();

    std::map<std::string, TableFunctionEntry> entries;
};
}
