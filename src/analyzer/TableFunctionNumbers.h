// numbers(length), numbers(offset, length) and zeros(length), and their _mt forms read by
// every thread: tables of consecutive UInt64s, or of zero bytes.
#pragma once

#include "sql/ASTFunction.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// Throws NUMBER_OF_ARGUMENTS_DOESNT_MATCH, and ILLEGAL_TYPE_OF_ARGUMENT for an argument that
/// is not a non-negative integer.
storage::StoragePtr makeNumbersTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context);
storage::StoragePtr makeZerosTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context);
}
