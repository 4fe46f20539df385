// IPv6: 16 bytes per row in network (big-endian) order, kept in a ColumnFixedString(16), so
// comparing and sorting the bytes orders addresses as ClickHouse does. Text is the shortest
// form (::1, ::ffff:1.2.3.4); RowBinary and Native write the 16 bytes as they are.
#pragma once

#include "types/IPAddressDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeIPv6 final : public IPAddressDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::IPv6; }
    std::string getName() const override { return "IPv6"; }
    std::string getFamilyName() const override { return "IPv6"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override;
    size_t getSizeOfValueInMemory() const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

protected:
    size_t formatAt(const IColumn & column, size_t row, char * out) const override;
    bool tryInsertText(IColumn & column, std::string_view text) const override;
};

/// IPv6, with the case-insensitive alias INET6.
void registerDataTypeIPv6(DataTypeFactory & factory);
}
