// Hash aggregation: each thread folds its blocks into its own two-level hash table
// (256 buckets chosen by the top bits of the key hash), then the buckets are merged in
// parallel and turned into result blocks bucket by bucket. The key layout picks the
// cheapest method: one key of one or two bytes as an index into an array of states (no
// hashing), one fixed-width key as a UInt64, several packed into 16 bytes, one string, or a
// serialized form of any keys.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "aggregates/IAggregateFunction.h"
#include "base/Arena.h"
#include "base/PodArray.h"
#include "columns/Block.h"
#include "exec/HashMap.h"

namespace datastore
{
class ColumnAggregateFunction;
}

namespace datastore::exec
{
struct AggregateDescription
{
    aggregates::AggregateFunctionPtr function;
    std::vector<std::string> argument_names;
    std::string result_name;
};

struct AggregatorParams
{
    /// Columns the input blocks carry (keys and aggregate arguments among them).
    Block input_header;
    std::vector<std::string> keys;
    std::vector<AggregateDescription> aggregates;
    size_t max_threads = 1;
    size_t max_block_size = 65536;
    /// Past this many bytes of states and keys, the threads write their data to tmp_path by
    /// buckets (max_bytes_before_external_group_by); 0 keeps everything in memory.
    size_t max_bytes_before_external_group_by = 0;
    std::string tmp_path;
    /// Results also carry each group's states, as AggregateFunction columns named by
    /// stateColumnName(), for totals taken after HAVING.
    bool with_state_columns = false;
};

/// The column of with_state_columns holding aggregate `index`'s states.
std::string stateColumnName(size_t index);

/// The per-thread state of an aggregation: hash tables, the arena holding keys and states.
class AggregatedData;
using AggregatedDataPtr = std::shared_ptr<AggregatedData>;

class Aggregator
{
public:
    explicit Aggregator(AggregatorParams params);

    /// Result header: keys (LowCardinality taken off) then aggregate results.
    Block getHeader() const;
    const AggregatorParams & getParams() const { return params; }

    AggregatedDataPtr createData() const;
    /// Folds one block into the thread's data.
    void execute(const Block & block, AggregatedData & data) const;
    /// Merges every thread's data into the first, using up to max_threads threads.
    AggregatedDataPtr merge(std::vector<AggregatedDataPtr> datas) const;
    /// Converts merged data into blocks; call until it returns an empty Block.
    Block nextResultBlock(AggregatedData & data) const;

    /// External aggregation: the keys hash into this many buckets, each written and merged
    /// on its own, so only one bucket's states are in memory while merging.
    static constexpr size_t kBucketCount = 256;
    /// Whether the data can be written by buckets (keys of few bytes, and no keys, stay in memory).
    bool canSpill() const;
    /// Bytes the data's keys, states and tables take.
    size_t dataBytes(const AggregatedData & data) const;
    /// The states of one bucket as a block (the keys, then one AggregateFunction column per
    /// aggregate), taken out of `data`.
    Block takeBucketStates(AggregatedData & data, size_t bucket) const;
    /// Merges a block of takeBucketStates() into `data` by key.
    void mergeBucketStates(const Block & block, AggregatedData & data) const;

    enum class Method
    {
        WithoutKeys,
        SmallKey,
        Key64,
        Keys128,
        KeyString,
        Serialized,
    };

private:
    AggregatorParams params;
    Method method;
    std::vector<size_t> key_positions;
    std::vector<std::vector<size_t>> argument_positions;
    std::vector<size_t> state_offsets;
    size_t total_state_size = 0;
    size_t state_alignment = 16;

    friend class AggregatedData;
    aggregates::AggregateDataPtr createStates(Arena & arena) const;
    void destroyStates(aggregates::AggregateDataPtr place) const noexcept;
    void mergeStates(aggregates::AggregateDataPtr to, aggregates::AggregateDataPtr from, Arena * arena) const;
    /// mergeStates over pairs, one call per aggregate function; the `from` states are destroyed.
    void mergeStatesBatch(size_t rows, aggregates::AggregateDataPtr * to, aggregates::AggregateDataPtr * from, Arena * arena) const;
    /// Appends the results of `places` to `result_columns` (and copies of the states to
    /// `state_columns`), then destroys the states.
    void emitStates(PodArray<aggregates::AggregateDataPtr> & places, MutableColumns & result_columns,
                    std::vector<std::shared_ptr<ColumnAggregateFunction>> & state_columns, Arena * arena) const;
    /// The state of each row's key in `data`, created for keys not seen yet.
    void placeRows(const Columns & keys, size_t rows, AggregatedData & data, PodArray<aggregates::AggregateDataPtr> & places) const;
    /// Calls f(place) for every key of a bucket after appending the key to `key_columns`;
    /// returns how many.
    template <typename F>
    size_t forEachInBucket(AggregatedData & data, size_t bucket, MutableColumns & key_columns, F && f) const;
    /// Forgets a bucket whose states were taken.
    void clearBucket(AggregatedData & data, size_t bucket) const;
    template <typename Map>
    void mergeBucket(Map & into, Map & from, Arena & arena) const;
    /// Entries of the SmallKey method's array: 256 or 65536.
    size_t small_key_values = 0;
};
}
