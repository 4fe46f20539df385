// One element of a SETTINGS clause of CREATE USER / ROLE / SETTINGS PROFILE: a setting's value
// and its constraint (MIN, MAX, CONST), or a profile to inherit.
#pragma once

#include <optional>
#include <string>

#include "base/Field.h"

namespace datastore::access
{
struct SettingsProfileElement
{
    /// PROFILE 'name' / INHERIT 'name'; the rest is empty then.
    std::string parent_profile;
    std::string setting;
    std::optional<Field> value;
    std::optional<Field> min;
    std::optional<Field> max;
    /// "", "CONST", "WRITABLE" or "CHANGEABLE_IN_READONLY" (READONLY is written as CONST).
    std::string writability;
};
}
