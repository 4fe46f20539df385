#include "functions/array/FunctionArrayMapped.h"

#include "columns/ColumnNullable.h"
#include "functions/FunctionHelpers.h"
#include "types/DataTypeArray.h"

namespace datastore::functions
{
namespace
{
/// Nothing is the element type of `[]`: `arrayFilter(x -> x, [])` has no condition to compute.
bool isConditionType(const IDataType & type)
{
    return type.getTypeId() == TypeIndex::UInt8 || type.getTypeId() == TypeIndex::Bool || type.getTypeId() == TypeIndex::Nothing;
}
}

ColumnPtr conditionColumn(const ColumnPtr & column, const DataTypePtr & type)
{
    ColumnPtr full = column->convertToFullColumnIfConst();
    if (removeNullable(type)->getTypeId() == TypeIndex::Nothing)
        return ColumnUInt8::create(full->size(), 0);
    const auto * nullable = full->as<ColumnNullable>();
    if (!nullable)
        return full;
    const auto & values = nullable->getNestedColumn().assertCast<ColumnUInt8>().getData();
    const auto & nulls = nullable->getNullMapData();
    auto result = ColumnUInt8::create(values.size());
    auto & out = result->getData();
    for (size_t i = 0; i < values.size(); ++i)
        out[i] = values[i] & !nulls[i];
    return result;
}

DataTypes FunctionArrayMapped::getLambdaArgumentTypes(const ColumnsWithTypeAndName & arguments, size_t parameter_count) const
{
    if (arguments.empty())
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} needs at least 1 argument with data", name);
    DataTypes types;
    for (size_t i = 0; i < arguments.size(); ++i)
    {
        const auto * array = arguments[i].type->as<DataTypeArray>();
        if (!array)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Argument {} of function {} must be Array. Found {} instead", i + 2, name,
                            arguments[i].type->getName());
        /// The lambda sees plain values of Array(LowCardinality(T)), as in ClickHouse.
        types.push_back(removeLowCardinality(array->getNestedType()));
    }
    if (parameter_count != types.size())
    {
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT,
                        "First argument for this overload of {} must be a function with {} arguments, found Function({}) instead", name,
                        types.size(), lambdaSignature(parameter_count));
    }
    return types;
}

DataTypePtr FunctionArrayMapped::checkMappedType(const DataTypePtr & mapped_type, const DataTypePtr & array_type) const
{
    if (results == Results::Values)
        return mapped_type;
    if (lambda)
    {
        if (!isConditionType(*removeNullable(mapped_type)))
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Expression for function {} must return UInt8 or Nullable(UInt8), found {}",
                            name, mapped_type->getName());
    }
    else if (!isConditionType(*mapped_type))
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The 1st and only argument for function {} must be array of UInt8. Found {} instead",
                        name, array_type->getName());
    return mapped_type;
}

DataTypePtr FunctionArrayMapped::getReturnType(const ColumnsWithTypeAndName & arguments) const
{
    size_t array_count = arguments.size() - captured_count;
    if (lambda)
    {
        const auto & first = *arguments[0].type->as<DataTypeArray>();
        return getMappedReturnType(checkMappedType(lambda->getResultType(), arguments[0].type), first.getNestedType());
    }
    if (lambda_use == Lambda::Required && array_count < 2)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} needs at least 2 arguments, passed {}", name, array_count);
    if (array_count == 0)
        throw Exception(ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Function {} needs at least 1 argument, passed 0", name);
    if (array_count > 1 || lambda_use == Lambda::Required)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "First argument for function {} must be a function. Actual {}", name,
                        arguments[0].type->getName());
    const auto * array = arguments[0].type->as<DataTypeArray>();
    if (!array)
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "The only argument for function {} must be array. Found {} instead", name,
                        arguments[0].type->getName());
    return getMappedReturnType(checkMappedType(array->getNestedType(), arguments[0].type), array->getNestedType());
}

ColumnPtr FunctionArrayMapped::execute(const ColumnsWithTypeAndName & arguments, const DataTypePtr & result_type, size_t rows) const
{
    size_t array_count = arguments.size() - captured_count;
    Columns arrays;
    for (size_t i = 0; i < array_count; ++i)
        arrays.push_back(arguments[i].column->convertToFullColumnIfConst());
    const auto & first = arrays[0]->assertCast<ColumnArray>();
    const auto & offsets = first.getOffsets();
    DataTypePtr mapped_type;
    ColumnPtr mapped;
    if (!lambda)
    {
        mapped_type = arguments[0].type->as<DataTypeArray>()->getNestedType();
        mapped = first.getDataPtr();
    }
    else
    {
        Columns parameters;
        for (size_t i = 0; i < array_count; ++i)
        {
            const auto & array = arrays[i]->assertCast<ColumnArray>();
            for (size_t row = 0; row < rows; ++row)
                if (array.getOffsets()[row] != offsets[row])
                    throw Exception(ErrorCodes::SIZES_OF_ARRAYS_DONT_MATCH,
                                    "Arrays passed to {} must have equal size. Argument {} has size {} which differs with the size of another "
                                    "argument, {}", name, i + 2, array.sizeAt(row), first.sizeAt(row));
            parameters.push_back(array.getDataPtr()->convertToFullColumnIfLowCardinality());
        }
        size_t elements = offsets.empty() ? 0 : offsets.back();
        Columns captured;
        for (size_t i = array_count; i < arguments.size(); ++i)
        {
            const ColumnPtr & column = arguments[i].column;
            captured.push_back(column->isConst() ? column->cut(0, elements) : column->replicate(offsets));
        }
        mapped_type = lambda->getResultType();
        mapped = lambda->execute(parameters, captured, elements);
    }
    if (results == Results::Conditions)
        mapped = conditionColumn(mapped, mapped_type);
    return executeMapped(first, mapped, mapped_type, result_type);
}

DataTypePtr FunctionArrayMappedToElements::getMappedReturnType(const DataTypePtr &, const DataTypePtr & element_type) const
{
    return std::make_shared<DataTypeArray>(element_type);
}
}
