// The access entities SQL created, on disk (<access_control_path>, by default <path>/access/):
// one file per entity, named for its kind and escaped name (user_alice.sql,
// row_policy_p%20ON%20db%2Et.sql), holding the statements that recreate it, one a line: its CREATE statement (with the
// password's hash), then its GRANTs. Files are replaced atomically (temporary file, fsync,
// rename, fsync of the directory), so a crash leaves the old or the new version.
#pragma once

#include <map>
#include <string>

#include "access/UsersModel.h"

namespace datastore::access
{
class AccessDirectory
{
public:
    /// Creates the directory if missing.
    explicit AccessDirectory(std::string path_);

    const std::string & getPath() const { return path; }

    /// Replays every file into SQL entities: first the CREATE statements of roles, profiles,
    /// users, quotas and row policies, then the GRANTs. Throws INCORRECT_ACCESS_ENTITY_DEFINITION
    /// naming the file for a file that does not parse or apply.
    UsersModel load(const UsersModel & config_entities);

    /// Writes the files whose entities changed since the last load or store, and removes
    /// those of entities that are gone.
    void store(const UsersModel & entities);

    /// File name -> content, for every SQL entity.
    static std::map<std::string, std::string> filesOf(const UsersModel & entities);

private:
    std::string path;
    std::map<std::string, std::string> stored;
};
}
