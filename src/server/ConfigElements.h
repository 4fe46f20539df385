// The top-level elements a ClickHouse server configuration may hold, so that a misspelt
// element fails at start instead of being ignored.
#pragma once

#include <string_view>

namespace datastore::server
{
/// True for ClickHouse's server-level keys, the sections of a users file (users, profiles,
/// quotas), graphite rollup sections, and any query setting: the Altinity operator writes
/// the `settings:` of a ClickHouseInstallation at the top level, where ClickHouse takes them.
bool isKnownConfigElement(std::string_view name);
}
