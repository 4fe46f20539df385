// Decimal text parsing and printing at the type's scale, binary forms, and the Decimal
// family creators (Decimal(P, S), Decimal32(S), Decimal64(S), Decimal128(S)).
#include "types/DataTypeDecimal.h"

#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/FixedWidthSerialization.h"

#include <charconv>

namespace datastore
{
namespace
{
constexpr UInt128 powerOfTen(UInt32 exponent)
{
    UInt128 result = 1;
    for (UInt32 i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The characters a decimal can be made of, up to the next delimiter.
std::string_view readDecimalToken(ReadBuffer & in, char (&buffer)[128])
{
    size_t size = 0;
    char c;
    while (size < sizeof(buffer) && in.peek(c) && (isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
    {
        buffer[size++] = c;
        in.advance(1);
    }
    return { buffer, size };
}

[[noreturn]] void throwCannotParse(std::string_view text, size_t consumed, const std::string & type_name)
{
    if (consumed == 0)
        throw Exception(ErrorCodes::CANNOT_PARSE_TEXT, "Cannot parse string '{}' as {}: syntax error at begin of string", text, type_name);
    throw Exception(
        ErrorCodes::CANNOT_PARSE_TEXT, "Cannot parse string '{}' as {}: syntax error at position {} (parsed just '{}')", text, type_name,
        consumed, text.substr(0, consumed));
}
}

template <typename T>
DataTypeDecimal<T>::DataTypeDecimal(UInt32 precision_, UInt32 scale_)
    : precision(precision_)
    , scale(scale_)
{
    if (precision < 1 || precision > kMaxPrecision)
        throw Exception(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Precision {} is out of bounds (precision range: [1, {}])", precision, kMaxPrecision);
    if (scale > precision)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Negative scales and scales larger than precision are not supported");
}

template <typename T> TypeIndex DataTypeDecimal<T>::getTypeId() const
{
    if constexpr (sizeof(T) == 4)
        return TypeIndex::Decimal32;
    else if constexpr (sizeof(T) == 8)
        return TypeIndex::Decimal64;
    else
        return TypeIndex::Decimal128;
}

template <typename T> MutableColumnPtr DataTypeDecimal<T>::createColumn() const
{
    return ColumnVector<T>::create();
}

template <typename T> Field DataTypeDecimal<T>::getField(const IColumn & column, size_t row) const
{
    return DecimalField<T> { static_cast<const ColumnVector<T> &>(column).getData()[row], scale };
}

template <typename T> size_t DataTypeDecimal<T>::parseText(std::string_view text, T & value) const
{
    size_t pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+'))
        negative = text[pos++] == '-';

    /// Significant digits go into the mantissa up to the width's precision; further
    /// fraction digits are cut, further integer digits only raise the exponent (and overflow).
    UInt128 mantissa = 0;
    UInt32 digits = 0;
    Int64 exponent = 0;
    bool has_digits = false;
    bool after_point = false;
    for (; pos < text.size(); ++pos)
    {
        const char c = text[pos];
        if (c == '.' && !after_point)
        {
            after_point = true;
            continue;
        }
        if (!isDigit(c))
            break;
        has_digits = true;
        if (mantissa == 0 && c == '0')
        {
            if (after_point)
                --exponent;
            continue;
        }
        if (digits < kMaxPrecision)
        {
            mantissa = mantissa * 10 + static_cast<UInt128>(c - '0');
            ++digits;
            if (after_point)
                --exponent;
        }
        else if (!after_point)
            ++exponent;
    }
    if (!has_digits)
        return 0;

    if (pos + 1 < text.size() && (text[pos] == 'e' || text[pos] == 'E'))
    {
        size_t cursor = pos + 1;
        bool negative_exponent = false;
        if (text[cursor] == '-' || text[cursor] == '+')
            negative_exponent = text[cursor++] == '-';
        Int64 written_exponent = 0;
        const size_t exponent_start = cursor;
        while (cursor < text.size() && isDigit(text[cursor]) && cursor - exponent_start < 9)
            written_exponent = written_exponent * 10 + (text[cursor++] - '0');
        if (cursor > exponent_start)
        {
            exponent += negative_exponent ? -written_exponent : written_exponent;
            pos = cursor;
        }
    }

    if (mantissa != 0 && static_cast<Int64>(digits) + exponent > static_cast<Int64>(kMaxPrecision - scale))
    {
        std::string mantissa_text;
        for (UInt128 rest = mantissa; rest; rest /= 10)
            mantissa_text.insert(mantissa_text.begin(), static_cast<char>('0' + static_cast<int>(rest % 10)));
        throw Exception(
            ErrorCodes::ARGUMENT_OUT_OF_BOUND,
            "Decimal value is too big: {} digits were read: '{}'e{}. Expected to read decimal with scale {} and precision {}", digits,
            mantissa_text, exponent, scale, kMaxPrecision);
    }

    const Int64 shift = exponent + static_cast<Int64>(scale);
    UInt128 magnitude;
    if (shift >= 0)
        magnitude = mantissa * powerOfTen(static_cast<UInt32>(shift));
    else
        magnitude = -shift > 38 ? 0 : mantissa / powerOfTen(static_cast<UInt32>(-shift));
    value = negative ? static_cast<T>(-static_cast<Int128>(magnitude)) : static_cast<T>(magnitude);
    return pos;
}

template <typename T> void DataTypeDecimal<T>::writeText(T value, UInt32 scale, bool trailing_zeros, WriteBuffer & out)
{
    UInt128 magnitude = value < 0 ? static_cast<UInt128>(-static_cast<Int128>(value)) : static_cast<UInt128>(value);
    if (value < 0)
        writeChar('-', out);
    const UInt128 multiplier = powerOfTen(scale);
    writeIntText(static_cast<UInt128>(magnitude / multiplier), out);
    if (scale == 0)
        return;
    UInt128 fraction = magnitude % multiplier;
    char text[40];
    text[0] = '.';
    for (UInt32 i = scale; i > 0; --i)
    {
        text[i] = static_cast<char>('0' + static_cast<int>(fraction % 10));
        fraction /= 10;
    }
    size_t length = scale;
    if (!trailing_zeros)
        while (length > 0 && text[length] == '0')
            --length;
    if (length > 0)
        out.write(text, length + 1);
}

template <typename T>
void DataTypeDecimal<T>::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeText(static_cast<const ColumnVector<T> &>(column).getData()[row], scale, settings.decimal_trailing_zeros, out);
}

template <typename T>
void DataTypeDecimal<T>::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    if (settings.json_quote_decimals)
        writeChar('"', out);
    serializeText(column, row, out, settings);
    if (settings.json_quote_decimals)
        writeChar('"', out);
}

template <typename T> void DataTypeDecimal<T>::readFromStream(IColumn & column, ReadBuffer & in) const
{
    char buffer[128];
    std::string_view text = readDecimalToken(in, buffer);
    if (text.empty())
        throwCannotParseNumber(in);
    T value;
    const size_t consumed = parseText(text, value);
    if (consumed != text.size())
        throwCannotParse(text, consumed, getName());
    static_cast<ColumnVector<T> &>(column).insertValue(value);
}

template <typename T> void DataTypeDecimal<T>::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    readFromStream(column, in);
}

template <typename T> void DataTypeDecimal<T>::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    const bool quoted = checkChar('\'', in);
    readFromStream(column, in);
    if (quoted)
        assertChar('\'', in);
}

template <typename T> void DataTypeDecimal<T>::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    const bool quoted = checkChar('"', in);
    readFromStream(column, in);
    if (quoted)
        assertChar('"', in);
}

template <typename T> void DataTypeDecimal<T>::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    char quote = 0;
    if (settings.csv_allow_double_quotes && checkChar('"', in))
        quote = '"';
    else if (settings.csv_allow_single_quotes && checkChar('\'', in))
        quote = '\'';
    readFromStream(column, in);
    if (quote)
        assertChar(quote, in);
}

