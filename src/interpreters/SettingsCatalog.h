// Every query-level setting of ClickHouse 24.8 with its type and default, generated into
// ClickHouseSettingsCatalog.inc. A name found here is accepted wherever settings are given; the
// few settings we act on are also typed members of Settings (SettingsList.h).
#pragma once

#include <span>
#include <string_view>

namespace datastore::interpreters
{
struct CatalogSetting
{
    std::string_view name;
    std::string_view type; /// ClickHouse's name of the type: UInt64, Bool, Seconds, JoinAlgorithm...
    std::string_view default_value; /// As Settings::getString gives it; 0 for MaxThreads auto.
    std::string_view alias_for; /// The setting this name stands for, or empty.
    bool is_obsolete;
};

/// All settings, sorted by name.
std::span<const CatalogSetting> catalogSettings();

/// The setting called `name`, or nullptr.
const CatalogSetting * findCatalogSetting(std::string_view name);

/// The values an enum-like type accepts, as its error lists them, and its error code; nullptr for
/// the other types.
struct CatalogEnumType
{
    std::string_view type;
    int error_code;
    bool accepts_list; /// "hash,parallel_hash": several values, separated by commas.
    std::string_view values; /// "'a', 'b', 'c'"
};
const CatalogEnumType * findCatalogEnumType(std::string_view type);
}
