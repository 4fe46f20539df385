// The generateRandom() table function: generateRandom('structure' [, random_seed
// [, max_string_length [, max_array_length]]]), endless random rows of that structure.
#pragma once

#include "sql/ASTFunction.h"
#include "storage/IStorage.h"

namespace datastore::interpreters
{
class QueryContext;
}

namespace datastore::analyzer
{
/// Throws NUMBER_OF_ARGUMENTS_DOESNT_MATCH, BAD_ARGUMENTS for arguments of the wrong kind,
/// and NOT_IMPLEMENTED for a column type with no random values.
storage::StoragePtr makeGenerateRandomTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context);
}
