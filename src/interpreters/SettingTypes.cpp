#include "interpreters/SettingTypes.h"

#include "base/DateLUT.h"
#include "base/Exception.h"
#include "interpreters/SettingsCatalog.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <thread>
#include <type_traits>

namespace datastore::interpreters
{
namespace
{
bool isUnsignedType(std::string_view type)
{
    return type == "UInt64" || type == "NonZeroUInt64" || type == "Milliseconds" || type == "MaxThreads" || type == "UInt64Auto";
}

bool isSignedType(std::string_view type)
{
    return type == "Int64" || type == "Int32";
}

bool isFloatType(std::string_view type)
{
    return type == "Float" || type == "Double" || type == "Seconds" || type == "FloatAuto";
}

bool isBoolType(std::string_view type)
{
    return type == "Bool" || type == "BoolAuto";
}

bool isAutoType(std::string_view type)
{
    return type == "MaxThreads" || type == "UInt64Auto" || type == "FloatAuto" || type == "BoolAuto";
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

[[noreturn]] void throwExpectedEof(std::string_view rest)
{
    throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected 'eof' before: '{}'", rest);
}

/// An integer as ClickHouse reads a setting: an optional sign, digits, then an optional size
/// suffix k, K, M, G or T (powers of 1000), with i for powers of 1024 (Ki, Mi...).
template <typename T> T parseInteger(std::string_view text)
{
    if (text.empty())
        throw Exception(ErrorCodes::ATTEMPT_TO_READ_AFTER_EOF, "Attempt to read after eof");
    std::string_view digits = text;
    if (digits.front() == '+')
        digits.remove_prefix(1);
    if constexpr (std::is_unsigned_v<T>)
        if (!digits.empty() && digits.front() == '-')
            throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Unsigned type must not contain '-' symbol");
    T value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range)
        throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse number {}: it is out of range", text);
    if (ec != std::errc())
        throwExpectedEof(text);
    std::string_view rest(end, digits.data() + digits.size() - end);
    if (rest.empty())
        return value;
    int power = 0;
    switch (rest.front())
    {
        case 'k':
        case 'K':
            power = 1;
            break;
        case 'M':
            power = 2;
            break;
        case 'G':
            power = 3;
            break;
        case 'T':
            power = 4;
            break;
        default:
            throwExpectedEof(rest);
    }
    rest.remove_prefix(1);
    T base = 1000;
    if (!rest.empty() && rest.front() == 'i')
    {
        base = 1024;
        rest.remove_prefix(1);
    }
    if (!rest.empty())
        throwExpectedEof(rest);
    for (int i = 0; i < power; ++i)
        value *= base;
    return value;
}

double parseFloat(std::string_view text)
{
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || text.empty())
        throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot read floating point value here: {}", text);
    if (end != text.data() + text.size())
        throwExpectedEof(std::string_view(end, text.data() + text.size() - end));
    return value;
}

bool parseBool(std::string_view text)
{
    if (text == "1" || equalsIgnoreCase(text, "true"))
        return true;
    if (text == "0" || equalsIgnoreCase(text, "false"))
        return false;
    throw Exception(ErrorCodes::CANNOT_PARSE_BOOL, "Cannot parse bool from string '{}'", text);
}

std::string normalizeEnum(const CatalogEnumType & enum_type, std::string_view text)
{
    auto check = [&](std::string_view value)
    {
        std::string quoted = fmt::format("'{}'", value);
        for (size_t pos = enum_type.values.find(quoted); pos != std::string_view::npos; pos = enum_type.values.find(quoted, pos + 1))
            if ((pos == 0 || enum_type.values[pos - 1] == ' ')
                && (pos + quoted.size() == enum_type.values.size() || enum_type.values[pos + quoted.size()] == ','))
                return;
        throw Exception(enum_type.error_code, "Unexpected value of {}: '{}'. Must be one of [{}]", enum_type.type, value, enum_type.values);
    };
    if (!enum_type.accepts_list)
    {
        check(text);
        return std::string(text);
    }
    /// "hash, parallel_hash" is shown as "hash,parallel_hash".
    std::string normalized;
    size_t start = 0;
    while (start <= text.size())
    {
        size_t comma = std::min(text.find(',', start), text.size());
        std::string_view value = text.substr(start, comma - start);
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        if (!value.empty())
        {
            check(value);
            normalized += normalized.empty() ? "" : ",";
            normalized += value;
        }
        start = comma + 1;
    }
    return normalized;
}

/// ClickHouse's name of the C++ type a setting's number is held in, for its conversion errors.
std::string_view numberTypeName(std::string_view type)
{
    if (isBoolType(type))
        return "bool";
    if (type == "Int32")
        return "int";
    return isSignedType(type) ? "long" : "unsigned long";
}

/// How a literal converts to `type`: the Auto types take numbers as their plain counterparts do.
SettingValueKind literalKind(std::string_view type)
{
    if (isUnsignedType(type))
        return SettingValueKind::Unsigned;
    if (isSignedType(type))
        return SettingValueKind::Signed;
    if (isFloatType(type))
        return SettingValueKind::Float;
    if (isBoolType(type))
        return SettingValueKind::Bool;
    return SettingValueKind::Text;
}

/// An integer Field as a value of an integer or Bool type, checked against the type's range.
std::string integerFieldText(std::string_view type, const Field & value)
{
    bool is_negative = value.which() == Field::Which::Int64 && value.get<Int64>() < 0;
    std::string text = value.which() == Field::Which::Int64 ? std::to_string(value.get<Int64>()) : std::to_string(value.get<UInt64>());
    bool out_of_range = false;
    if (isBoolType(type))
        out_of_range = is_negative || (text != "0" && text != "1");
    else if (isUnsignedType(type))
        out_of_range = is_negative;
    else if (value.which() == Field::Which::UInt64)
        out_of_range
            = value.get<UInt64>() > UInt64(type == "Int32" ? std::numeric_limits<Int32>::max() : std::numeric_limits<Int64>::max());
    else if (type == "Int32")
        out_of_range = value.get<Int64>() < std::numeric_limits<Int32>::min() || value.get<Int64>() > std::numeric_limits<Int32>::max();
    if (out_of_range)
        throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Field value {} is out of range of {} type", text, numberTypeName(type));
    return text;
}
}

