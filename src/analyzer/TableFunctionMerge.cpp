#include "analyzer/TableFunctionMerge.h"

#include "base/Exception.h"
#include "interpreters/Context.h"
#include "sql/ASTLiteral.h"
#include "storage/StorageMerge.h"

namespace datastore::analyzer
{
storage::StoragePtr makeMergeTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context)
{
    sql::ASTs arguments = function.argumentList();
    if (arguments.empty() || arguments.size() > 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Table function 'merge' requires from 1 to 2 parameters: merge(['db_name',] 'tables_regexp')");
    /// Only the arguments' values matter here: the copies may be rewritten.
    for (auto & argument : arguments)
        argument = argument->clone();
    if (arguments.size() == 1)
        arguments.insert(arguments.begin(), std::make_shared<sql::ASTLiteral>(Field(context.current_database)));
    auto source = storage::StorageMerge::parseSource(arguments[0], arguments[1], context);
    storage::StorageID id{"", function.name};
    auto tables = storage::StorageMerge(id, {}, source, context.getServer()).getSourceTables();
    if (tables.empty())
        throw Exception(ErrorCodes::UNKNOWN_TABLE,
                        "Error while executing table function merge. Either there is no database, which matches regular expression `{}`, "
                        "or there are no tables in database matches `{}`, which fit tables expression: {}",
                        source.database, source.database, source.table_regexp);
    return std::make_shared<storage::StorageMerge>(id, tables.front().storage->getColumns(), source, context.getServer());
}
}
