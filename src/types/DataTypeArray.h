// Array(T): a list of values of one type per row. Text is [1,2,3] / ['a','b'] with elements
// in their quoted form, JSON is a JSON array; RowBinary is a varint count then the elements;
// Native is the UInt64 end offsets of the rows, then the elements in bulk.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeArray final : public IDataType
{
public:
    explicit DataTypeArray(DataTypePtr nested_) : nested(std::move(nested_)) {}

    const DataTypePtr & getNestedType() const { return nested; }

    TypeIndex getTypeId() const override { return TypeIndex::Array; }
    std::string getName() const override { return "Array(" + nested->getName() + ")"; }
    std::string getFamilyName() const override { return "Array"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Array(); }
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return nested->isComparable(); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    /// The text form as one CSV string: "[1,2]".
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// TabSeparated, Values and whole-text input all read the [..] form with quoted elements.
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    /// Throws TOO_LARGE_ARRAY_SIZE for counts above 1 GiB elements (format_binary_max_array_size).
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
    /// Native data without the LowCardinality state prefix: what this type writes when nested
    /// in another type (see serializeNativePrefix in DataTypeLowCardinality.h).
    void serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const;
    void deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const;

private:
    DataTypePtr nested;
};

void registerDataTypeArray(DataTypeFactory & factory);
}
