// A part's identity, encoded in its directory name as ClickHouse does:
// <partition_id>_<min_block>_<max_block>_<level>[_<mutation>]. A merged part covers the block
// range of the parts it was made from, and a mutated part the part it rewrote (same blocks,
// higher mutation version), which is how recovery tells which parts were replaced.
#pragma once

#include "base/Types.h"

#include <optional>
#include <string>

namespace datastore::storage
{
struct MergeTreePartInfo
{
    std::string partition_id;
    Int64 min_block = 0;
    Int64 max_block = 0;
    UInt32 level = 0;
    /// The version of the last mutation applied (a block number), 0 when none was.
    Int64 mutation = 0;

    std::string getPartName() const
    {
        return partition_id + "_" + std::to_string(min_block) + "_" + std::to_string(max_block) + "_" + std::to_string(level)
            + (mutation ? "_" + std::to_string(mutation) : "");
    }

    /// Mutations with a higher version than this apply to the part's rows.
    Int64 getDataVersion() const { return mutation ? mutation : min_block; }

    /// True when this part holds every block of `other` (same partition, wider or equal range).
    bool contains(const MergeTreePartInfo & other) const
    {
        return partition_id == other.partition_id && min_block <= other.min_block && max_block >= other.max_block && level >= other.level
            && mutation >= other.mutation;
    }

    /// Parses a directory name; nullopt for anything else (tmp_*, detached, files).
    static std::optional<MergeTreePartInfo> tryParsePartName(const std::string & name);
};
}
