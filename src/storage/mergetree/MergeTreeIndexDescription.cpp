#include "storage/mergetree/MergeTreeIndexDescription.h"

#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "types/DataTypeArray.h"
#include "storage/mergetree/MergeTreeMetadata.h"
#include "storage/mergetree/StorageMergeTree.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace datastore::storage
{
std::string MergeTreeIndexDescription::fileName() const
{
    return "skp_idx_" + escapeForFileName(name) + (hasElementBloomFilter() ? ".idx2" : ".idx");
}

bool MergeTreeIndexDescription::isArrayColumn(size_t column) const
{
    return dynamic_cast<const DataTypeArray *>(expression.data_types[column].get()) != nullptr;
}

bool MergeTreeIndexDescription::hasElementBloomFilter() const
{
    for (size_t column = 0; kind == Kind::BloomFilter && column < expression.data_types.size(); ++column)
        if (isArrayColumn(column))
            return true;
    return false;
}

namespace
{
bool isTextIndexable(const DataTypePtr & type)
{
    DataTypePtr nested = type;
    if (const auto * array = dynamic_cast<const DataTypeArray *>(type.get()))
        nested = array->getNestedType();
    else if (type->isLowCardinality())
        nested = removeLowCardinality(type);
    return nested->getTypeId() == TypeIndex::String || nested->getTypeId() == TypeIndex::FixedString;
}

/// tokenbf_v1(bytes, hashes, seed) and ngrambf_v1(n, bytes, hashes, seed), checked in
/// ClickHouse's order and words.
void readTextBloomFilterParameters(MergeTreeIndexDescription & index, const sql::ASTs & arguments)
{
    for (const auto & type : index.expression.data_types)
        if (!isTextIndexable(type))
            throw Exception(ErrorCodes::INCORRECT_QUERY, "Ngram and token bloom filter indexes can only be used with column types `String`, "
                            "`FixedString`, `LowCardinality(String)`, `LowCardinality(FixedString)`, `Array(String)` or `Array(FixedString)`");
    bool is_ngram = index.kind == MergeTreeIndexDescription::Kind::NgramBloomFilter;
    if (arguments.size() != (is_ngram ? 4 : 3))
        throw Exception(ErrorCodes::INCORRECT_QUERY, is_ngram ? "`ngrambf` index must have exactly 4 arguments." : "`tokenbf` index must have exactly 3 arguments.");
    std::vector<UInt64> values;
    for (const auto & argument : arguments)
    {
        const auto * literal = argument->as<sql::ASTLiteral>();
        if (!literal || !literal->value.holds<UInt64>())
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "All parameters to *bf_v1 index must be unsigned integers");
        values.push_back(literal->value.get<UInt64>());
    }
    if (is_ngram)
    {
        index.ngram_size = values[0];
        values.erase(values.begin());
        if (!index.ngram_size)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "ngram length must be at least 1");
    }
    constexpr UInt64 max_bytes = 1ULL << 30;
    if (!values[0])
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The size of bloom filter cannot be zero");
    if (!values[1])
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The number of hash functions for bloom filter cannot be zero");
    if (values[0] > max_bytes)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The size of bloom filter cannot be more than {}", max_bytes);
    index.text_bloom_bytes = values[0];
    index.text_bloom_hashes = values[1];
    index.text_bloom_seed = values[2];
}
}

std::vector<MergeTreeIndexDescription> MergeTreeIndexDescription::fromAST(const sql::ASTPtr & indices, const ColumnsDescription & columns)
{
    std::vector<MergeTreeIndexDescription> result;
    if (!indices)
        return result;
    std::set<std::string> names;
    for (const auto & child : indices->children)
    {
        const auto * declaration = child->as<sql::ASTIndexDeclaration>();
        if (!declaration)
            continue;
        if (!names.insert(declaration->name).second)
            throw Exception(
                ErrorCodes::ILLEGAL_INDEX, "Duplicated index name {} is not allowed. Please use a different index name.", declaration->name);
        const auto * type = declaration->type->as<sql::ASTFunction>();
        MergeTreeIndexDescription index;
        index.name = declaration->name;
        index.type = type->name;
        index.type_full = sql::formatAST(*declaration->type);
        index.granularity = declaration->granularity ? declaration->granularity : 1;
        const auto & arguments = type->argumentList();
        auto invalid = [&](const std::string & message)
        { return Exception(ErrorCodes::INCORRECT_QUERY, "{}: When validating secondary index `{}`", message, index.name); };
        if (index.type == "minmax")
            index.kind = Kind::MinMax;
        else if (index.type == "set")
        {
            index.kind = Kind::Set;
            if (arguments.size() != 1)
                throw invalid("Set index must have exactly one argument");
            const auto * literal = arguments[0]->as<sql::ASTLiteral>();
            if (!literal || !literal->value.holds<UInt64>())
                throw invalid("Set index argument must be positive integer");
            index.max_set_size = literal->value.get<UInt64>();
        }
        else if (index.type == "bloom_filter")
        {
            index.kind = Kind::BloomFilter;
            if (arguments.size() > 1)
                throw invalid("BloomFilter index cannot have more than one parameter.");
            double rate = 0.025;
            if (!arguments.empty())
            {
                const auto * literal = arguments[0]->as<sql::ASTLiteral>();
                if (!literal || !literal->value.holds<Float64>())
                    throw invalid("The parameter of BloomFilter index must be a Float64 between 0 and 1");
                rate = literal->value.get<Float64>();
            }
            if (!(rate > 0 && rate < 1))
                throw invalid("The false positive rate for BloomFilter must be in the range (0, 1)");
            /// The optimal filter for n rows: n * -ln(p) / ln(2)^2 bits and ln(2) * bits / n hashes.
            index.bloom_bits_per_row = static_cast<UInt64>(std::ceil(-std::log(rate) / (std::log(2.0) * std::log(2.0))));
            index.bloom_hashes = std::max<UInt64>(1, static_cast<UInt64>(std::round(std::log(2.0) * static_cast<double>(index.bloom_bits_per_row))));
        }
        else if (index.type == "tokenbf_v1" || index.type == "ngrambf_v1")
            index.kind = index.type == "tokenbf_v1" ? Kind::TokenBloomFilter : Kind::NgramBloomFilter;
        else
            throw invalid("Unknown Index type '" + index.type + "'. Available index types: bloom_filter, ngrambf_v1, set, minmax, tokenbf_v1");
        index.expression = buildKeyDescription(declaration->expression, columns);
        if (index.isTextBloomFilter())
        {
            try
            {
                readTextBloomFilterParameters(index, arguments);
            }
            catch (Exception & error)
            {
                error.addMessage("When validating secondary index `" + index.name + "`");
                throw;
            }
        }
        result.push_back(std::move(index));
    }
    return result;
}
}
