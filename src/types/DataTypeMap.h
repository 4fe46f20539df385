// Map(K, V): key/value pairs per row, stored as Array(Tuple(keys K, values V)) as in
// ClickHouse, so RowBinary (varint count, then key, value...) and Native (offsets, keys,
// values) are those of that array. Text is {'a':1,'b':2}; JSON is an object.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeMap final : public IDataType
{
public:
    /// Throws BAD_ARGUMENTS for a Nullable key ("Map cannot have a key of type Nullable(String)").
    DataTypeMap(DataTypePtr key_type, DataTypePtr value_type);

    const DataTypePtr & getKeyType() const { return key_type; }
    const DataTypePtr & getValueType() const { return value_type; }
    /// Array(Tuple(keys K, values V)): the storage type.
    const DataTypePtr & getNestedType() const { return nested; }

    TypeIndex getTypeId() const override { return TypeIndex::Map; }
    std::string getName() const override { return "Map(" + key_type->getName() + ", " + value_type->getName() + ")"; }
    std::string getFamilyName() const override { return "Map"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Map(); }
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return key_type->isComparable() && value_type->isComparable(); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    /// Keys become JSON strings of their text: {"1":"x"}.
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
    /// Native data without the LowCardinality state prefix: what this type writes when nested
    /// in another type (see serializeNativePrefix in DataTypeLowCardinality.h).
    void serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const;
    void deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const;

private:
    /// Reads {k<sep>v, ...} with `read_key` / `read_value`; on error the column is unchanged.
    template <typename ReadKey, typename ReadValue>
    void readMapText(IColumn & column, ReadBuffer & in, ReadKey && read_key, ReadValue && read_value) const;

    DataTypePtr key_type;
    DataTypePtr value_type;
    DataTypePtr nested;
};

void registerDataTypeMap(DataTypeFactory & factory);
}
