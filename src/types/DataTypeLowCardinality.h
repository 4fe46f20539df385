// LowCardinality(T): T stored as a dictionary of distinct values plus per-row positions.
// Text and RowBinary are exactly those of T; Native uses ClickHouse's layout (key version,
// then per block: index type flags, the used dictionary keys, and the row indexes).
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeLowCardinality final : public IDataType
{
public:
    /// `nested` is T or Nullable(T) with T a number, String, FixedString, Date, Date32,
    /// DateTime, UUID, IPv4 or IPv6; otherwise throws ILLEGAL_TYPE_OF_ARGUMENT
    /// ("DataTypeLowCardinality is supported only for numbers, strings, Date or DateTime, but got X").
    explicit DataTypeLowCardinality(DataTypePtr nested);

    /// T or Nullable(T), as written in the parentheses.
    const DataTypePtr & getNestedType() const { return nested; }
    /// T without Nullable: the type of the dictionary's values.
    const DataTypePtr & getDictionaryType() const { return dictionary_type; }
    bool isNullableDictionary() const { return nested->isNullable(); }

    TypeIndex getTypeId() const override { return TypeIndex::LowCardinality; }
    std::string getName() const override { return "LowCardinality(" + nested->getName() + ")"; }
    std::string getFamilyName() const override { return "LowCardinality"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return nested->getDefault(); }
    bool isLowCardinality() const override { return true; }
    /// T or Nullable(T) (not the dictionary type), so removeLowCardinality keeps Nullable as ClickHouse does.
    DataTypePtr getNestedTypeIfWrapper() const override { return nested; }
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return dictionary_type->isComparable(); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    /// UInt64 key version 1; UInt64 flags (index width | HasAdditionalKeys | NeedUpdateDictionary);
    /// UInt64 key count and the keys as T in Native form (NULL placeholder and default first);
    /// UInt64 row count and the indexes as UInt8/16/32.
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    /// Reads the layout above; a global shared dictionary (NeedGlobalDictionaryBit) is not supported.
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
    /// The layout above without the key version (the state prefix).
    void serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const;
    void deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const;

private:
    DataTypePtr nested;
    DataTypePtr dictionary_type;
};

/// ClickHouse's Native form writes the state prefix (key version) of every LowCardinality inside
/// a type first, depth-first, and only then the data: Array(LowCardinality(String)) is version,
/// offsets, keys, indexes. serializeBinaryBulk of Array, Tuple, Map, Nullable and LowCardinality
/// is prefix then data; inside them, nested types write their data only, through these.
void serializeNativePrefix(const IDataType & type, WriteBuffer & out);
/// Throws INCORRECT_DATA on an unknown key version.
void deserializeNativePrefix(const IDataType & type, ReadBuffer & in);
void serializeNativeData(const IDataType & type, const IColumn & column, WriteBuffer & out, size_t offset, size_t limit);
void deserializeNativeData(const IDataType & type, IColumn & column, ReadBuffer & in, size_t limit);

void registerDataTypeLowCardinality(DataTypeFactory & factory);
}