template <typename T> void DataTypeDecimal<T>::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    if (text.empty())
        throw Exception(ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF, "Attempt to read after eof");
    T value;
    const size_t consumed = parseText(text, value);
    if (consumed != text.size())
        throwCannotParse(text, consumed, getName());
    static_cast<ColumnVector<T> &>(column).insertValue(value);
}

template <typename T> void DataTypeDecimal<T>::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<T>(column, row, out);
}

template <typename T> void DataTypeDecimal<T>::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<T>(column, in);
}

template <typename T>
void DataTypeDecimal<T>::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<T>(column, out, offset, limit);
}

template <typename T> void DataTypeDecimal<T>::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<T>(column, in, limit);
}

template class DataTypeDecimal<Int32>;
template class DataTypeDecimal<Int64>;
template class DataTypeDecimal<Int128>;

DataTypePtr createDecimal(UInt32 precision, UInt32 scale)
{
    if (precision < 1 || precision > 76)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Wrong precision: it must be between 1 and 76, got {}", precision);
    if (scale > precision)
        throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Negative scales and scales larger than precision are not supported");
    if (precision <= DataTypeDecimal32::kMaxPrecision)
        return std::make_shared<DataTypeDecimal32>(precision, scale);
    if (precision <= DataTypeDecimal64::kMaxPrecision)
        return std::make_shared<DataTypeDecimal64>(precision, scale);
    if (precision <= DataTypeDecimal128::kMaxPrecision)
        return std::make_shared<DataTypeDecimal128>(precision, scale);
    throw Exception(ErrorCodes::NOT_IMPLEMENTED, "Decimal with precision {} (Decimal256) is not supported", precision);
}

