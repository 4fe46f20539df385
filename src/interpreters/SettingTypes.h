// What a value of each ClickHouse setting type may be (UInt64, Bool, Seconds, MaxThreads, Char,
// Timezone, JoinAlgorithm...), checked with ClickHouse's errors, and the text system.settings
// shows for it. Settings::set checks every value here before storing it.
#pragma once

#include "base/Field.h"

#include <string>
#include <string_view>

namespace datastore::interpreters
{
/// Checks `text` (a URL parameter, a profile, the native protocol) as a value of `type` and returns
/// it as system.settings shows it ("10G" is "10000000000"). Throws ClickHouse's parse errors.
std::string normalizeSettingText(std::string_view type, std::string_view text);

/// The same for a literal of SET or a SETTINGS clause: a number for a string-like type is BAD_GET,
/// a float for an integer type is truncated, a number out of the type's range is CANNOT_CONVERT_TYPE.
std::string normalizeSettingField(std::string_view type, const Field & value);

/// What a MaxThreads setting of 0 (auto) stands for: the number of cores.
size_t autoThreadCount();

/// A stored value as system.settings shows it: MaxThreads 0 is auto(<number of cores>).
std::string displaySettingValue(std::string_view type, const std::string & value);

/// How a value of `type` is typed where it leaves the text form: getSetting() and the binary
/// settings of old native clients.
enum class SettingValueKind
{
    Unsigned,
    Signed,
    Float,
    Bool,
    Text,
};
SettingValueKind settingValueKind(std::string_view type);
}
