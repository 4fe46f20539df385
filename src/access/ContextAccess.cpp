#include "access/ContextAccess.h"

#include "base/Exception.h"

namespace datastore::access
{
namespace
{
/// The system databases anyone may read, as ClickHouse 24.x (select_from_system_db_requires_grant off).
bool isSystemDatabase(const std::string & database)
{
    return database == "system" || database == "information_schema" || database == "INFORMATION_SCHEMA";
}
}

ContextAccess::ContextAccess(std::shared_ptr<const UsersModel> model_, const User & user_, std::shared_ptr<QuotaUsage> quota_)
    : model(std::move(model_)), user(user_), quota(std::move(quota_))
{
}

std::vector<std::pair<std::string, std::string>> ContextAccess::getProfileSettings() const
{
    std::vector<std::pair<std::string, std::string>> settings;
    if (model->profiles.contains(model->default_profile))
        settings = model->resolveProfile(model->default_profile);
    if (!user.profile.empty())
    {
        auto own = model->resolveProfile(user.profile);
        settings.insert(settings.end(), own.begin(), own.end());
    }
    return settings;
}

void ContextAccess::checkAccess(AccessType type, const std::string & database, const std::string & table) const
{
    if (!user.allowed_databases)
        return;
    if (user.allowed_databases->contains(database))
        return;
    if (type == AccessType::Select && isSystemDatabase(database))
        return;
    throw Exception(ErrorCodes::ACCESS_DENIED, "{}: Not enough privileges. To execute this query, it's necessary to have the grant {} ON {}.{}",
                    user.name, accessTypeName(type), database, table.empty() ? "*" : table);
}
}
