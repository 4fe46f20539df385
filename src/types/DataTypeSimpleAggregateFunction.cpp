#include "types/DataTypeSimpleAggregateFunction.h"

namespace datastore
{
DataTypePtr removeSimpleAggregateFunction(const DataTypePtr & type)
{
    if (const auto * simple = type->as<DataTypeSimpleAggregateFunction>())
        return simple->getNestedType();
    return type;
}
}
