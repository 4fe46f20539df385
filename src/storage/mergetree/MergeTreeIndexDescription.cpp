#include "storage/mergetree/MergeTreeIndexDescription.h"

#include "base/Exception.h"
#include "sql/ASTFunction.h"
#include "sql/ASTIndexDeclaration.h"
#include "sql/ASTLiteral.h"
#include "sql/formatAST.h"
#include "storage/mergetree/MergeTreeMetadata.h"
#include "storage/mergetree/StorageMergeTree.h"

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
        else
            throw invalid("Unknown Index type '" + index.type + "'. Available index types: set, minmax");
        index.expression = buildKeyDescription(declaration->expression, columns);
        result.push_back(std::move(index));
    }
    return result;
}
}
