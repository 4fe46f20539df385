// The rows of the values() table function: one block given whole, read as one stream.
#pragma once

#include "storage/IStorage.h"

namespace datastore::storage
{
class StorageValues final : public IStorage
{
public:
    StorageValues(StorageID id_, ColumnsDescription columns_, Block block_)
        : IStorage(std::move(id_), std::move(columns_)), block(std::move(block_))
    {
    }
    std::string getName() const override { return "Values"; }
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    bool isReadOnly() const override { return true; }
    std::optional<UInt64> totalRows() const override { return block.rows(); }

private:
    Block block;
};
}
