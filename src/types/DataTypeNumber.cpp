// Text and binary forms of the number types, and their registration with SQL aliases.
#include "types/DataTypeNumber.h"

#include "base/Exception.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/FixedWidthSerialization.h"

#include <cmath>

namespace datastore
{
namespace
{
template <typename T> constexpr bool is_float = std::is_floating_point_v<T>;

template <typename T> constexpr bool is_unsigned = std::is_unsigned_v<T>;

template <typename T> T valueAt(const IColumn & column, size_t row)
{
    return static_cast<const ColumnVector<T> &>(column).getData()[row];
}

template <typename T> void insertValue(IColumn & column, T value)
{
    static_cast<ColumnVector<T> &>(column).insertValue(value);
}

[[noreturn]] void throwCannotParseWholeText(std::string_view text, size_t parsed, const std::string & type_name)
{
    std::string where = parsed == 0 ? std::string("at begin of string")
                                    : fmt::format("at position {} (parsed just '{}')", parsed, text.substr(0, parsed));
    throw Exception(
        ErrorCodes::CANNOT_PARSE_TEXT,
        "Cannot parse string '{}' as {}: syntax error {}. Note: there are to{}OrZero and to{}OrNull functions, which returns "
        "zero/NULL instead of throwing exception",
        text, type_name, where, type_name, type_name);
}

/// MySQL-compatible display width (INT(11)) and FLOAT(p, s) are accepted and ignored, as ClickHouse does.
template <typename T> DataTypePtr createNumber(const DataTypeFactory::Arguments & arguments, const char * family)
{
    if constexpr (is_float<T>)
    {
        if (arguments.size() > 2)
            throw Exception(
                ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH,
                "{} data type family must not have more than two arguments - total number of digits and number of digits "
                "following the decimal point",
                family);
    }
    else if (arguments.size() > 1)
        throw Exception(
            ErrorCodes::NUMBER_OF_ARGUMENTS_DOESNT_MATCH, "{} data type family must not have more than one argument - display width",
            family);
    for (const auto & argument : arguments)
        if (argument.empty() || argument.find_first_not_of("0123456789") != std::string::npos)
            throw Exception(ErrorCodes::ILLEGAL_TYPE_OF_ARGUMENT, "{} data type family may have only numbers as arguments", family);
    static const DataTypePtr type = std::make_shared<DataTypeNumber<T>>();
    return type;
}

template <typename T> void registerNumber(DataTypeFactory & factory, const char * family)
{
    factory.registerType(family, [family](const DataTypeFactory::Arguments & arguments) { return createNumber<T>(arguments, family); });
}
}

template <typename T> TypeIndex DataTypeNumber<T>::getTypeId() const
{
    if constexpr (std::is_same_v<T, UInt8>)
        return TypeIndex::UInt8;
    else if constexpr (std::is_same_v<T, UInt16>)
        return TypeIndex::UInt16;
    else if constexpr (std::is_same_v<T, UInt32>)
        return TypeIndex::UInt32;
    else if constexpr (std::is_same_v<T, UInt64>)
        return TypeIndex::UInt64;
    else if constexpr (std::is_same_v<T, UInt128>)
        return TypeIndex::UInt128;
    else if constexpr (std::is_same_v<T, Int8>)
        return TypeIndex::Int8;
    else if constexpr (std::is_same_v<T, Int16>)
        return TypeIndex::Int16;
    else if constexpr (std::is_same_v<T, Int32>)
        return TypeIndex::Int32;
    else if constexpr (std::is_same_v<T, Int64>)
        return TypeIndex::Int64;
    else if constexpr (std::is_same_v<T, Int128>)
        return TypeIndex::Int128;
    else if constexpr (std::is_same_v<T, Float32>)
        return TypeIndex::Float32;
    else
        return TypeIndex::Float64;
}

template <typename T> std::string DataTypeNumber<T>::getFamilyName() const
{
    if constexpr (std::is_same_v<T, UInt8>)
        return "UInt8";
    else if constexpr (std::is_same_v<T, UInt16>)
        return "UInt16";
    else if constexpr (std::is_same_v<T, UInt32>)
        return "UInt32";
    else if constexpr (std::is_same_v<T, UInt64>)
        return "UInt64";
    else if constexpr (std::is_same_v<T, UInt128>)
        return "UInt128";
    else if constexpr (std::is_same_v<T, Int8>)
        return "Int8";
    else if constexpr (std::is_same_v<T, Int16>)
        return "Int16";
    else if constexpr (std::is_same_v<T, Int32>)
        return "Int32";
    else if constexpr (std::is_same_v<T, Int64>)
        return "Int64";
    else if constexpr (std::is_same_v<T, Int128>)
        return "Int128";
    else if constexpr (std::is_same_v<T, Float32>)
        return "Float32";
    else
        return "Float64";
}

template <typename T>
void DataTypeNumber<T>::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    if constexpr (is_float<T>)
        writeFloatText(valueAt<T>(column, row), out);
    else
        writeIntText(valueAt<T>(column, row), out);
}

template <typename T>
void DataTypeNumber<T>::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    T value = valueAt<T>(column, row);
    if constexpr (is_float<T>)
    {
        if (!std::isfinite(value))
        {
            /// JSON has no literal for them: null, or the text in quotes if asked.
            if (settings.json_quote_denormals)
            {
                writeChar('"', out);
                writeFloatText(value, out);
                writeChar('"', out);
            }
            else
                writeString("null", out);
            return;
        }
        bool quote = settings.json_quote_64bit_floats && sizeof(T) == 8;
        if (quote)
            writeChar('"', out);
        writeFloatText(value, out);
        if (quote)
            writeChar('"', out);
    }
    else
    {
        bool quote = settings.json_quote_64bit_integers && sizeof(T) >= 8;
        if (quote)
            writeChar('"', out);
        writeIntText(value, out);
        if (quote)
            writeChar('"', out);
    }
}

