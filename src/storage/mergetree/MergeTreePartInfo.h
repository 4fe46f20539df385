// A part's identity, encoded in its directory name as ClickHouse does:
// <partition_id>_<min_block>_<max_block>_<level>. A merged part covers the block range of
// the parts it was made from, which is how recovery tells which parts a merge replaced.
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

    std::string getPartName() const
    {
        return partition_id + "_" + std::to_string(min_block) + "_" + std::to_string(max_block) + "_" + std::to_string(level);
    }

    /// True when this part holds every block of `other` (same partition, wider or equal range).
    bool contains(const MergeTreePartInfo & other) const
    {
        return partition_id == other.partition_id && min_block <= other.min_block && max_block >= other.max_block && level >= other.level;
    }

    /// Parses a directory name; nullopt for anything else (tmp_*, detached, files).
    static std::optional<MergeTreePartInfo> tryParsePartName(const std::string & name);
};
}
