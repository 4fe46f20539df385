#include "interpreters/Settings.h"

#include <algorithm>
#include <charconv>

#include "base/Exception.h"
#include "interpreters/SettingTypes.h"
#include "interpreters/SettingsCatalog.h"

namespace datastore::interpreters
{
namespace
{
/// Values reach the typed members checked and normalized against their ClickHouse type
/// (SettingTypes.h): a failure here means SettingsList.h gives a member a type too narrow for it.
[[noreturn]] void throwNarrowType(std::string_view name, std::string_view text)
{
    throw Exception(ErrorCodes::LOGICAL_ERROR, "Value '{}' of setting {} does not fit its member in Settings", text, name);
}

void parseValue(std::string_view name, std::string_view text, UInt64 & out)
{
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec == std::errc() && result.ptr == text.data() + text.size())
        return;
    /// Seconds are fractional in ClickHouse (max_execution_time = 1.5); we keep whole seconds.
    double as_double = 0;
    auto float_result = std::from_chars(text.data(), text.data() + text.size(), as_double);
    if (float_result.ec != std::errc() || float_result.ptr != text.data() + text.size() || as_double < 0)
        throwNarrowType(name, text);
    out = static_cast<UInt64>(as_double);
}

void parseValue(std::string_view name, std::string_view text, Int64 & out)
{
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        throwNarrowType(name, text);
}

void parseValue(std::string_view name, std::string_view text, bool & out)
{
    if (text != "0" && text != "1")
        throwNarrowType(name, text);
    out = text == "1";
}

void parseValue(std::string_view name, std::string_view text, double & out)
{
    auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        throwNarrowType(name, text);
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

[[noreturn]] void throwUnknownSetting(std::string_view name)
{
    throw Exception(ErrorCodes::UNKNOWN_SETTING,
                    "Setting {} is neither a builtin setting nor started with the prefix 'custom_' registered for user-defined settings", name);
}
}

void Settings::set(std::string_view name, std::string_view value)
{
    const Description * description = find(canonicalName(name));
    if (!description)
        throwUnknownSetting(name);
    store(description->name, normalizeSettingText(description->type, value));
}

void Settings::set(std::string_view name, const Field & value)
{
    const Description * description = find(canonicalName(name));
    if (!description)
        throwUnknownSetting(name);
    store(description->name, normalizeSettingField(description->type, value));
}

void Settings::store(std::string_view name, const std::string & value)
{
    if (std::find(changed.begin(), changed.end(), name) == changed.end())
        changed.emplace_back(name);
#define DATASTORE_SET_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) \
    if (name == #NAME) \
    { \
        parseValue(name, value, NAME); \
        return; \
    }
    DATASTORE_SETTINGS(DATASTORE_SET_SETTING)
#undef DATASTORE_SET_SETTING
    for (auto & [inert_name, inert_value] : inert_values)
        if (inert_name == name)
        {
            inert_value = value;
            return;
        }
    inert_values.emplace_back(name, value);
}

std::string Settings::getString(std::string_view name) const
{
    name = canonicalName(name);
#define DATASTORE_GET_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) \
    if (name == #NAME) \
        return showValue(NAME);
    DATASTORE_SETTINGS(DATASTORE_GET_SETTING)
#undef DATASTORE_GET_SETTING
    for (const auto & [inert_name, inert_value] : inert_values)
        if (inert_name == name)
            return inert_value;
    if (const auto * setting = findCatalogSetting(name))
        return std::string(setting->default_value);
    throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}'", name);
}

bool Settings::isChanged(std::string_view name) const
{
    return std::find(changed.begin(), changed.end(), canonicalName(name)) != changed.end();
}

bool Settings::isKnown(std::string_view name)
{
    return find(canonicalName(name)) != nullptr;
}

std::string_view Settings::canonicalName(std::string_view name)
{
    const auto * setting = findCatalogSetting(name);
    return setting && !setting->alias_for.empty() ? setting->alias_for : name;
}

const std::vector<Settings::Description> & Settings::all()
{
    static const std::vector<Description> descriptions = []
    {
        std::vector<Description> result;
        const Settings defaults;
        for (const auto & setting : catalogSettings())
        {
            Description description{setting.name, setting.type, std::string(setting.default_value), "", setting.alias_for, setting.is_obsolete};
            if (!setting.alias_for.empty())
                description.description = fmt::format("Another name of {}.", setting.alias_for);
            else if (setting.is_obsolete)
                description.description = "Obsolete in ClickHouse: accepted and ignored.";
            else
                description.description = "A ClickHouse setting accepted for compatibility; it has no effect here.";
            result.push_back(std::move(description));
        }
        auto described = [&](std::string_view name) -> Description &
        {
            auto it = std::lower_bound(result.begin(), result.end(), name, [](const Description & d, std::string_view key) { return d.name < key; });
            if (it == result.end() || it->name != name)
                throw Exception(ErrorCodes::LOGICAL_ERROR, "Setting {} of SettingsList.h is missing from the ClickHouse catalog", name);
            return *it;
        };
        /// Typed members keep the defaults and descriptions of SettingsList.h.
#define DATASTORE_DESCRIBE_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) \
    described(#NAME).default_value = showValue(defaults.NAME); \
    described(#NAME).description = DESCRIPTION;
        DATASTORE_SETTINGS(DATASTORE_DESCRIBE_SETTING)
#undef DATASTORE_DESCRIBE_SETTING
        return result;
    }();
    return descriptions;
}

const Settings::Description * Settings::find(std::string_view name)
{
    const auto & descriptions = all();
    auto it = std::lower_bound(descriptions.begin(), descriptions.end(), name, [](const Description & d, std::string_view key) { return d.name < key; });
    return it != descriptions.end() && it->name == name ? &*it : nullptr;
}

size_t Settings::maxThreads() const
{
    return max_threads ? max_threads : autoThreadCount();
}
}