template <typename T> T DataTypeNumber<T>::readValue(ReadBuffer & in)
{
    T value {};
    if constexpr (is_float<T>)
        readFloatText(value, in);
    else
        tryReadIntText<T, IntOverflow::Wrap>(value, in);
    return value;
}

template <typename T> void DataTypeNumber<T>::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertValue<T>(column, readValue(in));
}

template <typename T> void DataTypeNumber<T>::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertValue<T>(column, readValue(in));
}

template <typename T> void DataTypeNumber<T>::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    bool quoted = checkChar('"', in);
    T value = readValue(in);
    if (quoted)
        assertChar('"', in);
    insertValue<T>(column, value);
}

template <typename T> void DataTypeNumber<T>::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    char quote = 0;
    if (!in.eof() && ((*in.pos() == '"' && settings.csv_allow_double_quotes) || (*in.pos() == '\'' && settings.csv_allow_single_quotes)))
    {
        quote = *in.pos();
        in.advance(1);
    }
    T value = readValue(in);
    if (quote)
        assertChar(quote, in);
    insertValue<T>(column, value);
}

template <typename T> void DataTypeNumber<T>::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    if (text.empty())
        throw Exception(
            ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF, "Attempt to read after eof: Cannot parse {} from String, because value is too short",
            getName());
    if constexpr (is_unsigned<T>)
        if (text[0] == '-')
            throw Exception(
                ErrorCodes::CANNOT_PARSE_NUMBER, "Unsigned type must not contain '-' symbol: Cannot parse {} from String", getName());

    ReadBufferFromMemory text_in(text);
    T value {};
    if constexpr (is_float<T>)
    {
        if (!tryReadFloatText(value, text_in))
            throw Exception(
                ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot read floating point value here: {}: Cannot parse {} from String", text, getName());
    }
    else if (!tryReadIntText<T, IntOverflow::Wrap>(value, text_in))
        throwCannotParseWholeText(text, 0, getName());
    if (!text_in.eof())
        throwCannotParseWholeText(text, text_in.count(), getName());
    insertValue<T>(column, value);
}

template <typename T> void DataTypeNumber<T>::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<T>(column, row, out);
}

template <typename T> void DataTypeNumber<T>::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<T>(column, in);
}

template <typename T>
void DataTypeNumber<T>::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<T>(column, out, offset, limit);
}

template <typename T> void DataTypeNumber<T>::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<T>(column, in, limit);
}

template class DataTypeNumber<UInt8>;
template class DataTypeNumber<UInt16>;
template class DataTypeNumber<UInt32>;
template class DataTypeNumber<UInt64>;
template class DataTypeNumber<UInt128>;
template class DataTypeNumber<Int8>;
template class DataTypeNumber<Int16>;
template class DataTypeNumber<Int32>;
template class DataTypeNumber<Int64>;
template class DataTypeNumber<Int128>;
template class DataTypeNumber<Float32>;
template class DataTypeNumber<Float64>;

void registerDataTypeNumbers(DataTypeFactory & factory)
{
    registerNumber<UInt8>(factory, "UInt8");
    registerNumber<UInt16>(factory, "UInt16");
    registerNumber<UInt32>(factory, "UInt32");
    registerNumber<UInt64>(factory, "UInt64");
    registerNumber<UInt128>(factory, "UInt128");
    registerNumber<Int8>(factory, "Int8");
    registerNumber<Int16>(factory, "Int16");
    registerNumber<Int32>(factory, "Int32");
    registerNumber<Int64>(factory, "Int64");
    registerNumber<Int128>(factory, "Int128");
    registerNumber<Float32>(factory, "Float32");
    registerNumber<Float64>(factory, "Float64");

    /// SQL and MySQL spellings, case-insensitive as in ClickHouse.
    for (const char * alias : { "TINYINT", "INT1", "BYTE", "TINYINT SIGNED", "INT1 SIGNED" })
        factory.registerAlias(alias, "Int8", true);
    for (const char * alias : { "TINYINT UNSIGNED", "INT1 UNSIGNED" })
        factory.registerAlias(alias, "UInt8", true);
    for (const char * alias : { "SMALLINT", "SMALLINT SIGNED" })
        factory.registerAlias(alias, "Int16", true);
    for (const char * alias : { "SMALLINT UNSIGNED", "YEAR" })
        factory.registerAlias(alias, "UInt16", true);
    for (const char * alias : { "INT", "INTEGER", "MEDIUMINT", "MEDIUMINT SIGNED", "INT SIGNED", "INTEGER SIGNED" })
        factory.registerAlias(alias, "Int32", true);
    for (const char * alias : { "MEDIUMINT UNSIGNED", "INT UNSIGNED", "INTEGER UNSIGNED" })
        factory.registerAlias(alias, "UInt32", true);
    for (const char * alias : { "BIGINT", "SIGNED", "BIGINT SIGNED", "TIME" })
        factory.registerAlias(alias, "Int64", true);
    for (const char * alias : { "UNSIGNED", "BIGINT UNSIGNED", "BIT", "SET" })
        factory.registerAlias(alias, "UInt64", true);
    for (const char * alias : { "FLOAT", "REAL", "SINGLE" })
        factory.registerAlias(alias, "Float32", true);
    for (const char * alias : { "DOUBLE", "DOUBLE PRECISION" })
        factory.registerAlias(alias, "Float64", true);
}
}
