// The user and password of an HTTP request, from wherever ClickHouse takes them: HTTP basic
// authentication, the X-ClickHouse-User/X-ClickHouse-Key headers, or the user/password URL
// parameters; `default` with no password when none is given.
#pragma once

#include <string>

#include "server/HttpRequest.h"

namespace datastore::server
{
struct HttpCredentials
{
    std::string user = "default";
    std::string password;
};

/// Throws AUTHENTICATION_FAILED when a request gives credentials in more than one way, or a
/// malformed Authorization header, as ClickHouse does.
HttpCredentials credentialsOf(const HttpRequest & request);
}
