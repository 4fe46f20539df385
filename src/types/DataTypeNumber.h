// Integer and floating-point types (UInt8 ... Int128, Float32, Float64): one ColumnVector<T>
// per column. Text is ClickHouse's (shortest round-trip floats, 64-bit and wider integers
// quoted in JSON by default); binary forms are the raw little-endian values.
#pragma once

#include "columns/ColumnVector.h"
#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

template <typename T> class DataTypeNumber final : public IDataType
{
public:
    using FieldType = T;
    using ColumnType = ColumnVector<T>;

    TypeIndex getTypeId() const override;
    std::string getName() const override { return getFamilyName(); }
    std::string getFamilyName() const override;

    MutableColumnPtr createColumn() const override { return ColumnType::create(); }
    Field getDefault() const override { return Field(T {}); }
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(T); }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    /// A field without a number gives 0 and consumes nothing, as ClickHouse: the format's next
    /// delimiter check then reports "Cannot parse input: expected '\t' before: ...".
    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// Accepts quoted numbers ("123") as ClickHouse does.
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    /// Throws CANNOT_PARSE_TEXT "Cannot parse string '12a' as UInt8: syntax error at position 2
    /// (parsed just '12')", CANNOT_PARSE_NUMBER for '-' before unsigned values and for
    /// non-numbers as floats, ATTEMPT_TO_READ_AFTER_EOF for empty text.
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

private:
    /// Reads a number in the plain text form; integers wrap on overflow as in ClickHouse.
    static T readValue(ReadBuffer & in);
};

extern template class DataTypeNumber<UInt8>;
extern template class DataTypeNumber<UInt16>;
extern template class DataTypeNumber<UInt32>;
extern template class DataTypeNumber<UInt64>;
extern template class DataTypeNumber<UInt128>;
extern template class DataTypeNumber<Int8>;
extern template class DataTypeNumber<Int16>;
extern template class DataTypeNumber<Int32>;
extern template class DataTypeNumber<Int64>;
extern template class DataTypeNumber<Int128>;
extern template class DataTypeNumber<Float32>;
extern template class DataTypeNumber<Float64>;

using DataTypeUInt8 = DataTypeNumber<UInt8>;
using DataTypeUInt16 = DataTypeNumber<UInt16>;
using DataTypeUInt32 = DataTypeNumber<UInt32>;
using DataTypeUInt64 = DataTypeNumber<UInt64>;
using DataTypeUInt128 = DataTypeNumber<UInt128>;
using DataTypeInt8 = DataTypeNumber<Int8>;
using DataTypeInt16 = DataTypeNumber<Int16>;
using DataTypeInt32 = DataTypeNumber<Int32>;
using DataTypeInt64 = DataTypeNumber<Int64>;
using DataTypeInt128 = DataTypeNumber<Int128>;
using DataTypeFloat32 = DataTypeNumber<Float32>;
using DataTypeFloat64 = DataTypeNumber<Float64>;

/// UInt8 ... Float64 and their SQL aliases (INT, BIGINT UNSIGNED, DOUBLE, ...).
void registerDataTypeNumbers(DataTypeFactory & factory);
}
