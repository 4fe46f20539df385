// What every interface (HTTP, native protocol) does before running a client's query: check
// the user, name the query, take its database and settings from the request.
#pragma once

#include <string>

#include "interpreters/Context.h"

namespace datastore::server
{
/// Only `default` without a password exists for now, accepted from the local host only (the
/// client's address is loopback, or empty for `datastore local`); throws AUTHENTICATION_FAILED
/// otherwise, with the same message whatever failed, as ClickHouse does.
void authenticate(const std::string & user, const std::string & password, const std::string & client_address);

/// A version-4 UUID, as ClickHouse makes query ids.
std::string generateQueryId();

/// Makes `database` the query's current one; throws UNKNOWN_DATABASE.
void useDatabase(interpreters::QueryContext & context, const std::string & database);

/// Applies one setting sent with the query; a readonly query may not lift readonly (READONLY).
void applyClientSetting(interpreters::QueryContext & context, const std::string & name, const std::string & value);
}
