// TTL of a MergeTree table: `TTL expr [DELETE] [WHERE cond], ...` on the table deletes rows
// whose time has come, `x T TTL expr` on a column resets its expired values to the default.
// TTL is applied when parts are merged or rewritten (never on read, as in ClickHouse); each
// part records its TTL bounds in ttl.txt so the periodic TTL merge finds expired data
// without reading it.
#pragma once

#include "columns/Block.h"
#include "columns/IColumn.h"
#include "storage/KeyDescription.h"

#include <string>
#include <vector>

namespace datastore::storage
{
struct TTLRule
{
    /// One result column: the moment the row expires (Date, DateTime or DateTime64).
    KeyDescription expression;
    /// DELETE WHERE cond: only rows where it holds expire; empty for every row.
    KeyDescription where;
    /// Column TTL: the column whose values expire; empty for a table (row) rule.
    std::string column;
};

/// A part's TTL bounds, in seconds since the epoch (0 when unknown).
struct TTLBounds
{
    /// Of the table's first DELETE rule without WHERE (system.parts delete_ttl_info_min/max).
    UInt32 delete_min = 0;
    UInt32 delete_max = 0;
    /// The earliest moment any rule expires anything in the part.
    UInt32 any_min = 0;

    /// The contents of ttl.txt.
    std::string toText() const;
};

struct MergeTreeTTL
{
    std::vector<TTLRule> rules;

    bool empty() const { return rules.empty(); }
    bool hasRowRules() const;
    /// Widens `bounds` by the rows `rows` of `block` (every row when null).
    void updateBounds(const Block & block, const Permutation * rows, TTLBounds & bounds) const;
    /// `block` without its rows expired at `now` (unless !delete_rows) and with expired column
    /// values reset to their type's default.
    Block apply(const Block & block, UInt32 now, bool delete_rows) const;
};

/// Rows where a condition column (UInt8, Bool, Nullable of them or any number) is true.
Filter conditionToFilter(const ColumnWithTypeAndName & condition);
/// Runs a key's expression (if any) on a copy of `block` and returns its single result column.
ColumnWithTypeAndName evaluateKeyColumn(const KeyDescription & key, const Block & block);
}
