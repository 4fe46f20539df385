// Writes one part from rows already sorted by the sorting key: per column a .bin of
// compressed Native-format granules and a .mrk2 of marks, then primary.idx, the minmax
// indexes, the data-skipping indexes (skp_idx_*.idx), partition.dat, count.txt, columns.txt, default_compression_codec.txt and
// checksums.txt, all fsynced. The caller writes into a tmp_* directory and renames it.
#pragma once

#include "compression/CompressedWriteBuffer.h"
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/MergeTreeIndexGranules.h"
#include "storage/mergetree/PartFileWriteBuffer.h"

#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
class MergeTreePartWriter
{
public:
    /// Creates `directory` (which must not exist yet); throws DIRECTORY_ALREADY_EXISTS.
    /// With `use_second_thread`, columns are sorted, serialized, compressed and fsynced on two
    /// threads: for INSERTs, which a client waits for; background merges leave the core alone.
    MergeTreePartWriter(MergeTreeMetadataPtr metadata_, std::string directory_, bool use_second_thread_);
    ~MergeTreePartWriter();

    /// Appends rows. The block holds every physical column and every sorting-key column.
    /// Without `permutation` its rows are appended in order; with one, the rows
    /// permutation[0], permutation[1], ... of the block (each column is sorted just before
    /// it is written, so the whole block never exists twice). The appended rows continue
    /// the sort order of the rows written before.
    void write(const Block & block, const Permutation * permutation = nullptr);
    /// Writes the remaining files and makes everything durable. `partition` is the one-row
    /// block of the partition key's values (empty without PARTITION BY).
    void finish(const Block & partition);

    UInt64 getRowsWritten() const { return rows_written + pending_rows.rows(); }
    /// Writes (and fsyncs) one more file of the part, e.g. ttl.txt; call before finish().
    void writeSmallFile(const std::string & file_name, const std::string & contents);

private:
    struct ColumnStream;

    /// write() of rows that start at a granule boundary and are whole granules, or the last rows.
    void writeGranules(const Block & block, const Permutation * permutation);
    void updateMinMax(const Block & block);
    /// The rows of `block` (in written order) of each data-skipping index's expression.
    std::vector<Columns> computeSkipIndexColumns(const Block & block, const Permutation * permutation, size_t rows) const;

    MergeTreeMetadataPtr metadata;
    std::string directory;
    std::vector<std::unique_ptr<ColumnStream>> streams;
    MutableColumns index_columns;
    /// Row 0 min, row 1 max, per minmax column; empty until the first row.
    MutableColumns minmax_columns;
    MutableColumns last_key_row;
    std::vector<std::unique_ptr<MergeTreeIndexGranules>> skip_indexes;
    /// Rows of the unfinished last granule, in written order, not serialized yet.
    Block pending_rows;
    size_t rows_in_granule = 0;
    UInt64 rows_written = 0;
    bool use_second_thread;
    bool is_finished = false;
};
}