std::string normalizeSettingText(std::string_view type, std::string_view text)
{
    if (isAutoType(type) && (text == "auto" || (type == "MaxThreads" && text.starts_with("auto("))))
        return type == "MaxThreads" ? std::string("0") : std::string("auto");
    if (isUnsignedType(type))
    {
        UInt64 value = parseInteger<UInt64>(text);
        if (type == "NonZeroUInt64" && value == 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "A setting's value has to be greater than 0");
        return std::to_string(value);
    }
    if (isSignedType(type))
        return integerFieldText(type, Field(parseInteger<Int64>(text)));
    if (isFloatType(type))
        return fmt::format("{}", parseFloat(text));
    if (isBoolType(type))
        return parseBool(text) ? "1" : "0";
    if (type == "Char")
    {
        if (text.size() > 1)
            throw Exception(
                ErrorCodes::SIZE_OF_FIXED_STRING_DOESNT_MATCH, "A setting's value string has to be an exactly one character long");
        return std::string(text);
    }
    if (type == "Timezone")
    {
        if (!text.empty())
        {
            try
            {
                DateLUT::instance(std::string(text));
            }
            catch (const Exception &)
            {
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Invalid time zone: {}", text);
            }
        }
        return std::string(text);
    }
    if (type == "Map")
    {
        if (text.empty())
            return "{}";
        if (text.front() != '{')
            throw Exception(ErrorCodes::CANNOT_PARSE_INPUT_ASSERTION_FAILED, "Cannot parse input: expected '{{' before: '{}'", text);
        return std::string(text);
    }
    if (const auto * enum_type = findCatalogEnumType(type))
        return normalizeEnum(*enum_type, text);
    return std::string(text);
}

std::string normalizeSettingField(std::string_view type, const Field & value)
{
    Field::Which which = value.which();
    if (which == Field::Which::Null)
        throw Exception(
            ErrorCodes::CANNOT_CONVERT_TYPE, "Invalid value NULL of the setting, which needs {}",
            literalKind(type) == SettingValueKind::Text ? "string" : numberTypeName(type));
    if (which == Field::Which::String)
        return normalizeSettingText(type, value.get<std::string>());
    SettingValueKind kind = literalKind(type);
    if (kind == SettingValueKind::Text)
        throw Exception(ErrorCodes::BAD_GET, "Bad get: has {}, requested {}", fieldTypeName(value.which()), type == "Map" ? "Map" : "String");
    if (which == Field::Which::Bool)
        return normalizeSettingText(type, value.get<bool>() ? "1" : "0");
    if (which == Field::Which::Float64)
    {
        double number = value.get<Float64>();
        if (kind == SettingValueKind::Float)
            return fmt::format("{}", number);
        double truncated = std::trunc(number);
        bool fits = kind == SettingValueKind::Bool ? (number == 0 || number == 1)
            : kind == SettingValueKind::Unsigned   ? (truncated >= 0 && truncated < 18446744073709551616.0)
                                                   : (truncated >= -9223372036854775808.0 && truncated < 9223372036854775808.0);
        if (!std::isfinite(number) || !fits)
            throw Exception(ErrorCodes::CANNOT_CONVERT_TYPE, "Cannot convert out of range floating point value to integer type");
        Field integer = kind == SettingValueKind::Signed ? Field(static_cast<Int64>(truncated)) : Field(static_cast<UInt64>(truncated));
        return normalizeSettingText(type, integerFieldText(type, integer));
    }
    if (which == Field::Which::UInt64 || which == Field::Which::Int64)
    {
        if (kind == SettingValueKind::Float)
            return fmt::format("{}", which == Field::Which::UInt64 ? double(value.get<UInt64>()) : double(value.get<Int64>()));
        return normalizeSettingText(type, integerFieldText(type, value));
    }
    throw Exception(ErrorCodes::BAD_GET, "Bad get: has {}, requested {}", fieldTypeName(value.which()), type);
}

size_t autoThreadCount()
{
    /// hardware_concurrency() reads /sys on every call; the number of cores does not change.
    static const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return cores;
}

std::string displaySettingValue(std::string_view type, const std::string & value)
{
    if (type == "MaxThreads" && value == "0")
        return fmt::format("auto({})", autoThreadCount());
    return value;
}

SettingValueKind settingValueKind(std::string_view type)
{
    /// An Auto type's value may be the word auto.
    return isAutoType(type) && type != "MaxThreads" ? SettingValueKind::Text : literalKind(type);
}
}
