// SETTINGS of a MergeTree table (CREATE TABLE ... SETTINGS index_granularity = 8192), with
// ClickHouse's names and defaults for the ones this engine honours.
#pragma once

#include "base/Field.h"
#include "base/Types.h"

#include <string>
#include <utility>
#include <vector>

namespace datastore::storage
{
struct MergeTreeSettings
{
    /// Rows per granule: one mark and one primary index entry each.
    UInt64 index_granularity = 8192;
    UInt64 min_compress_block_size = 65536;
    UInt64 max_compress_block_size = 1048576;
    /// INSERT throws TOO_MANY_PARTS when a partition has more active parts than this.
    UInt64 parts_to_throw_insert = 3000;
    /// Above this many active parts in a partition an INSERT is slowed down (up to
    /// max_delay_to_insert seconds) so merges catch up; 0 disables it.
    UInt64 parts_to_delay_insert = 1000;
    UInt64 max_delay_to_insert = 1;
    /// Seconds between two TTL merges of one partition.
    UInt64 merge_with_ttl_timeout = 14400;
    /// TTL drops whole parts once every row expired and never rewrites a part for it.
    bool ttl_only_drop_parts = false;
    /// Upper bound of parts one background merge takes.
    UInt64 max_parts_to_merge_at_once = 100;
    /// Background merges start when a partition has at least this many parts (our knob:
    /// ClickHouse decides by its merge selector; 2 keeps the part count low like it does).
    UInt64 min_parts_to_merge = 2;
    /// OPTIMIZE ... FINAL CLEANUP may drop ReplacingMergeTree's deleted rows for good (experimental
    /// in ClickHouse: a row of an older version inserted later is no longer replaced).
    bool allow_experimental_replacing_merge_with_cleanup = false;

    /// Applies `name = value`; throws UNKNOWN_SETTING for a name MergeTree does not have and
    /// BAD_ARGUMENTS for a value of the wrong kind.
    void set(const std::string & name, const Field & value);
    /// The settings of a table's SETTINGS clause, the others at their defaults.
    static MergeTreeSettings fromChanges(const std::vector<std::pair<std::string, Field>> & changes);
};
}
