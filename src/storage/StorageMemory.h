// ENGINE = Memory: blocks kept in RAM, lost on restart. Reads split the blocks among threads.
#pragma once

#include <mutex>

#include "storage/IStorage.h"

namespace datastore::storage
{
class StorageMemory final : public IStorage
{
public:
    StorageMemory(StorageID id_, ColumnsDescription columns_) : IStorage(std::move(id_), std::move(columns_)) {}

    std::string getName() const override { return "Memory"; }
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
    void truncate() override;
    std::optional<UInt64> totalRows() const override;
    std::optional<UInt64> totalBytes() const override;

    /// Appends blocks atomically (the sink calls it on finish).
    void appendBlocks(Blocks blocks);

private:
    mutable std::mutex mutex;
    std::shared_ptr<const Blocks> data = std::make_shared<Blocks>();
};
}
