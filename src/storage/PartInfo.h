// What a table with parts tells system.parts and system.columns about its data.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/Types.h"

namespace datastore::storage
{
struct PartInfo
{
    std::string partition;  /// partition value as text, e.g. "202602"
    std::string partition_id;
    std::string name;       /// e.g. "202602_1_1_0"
    std::string path;
    UInt64 rows = 0;
    UInt64 marks = 0;
    UInt64 bytes_on_disk = 0;
    UInt64 data_compressed_bytes = 0;
    UInt64 data_uncompressed_bytes = 0;
    UInt64 marks_bytes = 0;
    UInt64 primary_key_bytes_in_memory = 0;
    Int64 min_block_number = 0;
    Int64 max_block_number = 0;
    UInt32 level = 0;
    bool active = true;
    UInt32 modification_time = 0;
    UInt32 min_time = 0; /// of the partition key's time column, when it has one
    UInt32 max_time = 0;
    UInt32 delete_ttl_info_min = 0;
    UInt32 delete_ttl_info_max = 0;
};

/// A row of system.mutations.
struct MutationInfo
{
    std::string mutation_id; /// mutation_5.txt
    std::string command;
    UInt32 create_time = 0;
    std::vector<std::string> parts_to_do_names;
    bool is_done = false;
    std::string latest_failed_part;
    UInt32 latest_fail_time = 0;
    std::string latest_fail_reason;
};

/// A row of system.detached_parts: a directory of detached/.
struct DetachedPartInfo
{
    std::string name; /// as on disk: 202602_1_1_0, broken_all_2_2_0
    std::string partition_id;
    std::string reason; /// the prefix before the part name ("broken"), empty for DETACH
    Int64 min_block_number = 0;
    Int64 max_block_number = 0;
    UInt32 level = 0;
    std::string path;
    UInt64 bytes_on_disk = 0;
};

struct ColumnSizeInfo
{
    UInt64 data_compressed = 0;
    UInt64 data_uncompressed = 0;
    UInt64 marks = 0;
};
using ColumnSizes = std::map<std::string, ColumnSizeInfo>;
}
