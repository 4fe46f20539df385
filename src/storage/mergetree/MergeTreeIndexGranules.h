// The summaries one data-skipping index keeps for one part (skp_idx_<name>.idx): per index
// granule (`granularity` consecutive granules) the min and max of each expression column, the
// distinct rows of the expression, a Bloom filter of its values, or one of the tokens of its
// strings. Built by the part writer from rows in part order, read back when a part is loaded,
// and asked by SELECT whether a granule may hold matching rows.
#pragma once

#include "storage/mergetree/KeyRanges.h"
#include "storage/mergetree/MergeTreeIndexCondition.h"
#include "storage/mergetree/MergeTreeIndexDescription.h"

#include "columns/Block.h"
#include "io/ReadBuffer.h"
#include "io/WriteBuffer.h"

#include <memory>

namespace datastore::storage
{
class MergeTreeIndexGranules
{
public:
    explicit MergeTreeIndexGranules(const MergeTreeIndexDescription & index_);

    /// Writing: rows [position, position + rows) of the expression's columns (in part order);
    /// `starts_granule` when they begin a new granule of the part.
    void appendRows(const Columns & columns, size_t position, size_t rows, bool starts_granule);
    /// Summarizes the rows appended since the last index granule, if any.
    void finishGranule();
    void write(WriteBuffer & out) const;

    /// Throws CORRUPTED_DATA when the file does not parse.
    static std::shared_ptr<const MergeTreeIndexGranules> read(const MergeTreeIndexDescription & index, ReadBuffer & in);

    size_t size() const { return granules; }
    /// Whether rows of index granule `granule` may satisfy every range of `ranges`.
    bool mayMatch(size_t granule, const KeyRanges & ranges) const;
    /// Whether `ranges` hold a condition `index` can judge: a range on one of its columns, an
    /// equality for a Bloom filter (the text filters judge only MergeTreeIndexCondition's lookups).
    static bool canUse(const MergeTreeIndexDescription & index, const KeyRanges & ranges);
    /// What index granule `granule` tells about one lookup of a MergeTreeIndexCondition.
    MergeTreeIndexCondition::Mask answer(size_t granule, const MergeTreeIndexCondition::Lookup & lookup) const;

private:
    void summarizeMinMax();
    void summarizeSet();
    void summarizeBloomFilter();
    void summarizeTextBloomFilter();
    /// Whether the Bloom filter of `granule` may hold row `row` of `column` (expression column c).
    bool bloomFilterMayHold(size_t granule, size_t c, const IColumn & column, size_t row) const;
    /// Whether the token filter of expression column c in `granule` may hold every token.
    bool textFilterMayHold(size_t granule, size_t c, const std::vector<std::string> & tokens) const;
    /// 64-bit words of one token filter (one per expression column and granule).
    UInt64 textFilterWords() const;

    /// A copy: the part may outlive the metadata it was loaded with.
    MergeTreeIndexDescription index;
    size_t granules = 0;
    /// MinMax: rows 2i and 2i + 1 are granule i's min and max. Set: the distinct rows of every
    /// granule one after another, granule i's ending at set_ends[i]; an overflowing granule has
    /// none and is_unlimited[i] set.
    MutableColumns summaries;
    std::vector<UInt64> set_ends;
    std::vector<UInt8> is_unlimited;
    /// BloomFilter: the bit words of every granule one after another, granule i's ending at
    /// bloom_ends[i]. Token filters: the same, each granule holding one filter of
    /// textFilterWords() words per expression column.
    std::vector<UInt64> bloom_words;
    std::vector<UInt64> bloom_ends;

    /// Writing: the rows of the index granule being filled and how many granules they span.
    MutableColumns pending;
    size_t pending_granules = 0;
};
}
