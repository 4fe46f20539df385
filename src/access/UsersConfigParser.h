// Reads users, profiles and quotas from a users configuration (users.xml with users.d/, or
// the server's own config.xml) into a UsersModel, checking everything at load: an unknown
// element, setting or profile, a malformed hash or subnet fails naming the file and element.
#pragma once

#include <string>

#include "access/UsersModel.h"

namespace datastore::server
{
class Config;
}

namespace datastore::access
{
/// `default_profile` is the server's <default_profile>, applied to every session first.
UsersModel parseUsersModel(const server::Config & config, const std::string & default_profile);
}
