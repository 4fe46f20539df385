// The server's users: where they are configured (users.xml and users.d/, <users_config>,
// <user_directories>, or config.xml itself), the entities SQL created (kept in the access
// directory), logging in, and the quota counters of each user. The users files are re-read
// when they change, without a restart; a change that does not load leaves the previous users
// in place.
#pragma once

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "access/AccessDirectory.h"
#include "access/ContextAccess.h"
#include "access/UsersModel.h"
#include "sql/IAST.h"

namespace datastore::server
{
class Config;
}

namespace datastore::access
{
class AccessControl
{
public:
    /// Loads the users `main_config` points to, or the embedded users (`default` without a
    /// password, from the local host only) when it names none, and the SQL entities of
    /// <access_control_path> (default <path>/access/). Throws on a users file that does not
    /// load, naming the file and element, and on an access file that does not parse.
    explicit AccessControl(const server::Config & main_config);
    ~AccessControl();

    /// The access of `user` logging in with `password` from `client_address` (empty for the
    /// local process). Throws AUTHENTICATION_FAILED, with the same message whatever failed.
    std::shared_ptr<const ContextAccess> authenticate(const std::string & user, const std::string & password,
                                                      const std::string & client_address);

    /// Every entity: users.xml's and those of SQL.
    std::shared_ptr<const UsersModel> getModel() const;
    /// The entities of SQL alone.
    std::shared_ptr<const UsersModel> getSqlEntities() const;

    /// Runs a statement of access control (CREATE USER, GRANT, ...) and stores what changed
    /// before it returns. Statements run one at a time; a failing one changes nothing.
    void execute(const sql::IAST & statement, const std::string & current_database);
    /// The users file ("" for the embedded users).
    const std::string & getUsersPath() const { return users_path; }

    /// Re-reads the users files if any of them changed since they were last read. Returns
    /// whether new users were loaded; throws if the changed files do not load.
    bool reloadIfChanged();
    /// Checks the files every `period` in a background thread until destruction.
    void startWatching(std::chrono::milliseconds period);

private:
    std::shared_ptr<QuotaUsage> quotaUsageFor(const UsersModel & model, const User & user, const std::string & client_address);
    std::string filesSignature() const;
    /// Publishes users.xml's entities with those of SQL as the model. Needs `mutex`.
    void publish();

    std::string users_path;
    std::string include_from;
    std::string default_profile;

    mutable std::mutex mutex;
    std::shared_ptr<const UsersModel> model;
    std::shared_ptr<const UsersModel> config_model;
    std::shared_ptr<const UsersModel> sql_entities;
    /// Held while a statement changes the SQL entities and their files.
    std::mutex statement_mutex;
    std::unique_ptr<AccessDirectory> directory;
    std::string loaded_signature;
    /// Counters by (quota, key: the user, or what KEYED BY names); kept across reloads while
    /// the quota's definition stays.
    std::map<std::pair<std::string, std::string>, std::shared_ptr<QuotaUsage>> quota_usage;

    std::mutex watcher_mutex;
    std::condition_variable watcher_wakeup;
    bool is_stopping = false;
    std::thread watcher;
};
}
