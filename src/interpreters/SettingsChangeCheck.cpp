#include "interpreters/SettingsChangeCheck.h"

#include "base/Exception.h"

namespace datastore::interpreters
{
void checkSettingChange(const Settings & current, const Settings & changed, std::string_view name)
{
    if (!current.readonly || changed.getString(name) == current.getString(name))
        return;
    if (current.readonly == 1 || (name == "readonly" && changed.readonly == 0))
        throw Exception(ErrorCodes::READONLY, "Cannot modify '{}' setting in readonly mode", name);
}
}
