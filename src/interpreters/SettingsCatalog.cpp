#include "interpreters/SettingsCatalog.h"

#include "base/ErrorCodes.h"

#include <algorithm>
#include <array>

namespace datastore::interpreters
{
namespace
{
constexpr std::array kSettings = {
#define DATASTORE_CATALOG_SETTING(NAME, TYPE, DEFAULT, ALIAS_FOR, IS_OBSOLETE)                                                             \
    CatalogSetting { #NAME, #TYPE, DEFAULT, ALIAS_FOR, IS_OBSOLETE },
#include "interpreters/ClickHouseSettingsCatalog.inc"
#undef DATASTORE_CATALOG_SETTING
};

constexpr std::array kEnumTypes = {
#define DATASTORE_SETTING_ENUM(TYPE, CODE, ACCEPTS_LIST, VALUES) CatalogEnumType { #TYPE, ErrorCodes::CODE, ACCEPTS_LIST, VALUES },
#include "interpreters/ClickHouseSettingsCatalog.inc"
#undef DATASTORE_SETTING_ENUM
};

static_assert(std::is_sorted(kSettings.begin(), kSettings.end(), [](const auto & a, const auto & b) { return a.name < b.name; }));
}

std::span<const CatalogSetting> catalogSettings()
{
    return kSettings;
}

const CatalogSetting * findCatalogSetting(std::string_view name)
{
    auto it = std::lower_bound(
        kSettings.begin(), kSettings.end(), name, [](const CatalogSetting & setting, std::string_view key) { return setting.name < key; });
    return it != kSettings.end() && it->name == name ? &*it : nullptr;
}

const CatalogEnumType * findCatalogEnumType(std::string_view type)
{
    for (const auto & enum_type : kEnumTypes)
        if (enum_type.type == type)
            return &enum_type;
    return nullptr;
}
}
