// Tuple(T1, T2, ...) or Tuple(a T1, b T2, ...): a fixed list of typed elements per row, one
// column per element. Text is (1,'a'); JSON is an array, or an object for named tuples when
// json_named_tuples_as_objects is set; CSV writes the elements as separate fields.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

class DataTypeTuple final : public IDataType
{
public:
    /// Unnamed tuple; with no elements it is the empty tuple Tuple(), written as ().
    explicit DataTypeTuple(DataTypes elements);
    /// Named tuple: one unique name per element. Throws BAD_ARGUMENTS or DUPLICATE_COLUMN.
    DataTypeTuple(DataTypes elements, std::vector<std::string> names);

    const DataTypes & getElements() const { return elements; }
    /// Element names; empty for an unnamed tuple.
    const std::vector<std::string> & getElementNames() const { return names; }
    bool hasExplicitNames() const { return !names.empty(); }
    /// Index of the element called `name` ("1", "2", ... in an unnamed tuple), or -1.
    ssize_t tryGetPositionByName(std::string_view name) const;

    TypeIndex getTypeId() const override { return TypeIndex::Tuple; }
    /// "Tuple(UInt8, String)" or "Tuple(a UInt8, `b c` String)".
    std::string getName() const override;
    std::string getFamilyName() const override { return "Tuple"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override;
    bool canBeInsideNullable() const override { return false; }
    bool isComparable() const override;

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// A JSON array; for named tuples with json_named_tuples_as_objects a JSON object instead
    /// (keys in any order, unknown keys skipped, missing elements get defaults).
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
    /// Appends one value to every element column with `read_element(i, element_column)`;
    /// on error removes what was appended. Callers handle the empty tuple themselves.
    template <typename ReadElement>
    void readElements(IColumn & column, ReadElement && read_element) const;

    DataTypes elements;
    std::vector<std::string> names;
};

void registerDataTypeTuple(DataTypeFactory & factory);
}
