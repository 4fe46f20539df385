// Argument checks shared by the aggregate functions.
#include "aggregates/AggregateFunctionHelpers.h"

#include <charconv>
#include <limits>

#include "columns/ColumnVector.h"
#include "functions/FunctionHelpers.h"
#include "types/DataTypeArray.h"

namespace datastore::aggregates
{
void assertNoParameters(const std::string & name, const Array & parameters)
{
    if (!parameters.empty())
        throw Exception(ErrorCodes::AGGREGATE_FUNCTION_DOESNT_ALLOW_PARAMETERS, "Aggregate function {} cannot have parameters", name);
}

void assertUnary(const std::string & name, const DataTypes & arguments)
{
    if (arguments.size() != 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires single argument", name);
}

void assertBinary(const std::string & name, const DataTypes & arguments)
{
    if (arguments.size() != 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires two arguments", name);
}

void throwIllegalArgumentType(const std::string & name, const IDataType & type)
{
    throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Illegal type {} of argument for aggregate function {}", type.getName(), name);
}

UInt64 parameterToUInt64(const Field & parameter)
{
    if (const auto * value = parameter.tryGet<UInt64>())
        return *value;
    if (const auto * value = parameter.tryGet<Int64>())
        return static_cast<UInt64>(*value);
    if (const auto * value = parameter.tryGet<Float64>())
        return static_cast<UInt64>(*value);
    throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Cannot convert {} to UInt64", fieldTypeName(parameter.which()));
}

Float64 parameterToFloat64(const Field & parameter)
{
    if (const auto * value = parameter.tryGet<UInt64>())
        return static_cast<Float64>(*value);
    if (const auto * value = parameter.tryGet<Int64>())
        return static_cast<Float64>(*value);
    if (const auto * value = parameter.tryGet<Float64>())
        return *value;
    throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Cannot convert {} to Float64", fieldTypeName(parameter.which()));
}

UInt64 parseGroupArrayMaxSize(const std::string & name, const Array & parameters)
{
    if (parameters.empty())
        return std::numeric_limits<UInt64>::max();
    if (parameters.size() > 1)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Incorrect number of parameters for aggregate function {}, should be 0 or 1", name);
    if (const auto * value = parameters[0].tryGet<UInt64>(); value && *value > 0)
        return *value;
    if (const auto * value = parameters[0].tryGet<Int64>(); value && *value > 0)
        return static_cast<UInt64>(*value);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Parameter for aggregate function {} should be positive number", name);
}

DataTypes arrayElementTypes(const DataTypes & arguments, const std::string & suffix)
{
    DataTypes elements;
    for (const auto & type : arguments)
    {
        const auto * array = dynamic_cast<const DataTypeArray *>(type.get());
        if (!array)
            throw Exception(
                ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                "Illegal type {} of argument for aggregate function with {} suffix. Must be array.",
                type->getName(),
                suffix);
        elements.push_back(array->getNestedType());
    }
    return elements;
}

UInt32 decimalScale(const IDataType & type)
{
    /// "Decimal(9, 2)": the scale is the number after the last comma.
    std::string name = type.getName();
    size_t comma = name.rfind(',');
    UInt32 scale = 0;
    if (comma == std::string::npos)
        return scale;
    size_t begin = name.find_first_not_of(' ', comma + 1);
    if (begin != std::string::npos)
        std::from_chars(name.data() + begin, name.data() + name.size(), scale);
    return scale;
}
std::vector<Float64> quantileLevels(const std::string & name, const Array & parameters, bool returns_many)
{
    if (!returns_many && parameters.size() > 1)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function {} requires one level parameter or less", name);
    if (returns_many && parameters.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Aggregate function for calculation of multiple quantiles require at least one parameter");
    std::vector<Float64> levels;
    for (const auto & parameter : parameters)
    {
        Float64 level = parameterToFloat64(parameter);
        if (!(level >= 0 && level <= 1))
            throw Exception(ErrorCodes::PARAMETER_OUT_OF_BOUND, "Quantile level is out of range [0..1]");
        levels.push_back(level);
    }
    if (levels.empty())
        levels.push_back(0.5);
    return levels;
}

std::vector<Float64> quantileLevelsAndArguments(
    const std::string & name, const DataTypes & arguments, const Array & parameters, bool is_weighted, bool returns_many)
{
    if (is_weighted)
    {
        assertBinary(name, arguments);
        if (!functions::isNativeInteger(arguments[1]->getTypeId()))
            throwIllegalArgumentType(name, *arguments[1]);
    }
    else
        assertUnary(name, arguments);
    return quantileLevels(name, parameters, returns_many);
}

UInt64 integerAsUInt64(const IColumn & column, TypeIndex type, size_t row)
{
    UInt64 result = 0;
    if (functions::isNativeInteger(type))
        functions::dispatchByStorage(type, [&](auto tag)
        {
            using T = typename decltype(tag)::Type;
            if constexpr (std::is_integral_v<T> || std::is_same_v<T, UInt128> || std::is_same_v<T, Int128>)
                result = static_cast<UInt64>(static_cast<const ColumnVector<T> &>(column).getData()[row]);
        });
    return result;
}
}
