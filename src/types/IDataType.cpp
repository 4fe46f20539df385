// Type-independent parts of IDataType: constant columns and the "is it a number / string /
// date" questions that functions ask of argument types with wrappers taken off.
#include "types/IDataType.h"

#include "columns/ColumnConst.h"

namespace datastore
{
ColumnPtr IDataType::createColumnConst(size_t rows, const Field & value) const
{
    auto column = createColumn();
    column->insert(value);
    return ColumnConst::create(std::move(column), rows);
}

namespace
{
/// The type id with Nullable and LowCardinality taken off, in any nesting order.
TypeIndex innermostTypeId(const IDataType & type)
{
    const IDataType * current = &type;
    DataTypePtr holder;
    while (DataTypePtr nested = current->getNestedTypeIfWrapper())
    {
        holder = std::move(nested);
        current = holder.get();
    }
    return current->getTypeId();
}
}

bool isStringOrFixedString(const IDataType & type)
{
    TypeIndex id = innermostTypeId(type);
    return id == TypeIndex::String || id == TypeIndex::FixedString;
}

bool isUnsignedInteger(const IDataType & type)
{
    switch (innermostTypeId(type))
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::UInt128:
        case TypeIndex::UInt256:
        case TypeIndex::Bool: /// Bool is UInt8 underneath, as in ClickHouse.
            return true;
        default:
            return false;
    }
}

bool isInteger(const IDataType & type)
{
    if (isUnsignedInteger(type))
        return true;
    switch (innermostTypeId(type))
    {
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Int128:
        case TypeIndex::Int256:
            return true;
        default:
            return false;
    }
}

bool isFloat(const IDataType & type)
{
    TypeIndex id = innermostTypeId(type);
    return id == TypeIndex::Float32 || id == TypeIndex::Float64;
}

bool isNumber(const IDataType & type)
{
    return isInteger(type) || isFloat(type);
}

bool isDecimal(const IDataType & type)
{
    switch (innermostTypeId(type))
    {
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128:
        case TypeIndex::Decimal256:
            return true;
        default:
            return false;
    }
}

bool isDateOrDateTime(const IDataType & type)
{
    switch (innermostTypeId(type))
    {
        case TypeIndex::Date:
        case TypeIndex::Date32:
        case TypeIndex::DateTime:
        case TypeIndex::DateTime64:
            return true;
        default:
            return false;
    }
}

DataTypePtr removeNullable(const DataTypePtr & type)
{
    if (type->isNullable())
        return type->getNestedTypeIfWrapper();
    return type;
}

DataTypePtr removeLowCardinality(const DataTypePtr & type)
{
    if (type->isLowCardinality())
        return type->getNestedTypeIfWrapper();
    return type;
}
}
