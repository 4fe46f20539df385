#include "functions/array/ArraySumTypes.h"

namespace datastore::functions
{
bool isDecimalType(TypeIndex type)
{
    return type == TypeIndex::Decimal32 || type == TypeIndex::Decimal64 || type == TypeIndex::Decimal128;
}

DataTypePtr sumTypeOf(const IDataType & element)
{
    TypeIndex type = element.getTypeId();
    if (isDecimalType(type))
        return typeByName("Decimal(38, " + std::to_string(decimalScale(element)) + ")");
    if (type == TypeIndex::Int128 || type == TypeIndex::UInt128)
        return typeByName(element.getName());
    if (isNativeFloat(type))
        return typeByName("Float64");
    if (isNativeInteger(type))
        return typeByName(isNativeSignedInteger(type) ? "Int64" : "UInt64");
    return nullptr;
}

DataTypePtr differenceTypeOf(const IDataType & element)
{
    TypeIndex type = element.getTypeId();
    if (isDecimalType(type) || type == TypeIndex::Int128 || type == TypeIndex::UInt128)
        return typeByName(element.getName());
    if (isNativeFloat(type))
        return typeByName("Float64");
    if (isNativeInteger(type))
        return typeByName(integerTypeName(true, std::min<size_t>(8, nativeNumberSize(type) * 2)));
    return nullptr;
}
}
