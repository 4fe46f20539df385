// What readonly allows a query to change, wherever a setting comes from (URL parameters, the
// native protocol, SET, a SETTINGS clause): with readonly = 1 nothing, with readonly = 2
// anything but lowering readonly to 0. A value equal to the current one is no change.
#pragma once

#include <string_view>

#include "interpreters/Settings.h"

namespace datastore::interpreters
{
/// `changed` is `current` with the setting `name` set to its new value; throws READONLY.
void checkSettingChange(const Settings & current, const Settings & changed, std::string_view name);
}
