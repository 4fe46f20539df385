// AggregatingMergeTree's merge of one column over runs of rows with equal sorting keys: the
// states of an AggregateFunction column are merged into one, the values of a
// SimpleAggregateFunction(f, T) column are aggregated with f. Other columns keep a run's
// first row (MergingSortedRows does that).
#pragma once

#include <vector>

#include "columns/Block.h"

namespace datastore::storage
{
/// Whether aggregateRuns merges a column of this type.
bool isAggregatedColumn(const IDataType & type);

/// One row per run [starts[i], starts[i + 1]) of `column`, whose type isAggregatedColumn.
ColumnPtr aggregateRuns(const ColumnWithTypeAndName & column, const std::vector<size_t> & starts);
}
