#include "storage/StorageFactory.h"

namespace datastore::storage
{
void registerStorageMemory();
void registerStorageNull();
void registerStorageMergeTree();

void registerStorages()
{
    static bool is_registered = false;
    if (is_registered)
        return;
    is_registered = true;
    registerStorageMemory();
    registerStorageNull();
    registerStorageMergeTree();
}
}
