// uniqHLL12, uniqCombined and uniqCombined64 are one aggregate function over a
// CombinedCardinalityEstimator, differing in how a row becomes a key (KeyOf) and in the
// estimator's sizes; the files that register them supply both.
#pragma once

#include "aggregates/CombinedCardinalityEstimator.h"
#include "aggregates/IAggregateFunction.h"
#include "aggregates/UniqHashes.h"
#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"

namespace datastore::aggregates
{
/// KeyOf: `Key operator()(const IColumn ** columns, size_t row) const`.
template <typename Key, typename HashValue, typename KeyOf>
class AggregateFunctionCardinality final
    : public IAggregateFunctionDataHelper<CombinedCardinalityEstimator<Key, HashValue>, AggregateFunctionCardinality<Key, HashValue, KeyOf>>
{
    using Base = IAggregateFunctionDataHelper<CombinedCardinalityEstimator<Key, HashValue>, AggregateFunctionCardinality<Key, HashValue, KeyOf>>;
    using Base::data;

public:
    AggregateFunctionCardinality(
        std::string name_, const DataTypes & arguments, const Array & parameters, CardinalityEstimatorParams estimator_params_, KeyOf key_of_)
        : Base(arguments, parameters), name(std::move(name_)), estimator_params(estimator_params_), key_of(std::move(key_of_))
    {
    }

    std::string getName() const override { return name; }
    DataTypePtr getResultType() const override { return functions::typeByName("UInt64"); }

    void add(AggregateDataPtr place, const IColumn ** columns, size_t row, Arena *) const
    {
        data(place).insert(static_cast<Key>(key_of(columns, row)), estimator_params);
    }

    void merge(AggregateDataPtr place, ConstAggregateDataPtr rhs, Arena *) const override
    {
        data(place).merge(data(rhs), estimator_params);
    }
    void serialize(ConstAggregateDataPtr place, WriteBuffer & out) const override { data(place).write(out, estimator_params); }
    void deserialize(AggregateDataPtr place, ReadBuffer & in, Arena *) const override { data(place).read(in, estimator_params); }
    void insertResultInto(AggregateDataPtr place, IColumn & to, Arena *) const override
    {
        static_cast<ColumnUInt64 &>(to).insertValue(data(place).size());
    }

private:
    std::string name;
    CardinalityEstimatorParams estimator_params;
    KeyOf key_of;
};

/// The value of a numeric column at a row.
template <typename T>
T numericValue(const IColumn ** columns, size_t row)
{
    return columns[0]->assertCast<ColumnVector<T>>().getData()[row];
}

/// A lone string's key: CityHash64 of its bytes.
struct StringHashKey
{
    UInt64 operator()(const IColumn ** columns, size_t row) const
    {
        std::string_view value = columns[0]->getDataAt(row);
        return cityhash_v1_0_2::CityHash64(value.data(), value.size());
    }
};

/// Several arguments, or a type hashed by its bytes: the CityHash64 chain.
struct VariadicHashKey
{
    size_t num_arguments;
    UInt64 operator()(const IColumn ** columns, size_t row) const { return uniqVariadicHash(columns, num_arguments, row); }
};
}
