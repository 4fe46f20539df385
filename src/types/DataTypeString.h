// String: arbitrary bytes of any length, kept in a ColumnString. Text forms escape or quote
// the bytes per format; RowBinary and Native write a varint length before each value.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeString final : public IDataType
{
public:
    TypeIndex getTypeId() const override { return TypeIndex::String; }
    std::string getName() const override { return "String"; }
    std::string getFamilyName() const override { return "String"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(std::string()); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// Besides "...", takes a bare number, true/false, an object or an array as its text
    /// (ClickHouse's input_format_json_read_*_as_strings, on by default).
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
};

/// Reads a JSON value as text: "..." decoded, or a bare number, true/false, object or array
/// as written. Appends to `chars`; throws CANNOT_PARSE_QUOTED_STRING for anything else.
void readJSONStringOrBareScalarInto(PodArray<char> & chars, ReadBuffer & in);

/// String, case-insensitive, with its SQL aliases (VARCHAR, TEXT, CHAR, BLOB, ...).
void registerDataTypeString(DataTypeFactory & factory);
}
