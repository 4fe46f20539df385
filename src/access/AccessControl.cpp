#include "access/AccessControl.h"

#include <filesystem>

#include <fmt/format.h>

#include "access/AccessStatements.h"
#include "access/UsersConfigParser.h"
#include "base/Exception.h"
#include "base/Logger.h"
#include "server/Config.h"

namespace fs = std::filesystem;

namespace datastore::access
{
namespace
{
/// The users of a server started without users of its own: ClickHouse's default user, but
/// reachable from this host only.
constexpr const char * kEmbeddedUsers = R"(<clickhouse>
    <profiles>
        <default/>
        <readonly>
            <readonly>1</readonly>
        </readonly>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks>
                <ip>::1</ip>
                <ip>127.0.0.1</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>1</access_management>
        </default>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
            </interval>
        </default>
    </quotas>
</clickhouse>
)";

/// A path from the configuration, relative to the main configuration file's directory.
std::string relativeToConfig(const server::Config & config, const std::string & path)
{
    if (path.empty() || fs::path(path).is_absolute() || config.files().front().empty())
        return path;
    return (fs::path(config.files().front()).parent_path() / path).string();
}

/// Where ClickHouse takes users from: <user_directories><users_xml><path>, else <users_config>,
/// else the main configuration file itself if it has <users>.
std::string usersPathOf(const server::Config & config)
{
    if (auto path = config.get("user_directories.users_xml.path"))
        return relativeToConfig(config, *path);
    if (auto path = config.get("users_config"); path && !path->empty())
        return relativeToConfig(config, *path);
    if (config.has("users"))
        return config.files().front();
    return {};
}

bool sameQuota(const Quota & a, const Quota & b)
{
    if (a.intervals.size() != b.intervals.size())
        return false;
    for (size_t i = 0; i < a.intervals.size(); ++i)
        if (a.intervals[i].duration_seconds != b.intervals[i].duration_seconds || a.intervals[i].max != b.intervals[i].max)
            return false;
    return true;
}

/// <access_control_path>, or <user_directories><local_directory><path>, or <path>/access/.
std::string accessPathOf(const server::Config & config)
{
    if (auto path = config.get("access_control_path"); path && !path->empty())
        return *path;
    if (auto path = config.get("user_directories.local_directory.path"); path && !path->empty())
        return *path;
    std::string data_path = config.getString("path", "./data/");
    if (!data_path.empty() && data_path.back() != '/')
        data_path += '/';
    return data_path + "access/";
}

std::shared_ptr<const UsersModel> loadModel(const std::string & users_path, const std::string & include_from, const std::string & default_profile)
{
    auto config = users_path.empty() ? server::Config::fromXml(kEmbeddedUsers, "<embedded users>") : server::Config::load(users_path, include_from);
    return std::make_shared<const UsersModel>(parseUsersModel(config, default_profile));
}
}

AccessControl::AccessControl(const server::Config & main_config)
    : users_path(usersPathOf(main_config))
    , include_from(main_config.getString("include_from", "/etc/metrika.xml"))
    , default_profile(main_config.getString("default_profile", "default"))
{
    loaded_signature = filesSignature();
    config_model = loadModel(users_path, include_from, default_profile);
    directory = std::make_unique<AccessDirectory>(accessPathOf(main_config));
    sql_entities = std::make_shared<const UsersModel>(directory->load(*config_model));
    publish();
}

void AccessControl::publish()
{
    auto merged = std::make_shared<UsersModel>(*config_model);
    merged->users.insert(sql_entities->users.begin(), sql_entities->users.end());
    merged->profiles.insert(sql_entities->profiles.begin(), sql_entities->profiles.end());
    merged->quotas.insert(sql_entities->quotas.begin(), sql_entities->quotas.end());
    merged->roles = sql_entities->roles;
    merged->row_policies = sql_entities->row_policies;
    model = std::move(merged);
}

std::shared_ptr<const UsersModel> AccessControl::getSqlEntities() const
{
    std::lock_guard lock(mutex);
    return sql_entities;
}

