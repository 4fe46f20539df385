#include "storage/IStorage.h"

#include "base/Exception.h"

namespace datastore::storage
{
exec::BlockSinkPtr IStorage::write(interpreters::QueryContext &)
{
    throw Exception(ErrorCodes::TABLE_IS_READ_ONLY, "Table {} is read-only", id.getNameForLogs());
}

void IStorage::truncate()
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Truncate is not supported by storage {}", getName());
}

void IStorage::rename(const StorageID & new_id, const std::string &)
{
    setStorageID(new_id);
}

void IStorage::optimize(interpreters::QueryContext &, const sql::ASTOptimizeQuery &)
{
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Method optimize is not supported by storage {}", getName());
}
}
