// IPv4: one UInt32 per row (the address as a host-order number, 1.2.3.4 is 16909060), so
// it compares, sorts and converts as that number. Text is dotted decimal; RowBinary and
// Native write the UInt32 little-endian, as ClickHouse does.
#pragma once

#include "types/IPAddressDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeIPv4 final : public IPAddressDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::IPv4; }
    std::string getName() const override { return "IPv4"; }
    std::string getFamilyName() const override { return "IPv4"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return UInt64(0); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(UInt32); }

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

protected:
    size_t formatAt(const IColumn & column, size_t row, char * out) const override;
    bool tryInsertText(IColumn & column, std::string_view text) const override;
};

/// IPv4, with the case-insensitive alias INET4.
void registerDataTypeIPv4(DataTypeFactory & factory);
}
