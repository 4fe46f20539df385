// ENGINE = MergeTree: rows stored in immutable sorted parts on disk, one directory per
// part (docs/formats/part.md). Each INSERTed block becomes one part per partition; a
// background thread merges parts of a partition into bigger ones; reads skip partitions by
// their minmax values and granules by the sparse primary index.
#pragma once

#include "storage/IStorage.h"
#include "storage/mergetree/KeyRanges.h"
#include "storage/mergetree/MergeTreeDataPart.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

namespace datastore::storage
{
class MergeTreePartWriter;

class StorageMergeTree final : public IStorage
{
public:
    /// Loads the parts found under `data_path` (creating it if needed), deleting tmp_*
    /// directories and parts covered by merged ones. Throws BAD_ARGUMENTS for keys that
    /// do not fit (PRIMARY KEY not a prefix of ORDER BY).
    StorageMergeTree(
        StorageID id_, ColumnsDescription columns_, std::string data_path_, KeyDescription partition_key, KeyDescription sorting_key,
        KeyDescription primary_key, MergeTreeSettings settings, MergeTreeMergingParams merging = {});
    ~StorageMergeTree() override;

    std::string getName() const override { return metadata->merging.engineName(); }

    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    /// Streams over the granules that may satisfy `ranges`, split among up to max_threads streams.
    exec::BlockStreams readWithRanges(
        const std::vector<std::string> & column_names, const KeyRanges & ranges, size_t max_threads, size_t max_block_size,
        ReadStatistics * statistics) const;
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
    /// Writes every block as parts and makes them all visible at once. Throws TOO_MANY_PARTS.
    void insertBlocks(const Blocks & blocks);

    void truncate() override;
    void drop() override;
    void rename(const StorageID & new_id, const std::string & new_data_path) override;
    void optimize(interpreters::QueryContext & context, const sql::ASTPtr & partition, bool is_final, bool deduplicate) override;
    /// OPTIMIZE without the SQL: merges all parts of each partition (or of `partition_id`
    /// only) into one when `is_final`, else runs one merge if one is due.
    void optimizeParts(const std::string & partition_id, bool is_final);
    /// Runs one background merge if a partition has enough parts; true if it merged.
    bool mergeOnce();

    void startup() override;
    void shutdown() override;
    void setBackgroundMergesEnabled(bool enabled) override { are_merges_enabled = enabled; }

    std::optional<UInt64> totalRows() const override;
    std::optional<UInt64> totalBytes() const override;
    std::vector<PartInfo> getParts(bool include_inactive) const override;
    ColumnSizes getColumnSizes() const override;
    std::map<std::string, std::string> getKeyDescriptions() const override;

    MergeTreeDataParts getActiveParts() const;
    const MergeTreeMetadata & getMetadata() const { return *metadata; }
    const std::string & getDataPath() const { return data_path; }

    /// The partition id of the first row of a block of partition-key columns: "all" without
    /// PARTITION BY, the value(s) for integer keys (Date as YYYYMMDD, joined by '-'), else a hash.
    static std::string computePartitionId(const Block & partition_row);

private:
    using PartKey = std::tuple<std::string, Int64, Int64, UInt32>;

    void loadParts();
    /// Writes a part into tmp_<kind>_<name>/ (`fill` feeds the writer its sorted rows) and
    /// moves it to <name>/; returns it loaded.
    MergeTreeDataPartPtr writePart(
        const std::function<void(MergeTreePartWriter &)> & fill, const Block & partition_row, const MergeTreePartInfo & info,
        const std::string & kind);
    /// Computes the partition and sorting keys into a copy of the block's columns and sets
    /// `permutation` to the row order by (partition key, sorting key); the rows stay unsorted.
    Block prepareBlock(const Block & block, Permutation & permutation) const;
    MergeTreeDataPartPtr mergeParts(const MergeTreeDataParts & parts);
    /// FINAL of Replacing/Summing: all active parts merged on the fly in one stream.
    exec::BlockStreams readFinal(const ReadRequest & request, ReadStatistics * statistics) const;
    void replaceParts(const MergeTreeDataParts & old_parts, const MergeTreeDataPartPtr & new_part);
    void removeUnusedOutdatedParts();
    void mergeLoop();

    std::string data_path;
    MergeTreeMetadataPtr metadata;

    mutable std::mutex parts_mutex;
    std::map<PartKey, MergeTreeDataPartPtr> active_parts;
    std::vector<MergeTreeDataPartPtr> outdated_parts;
    Int64 last_block_number = 0;

    /// One merge (background or OPTIMIZE) at a time per table.
    std::mutex merge_mutex;
    std::mutex thread_mutex;
    std::condition_variable merge_wakeup;
    bool is_stopping = false;
    std::atomic<bool> are_merges_enabled{true};
    std::thread merge_thread;
};

/// Builds a key from its AST (PARTITION BY / ORDER BY / PRIMARY KEY). The default handles
/// identifiers, tuples of identifiers and tuple(); the analyzer installs one for expressions.
using KeyDescriptionBuilder = std::function<KeyDescription(const sql::ASTPtr & key_ast, const ColumnsDescription & columns)>;
void setKeyDescriptionBuilder(KeyDescriptionBuilder builder);
}
