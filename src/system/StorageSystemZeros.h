// zeros(N) and zeros_mt(N): N rows of a UInt8 column `zero` holding 0, the cheapest rows to
// test a query's own speed with (`SELECT count() FROM zeros(1e9)`). As in ClickHouse, zeros(0)
// never ends: the query's LIMIT stops it.
#pragma once

#include "storage/IStorage.h"

namespace datastore::system
{
class StorageSystemZeros final : public storage::IStorage
{
public:
    /// `is_multithreaded` splits the rows among max_threads streams.
    StorageSystemZeros(storage::StorageID id_, UInt64 count_, bool is_multithreaded_);

    std::string getName() const override { return "SystemZeros"; }
    exec::BlockStreams read(const storage::ReadRequest & request, interpreters::QueryContext & context, storage::ReadStatistics * statistics) override;
    bool isSystemStorage() const override { return true; }
    bool isReadOnly() const override { return true; }
    std::optional<UInt64> totalRows() const override { return count ? std::optional<UInt64>(count) : std::nullopt; }

private:
    UInt64 count;
    bool is_multithreaded;
};
}
