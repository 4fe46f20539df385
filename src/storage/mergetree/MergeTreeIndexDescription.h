// A data-skipping index of a MergeTree table (`INDEX name expr TYPE minmax GRANULARITY 4`): what
// it summarizes and how. Every `granularity` granules of a part share one index granule; a query
// skips the granules whose summary cannot meet its WHERE.
#pragma once

#include "sql/IAST.h"
#include "storage/ColumnsDescription.h"
#include "storage/KeyDescription.h"

#include <string>
#include <vector>

namespace datastore::storage
{
struct MergeTreeIndexDescription
{
    enum class Kind
    {
        /// Min and max of each expression column.
        MinMax,
        /// The distinct values of each expression column, up to max_set_size (0: no limit).
        Set,
        /// A Bloom filter of the values of every expression column: tells a value is absent.
        BloomFilter,
        /// tokenbf_v1 / ngrambf_v1: per expression column a Bloom filter of the tokens (n-grams)
        /// of its strings: tells a token any match must hold is absent.
        TokenBloomFilter,
        NgramBloomFilter,
    };

    std::string name;
    Kind kind = Kind::MinMax;
    /// As system.data_skipping_indices shows them: "set" and "set(100)".
    std::string type;
    std::string type_full;
    UInt64 max_set_size = 0;
    /// BloomFilter: bits per row and hash functions for the false positive rate asked for.
    UInt64 bloom_bits_per_row = 0;
    UInt64 bloom_hashes = 0;
    /// tokenbf_v1 / ngrambf_v1: the filter's bytes per expression column, its hash functions,
    /// the seed of its hashes and the n-gram length.
    UInt64 text_bloom_bytes = 0;
    UInt64 text_bloom_hashes = 0;
    UInt64 text_bloom_seed = 0;
    UInt64 ngram_size = 0;
    UInt64 granularity = 1;
    /// The indexed expression; a tuple (a, b) gives one column each.
    KeyDescription expression;

    /// The part's file: skp_idx_<name>.idx, or .idx2 for a Bloom filter of array elements
    /// (parts of older versions hashed whole arrays into .idx, which has() cannot ask).
    std::string fileName() const;
    bool isArrayColumn(size_t column) const;
    /// A Bloom filter index with an Array column: it holds the arrays' elements.
    bool hasElementBloomFilter() const;
    bool isTextBloomFilter() const { return kind == Kind::TokenBloomFilter || kind == Kind::NgramBloomFilter; }

    /// The indexes of CREATE TABLE's column list (an ASTExpressionList of ASTIndexDeclaration;
    /// null for none). Throws INCORRECT_QUERY for an unknown type or wrong arguments,
    /// BAD_ARGUMENTS for bad tokenbf_v1 / ngrambf_v1 parameters, ILLEGAL_INDEX for a duplicate
    /// name, as ClickHouse does.
    static std::vector<MergeTreeIndexDescription> fromAST(const sql::ASTPtr & indices, const ColumnsDescription & columns);
};
}
