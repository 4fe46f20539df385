// One registration function per type family file; registerDataTypes calls them all.
// Adding a type family is one new file plus one line in registerDataTypes.cpp.
#pragma once

namespace datastore
{
class DataTypeFactory;

/// Fills `factory` with every family; called once by the DataTypeFactory constructor.
void registerDataTypes(DataTypeFactory & factory);
/// Makes sure the factory exists and is filled; safe to call any number of times.
void registerDataTypes();

void registerDataTypeNumbers(DataTypeFactory & factory);
void registerDataTypeString(DataTypeFactory & factory);
void registerDataTypeFixedString(DataTypeFactory & factory);
void registerDataTypeBool(DataTypeFactory & factory);
void registerDataTypeUUID(DataTypeFactory & factory);
void registerDataTypeIPv4(DataTypeFactory & factory);
void registerDataTypeIPv6(DataTypeFactory & factory);
void registerDataTypeNothing(DataTypeFactory & factory);

void registerDataTypeDate(DataTypeFactory & factory);
void registerDataTypeDate32(DataTypeFactory & factory);
void registerDataTypeDateTime(DataTypeFactory & factory);
void registerDataTypeDateTime64(DataTypeFactory & factory);
void registerDataTypeDecimal(DataTypeFactory & factory);
void registerDataTypeEnum(DataTypeFactory & factory);

void registerDataTypeNullable(DataTypeFactory & factory);
void registerDataTypeLowCardinality(DataTypeFactory & factory);
void registerDataTypeArray(DataTypeFactory & factory);
void registerDataTypeTuple(DataTypeFactory & factory);
void registerDataTypeMap(DataTypeFactory & factory);
void registerDataTypeInterval(DataTypeFactory & factory);
}
