// Decimal(P, S): an exact number stored as its raw integer scaled by 10^S, in 32, 64 or 128
// bits by precision (P <= 9, 18, 38). Text parsing is exact (extra fraction digits are cut),
// and output drops trailing fraction zeros unless output_format_decimal_trailing_zeros.
#pragma once

#include "types/IDataType.h"

namespace datastore
{
class DataTypeFactory;

/// T is Int32, Int64 or Int128 (Decimal32, Decimal64, Decimal128).
template <typename T> class DataTypeDecimal final : public IDataType
{
public:
    /// Largest precision the width holds: 9, 18 or 38.
    static constexpr UInt32 kMaxPrecision = sizeof(T) == 4 ? 9 : (sizeof(T) == 8 ? 18 : 38);

    /// Throws ARGUMENT_OUT_OF_BOUND for precision outside 1..kMaxPrecision or scale > precision.
    DataTypeDecimal(UInt32 precision, UInt32 scale);

    TypeIndex getTypeId() const override;
    std::string getName() const override { return "Decimal(" + std::to_string(precision) + ", " + std::to_string(scale) + ")"; }
    std::string getFamilyName() const override { return "Decimal"; }

    MutableColumnPtr createColumn() const override;
    Field getDefault() const override { return DecimalField<T> { 0, scale }; }
    Field getField(const IColumn & column, size_t row) const override;
    bool isValueRepresentedByNumber() const override { return true; }
    size_t getSizeOfValueInMemory() const override { return sizeof(T); }

    UInt32 getPrecision() const { return precision; }
    UInt32 getScale() const { return scale; }

    void serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;
    void serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const override;

    void deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;
    void deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const override;

    void serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const override;
    void deserializeBinary(IColumn & column, ReadBuffer & in) const override;
    void serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const override;
    void deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const override;

    /// Raw value of decimal text ([+-]digits[.digits][e[+-]digits]) at this type's scale.
    /// Returns the characters used (0: no number there). Throws ARGUMENT_OUT_OF_BOUND
    /// ("Decimal value is too big ...") when the integer part does not fit the width.
    size_t parseText(std::string_view text, T & value) const;
    /// Text of a raw value at `scale`, as serializeText writes it.
    static void writeText(T value, UInt32 scale, bool trailing_zeros, WriteBuffer & out);

private:
    void readFromStream(IColumn & column, ReadBuffer & in) const;

    UInt32 precision;
    UInt32 scale;
};

using DataTypeDecimal32 = DataTypeDecimal<Int32>;
using DataTypeDecimal64 = DataTypeDecimal<Int64>;
using DataTypeDecimal128 = DataTypeDecimal<Int128>;

extern template class DataTypeDecimal<Int32>;
extern template class DataTypeDecimal<Int64>;
extern template class DataTypeDecimal<Int128>;

/// Decimal(P, S) of the narrowest width holding P; P above 38 (Decimal256) is not supported.
DataTypePtr createDecimal(UInt32 precision, UInt32 scale);
/// Registers Decimal (and its SQL aliases DEC, NUMERIC, FIXED), Decimal32, Decimal64, Decimal128.
void registerDataTypeDecimal(DataTypeFactory & factory);
}
