#include "interpreters/Settings.h"

#include <algorithm>
#include <charconv>
#include <thread>

#include "base/Exception.h"

namespace datastore::interpreters
{
namespace
{
std::string toLower(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower;
}

void parseValue(std::string_view name, std::string_view text, UInt64 & out)
{
    std::string lower = toLower(text);
    if (lower == "true")
    {
        out = 1;
        return;
    }
    if (lower == "false")
    {
        out = 0;
        return;
    }
    /// ClickHouse accepts floats for integer settings (max_execution_time = 1.5 rounds down).
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
    {
        double as_double = 0;
        auto float_result = std::from_chars(text.data(), text.data() + text.size(), as_double);
        if (float_result.ec != std::errc() || float_result.ptr != text.data() + text.size() || as_double < 0)
            throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse '{}' as UInt64 for setting {}", text, name);
        out = static_cast<UInt64>(as_double);
    }
}

void parseValue(std::string_view name, std::string_view text, Int64 & out)
{
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse '{}' as Int64 for setting {}", text, name);
}

void parseValue(std::string_view name, std::string_view text, bool & out)
{
    std::string lower = toLower(text);
    if (lower == "1" || lower == "true")
        out = true;
    else if (lower == "0" || lower == "false")
        out = false;
    else
        throw Exception(ErrorCodes::CANNOT_PARSE_BOOL, "Cannot parse bool from string '{}' for setting {}", text, name);
}

void parseValue(std::string_view name, std::string_view text, double & out)
{
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        throw Exception(ErrorCodes::CANNOT_PARSE_NUMBER, "Cannot parse '{}' as Float64 for setting {}", text, name);
}

void parseValue(std::string_view, std::string_view text, std::string & out)
{
    out = std::string(text);
}

std::string showValue(UInt64 value) { return std::to_string(value); }
std::string showValue(Int64 value) { return std::to_string(value); }
std::string showValue(bool value) { return value ? "1" : "0"; }
std::string showValue(double value) { return fmt::format("{}", value); }
std::string showValue(const std::string & value) { return value; }

std::string fieldToSettingText(const Field & value)
{
    switch (value.which())
    {
        case Field::Which::String: return value.get<std::string>();
        case Field::Which::Bool: return value.get<bool>() ? "1" : "0";
        case Field::Which::Float64: return fmt::format("{}", value.get<Float64>());
        default: return value.dump();
    }
}
}

void Settings::set(std::string_view name, std::string_view value)
{
#define DATASTORE_SET_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) \
    if (name == #NAME) \
    { \
        parseValue(name, value, NAME); \
        if (std::find(changed.begin(), changed.end(), #NAME) == changed.end()) \
            changed.emplace_back(#NAME); \
        return; \
    }
    DATASTORE_SETTINGS(DATASTORE_SET_SETTING)
#undef DATASTORE_SET_SETTING
    throw Exception(ErrorCodes::UNKNOWN_SETTING, "Setting {} is neither a builtin setting nor started with the prefix 'custom_' registered for user-defined settings",
                    name);
}

void Settings::set(std::string_view name, const Field & value)
{
    set(name, std::string_view(fieldToSettingText(value)));
}

std::string Settings::getString(std::string_view name) const
{
#define DATASTORE_GET_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) \
    if (name == #NAME) \
        return showValue(NAME);
    DATASTORE_SETTINGS(DATASTORE_GET_SETTING)
#undef DATASTORE_GET_SETTING
    throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting {}", name);
}

bool Settings::isChanged(std::string_view name) const
{
    return std::find(changed.begin(), changed.end(), name) != changed.end();
}

bool Settings::isKnown(std::string_view name)
{
    for (const auto & description : all())
        if (description.name == name)
            return true;
    return false;
}

const std::vector<Settings::Description> & Settings::all()
{
    static const std::vector<Description> descriptions = {
#define DATASTORE_DESCRIBE_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) {#NAME, #TYPE, #DEFAULT, DESCRIPTION},
        DATASTORE_SETTINGS(DATASTORE_DESCRIBE_SETTING)
#undef DATASTORE_DESCRIBE_SETTING
    };
    return descriptions;
}

size_t Settings::maxThreads() const
{
    if (max_threads)
        return max_threads;
    /// hardware_concurrency() reads /sys on every call; the number of cores does not change.
    static const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return cores;
}
}