namespace
{
UInt32 parseDecimalArgument(const std::string & text, const char * what)
{
    UInt32 value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "Decimal argument {} is invalid", what);
    return value;
}

DataTypePtr createDecimalFamily(const DataTypeFactory::Arguments & arguments)
{
    if (arguments.size() > 2)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "Decimal data type family must have exactly two arguments: precision and scale");
    const UInt32 precision = arguments.empty() ? 10 : parseDecimalArgument(arguments[0], "precision");
    const UInt32 scale = arguments.size() < 2 ? 0 : parseDecimalArgument(arguments[1], "scale");
    return createDecimal(precision, scale);
}

template <typename T> DataTypeFactory::Creator fixedWidthDecimal(const char * family)
{
    return [family](const DataTypeFactory::Arguments & arguments) -> DataTypePtr
    {
        if (arguments.size() != 1)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "{} data type family must have exactly one arguments: scale", family);
        const UInt32 scale = parseDecimalArgument(arguments[0], "scale");
        if (scale > DataTypeDecimal<T>::kMaxPrecision)
            throw Exception(ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Negative scales and scales larger than precision are not supported");
        return std::make_shared<DataTypeDecimal<T>>(DataTypeDecimal<T>::kMaxPrecision, scale);
    };
}
}

void registerDataTypeDecimal(DataTypeFactory & factory)
{
    factory.registerType("Decimal", createDecimalFamily, true);
    factory.registerAlias("DEC", "Decimal", true);
    factory.registerAlias("NUMERIC", "Decimal", true);
    factory.registerAlias("FIXED", "Decimal", true);
    factory.registerType("Decimal32", fixedWidthDecimal<Int32>("Decimal32"), true);
    factory.registerType("Decimal64", fixedWidthDecimal<Int64>("Decimal64"), true);
    factory.registerType("Decimal128", fixedWidthDecimal<Int128>("Decimal128"), true);
}
}
