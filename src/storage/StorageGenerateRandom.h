// generateRandom('name Type, ...' [, random_seed [, max_string_length [, max_array_length]]]):
// rows of random values of any structure, for ever (the query's LIMIT stops it), as
// ClickHouse's table function. The same seed gives the same rows; a NULL or absent seed
// gives new ones each time.
#pragma once

#include <optional>

#include "storage/IStorage.h"

namespace datastore::storage
{
struct RandomDataLimits
{
    UInt64 max_string_length = 10;
    UInt64 max_array_length = 10;
};

class StorageGenerateRandom final : public IStorage
{
public:
    /// Throws NOT_IMPLEMENTED for a column type with no random values (AggregateFunction...).
    StorageGenerateRandom(StorageID id_, ColumnsDescription columns_, std::optional<UInt64> seed_, RandomDataLimits limits_);

    std::string getName() const override { return "GenerateRandom"; }
    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    bool isReadOnly() const override { return true; }

private:
    std::optional<UInt64> seed;
    RandomDataLimits limits;
};
}
