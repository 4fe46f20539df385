// IPv4's column, binary forms and registration.
#include "types/DataTypeIPv4.h"

#include "base/Exception.h"
#include "io/IPAddressText.h"
#include "types/DataTypeFactory.h"
#include "types/FixedWidthSerialization.h"

namespace datastore
{
MutableColumnPtr DataTypeIPv4::createColumn() const
{
    return ColumnUInt32::create();
}

size_t DataTypeIPv4::formatAt(const IColumn & column, size_t row, char * out) const
{
    return formatIPv4(static_cast<const ColumnUInt32 &>(column).getData()[row], out);
}

bool DataTypeIPv4::tryInsertText(IColumn & column, std::string_view text) const
{
    UInt32 value;
    if (!parseIPv4(text, value))
        return false;
    static_cast<ColumnUInt32 &>(column).insertValue(value);
    return true;
}

void DataTypeIPv4::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<UInt32>(column, row, out);
}

void DataTypeIPv4::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<UInt32>(column, in);
}

void DataTypeIPv4::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<UInt32>(column, out, offset, limit);
}

void DataTypeIPv4::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<UInt32>(column, in, limit);
}

void registerDataTypeIPv4(DataTypeFactory & factory)
{
    factory.registerType(
        "IPv4",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type IPv4 cannot have arguments");
            static const DataTypePtr type = std::make_shared<DataTypeIPv4>();
            return type;
        });
    factory.registerAlias("INET4", "IPv4", true);
}
}
