// What one logged-in user may do, fixed at login: the settings their profiles give, their
// current database to start with, the databases they may use, and their quota's counters.
// Every query of the session checks its tables against it.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "access/AccessType.h"
#include "access/Quota.h"
#include "access/UsersModel.h"

namespace datastore::access
{
class ContextAccess
{
public:
    /// `quota` may be null (no quota). Keeps `model` alive for `user`.
    ContextAccess(std::shared_ptr<const UsersModel> model_, const User & user_, std::shared_ptr<QuotaUsage> quota_);

    const std::string & getUserName() const { return user.name; }
    const User & getUser() const { return user; }
    /// Settings to apply when a session starts: the default profile's, then the user's profile's.
    std::vector<std::pair<std::string, std::string>> getProfileSettings() const;
    /// Null when the user has no quota.
    QuotaUsage * getQuota() const { return quota.get(); }

    /// Throws ACCESS_DENIED, with ClickHouse's message naming the grant that is missing, when
    /// the user may not do `type` on `database`.`table` (`table` empty for the whole database).
    void checkAccess(AccessType type, const std::string & database, const std::string & table = {}) const;

private:
    std::shared_ptr<const UsersModel> model;
    const User & user;
    std::shared_ptr<QuotaUsage> quota;
};
}
