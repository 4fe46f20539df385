// The type families AggregateFunction(f[(params)], T...) and SimpleAggregateFunction(f, T):
// they name an aggregate function, so they are registered with the types from here, where
// the aggregate function factory is known.
#include <charconv>

#include "aggregates/AggregateFunctionFactory.h"
#include "base/Exception.h"
#include "types/DataTypeAggregateFunction.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeSimpleAggregateFunction.h"

namespace datastore::aggregates
{
namespace
{
/// A parameter as written in a type name: a number or a quoted string.
Field parseParameter(const std::string & text, const std::string & function_name)
{
    if (!text.empty() && text.front() == '\'')
        return Field(unquoteTypeArgument(text));
    const char * end = text.data() + text.size();
    UInt64 unsigned_value = 0;
    if (auto result = std::from_chars(text.data(), end, unsigned_value); result.ec == std::errc() && result.ptr == end)
        return Field(unsigned_value);
    Int64 signed_value = 0;
    if (auto result = std::from_chars(text.data(), end, signed_value); result.ec == std::errc() && result.ptr == end)
        return Field(signed_value);
    Float64 float_value = 0;
    if (auto result = std::from_chars(text.data(), end, float_value); !text.empty() && result.ec == std::errc() && result.ptr == end)
        return Field(float_value);
    throw Exception(
        ErrorCodes::BAD_ARGUMENTS, "Expected a literal or a CAST of a literal, got '{}': while parsing aggregate function '{}'", text,
        function_name);
}

/// "quantiles(0.5, 0.9)" into its name and parameters.
void parseFunction(const std::string & text, std::string & name, Array & parameters)
{
    DataTypeFactory::Arguments parameter_texts;
    splitTypeName(text, name, parameter_texts);
    for (const auto & parameter : parameter_texts)
        parameters.push_back(parseParameter(parameter, name));
}

DataTypes argumentTypes(const DataTypeFactory::Arguments & arguments, size_t first)
{
    DataTypes types;
    for (size_t i = first; i < arguments.size(); ++i)
        types.push_back(DataTypeFactory::instance().get(arguments[i]));
    return types;
}

DataTypePtr createAggregateFunction(const DataTypeFactory::Arguments & arguments)
{
    /// ClickHouse allows a state version before the name: AggregateFunction(1, sumMap, ...).
    size_t name_position = !arguments.empty() && !arguments[0].empty() && std::isdigit(static_cast<unsigned char>(arguments[0][0])) ? 1 : 0;
    if (arguments.size() <= name_position || arguments[name_position].empty())
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
            "Data type AggregateFunction requires parameters: version(optionally), name of aggregate function and list of data types for "
            "arguments");
    std::string name;
    Array parameters;
    parseFunction(arguments[name_position], name, parameters);
    DataTypes argument_types = argumentTypes(arguments, name_position + 1);
    auto function = AggregateFunctionFactory::instance().get(name, argument_types, parameters);
    return std::make_shared<DataTypeAggregateFunction>(function, argument_types, parameters);
}

/// ClickHouse's list: the functions whose result can stand for their merged arguments.
constexpr const char * simple_functions[] = {
    "any", "anyLast", "min", "max", "sum", "sumWithOverflow", "groupBitAnd", "groupBitOr", "groupBitXor", "sumMap", "minMap",
    "maxMap", "groupArrayArray", "groupArrayLastArray", "groupUniqArrayArray", "sumMappedArrays", "minMappedArrays", "maxMappedArrays"};

DataTypePtr createSimpleAggregateFunction(const DataTypeFactory::Arguments & arguments)
{
    if (arguments.size() != 2)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
            "Data type SimpleAggregateFunction requires parameters: name of aggregate function and list of data types for arguments");
    std::string name;
    Array parameters;
    parseFunction(arguments[0], name, parameters);
    bool is_supported = false;
    std::string supported;
    for (const char * simple : simple_functions)
    {
        is_supported |= name == simple;
        supported += (supported.empty() ? "" : ",") + std::string(simple);
    }
    if (!is_supported)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unsupported aggregate function {}, supported functions are {}", name, supported);
    DataTypePtr storage_type = DataTypeFactory::instance().get(arguments[1]);
    auto function = AggregateFunctionFactory::instance().get(name, {storage_type}, parameters);
    if (!function->getResultType()->equals(*storage_type))
        throw Exception(
            ErrorCodes::BAD_ARGUMENTS, "Incompatible data types between aggregate function '{}' which returns {} and column storage type {}",
            name, function->getResultType()->getName(), storage_type->getName());
    return std::make_shared<DataTypeSimpleAggregateFunction>(function, storage_type);
}
}

void registerAggregateFunctionDataTypes()
{
    auto & factory = DataTypeFactory::instance();
    factory.registerType("AggregateFunction", createAggregateFunction);
    factory.registerType("SimpleAggregateFunction", createSimpleAggregateFunction);
}
}
