// FixedString(N): values of exactly N bytes (shorter ones padded with zero bytes), kept in
// a ColumnFixedString. Text forms write all N bytes, escaped like String; binary forms
// write the N bytes without a length.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeFixedString final : public IDataType
{
public:
    explicit DataTypeFixedString(size_t n_);

    size_t getN() const { return n; }

    TypeIndex getTypeId() const override { return TypeIndex::FixedString; }
    std::string getName() const override { return "FixedString(" + std::to_string(n) + ")"; }
    std::string getFamilyName() const override { return "FixedString"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(std::string()); }
    size_t getSizeOfValueInMemory() const override { return n; }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// Values longer than N throw TOO_LARGE_STRING_SIZE "Too large value for FixedString(N)".
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

private:
    /// Pads the bytes just read into `chars` after `old_size` to N, or rolls them back and throws.
    void finishValue(IColumn & column, size_t old_size) const;

    size_t n;
};

/// FixedString(N), with the case-insensitive alias BINARY(N).
void registerDataTypeFixedString(DataTypeFactory & factory);
}
