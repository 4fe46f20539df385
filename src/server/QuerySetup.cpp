#include "server/QuerySetup.h"

#include <fmt/format.h>
#include <random>

#include "access/AccessControl.h"
#include "access/ContextAccess.h"
#include "base/Exception.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/SettingsChangeCheck.h"

namespace datastore::server
{
std::shared_ptr<const access::ContextAccess> authenticate(interpreters::ServerContext & server, const std::string & user,
                                                          const std::string & password, const std::string & client_address)
{
    return server.getAccessControl()->authenticate(user, password, client_address);
}

interpreters::Session startSession(interpreters::ServerContext & server, const access::ContextAccess & access)
{
    interpreters::Session session;
    session.settings = server.getDefaultSettings();
    for (const auto & [name, value] : access.getProfileSettings())
        session.settings.set(std::string_view(name), std::string_view(value));
    if (!access.getUser().default_database.empty())
        session.current_database = access.getUser().default_database;
    return session;
}

void applySessionRoles(interpreters::QueryContext & context)
{
    if (context.access && context.session && context.session->current_roles)
        context.access = context.access->withCurrentRoles(*context.session->current_roles);
}

std::string generateQueryId()
{
    static thread_local std::mt19937_64 random(std::random_device{}());
    UInt64 high = random();
    UInt64 low = random();
    high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xffff, high & 0xffff, low >> 48,
                       low & 0xffffffffffffULL);
}

void useDatabase(interpreters::QueryContext & context, const std::string & database)
{
    context.getCatalog().getDatabase(database);
    context.current_database = database;
}

void applyClientSetting(interpreters::QueryContext & context, const std::string & name, const std::string & value)
{
    interpreters::Settings changed = context.settings;
    changed.set(std::string_view(name), std::string_view(value));
    interpreters::checkSettingChange(context.settings, changed, name);
    if (context.access)
        context.access->checkSettingConstraint(name, context.settings, changed);
    context.settings = std::move(changed);
}
}
