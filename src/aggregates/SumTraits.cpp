// Which types sum and avg accept, and what sum returns for them.
#include "aggregates/SumTraits.h"

namespace datastore::aggregates
{
bool isSummable(TypeIndex type)
{
    switch (type)
    {
        case TypeIndex::UInt8:
        case TypeIndex::UInt16:
        case TypeIndex::UInt32:
        case TypeIndex::UInt64:
        case TypeIndex::UInt128:
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64:
        case TypeIndex::Int128:
        case TypeIndex::Float32:
        case TypeIndex::Float64:
        case TypeIndex::Bool:
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128:
            return true;
        default:
            return false;
    }
}

std::string sumResultTypeName(const IDataType & argument)
{
    switch (argument.getTypeId())
    {
        case TypeIndex::UInt128: return "UInt128";
        case TypeIndex::Int128: return "Int128";
        case TypeIndex::Int8:
        case TypeIndex::Int16:
        case TypeIndex::Int32:
        case TypeIndex::Int64: return "Int64";
        case TypeIndex::Float32:
        case TypeIndex::Float64: return "Float64";
        case TypeIndex::Decimal32:
        case TypeIndex::Decimal64:
        case TypeIndex::Decimal128: return "Decimal(38, " + std::to_string(decimalScale(argument)) + ")";
        default: return "UInt64";
    }
}
}