void AccessControl::execute(const sql::IAST & statement, const std::string & current_database)
{
    std::lock_guard statement_lock(statement_mutex);
    std::shared_ptr<const UsersModel> config;
    UsersModel changed;
    {
        std::lock_guard lock(mutex);
        config = config_model;
        changed = *sql_entities;
    }
    applyAccessStatement(changed, *config, statement, current_database);
    directory->store(changed);
    std::lock_guard lock(mutex);
    sql_entities = std::make_shared<const UsersModel>(std::move(changed));
    publish();
}

AccessControl::~AccessControl()
{
    {
        std::lock_guard lock(watcher_mutex);
        is_stopping = true;
    }
    watcher_wakeup.notify_all();
    if (watcher.joinable())
        watcher.join();
}

std::string AccessControl::filesSignature() const
{
    if (users_path.empty())
        return {};
    std::string signature;
    for (const auto & file : server::Config::filesOf(users_path))
    {
        std::error_code error;
        auto time = fs::last_write_time(file, error);
        auto size = fs::file_size(file, error);
        signature += fmt::format("{}:{}:{};", file, time.time_since_epoch().count(), error ? 0 : size);
    }
    return signature;
}

bool AccessControl::reloadIfChanged()
{
    std::string signature = filesSignature();
    {
        std::lock_guard lock(mutex);
        if (signature == loaded_signature)
            return false;
    }
    auto loaded = loadModel(users_path, include_from, default_profile);
    std::lock_guard lock(mutex);
    config_model = std::move(loaded);
    publish();
    loaded_signature = signature;
    return true;
}

void AccessControl::startWatching(std::chrono::milliseconds period)
{
    watcher = std::thread([this, period]
    {
        std::unique_lock lock(watcher_mutex);
        while (!watcher_wakeup.wait_for(lock, period, [this] { return is_stopping; }))
        {
            try
            {
                if (reloadIfChanged())
                    Logger::instance().log(Logger::Level::Information, "AccessControl", fmt::format("Users configuration {} reloaded", users_path));
            }
            catch (...)
            {
                Logger::instance().log(Logger::Level::Error, "AccessControl",
                                       fmt::format("Error updating users configuration {}, the previous users stay: {}", users_path,
                                                   currentExceptionDisplayText()));
                /// Not retried until the files change again.
                std::lock_guard model_lock(mutex);
                loaded_signature = filesSignature();
            }
        }
    });
}

std::shared_ptr<const UsersModel> AccessControl::getModel() const
{
    std::lock_guard lock(mutex);
    return model;
}

std::shared_ptr<QuotaUsage> AccessControl::quotaUsageFor(const UsersModel & current, const User & user, const std::string & client_address)
{
    /// A user of users.xml names their quota; a quota of SQL names its users and roles.
    const Quota * found = nullptr;
    if (!user.is_sql && !user.quota.empty())
        found = &current.quotas.at(user.quota);
    if (user.is_sql)
    {
        auto roles = current.enabledRoles(user.granted_roles, user.default_roles);
        for (const auto & [_, candidate] : current.quotas)
            if (candidate.is_sql && candidate.to.matches(user.name, roles))
            {
                found = &candidate;
                break;
            }
    }
    if (!found)
        return nullptr;
    const Quota & quota = *found;
    std::string key = user.name;
    if (quota.is_sql)
        key = quota.keyed_by.empty() ? "" : quota.keyed_by.ends_with("ip_address") ? client_address : user.name;
    std::lock_guard lock(mutex);
    auto & usage = quota_usage[{quota.name, key}];
    if (!usage || !sameQuota(usage->getQuota(), quota))
        usage = std::make_shared<QuotaUsage>(quota, user.name);
    return usage;
}

std::shared_ptr<const ContextAccess> AccessControl::authenticate(const std::string & user_name, const std::string & password,
                                                                 const std::string & client_address)
{
    auto current = getModel();
    auto it = current->users.find(user_name);
    if (it == current->users.end() || !it->second.networks.contains(client_address) || !it->second.authentication.isCorrectPassword(password))
    {
        Logger::instance().log(Logger::Level::Debug, "AccessControl",
                               fmt::format("Authentication failed for user {} from {}", user_name, client_address.empty() ? "the local process" : client_address));
        throw Exception(ErrorCodes::AUTHENTICATION_FAILED, "{}: Authentication failed: password is incorrect, or there is no user with such name.",
                        user_name);
    }
    const User & user = it->second;
    return std::make_shared<const ContextAccess>(current, user, quotaUsageFor(*current, user, client_address));
}
}
