#include "analyzer/TableFunctionGenerateRandom.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "sql/Parser.h"
#include "storage/StorageGenerateRandom.h"
#include "types/DataTypeFactory.h"

namespace datastore::analyzer
{
namespace
{
/// The value of argument `index`, a constant non-negative integer (or NULL for the seed).
std::optional<UInt64> unsignedArgument(const sql::ASTFunction & function, size_t index, interpreters::QueryContext & context)
{
    Field value = evaluateConstantExpression(function.argumentList()[index], context);
    if (value.isNull())
        return std::nullopt;
    if (const auto * number = value.tryGet<UInt64>())
        return *number;
    if (const auto * number = value.tryGet<Int64>(); number && *number >= 0)
        return static_cast<UInt64>(*number);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Argument {} of table function 'generateRandom' must be a non-negative integer constant", index + 1);
}
}

storage::StoragePtr makeGenerateRandomTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context)
{
    const auto & arguments = function.argumentList();
    if (arguments.empty() || arguments.size() > 4)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                        "Table function 'generateRandom' requires at most four arguments: structure, random_seed, max_string_length, "
                        "max_array_length.");
    Field structure = evaluateConstantExpression(arguments[0], context);
    const auto * text = structure.tryGet<std::string>();
    if (!text)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "The first argument of table function 'generateRandom' must be the structure, a string");

    storage::ColumnsDescription columns;
    for (const auto & [name, type] : sql::parseStructure(*text))
    {
        storage::ColumnDescription column;
        column.name = name;
        column.type = DataTypeFactory::instance().get(type);
        columns.add(std::move(column));
    }
    std::optional<UInt64> seed = arguments.size() > 1 ? unsignedArgument(function, 1, context) : std::nullopt;
    storage::RandomDataLimits limits;
    if (arguments.size() > 2)
        limits.max_string_length = unsignedArgument(function, 2, context).value_or(limits.max_string_length);
    if (arguments.size() > 3)
        limits.max_array_length = unsignedArgument(function, 3, context).value_or(limits.max_array_length);
    return std::make_shared<storage::StorageGenerateRandom>(storage::StorageID{"", "generateRandom"}, std::move(columns), seed, limits);
}
}
