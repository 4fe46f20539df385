#include "system/StorageSystemDataSkippingIndices.h"

#include "interpreters/Context.h"
#include "interpreters/DatabaseCatalog.h"
#include "storage/mergetree/StorageMergeTree.h"

#include <filesystem>

namespace datastore::system
{
StorageSystemDataSkippingIndices::StorageSystemDataSkippingIndices()
    : StorageSystemTable(
        "data_skipping_indices",
        {{"database", "String"},
         {"table", "String"},
         {"name", "String"},
         {"type", "String"},
         {"type_full", "String"},
         {"expr", "String"},
         {"granularity", "UInt64"},
         {"data_compressed_bytes", "UInt64"},
         {"data_uncompressed_bytes", "UInt64"},
         {"marks", "UInt64"}})
{
}

void StorageSystemDataSkippingIndices::fillData(MutableColumns & columns, interpreters::QueryContext & context) const
{
    for (const auto & database : context.getCatalog().getDatabases())
        for (const auto & storage : database->getTables())
        {
            const auto * table = dynamic_cast<const storage::StorageMergeTree *>(storage.get());
            if (!table)
                continue;
            auto parts = table->getActiveParts();
            for (const auto & index : table->getMetadata().skip_indexes)
            {
                /// The index files are not compressed: both sizes are the files' sizes.
                UInt64 bytes = 0;
                UInt64 granules = 0;
                for (const auto & part : parts)
                {
                    std::error_code error;
                    auto size = std::filesystem::file_size(part->path + index.fileName(), error);
                    bytes += error ? 0 : size;
                    if (auto it = part->skip_indexes.find(index.name); it != part->skip_indexes.end())
                        granules += it->second->size();
                }
                size_t i = 0;
                columns[i++]->insert(Field(database->getName()));
                columns[i++]->insert(Field(storage->getStorageID().table));
                columns[i++]->insert(Field(index.name));
                columns[i++]->insert(Field(index.type));
                columns[i++]->insert(Field(index.type_full));
                columns[i++]->insert(Field(index.expression.expression_text));
                columns[i++]->insert(Field(index.granularity));
                columns[i++]->insert(Field(bytes));
                columns[i++]->insert(Field(bytes));
                columns[i++]->insert(Field(granules));
            }
        }
}
}
