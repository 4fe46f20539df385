// Everything about a MergeTree table that its parts depend on: columns, the three keys,
// the partition key's source columns (kept as minmax indexes), codecs and settings.
// Writers, readers and merges share one immutable instance.
#pragma once

#include "compression/ICompressionCodec.h"
#include "storage/ColumnsDescription.h"
#include "storage/KeyDescription.h"
#include "storage/mergetree/MergeTreeIndexDescription.h"
#include "storage/mergetree/MergeTreeSettings.h"
#include "storage/mergetree/MergeTreeTTL.h"

#include <map>

#include <memory>
#include <string>
#include <vector>

namespace datastore::storage
{
/// What a merge does with rows of equal sorting key: keeps them all (MergeTree), keeps the last
/// or the highest version (ReplacingMergeTree([ver])), or sums numeric columns into one row
/// (SummingMergeTree([columns])), or cancels rows of opposite sign (CollapsingMergeTree(sign),
/// VersionedCollapsingMergeTree(sign, version)).
struct MergeTreeMergingParams
{
    enum class Mode
    {
        Ordinary,
        Replacing,
        Summing,
        Collapsing,
        VersionedCollapsing,
        /// AggregatingMergeTree: AggregateFunction states merged, SimpleAggregateFunction values aggregated.
        Aggregating,
    };
    Mode mode = Mode::Ordinary;
    /// Summing: the columns to sum; empty means every numeric column outside the sorting key.
    std::vector<std::string> columns_to_sum;
    /// Replacing: the version column; empty means the last inserted row wins. VersionedCollapsing:
    /// the version, which ends the sorting key.
    std::string version_column;
    /// Collapsing and VersionedCollapsing: the Int8 column of +1 (state) and -1 (cancel) rows.
    std::string sign_column;
    /// Replacing with a version: the UInt8 column that marks a row deleted (1) or a state (0).
    /// Merges keep a deleted row (it must still replace older versions arriving later); FINAL
    /// and OPTIMIZE ... FINAL CLEANUP leave it out.
    std::string is_deleted_column;

    /// "MergeTree", "ReplacingMergeTree", "SummingMergeTree".
    std::string engineName() const;
    /// What merges use `column` for ("sign", "version", "is_deleted", "columns to sum"), or "":
    /// such a column cannot be dropped or renamed.
    std::string roleOf(const std::string & column) const;
};

/// A column's DEFAULT (or MATERIALIZED) expression compiled for the parts that lack the column
/// (it was added by ALTER after they were written).
struct ColumnDefaultExpression
{
    std::shared_ptr<exec::ExpressionActions> actions;
    /// The column `actions` adds, already of the column's type.
    std::string result_name;
    /// Table columns the expression reads, with their types.
    std::vector<std::pair<std::string, DataTypePtr>> inputs;
};

struct MergeTreeMetadata
{
    /// Physical columns in table order: what every part stores.
    std::vector<std::string> column_names;
    DataTypes column_types;
    std::vector<compression::CompressionCodecPtr> column_codecs;
    ColumnsDescription columns;

    KeyDescription partition_key;
    KeyDescription sorting_key;
    /// A prefix of the sorting key (the sorting key itself when PRIMARY KEY is not given).
    KeyDescription primary_key;
    MergeTreeSettings settings;
    MergeTreeMergingParams merging;
    /// Physical columns with a DEFAULT or MATERIALIZED expression.
    std::map<std::string, ColumnDefaultExpression> column_defaults;
    /// Data-skipping indexes (INDEX ... TYPE ... GRANULARITY n), in declaration order.
    std::vector<MergeTreeIndexDescription> skip_indexes;
    MergeTreeTTL ttl;

    /// Table columns the partition key reads; each part keeps their min and max.
    const std::vector<std::string> & minmaxColumns() const { return partition_key.required_columns; }
    DataTypePtr getColumnType(const std::string & name) const;

    /// Fills the column lists and codecs from `columns` (CODEC(...) per column, LZ4 otherwise);
    /// checks PRIMARY KEY is a prefix of ORDER BY (BAD_ARGUMENTS otherwise).
    static std::shared_ptr<const MergeTreeMetadata> create(
        ColumnsDescription columns, KeyDescription partition_key, KeyDescription sorting_key, KeyDescription primary_key,
        MergeTreeSettings settings);
};

using MergeTreeMetadataPtr = std::shared_ptr<const MergeTreeMetadata>;

/// ClickHouse's escapeForFileName: bytes other than [A-Za-z0-9_] become %XX (upper-case hex).
std::string escapeForFileName(const std::string & name);
}
