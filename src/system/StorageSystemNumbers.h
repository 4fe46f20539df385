// system.numbers, numbers(N), numbers(start, N), numbers_mt(N): a UInt64 column `number`
// generated block by block. Without a limit it never ends: the query's LIMIT stops it.
#pragma once

#include <optional>

#include "storage/IStorage.h"

namespace datastore::system
{
class StorageSystemNumbers final : public storage::IStorage
{
public:
    /// `count` empty means endless; `is_multithreaded` splits the range among threads.
    StorageSystemNumbers(storage::StorageID id_, UInt64 start_, std::optional<UInt64> count_, bool is_multithreaded_);

    std::string getName() const override { return "SystemNumbers"; }
    exec::BlockStreams read(const storage::ReadRequest & request, interpreters::QueryContext & context, storage::ReadStatistics * statistics) override;
    bool isSystemStorage() const override { return true; }
    bool isReadOnly() const override { return true; }
    std::optional<UInt64> totalRows() const override { return count; }

private:
    UInt64 start;
    std::optional<UInt64> count;
    bool is_multithreaded;
};
}
