// ENGINE = MergeTree: rows stored in immutable sorted parts on disk, one directory per
// part (docs/formats/part.md). Each INSERTed block becomes one part per partition; a
// background thread merges parts of a partition into bigger ones; reads skip partitions by
// their minmax values and granules by the sparse primary index.
#pragma once

#include "storage/IStorage.h"
#include "storage/mergetree/KeyRanges.h"
#include "storage/mergetree/MergeList.h"
#include "storage/mergetree/MergeTreeDataPart.h"
#include "storage/mergetree/MergeTreeMutationEntry.h"
#include "storage/mergetree/MergeTreePartReader.h"

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
        KeyDescription primary_key, MergeTreeSettings settings, MergeTreeMergingParams merging = {},
        std::vector<MergeTreeIndexDescription> skip_indexes = {});
    ~StorageMergeTree() override;

    std::string getName() const override { return metadata->merging.engineName(); }

    exec::BlockStreams read(const ReadRequest & request, interpreters::QueryContext & context, ReadStatistics * statistics) override;
    /// Streams over the granules that may satisfy `ranges` (and `filter`, the WHERE, as far as
    /// data-skipping indexes judge it unless not `use_skip_indexes`), split among up to
    /// max_threads streams; with a `prewhere`, only rows passing it are returned (see ReadRequest).
    exec::BlockStreams readWithRanges(
        const std::vector<std::string> & column_names, const KeyRanges & ranges, size_t max_threads, size_t max_block_size,
        ReadStatistics * statistics, std::shared_ptr<const PrewhereFilter> prewhere = nullptr,
        std::function<void(size_t, size_t)> on_rows_read = {}, const sql::ASTPtr & filter = nullptr, bool use_skip_indexes = true) const;
    exec::BlockSinkPtr write(interpreters::QueryContext & context) override;
    /// Writes every block as parts and makes them all visible at once. Throws TOO_MANY_PARTS.
    void insertBlocks(const Blocks & blocks);

    void truncate() override;
    void drop() override;
    void rename(const StorageID & new_id, const std::string & new_data_path) override;
    void optimize(interpreters::QueryContext & context, const sql::ASTOptimizeQuery & query) override;
    /// OPTIMIZE without the SQL: runs pending mutations, then merges all parts of each
    /// partition (or of `partition_id` only) into one when `is_final` (or a partition is
    /// given: then only partitions of several parts), else one merge if one is due. `cleanup`
    /// leaves ReplacingMergeTree's deleted rows out of those merges.
    void optimizeParts(const std::string & partition_id, bool is_final, bool deduplicate = false, bool cleanup = false);
    /// Runs one background merge if a partition has enough parts; true if it merged.
    bool mergeOnce();
    /// Rewrites one part whose TTL expired (or drops it whole with ttl_only_drop_parts), at
    /// most once per merge_with_ttl_timeout per partition unless `is_forced`; true if it did.
    bool mergeWithTTLOnce(bool is_forced);

    /// Sets the TTL clause (the CREATE query's TTL list, may be null); throws BAD_TTL_EXPRESSION.
    void setTTL(const sql::ASTPtr & ttl_table);
    const sql::ASTPtr & getTTLAST() const { return ttl_ast; }
    /// ALTER of columns and TTL. Under the table's merge lock: builds the new metadata (throws
    /// before any change if it is invalid), persists `mutation_commands` (if any) as a mutation,
    /// calls `persist_metadata` (which rewrites the table's metadata file), then switches to
    /// the new columns. Returns the mutation's version, 0 without one.
    Int64 alter(
        const ColumnsDescription & new_columns, const sql::ASTPtr & new_create, const sql::ASTPtr & new_ttl,
        const sql::ASTPtr & mutation_commands, const std::function<void()> & persist_metadata);
    /// ALTER ... DELETE/UPDATE/MATERIALIZE TTL: persists the mutation and wakes the background
    /// thread; returns its version. Throws CANNOT_UPDATE_COLUMN for key columns.
    Int64 mutate(const sql::ASTPtr & commands);
    /// Blocks until every part has the mutation applied; throws UNFINISHED when it failed and
    /// ABORTED when it was killed.
    void waitForMutation(Int64 version);
    /// KILL MUTATION: forgets the mutation (parts already rewritten stay so); false if unknown.
    bool killMutation(const std::string & mutation_id);
    /// Rewrites one part that pending mutations apply to; true if it did.
    bool mutateOnce();

    /// ALTER TABLE DROP/DETACH PARTITION: every active part of the partition goes (to detached/).
    void dropPartition(const std::string & partition_id, bool detach);
    /// DROP/DETACH PART 'name'; throws NO_SUCH_DATA_PART.
    void dropPart(const std::string & part_name, bool detach);
    /// ATTACH PARTITION/PART: parts of detached/ come back under new block numbers.
    void attachFromDetached(const std::string & partition_id_or_part, bool is_part);
    /// FREEZE [PARTITION]: hard links of the parts under <path>/shadow/<N>/; returns N.
    UInt64 freeze(const std::string & partition_id);
    /// REPLACE PARTITION ... FROM source: this table's parts of the partition are replaced by
    /// (hard-linked copies of) the source's. Throws INCOMPATIBLE_COLUMNS for another structure.
    void replacePartitionFrom(StorageMergeTree & source, const std::string & partition_id, bool is_move);
    /// The partition id a PARTITION clause names: its value (one Field, a Tuple for several key
    /// columns, tuple() without PARTITION BY) converted to the key's types. Throws
    /// INVALID_PARTITION_VALUE.
    std::string partitionIdOf(const sql::ASTPtr & partition, interpreters::QueryContext & context) const;

    void startup() override;
    void shutdown() override;
    void setBackgroundMergesEnabled(bool enabled) override { are_merges_enabled = enabled; }

    std::optional<UInt64> totalRows() const override;
    std::optional<UInt64> totalBytes() const override;
    std::vector<PartInfo> getParts(bool include_inactive) const override;
    ColumnSizes getColumnSizes() const override;
    std::map<std::string, std::string> getKeyDescriptions() const override;
    std::vector<MutationInfo> getMutations() const override;
    std::vector<DetachedPartInfo> getDetachedParts() const override;

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
    /// moves it to <name>/; returns it loaded, or null when a merge or mutation wrote no rows.
    /// `part_metadata` (default: the table's) says which data-skipping indexes it gets.
    MergeTreeDataPartPtr writePart(
        const std::function<void(MergeTreePartWriter &)> & fill, const Block & partition_row, const MergeTreePartInfo & info,
        const std::string & kind, MergeTreeMetadataPtr part_metadata = nullptr);
    /// Computes the partition and sorting keys into a copy of the block's columns and sets
    /// `permutation` to the row order by (partition key, sorting key); the rows stay unsorted.
    Block prepareBlock(const Block & block, Permutation & permutation) const;
    /// Merges parts into one, applying TTL and, with `deduplicate`, dropping repeated rows (with
    /// `cleanup`, ReplacingMergeTree's deleted rows); null when no row is left.
    MergeTreeDataPartPtr mergeParts(const MergeTreeDataParts & parts, bool deduplicate = false, bool cleanup = false);
    /// Shows a merge of `parts` into `result` (or a mutation of one part) in system.merges while it runs.
    std::unique_ptr<MergeList::Entry> registerMerge(const MergeTreeDataParts & parts, const MergeTreePartInfo & result, bool is_mutation) const;
    /// Rewrites a part with `mutations` (in version order) applied; null when no row is left.
    MergeTreeDataPartPtr mutatePart(const MergeTreeDataPartPtr & part, const std::vector<MergeTreeMutationEntry> & mutations);
    /// How to read a part written before pending RENAME COLUMN mutations (and DEFAULTs).
    PartReadOptions readOptionsFor(const MergeTreeDataPart & part) const;
    /// Metadata for other columns or TTL, keeping keys, settings and merging mode.
    MergeTreeMetadataPtr buildMetadata(const ColumnsDescription & new_columns, const sql::ASTPtr & new_ttl) const;
    void loadMutations();
    /// Highest version of a mutation not yet applied to every part; 0 when none.
    Int64 maxMutationVersion() const;
    void writeTTLFile(MergeTreePartWriter & writer, const TTLBounds & bounds) const;
    /// Removes parts from the active set (deleted when unused), or moves them to detached/.
    void removeParts(const MergeTreeDataParts & parts, bool detach);
    /// Next block number, for inserted and attached parts and mutations.
    Int64 allocateBlockNumber();
    /// FINAL of Replacing/Summing: all active parts merged on the fly in one stream.
    exec::BlockStreams readFinal(const ReadRequest & request, ReadStatistics * statistics) const;
    void replaceParts(const MergeTreeDataParts & old_parts, const MergeTreeDataPartPtr & new_part);
    void removeUnusedOutdatedParts();
    void mergeLoop();

    std::string data_path;
    MergeTreeMetadataPtr metadata;
    sql::ASTPtr ttl_ast;

    /// By version; guarded by parts_mutex.
    std::map<Int64, MergeTreeMutationEntry> mutations;
    std::condition_variable mutations_changed;
    /// When each partition last had a TTL merge.
    std::map<std::string, time_t> last_ttl_merge_time;

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
/// Compiles a key or any other expression over the table's columns with the installed builder
/// (TTL rules, DEFAULTs of added columns, mutations).
KeyDescription buildKeyDescription(const sql::ASTPtr & ast, const ColumnsDescription & columns);
/// Makes a directory's entries (a renamed part) durable.
void fsyncDirectoryOf(const std::string & path);
}
