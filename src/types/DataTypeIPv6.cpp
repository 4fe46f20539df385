// IPv6's column, binary forms and registration. The binary forms are FixedString(16)'s.
#include "types/DataTypeIPv6.h"

#include "base/Exception.h"
#include "columns/ColumnFixedString.h"
#include "io/IPAddressText.h"
#include "types/DataTypeFactory.h"
#include "types/DataTypeFixedString.h"

namespace datastore
{
namespace
{
const DataTypeFixedString & bytesType()
{
    static const DataTypeFixedString type(IPV6_BINARY_LENGTH);
    return type;
}
}

MutableColumnPtr DataTypeIPv6::createColumn() const
{
    return ColumnFixedString::create(IPV6_BINARY_LENGTH);
}

Field DataTypeIPv6::getDefault() const
{
    return Field(std::string(IPV6_BINARY_LENGTH, '\0'));
}

size_t DataTypeIPv6::getSizeOfValueInMemory() const
{
    return IPV6_BINARY_LENGTH;
}

size_t DataTypeIPv6::formatAt(const IColumn & column, size_t row, char * out) const
{
    const auto & chars = static_cast<const ColumnFixedString &>(column).getChars();
    return formatIPv6(reinterpret_cast<const unsigned char *>(chars.data() + row * IPV6_BINARY_LENGTH), out);
}

bool DataTypeIPv6::tryInsertText(IColumn & column, std::string_view text) const
{
    auto & chars = static_cast<ColumnFixedString &>(column).getChars();
    size_t old_size = chars.size();
    chars.resize(old_size + IPV6_BINARY_LENGTH);
    if (parseIPv6(text, reinterpret_cast<unsigned char *>(chars.data() + old_size)))
        return true;
    chars.resize(old_size);
    return false;
}

void DataTypeIPv6::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    bytesType().serializeBinary(column, row, out);
}

void DataTypeIPv6::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    bytesType().deserializeBinary(column, in);
}

void DataTypeIPv6::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    bytesType().serializeBinaryBulk(column, out, offset, limit);
}

void DataTypeIPv6::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    bytesType().deserializeBinaryBulk(column, in, limit);
}

void registerDataTypeIPv6(DataTypeFactory & factory)
{
    factory.registerType(
        "IPv6",
        [](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
        {
            if (!arguments.empty())
                throw Exception(ErrorCodes::DATA_TYPE_CANNOT_HAVE_ARGUMENTS, "Data type IPv6 cannot have arguments");
            static const DataTypePtr type = std::make_shared<DataTypeIPv6>();
            return type;
        });
    factory.registerAlias("INET6", "IPv6", true);
}
}
