#include "analyzer/TableFunctionFactory.h"

#include "analyzer/TableFunctionGenerateRandom.h"
#include "analyzer/TableFunctionMerge.h"
#include "analyzer/TableFunctionNumbers.h"
#include "analyzer/TableFunctionValues.h"
#include "base/Exception.h"
#include "interpreters/Context.h"

namespace datastore::analyzer
{
TableFunctionFactory::TableFunctionFactory()
{
    entries["numbers"] = {makeNumbersTableFunction, true};
    entries["numbers_mt"] = {makeNumbersTableFunction, true};
    /// ClickHouse marks zeros as not for readonly users.
    entries["zeros"] = {makeZerosTableFunction, false};
    entries["zeros_mt"] = {makeZerosTableFunction, false};
    entries["values"] = {makeValuesTableFunction, true};
    entries["merge"] = {makeMergeTableFunction, true};
    entries["generateRandom"] = {makeGenerateRandomTableFunction, true};
}

const TableFunctionFactory & TableFunctionFactory::instance()
{
    static const TableFunctionFactory factory;
    return factory;
}

storage::StoragePtr TableFunctionFactory::make(const sql::ASTFunction & function, interpreters::QueryContext & context) const
{
    auto it = entries.find(function.name);
    if (it == entries.end())
        throw Exception(ErrorCodes::UNKNOWN_FUNCTION, "Unknown table function {}", function.name);
    /// readonly = 2 lets a user change settings, and with them call any table function.
    if (!it->second.allows_readonly && context.settings.readonly == 1)
        throw Exception(ErrorCodes::READONLY, "{}: Cannot execute query in readonly mode", context.user);
    return it->second.make(function, context);
}
}
