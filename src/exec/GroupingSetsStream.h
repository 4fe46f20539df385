// GROUP BY ROLLUP / CUBE / GROUPING SETS and WITH TOTALS by one aggregation: each input block
// goes out once per grouping set, with the keys outside the set replaced by their default (or
// NULL under group_by_use_nulls) and the set's number in the key `__grouping_set`, so every set
// aggregates into its own groups. Each grouping(...) call becomes a constant column of the set.
#pragma once

#include <string>
#include <vector>

#include "exec/IBlockStream.h"

namespace datastore::exec
{
struct GroupingSetsDescription
{
    /// The GROUP BY keys, by name in the input.
    std::vector<std::string> keys;
    /// For each set, whether each key is in it.
    std::vector<std::vector<bool>> sets;
    /// Keys become Nullable and NULL outside a set (group_by_use_nulls).
    bool use_nulls = false;
    /// grouping(k1, k2...): the column name and the key index of each argument.
    struct GroupingCall
    {
        std::string name;
        std::vector<size_t> arguments;
    };
    std::vector<GroupingCall> grouping_calls;

    static constexpr const char * set_column = "__grouping_set";

    /// The input header with keys made Nullable (use_nulls), then __grouping_set and the grouping columns.
    Block transformHeader(const Block & input) const;
    /// ClickHouse's grouping(): one bit per argument, the first the highest, set when the key is not in the set.
    UInt64 groupingValue(const GroupingCall & call, size_t set) const;
};

class GroupingSetsStream final : public IBlockStream
{
public:
    GroupingSetsStream(BlockStreamPtr child_, GroupingSetsDescription description_);

    Block getHeader() const override { return header; }
    Block read() override;
    void cancel() override
    {
        IBlockStream::cancel();
        child->cancel();
    }

private:
    BlockStreamPtr child;
    GroupingSetsDescription description;
    Block header;
    Block current;
    size_t next_set = 0;
};
}
