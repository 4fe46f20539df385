#include "storage/mergetree/MergeTreeIndexDescription.h"

#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "storage/mergetree/MergeTreeMetadata.h"
#include "storage/mergetree/StorageMergeTree.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace datastore::storage
{
std::string MergeTreeIndexDescription::fileName() const
{
    return "skp_idx_" + escapeForFileName(name) + ".idx";
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
        else
            throw invalid("Unknown Index type '" + index.type + "'. Available index types: bloom_filter, set, minmax");
        index.expression = buildKeyDescription(declaration->expression, columns);
        result.push_back(std::move(index));
    }
    return result;
}
}
