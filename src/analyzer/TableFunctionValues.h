// The values() table function: values('x UInt8, s String', (1, 'a'), (2, 'b')) with a
// structure, or values((1, 'a'), (2, 'b')) whose columns c1, c2... take the common type of
// each position, as in ClickHouse.
#pragma once

#include "sql/ASTFunction.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// Throws TOO_FEW_ARGUMENTS_FOR_FUNCTION without arguments, BAD_ARGUMENTS for a row that does
/// not match the structure, and the conversion errors of the column types.
storage::StoragePtr makeValuesTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context);
}
