// An aggregate over a NULL literal argument (sum(NULL), count(NULL)): no row ever counts, so
// the result is NULL (type Nullable(Nothing)), or 0 for functions that return a default
// over only NULLs (count, uniq -> UInt64).
#pragma once

#include "aggregates/IAggregateFunction.h"

namespace datastore::aggregates
{
class AggregateFunctionNothing final : public IAggregateFunction
{
public:
    AggregateFunctionNothing(std::string name_, const DataTypes & arguments, const Array & parameters, bool result_is_nullable);

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return result_type; }

    size_t sizeOfData() const override { return 1; }
    size_t alignOfData() const override { return 1; }
    void create(AggregateDataPtr) const override {}
    void destroy(AggregateDataPtr) const noexcept override {}
    bool hasTrivialDestructor() const override { return true; }

    void add(AggregateDataPtr, const IColumn **, size_t, Arena *) const override {}
    void addBatch(size_t, AggregateDataPtr *, size_t, const IColumn **, Arena *, const UInt8 *) const override {}
    void addBatchSinglePlace(size_t, AggregateDataPtr, const IColumn **, Arena *, const UInt8 *) const override {}
    void merge(AggregateDataPtr, ConstAggregateDataPtr, Arena *) const override {}
    /// ClickHouse writes one zero byte for this state.
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override;
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena * arena) const override;
    void insertResultInto(AggregateDataPtr, IColumn & to, Arena *) const override { to.insertDefault(); }

private:
    std::string name;
    DataTypePtr result_type;
};
}
