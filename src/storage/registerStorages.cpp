#include "storage/StorageFactory.h"

namespace datastore::storage
{
void registerStorageMemory();
void registerStorageNull();
void registerStorageMergeTree();
void registerStorageView();
void registerStorageMaterializedView();
void registerStorageBuffer();
void registerStorageMerge();

void registerStorages()
{
    static bool is_registered = false;
    if (is_registered)
        return;
    is_registered = true;
    registerStorageMemory();
    registerStorageNull();
    registerStorageMergeTree();
    registerStorageView();
    registerStorageMaterializedView();
    registerStorageBuffer();
    registerStorageMerge();
}
}
