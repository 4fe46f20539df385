// One set of aggregate states outside a hash table, for totals: the states of the rows merged
// into it (or none, for totals of no rows) become one row of results.
#pragma once

#include <vector>

#include "base/Arena.h"
#include "exec/Aggregator.h"

namespace datastore::exec
{
class AggregateStatesRow
{
public:
    explicit AggregateStatesRow(std::vector<AggregateDescription> aggregates_);
    ~AggregateStatesRow();
    AggregateStatesRow(const AggregateStatesRow &) = delete;
    AggregateStatesRow & operator=(const AggregateStatesRow &) = delete;

    /// Merges `state` into the i-th aggregate's state.
    void merge(size_t i, aggregates::ConstAggregateDataPtr state);
    /// One row of `header`: each aggregate's result, and its state where the header has
    /// stateColumnName(i); every other column (the keys) takes its type's default, as in ClickHouse.
    Block toRow(const Block & header);

private:
    std::vector<AggregateDescription> aggregates;
    Arena arena;
    std::vector<aggregates::AggregateDataPtr> places;
};
}
