// ENGINE = Null: accepts inserts and forgets them; reads return nothing. Useful as the
// source of materialized views and for measuring ingestion without storage.
#pragma once

#include "storage/IStorage.h"

namespace datastore::storage
{
class StorageNull final : public IStorage
{
public:
    StorageNull(StorageID id_, ColumnsDescription columns_) : IStorage(std::move(id_), std::move(columns_)) {}
    std::string getName() const override { return "Null"; }
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
};
}
