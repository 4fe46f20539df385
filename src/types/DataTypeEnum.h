// Enum8 / Enum16: named values stored as Int8 / Int16, e.g. Enum8('a' = 1, 'b' = 2). Text
// forms carry the name; on input a name that is not an element but is the number of one is
// accepted, as ClickHouse does.
#pragma once

#include "types/IDataType.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace datastore
{
class DataTypeFactory;

/// T is Int8 (Enum8) or Int16 (Enum16).
template <typename T> class DataTypeEnum final : public IDataType
{
public:
    using Values = std::vector<std::pair<std::string, T>>;

    /// Throws EMPTY_DATA_PASSED for no values, SYNTAX_ERROR for duplicate names or values.
    explicit DataTypeEnum(Values values);

    TypeIndex getTypeId() const override { return sizeof(T) == 1 ? TypeIndex::Enum8 : TypeIndex::Enum16; }
    /// "Enum8('a' = 1, 'b' = 2)", elements ordered by value.
    std::string getName() const override { return type_name; }
    std::string getFamilyName() const override { return sizeof(T) == 1 ? "Enum8" : "Enum16"; }

    MutableColumnPtr createColumn() const override;
    /// The smallest value, as ClickHouse.
    Field getDefault() const override { return Int64(values.front().second); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(T); }

    const Values & getValues() const { return values; }
    bool hasValue(T value) const { return value_to_name.contains(value); }
    /// The element's name; throws UNKNOWN_ELEMENT_OF_ENUM "Unexpected value N in enum" for a non-element.
    const std::string & getNameForValue(T value) const;
    /// The value named `name`; when `allow_number`, a name that is the number of an element
    /// gives that element. Throws UNKNOWN_ELEMENT_OF_ENUM "Unknown element 'x' for enum" (with
    /// ClickHouse's ", maybe you meant: ['y']" when an element name is close).
    T getValue(std::string_view name, bool allow_number = true) const;

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
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

private:
    struct NameHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };

    const std::string & nameAt(const IColumn & column, size_t row) const;
    /// ", maybe you meant: ['x']" for the element closest to a mistyped name, or "".
    std::string closestNameHint(std::string_view name) const;
    void insertValue(IColumn & column, T value) const;

    Values values;
    std::string type_name;
    std::unordered_map<std::string, T, NameHash, std::equal_to<>> name_to_value;
    std::unordered_map<T, size_t> value_to_name; /// index into `values`
};

using DataTypeEnum8 = DataTypeEnum<Int8>;
using DataTypeEnum16 = DataTypeEnum<Int16>;

extern template class DataTypeEnum<Int8>;
extern template class DataTypeEnum<Int16>;

/// Registers Enum8, Enum16 and Enum (Enum8 when every value fits in Int8, else Enum16).
/// Elements are written 'name' = number or just 'name' (numbered on from the previous one, from 1).
void registerDataTypeEnum(DataTypeFactory & factory);
}
