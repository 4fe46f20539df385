// What every interface (HTTP, native protocol) does before running a client's query: check
// the user, name the query, take its database and settings from the request.
#pragma once

#include <memory>
#include <string>

#include "interpreters/Context.h"

namespace datastore::access
{
class ContextAccess;
}

namespace datastore::server
{
/// Checks the credentials against the server's users (AUTHENTICATION_FAILED, with the same
/// message whatever failed, as ClickHouse) and returns what the user may do.
std::shared_ptr<const access::ContextAccess> authenticate(interpreters::ServerContext & server, const std::string & user,
                                                          const std::string & password, const std::string & client_address);

/// The session a user starts with: the server's default settings, then those of the user's
/// profiles; the user's default database, or `default`.
interpreters::Session startSession(interpreters::ServerContext & server, const access::ContextAccess & access);
/// The query's access with the roles its session's SET ROLE enabled.
void applySessionRoles(interpreters::QueryContext & context);

/// A version-4 UUID, as ClickHouse makes query ids.
std::string generateQueryId();

/// Makes `database` the query's current one; throws UNKNOWN_DATABASE.
void useDatabase(interpreters::QueryContext & context, const std::string & database);

/// Applies one setting sent with the query. With readonly = 1 no setting may change, and
/// readonly = 2 may not become 0 (READONLY); a value equal to the current one is accepted.
void applyClientSetting(interpreters::QueryContext & context, const std::string & name, const std::string & value);
}
