#include "analyzer/TableFunctionNumbers.h"

#include "analyzer/SelectPlanner.h"
#include "base/Exception.h"
#include "system/StorageSystemNumbers.h"
#include "system/StorageSystemZeros.h"

namespace datastore::analyzer
{
namespace
{
UInt64 argumentAsUInt64(const sql::ASTPtr & argument, interpreters::QueryContext & context, const std::string & function)
{
    Field value = evaluateConstantExpression(argument, context);
    if (const auto * u = value.tryGet<UInt64>())
        return *u;
    if (const auto * i = value.tryGet<Int64>(); i && *i >= 0)
        return static_cast<UInt64>(*i);
    if (const auto * f = value.tryGet<Float64>(); f && *f >= 0)
        return static_cast<UInt64>(*f);
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type of argument of table function {}: expected a non-negative integer, got {}",
                    function, value.dump());
}
}

storage::StoragePtr makeNumbersTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context)
{
    const auto & arguments = function.argumentList();
    if (arguments.empty() || arguments.size() > 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Table function '{}' requires 'length' or 'offset, length'.",
                        function.name);
    UInt64 offset = arguments.size() == 2 ? argumentAsUInt64(arguments[0], context, function.name) : 0;
    UInt64 length = argumentAsUInt64(arguments.back(), context, function.name);
    return std::make_shared<system::StorageSystemNumbers>(storage::StorageID{"", function.name}, offset, length,
                                                          function.name == "numbers_mt");
}

storage::StoragePtr makeZerosTableFunction(const sql::ASTFunction & function, interpreters::QueryContext & context)
{
    const auto & arguments = function.argumentList();
    if (arguments.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Table function '{}' requires 'length'.", function.name);
    return std::make_shared<system::StorageSystemZeros>(storage::StorageID{"", function.name},
                                                        argumentAsUInt64(arguments[0], context, function.name), function.name == "zeros_mt");
}
}
