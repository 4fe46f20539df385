// The list of type families known to DataTypeFactory: one line per family file.
#include "types/registerDataTypes.h"

#include "types/DataTypeFactory.h"

namespace datastore
{
void registerDataTypes(DataTypeFactory & factory)
{
    registerDataTypeNumbers(factory);
    registerDataTypeString(factory);
    registerDataTypeFixedString(factory);
    registerDataTypeBool(factory);
    registerDataTypeUUID(factory);
    registerDataTypeIPv4(factory);
    registerDataTypeIPv6(factory);
    registerDataTypeNothing(factory);
    registerDataTypeDate(factory);
    registerDataTypeDate32(factory);
    registerDataTypeDateTime(factory);
    registerDataTypeDateTime64(factory);
    registerDataTypeDecimal(factory);
    registerDataTypeEnum(factory);
    registerDataTypeNullable(factory);
    registerDataTypeLowCardinality(factory);
    registerDataTypeArray(factory);
    registerDataTypeTuple(factory);
    registerDataTypeMap(factory);
    registerDataTypeInterval(factory);
}

void registerDataTypes()
{
    DataTypeFactory::instance();
}
}
