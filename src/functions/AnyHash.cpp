#include "functions/AnyHash.h"

namespace datastore::functions
{
bool isHashableType(const IDataType & type)
{
    if (const auto * tuple = type.as<DataTypeTuple>())
    {
        for (const auto & element : tuple->getElements())
            if (!isHashableType(*element))
                return false;
        return true;
    }
    if (const auto * map = type.as<DataTypeMap>())
        return isHashableType(*map->getNestedType());
    if (const auto * array = type.as<DataTypeArray>())
        return array->getNestedType()->getTypeId() == TypeIndex::Nothing || isHashableType(*array->getNestedType());
    if (type.getTypeId() == TypeIndex::LowCardinality)
        return isHashableType(*removeLowCardinality(type.shared_from_this()));
    if (type.getTypeId() == TypeIndex::Nullable || type.getTypeId() == TypeIndex::Nothing)
        return false;
    auto column = type.createColumn();
    return column->as<ColumnString>() || column->sizeOfValueIfFixed() != 0;
}

bool isHashedByValue(TypeIndex type)
{
    switch (type)
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Float32:
        case TypeIndex::Float64:
        case TypeIndex::Bool:
        case TypeIndex::Date:
        case TypeIndex::Date32:
        case TypeIndex::DateTime:
        case TypeIndex::Enum8:
        case TypeIndex::Enum16:
        case TypeIndex::IPv4:
            return true;
        default:
            return false;
    }
}
}
