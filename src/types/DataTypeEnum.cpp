// Enum8 / Enum16 text and binary forms, and the Enum family creators that parse the
// elements ('name' = number) out of the type's arguments.
#include "types/DataTypeEnum.h"

#include "columns/ColumnVector.h"
#include "io/ReadHelpers.h"
#include "io/WriteHelpers.h"
#include "types/DataTypeFactory.h"
#include "types/FixedWidthSerialization.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <optional>

namespace datastore
{
namespace
{
size_t caseInsensitiveEditDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
    {
        current[0] = i;
        for (size_t j = 1; j <= b.size(); ++j)
        {
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1) });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
}

template <typename T>
DataTypeEnum<T>::DataTypeEnum(Values values_)
    : values(std::move(values_))
{
    if (values.empty())
        throw Exception(ErrorCodes::EMPTY_DATA_PASSED, "Enum data type cannot be empty");
    std::stable_sort(values.begin(), values.end(), [](const auto & a, const auto & b) { return a.second < b.second; });
    for (size_t i = 0; i < values.size(); ++i)
    {
        const auto & [name, value] = values[i];
        auto [name_it, name_inserted] = name_to_value.emplace(name, value);
        if (!name_inserted)
            throw Exception(
                ErrorCodes::SYNTAX_ERROR, "Duplicate names in enum: '{}' = {} and {}", name, Int64(name_it->second), Int64(value));
        auto [value_it, value_inserted] = value_to_name.emplace(value, i);
        if (!value_inserted)
            throw Exception(
                ErrorCodes::SYNTAX_ERROR, "Duplicate values in enum: '{}' = {} and '{}'", name, Int64(value),
                values[value_it->second].first);
    }

    std::string result = getFamilyName() + "(";
    WriteBufferFromString out(result);
    for (size_t i = 0; i < values.size(); ++i)
    {
        if (i)
            writeString(", ", out);
        writeQuotedString(values[i].first, out);
        writeString(" = ", out);
        writeIntText(Int64(values[i].second), out);
    }
    writeChar(')', out);
    out.finalize();
    type_name = std::move(result);
}

template <typename T> MutableColumnPtr DataTypeEnum<T>::createColumn() const
{
    return ColumnVector<T>::create();
}

template <typename T> const std::string & DataTypeEnum<T>::getNameForValue(T value) const
{
    auto it = value_to_name.find(value);
    if (it == value_to_name.end())
        throw Exception(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, "Unexpected value {} in enum", Int64(value));
    return values[it->second].first;
}

template <typename T> T DataTypeEnum<T>::getValue(std::string_view name, bool allow_number) const
{
    auto it = name_to_value.find(name);
    if (it != name_to_value.end())
        return it->second;
    if (allow_number)
    {
        Int64 number = 0;
        auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), number);
        if (!name.empty() && error == std::errc() && end == name.data() + name.size() && number >= std::numeric_limits<T>::min()
            && number <= std::numeric_limits<T>::max() && hasValue(static_cast<T>(number)))
            return static_cast<T>(number);
    }
    throw Exception(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, "Unknown element '{}' for enum{}", name, closestNameHint(name));
}

template <typename T> std::string DataTypeEnum<T>::closestNameHint(std::string_view name) const
{
    /// ClickHouse's typo hint: the one element name within (length + 2) / 3 edits of `name`
    /// (case-insensitive), the closest and then the first by value; none if too different in length.
    const size_t allowed_mistakes = (name.size() + 2) / 3;
    const std::string * best = nullptr;
    size_t best_distance = 0;
    for (const auto & [candidate, value] : values)
    {
        const size_t length_difference = candidate.size() > name.size() ? candidate.size() - name.size() : name.size() - candidate.size();
        if (length_difference > 0 && name.size() / length_difference < 3)
            continue;
        if (length_difference > allowed_mistakes)
            continue;
        const size_t distance = caseInsensitiveEditDistance(candidate, name);
        if (distance <= allowed_mistakes && (!best || distance < best_distance))
        {
            best = &candidate;
            best_distance = distance;
        }
    }
    return best ? ", maybe you meant: ['" + *best + "']" : "";
}

