// The settings of one query: the settings we act on as typed members (SettingsList.h), the
// values of the other ClickHouse settings (SettingsCatalog.h), and which were changed. Values
// come as text (URL parameters, SET, profiles) or Fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/Field.h"
#include "interpreters/SettingsList.h"

namespace datastore::interpreters
{
using SettingUInt64 = UInt64;
using SettingInt64 = Int64;
using SettingBool = bool;
using SettingFloat = double;
using SettingString = std::string;
using SettingSeconds = UInt64;

struct Settings
{
#define DATASTORE_DECLARE_SETTING(TYPE, NAME, DEFAULT, DESCRIPTION) Setting##TYPE NAME = DEFAULT;
    DATASTORE_SETTINGS(DATASTORE_DECLARE_SETTING)
#undef DATASTORE_DECLARE_SETTING

    /// Sets by name from text ("1", "true", "'abc'" unquoted by the caller) or a Field. An alias sets
    /// the setting it stands for. Throws UNKNOWN_SETTING for unknown names and ClickHouse's parse
    /// errors (SettingTypes.h) for values the setting's type does not accept.
    void set(std::string_view name, std::string_view value);
    void set(std::string_view name, const Field & value);
    /// Current value as ClickHouse shows it in system.settings (MaxThreads auto as 0).
    std::string getString(std::string_view name) const;
    bool isChanged(std::string_view name) const;

    static bool isKnown(std::string_view name);
    /// The setting `name` stands for: an alias's target, else `name` itself.
    static std::string_view canonicalName(std::string_view name);

    /// One row of system.settings, without the current value.
    struct Description
    {
        std::string_view name;
        std::string_view type; /// ClickHouse's type name.
        std::string default_value;
        std::string description;
        std::string_view alias_for;
        bool is_obsolete = false;
    };
    /// Every known setting, sorted by name.
    static const std::vector<Description> & all();
    /// The row of `name`, or nullptr.
    static const Description * find(std::string_view name);

    /// max_threads with 0 resolved to the number of cores.
    size_t maxThreads() const;

private:
    /// Stores a checked value into the typed member or, for a setting we do not act on, among
    /// inert_values.
    void store(std::string_view name, const std::string & value);

    std::vector<std::string> changed;
    /// Changed settings that have no typed member: name (from the catalog) and value.
    std::vector<std::pair<std::string_view, std::string>> inert_values;
};
}
