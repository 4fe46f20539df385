// What a table with parts tells system.parts and system.columns about its data.
#pragma once

#include <map>
#include <string>

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

struct ColumnSizeInfo
{
    UInt64 data_compressed = 0;
    UInt64 data_uncompressed = 0;
    UInt64 marks = 0;
};
using ColumnSizes = std::map<std::string, ColumnSizeInfo>;
}