template <typename T> const std::string & DataTypeEnum<T>::nameAt(const IColumn & column, size_t row) const
{
    return getNameForValue(static_cast<const ColumnVector<T> &>(column).getData()[row]);
}

template <typename T> void DataTypeEnum<T>::insertValue(IColumn & column, T value) const
{
    static_cast<ColumnVector<T> &>(column).insertValue(value);
}

template <typename T>
void DataTypeEnum<T>::serializeText(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeString(nameAt(column, row), out);
}

template <typename T>
void DataTypeEnum<T>::serializeTextEscaped(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeEscapedString(nameAt(column, row), out);
}

template <typename T>
void DataTypeEnum<T>::serializeTextQuoted(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeQuotedString(nameAt(column, row), out);
}

template <typename T>
void DataTypeEnum<T>::serializeTextJSON(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings & settings) const
{
    writeJSONString(nameAt(column, row), out, settings.json_escape_forward_slashes);
}

template <typename T>
void DataTypeEnum<T>::serializeTextCSV(const IColumn & column, size_t row, WriteBuffer & out, const FormatSettings &) const
{
    writeCSVString(nameAt(column, row), out);
}

template <typename T> void DataTypeEnum<T>::deserializeTextEscaped(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    insertValue(column, getValue(readEscapedString(in)));
}

template <typename T> void DataTypeEnum<T>::deserializeTextQuoted(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    char c;
    if (in.peek(c) && (c == '-' || (c >= '0' && c <= '9')))
    {
        /// VALUES (3, 1): a bare number is the element's value, as ClickHouse reads it.
        Int64 number;
        readIntText(number, in);
        if (number < std::numeric_limits<T>::min() || number > std::numeric_limits<T>::max() || !hasValue(static_cast<T>(number)))
            throw Exception(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, "Unexpected value {} in enum", number);
        insertValue(column, static_cast<T>(number));
        return;
    }
    insertValue(column, getValue(readQuotedString(in)));
}

template <typename T> void DataTypeEnum<T>::deserializeTextJSON(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    char c;
    if (in.peek(c) && c == '"')
    {
        insertValue(column, getValue(readJSONString(in)));
        return;
    }
    /// A bare JSON number is the element's value.
    Int64 number;
    readIntText(number, in);
    if (number < std::numeric_limits<T>::min() || number > std::numeric_limits<T>::max() || !hasValue(static_cast<T>(number)))
        throw Exception(ErrorCodes::UNKNOWN_ELEMENT_OF_ENUM, "Unexpected value {} in enum", number);
    insertValue(column, static_cast<T>(number));
}

template <typename T> void DataTypeEnum<T>::deserializeTextCSV(IColumn & column, ReadBuffer & in, const FormatSettings & settings) const
{
    CSVStringSettings csv;
    csv.delimiter = settings.csv_delimiter;
    csv.allow_single_quotes = settings.csv_allow_single_quotes;
    csv.allow_double_quotes = settings.csv_allow_double_quotes;
    insertValue(column, getValue(readCSVString(in, csv)));
}

template <typename T> void DataTypeEnum<T>::deserializeWholeText(IColumn & column, ReadBuffer & in, const FormatSettings &) const
{
    std::string text;
    in.readAll(text);
    insertValue(column, getValue(text));
}

template <typename T> void DataTypeEnum<T>::serializeBinary(const IColumn & column, size_t row, WriteBuffer & out) const
{
    serializeFixedBinary<T>(column, row, out);
}

template <typename T> void DataTypeEnum<T>::deserializeBinary(IColumn & column, ReadBuffer & in) const
{
    deserializeFixedBinary<T>(column, in);
}

template <typename T>
void DataTypeEnum<T>::serializeBinaryBulk(const IColumn & column, WriteBuffer & out, size_t offset, size_t limit) const
{
    serializeFixedBinaryBulk<T>(column, out, offset, limit);
}

