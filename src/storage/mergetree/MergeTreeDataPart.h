// A part loaded in memory: its identity, row count, marks of every column, the sparse
// primary index and the partition's minmax values. Parts are immutable and shared; a part
// replaced by a merge or dropped by TRUNCATE is marked for removal and its directory is
// deleted when the last reader lets go of it.
#pragma once

#include "columns/Block.h"
#include "storage/PartInfo.h"
#include "storage/mergetree/MergeTreeIndexGranules.h"
#include "storage/mergetree/MergeTreeMetadata.h"
#include "storage/mergetree/MergeTreePartInfo.h"

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
/// One entry of a .mrk2 file: where a granule's data starts and how many rows it has.
struct MergeTreeMark
{
    UInt64 offset_in_compressed_file = 0;
    UInt64 offset_in_decompressed_block = 0;
    UInt64 rows = 0;
};
using MergeTreeMarks = std::vector<MergeTreeMark>;

class MergeTreeDataPart
{
public:
    MergeTreePartInfo info;
    std::string name;
    /// Directory of the part, ending with '/'.
    std::string path;
    UInt64 rows = 0;
    /// Marks per column (same granules for all), the final zero-row mark included.
    std::map<std::string, MergeTreeMarks> marks;
    /// Primary key values at the first row of each granule, plus the last row's values
    /// (ClickHouse's final mark), one column per primary key column.
    Columns index;
    /// Min (row 0) and max (row 1) of each partition-key source column.
    Block minmax;
    /// Data-skipping indexes by name; an index added after the part was written is missing.
    std::map<std::string, std::shared_ptr<const MergeTreeIndexGranules>> skip_indexes;
    /// The partition key's values (one row), empty without PARTITION BY.
    Block partition;
    /// Type of every column the part stores (columns.txt): an ALTER may have changed the
    /// table's type or dropped the column since the part was written.
    std::map<std::string, DataTypePtr> stored_types;
    /// Bounds of the part's TTL values (ttl.txt), 0 when the table had no TTL.
    UInt32 delete_ttl_min = 0;
    UInt32 delete_ttl_max = 0;
    /// Earliest moment any TTL rule (rows with WHERE, columns) may change the part; 0 for none.
    UInt32 any_ttl_min = 0;
    ColumnSizes column_sizes;
    UInt64 bytes_on_disk = 0;
    UInt64 marks_bytes = 0;
    UInt32 modification_time = 0;

    ~MergeTreeDataPart();

    /// Rows-per-granule without the final mark.
    size_t getGranulesCount() const;
    const MergeTreeMarks & getMarks(const std::string & column) const;
    /// Deletes the directory once nothing holds the part any more.
    void markForRemoval() const { is_removed_on_destroy.store(true); }
    /// The partition as system.parts shows it: 202602, 'abc', (1, 'x'), tuple().
    std::string getPartitionText() const;
    PartInfo toPartInfo(bool is_active) const;

    /// Reads a part directory. Throws NO_FILE_IN_DATA_PART for a missing file and
    /// CORRUPTED_DATA when files disagree (sizes, counts, marks).
    static std::shared_ptr<MergeTreeDataPart>
    load(const std::string & path, const MergeTreePartInfo & info, const MergeTreeMetadata & metadata);

private:
    mutable std::atomic<bool> is_removed_on_destroy { false };
};

using MergeTreeDataPartPtr = std::shared_ptr<const MergeTreeDataPart>;
using MergeTreeDataParts = std::vector<MergeTreeDataPartPtr>;

/// Contents of a whole small file of a part; throws NO_FILE_IN_DATA_PART.
std::string readPartFile(const std::string & path);
/// The part's checksums.txt for the files in `directory` (see docs/formats/part.md);
/// `uncompressed_sizes` gives the decompressed size of each .bin file.
std::string computeChecksumsText(const std::string & directory, const std::map<std::string, UInt64> & uncompressed_sizes);
}
