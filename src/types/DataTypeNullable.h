// Nullable(T): T or NULL. The column is T's column plus a byte map of NULL rows. NULL is
// written as \N in TabSeparated and CSV (the *_null_representation settings), NULL in Values
// and plain text, null in JSON; RowBinary is a 1-byte is_null then the value if not null.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeNullable final : public IDataType
{
public:
    /// Throws ILLEGAL_TYPE_OF_ARGUMENT if `nested` cannot be inside Nullable (Array, Tuple, Map,
    /// Nullable, LowCardinality).
    explicit DataTypeNullable(DataTypePtr nested);

    const DataTypePtr & getNestedType() const { return nested; }

    TypeIndex getTypeId() const override { return TypeIndex::Nullable; }
    std::string getName() const override { return "Nullable(" + nested->getName() + ")"; }
    std::string getFamilyName() const override { return "Nullable"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return Field(); }
    bool isNullable() const override { return true; }
    DataTypePtr getNestedTypeIfWrapper() const override { return nested; }
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override { return nested->isComparable(); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// \N (csv_null_representation) is NULL, and so is an empty unquoted field when
    /// csv_empty_as_default is set; "\N" in quotes is the string.
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// \N and NULL (any case) are NULL.
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    /// Native: the null map (one byte per row) then the nested values of every row.
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;
    /// Native data without the LowCardinality state prefix: what this type writes when nested
    /// in another type (see serializeNativePrefix in DataTypeLowCardinality.h).
    void serializeBinaryBulkData(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const;
    void deserializeBinaryBulkData(IColumn & column, ReadBuffer & in, size_t limit) const;

    /// How NULL looks in each text form; shared with LowCardinality(Nullable(T)).
    enum class TextForm
    {
        Plain,
        Escaped,
        Quoted,
        JSON,
        CSV,
    };
    static void writeNull(TextForm form, WriteBuffer & out, const FormatSettings & settings);
    /// Consumes a NULL in the given form and returns true, or returns false having consumed
    /// nothing (but leading spaces in CSV). In TabSeparated and CSV, \N counts only as a whole field.
    static bool tryReadNull(TextForm form, ReadBuffer & in, const FormatSettings & settings);
    /// Whether a whole-text value ("\N", "NULL" in any case) means NULL.
    static bool isNullWholeText(std::string_view text);

private:
    DataTypePtr nested;
};

void registerDataTypeNullable(DataTypeFactory & factory);
}
