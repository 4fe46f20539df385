// The settings of one query: every known ClickHouse setting as a typed member, plus
// whether it was changed. Values come as text (URL parameters, SET, profiles) or Fields.
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

    /// Sets by name from text ("1", "true", "'abc'" unquoted by the caller) or a Field.
    /// Throws UNKNOWN_SETTING for unknown names and CANNOT_PARSE_* / TYPE_MISMATCH for bad values.
    void set(std::string_view name, std::string_view value);
    void set(std::string_view name, const Field & value);
    /// Current value as ClickHouse shows it in system.settings.
    std::string getString(std::string_view name) const;
    bool isChanged(std::string_view name) const;

    static bool isKnown(std::string_view name);

    struct Description
    {
        std::string_view name;
        std::string_view type;
        std::string_view default_value;
        std::string_view description;
    };
    static const std::vector<Description> & all();

    /// max_threads with 0 resolved to the number of cores.
    size_t maxThreads() const;

private:
    std::vector<std::string> changed;
};
}