template <typename T> void DataTypeEnum<T>::deserializeBinaryBulk(IColumn & column, ReadBuffer & in, size_t limit) const
{
    deserializeFixedBinaryBulk<T>(column, in, limit);
}

template class DataTypeEnum<Int8>;
template class DataTypeEnum<Int16>;

namespace
{
[[noreturn]] void throwBadElement()
{
    throw Exception(
        ErrorCodes::UNEXPECTED_AST_STRUCTURE,
        "Elements of Enum data type family must be of form: 'name' = number or 'name', where name is string literal and number is an "
        "integer");
}

/// "'name' = 12", "'name'=-3" or "'name'": the quoted name's end is found by skipping escapes.
std::pair<std::string, std::optional<Int64>> parseElement(const std::string & argument)
{
    if (argument.empty() || argument[0] != '\'')
        throwBadElement();
    size_t pos = 1;
    while (pos < argument.size())
    {
        if (argument[pos] == '\\')
            pos += 2;
        else if (argument[pos] == '\'' && pos + 1 < argument.size() && argument[pos + 1] == '\'')
            pos += 2;
        else if (argument[pos] == '\'')
            break;
        else
            ++pos;
    }
    if (pos >= argument.size())
        throwBadElement();
    std::string name = unquoteTypeArgument(argument.substr(0, pos + 1));
    ++pos;
    while (pos < argument.size() && argument[pos] == ' ')
        ++pos;
    if (pos == argument.size())
        return { std::move(name), std::nullopt };
    if (argument[pos] != '=')
        throwBadElement();
    ++pos;
    while (pos < argument.size() && argument[pos] == ' ')
        ++pos;
    Int64 value = 0;
    const char * begin = argument.data() + pos;
    const char * end = argument.data() + argument.size();
    if (begin != end && *begin == '+')
        ++begin;
    auto [parsed_end, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || parsed_end != end)
        throwBadElement();
    return { std::move(name), value };
}

/// Elements with their values; unnumbered ones follow the previous value (the first is 1).
std::vector<std::pair<std::string, Int64>> parseElements(const DataTypeFactory::Arguments & arguments)
{
    if (arguments.empty())
        throw Exception(ErrorCodes::EMPTY_DATA_PASSED, "Enum data type cannot be empty");
    std::vector<std::pair<std::string, Int64>> elements;
    Int64 next_value = 1;
    for (const auto & argument : arguments)
    {
        auto [name, value] = parseElement(argument);
        const Int64 element_value = value ? *value : next_value;
        next_value = element_value + 1;
        elements.emplace_back(std::move(name), element_value);
    }
    return elements;
}

template <typename T> DataTypePtr createEnum(const std::vector<std::pair<std::string, Int64>> & elements)
{
    typename DataTypeEnum<T>::Values values;
    for (const auto & [name, value] : elements)
    {
        if (value < std::numeric_limits<T>::min() || value > std::numeric_limits<T>::max())
            throw Exception(
                ErrorCodes::ARGUMENT_OUT_OF_BOUND, "Value {} for element '{}' exceeds range of {}", value, name,
                sizeof(T) == 1 ? "Enum8" : "Enum16");
        values.emplace_back(name, static_cast<T>(value));
    }
    return std::make_shared<DataTypeEnum<T>>(std::move(values));
}
}

void registerDataTypeEnum(DataTypeFactory & factory)
{
    factory.registerType("Enum8", [](const DataTypeFactory::Arguments & arguments) { return createEnum<Int8>(parseElements(arguments)); });
    factory.registerType(
        "Enum16", [](const DataTypeFactory::Arguments & arguments) { return createEnum<Int16>(parseElements(arguments)); });
    factory.registerType(
        "Enum",
        [](const DataTypeFactory::Arguments & arguments)
        {
            const auto elements = parseElements(arguments);
            const bool fits_int8 = std::all_of(
                elements.begin(), elements.end(),
                [](const auto & element)
                { return element.second >= std::numeric_limits<Int8>::min() && element.second <= std::numeric_limits<Int8>::max(); });
            return fits_int8 ? createEnum<Int8>(elements) : createEnum<Int16>(elements);
        },
        true);
}
}
