#include "access/UsersConfigParser.h"

#include <functional>

#include <fmt/format.h>

#include "base/Exception.h"
#include "interpreters/Settings.h"
#include "server/Config.h"

namespace datastore::access
{
namespace
{
class Parser
{
public:
    explicit Parser(const server::Config & config_) : config(config_) {}

    UsersModel parse(const std::string & default_profile)
    {
        UsersModel model;
        model.default_profile = default_profile;
        for (const auto & name : config.keys("profiles"))
            within("profiles." + name, [&] { model.profiles[name] = parseProfile(name); });
        for (const auto & name : config.keys("quotas"))
            within("quotas." + name, [&] { model.quotas[name] = parseQuota(name); });
        for (const auto & name : config.keys("users"))
            within("users." + name, [&] { model.users[name] = parseUser(name, model); });
        for (const auto & [name, profile] : model.profiles)
            within("profiles." + name, [&] { checkInheritance(model, name, {}); });
        if (!model.profiles.contains(default_profile) && !model.profiles.empty())
            throw Exception(ErrorCodes::THERE_IS_NO_PROFILE, "There is no profile '{}' (the default_profile) in users configuration {}",
                            default_profile, config.sourceOf("profiles"));
        return model;
    }

private:
    /// Runs `parse`, naming the element `key` and its file in any error it throws.
    void within(const std::string & key, const std::function<void()> & parse) const
    {
        try
        {
            parse();
        }
        catch (const Exception & e)
        {
            if (e.message().find(" in users configuration ") != std::string::npos)
                throw;
            throw Exception(e.code(), "{} (element {} in users configuration {})", e.message(), server::Config::elementPathOf(key), config.sourceOf(key));
        }
    }

    [[noreturn]] void unknownElement(const std::string & key) const
    {
        throw Exception(ErrorCodes::UNKNOWN_ELEMENT_IN_CONFIG, "Unknown element {} in users configuration {}", server::Config::elementPathOf(key),
                        config.sourceOf(key));
    }

    SettingsProfile parseProfile(const std::string & name)
    {
        SettingsProfile profile;
        profile.name = name;
        interpreters::Settings check;
        for (const auto & key : config.keys("profiles." + name))
        {
            std::string full = "profiles." + name + "." + key;
            std::string setting = server::Config::elementNameOf(key);
            std::string value = config.getString(full, "");
            if (setting == "profile")
            {
                profile.parents.push_back(value);
                continue;
            }
            if (setting == "constraints")
            {
                parseConstraints(full, profile);
                continue;
            }
            if (!interpreters::Settings::isKnown(setting))
                throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}' (element {} in users configuration {})", setting,
                                server::Config::elementPathOf(full), config.sourceOf(full));
            within(full, [&] { check.set(std::string_view(setting), std::string_view(value)); });
            profile.settings.emplace_back(setting, value);
        }
        return profile;
    }

    /// <constraints><max_memory_usage><min>..</min><max>..</max></max_memory_usage>
    /// <readonly><readonly/></readonly>...: bounds and writability of settings a user may change.
    void parseConstraints(const std::string & path, SettingsProfile & profile)
    {
        for (const auto & key : config.keys(path))
        {
            std::string full = path + "." + key;
            SettingsProfileElement constraint;
            constraint.setting = server::Config::elementNameOf(key);
            if (!interpreters::Settings::isKnown(constraint.setting))
                throw Exception(ErrorCodes::UNKNOWN_SETTING, "Unknown setting '{}' (element {} in users configuration {})", constraint.setting,
                                server::Config::elementPathOf(full), config.sourceOf(full));
            for (const auto & bound : config.keys(full))
            {
                std::string kind = server::Config::elementNameOf(bound);
                std::string value = config.getString(full + "." + bound, "");
                if (kind == "min")
                    constraint.min = Field(value);
                else if (kind == "max")
                    constraint.max = Field(value);
                else if (kind == "readonly" || kind == "const")
                    constraint.writability = "CONST";
                else if (kind == "changeable_in_readonly")
                    constraint.writability = "CHANGEABLE_IN_READONLY";
                else if (kind == "writable")
                    constraint.writability = "WRITABLE";
                else
                    unknownElement(full + "." + bound);
            }
            profile.constraints.push_back(std::move(constraint));
        }
    }

    void checkInheritance(const UsersModel & model, const std::string & name, std::vector<std::string> chain) const
    {
        for (const auto & seen : chain)
            if (seen == name)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Profile '{}' inherits itself", name);
        chain.push_back(name);
        auto it = model.profiles.find(name);
        if (it == model.profiles.end())
            throw Exception(ErrorCodes::THERE_IS_NO_PROFILE, "There is no profile '{}' in configuration file.", name);
        for (const auto & parent : it->second.parents)
            checkInheritance(model, parent, chain);
    }

    Quota parseQuota(const std::string & name)
    {
        Quota quota;
        quota.name = name;
        for (const auto & key : config.keys("quotas." + name))
        {
            std::string full = "quotas." + name + "." + key;
            if (server::Config::elementNameOf(key) != "interval")
                unknownElement(full);
            QuotaInterval interval;
            for (const auto & limit : config.keys(full))
            {
                std::string limit_key = full + "." + limit;
                if (limit == "duration")
                {
                    interval.duration_seconds = config.getUInt(limit_key, 0);
                    continue;
                }
                if (limit == "randomize_interval")
                    continue;
                bool is_known = false;
                for (size_t index = 0; index < kQuotaResourceCount; ++index)
                {
                    auto resource = static_cast<QuotaResource>(index);
                    if (limit != quotaResourceName(resource))
                        continue;
                    is_known = true;
                    UInt64 value = config.getUInt(limit_key, 0);
                    interval.max[index] = resource == QuotaResource::ExecutionTime ? value * 1000000000ULL : value;
                }
                if (!is_known)
                    unknownElement(limit_key);
            }
            if (!interval.duration_seconds)
                throw Exception(ErrorCodes::BAD_ARGUMENTS, "Quota interval duration must be positive (element {} in users configuration {})",
                                server::Config::elementPathOf(full + ".duration"), config.sourceOf(full));
            quota.intervals.push_back(interval);
        }
        return quota;
    }

    User parseUser(const std::string & name, const UsersModel & model)
    {
        User user;
        user.name = name;
        std::string prefix = "users." + name + ".";
        int password_fields = 0;
        for (const auto & key : config.keys("users." + name))
        {
            std::string full = prefix + key;
            std::string element = server::Config::elementNameOf(key);
            std::string value = config.getString(full, "");
            auto set_authentication = [&](Authentication::Type type)
            {
                within(full, [&] { user.authentication = Authentication(type, value); });
                ++password_fields;
            };
            if (element == "password")
                set_authentication(Authentication::Type::PlainText);
            else if (element == "password_sha256_hex")
                set_authentication(Authentication::Type::Sha256);
            else if (element == "password_double_sha1_hex")
                set_authentication(Authentication::Type::DoubleSha1);
            else if (element == "no_password")
                set_authentication(Authentication::Type::NoPassword);
            else if (element == "networks")
                within(full, [&] { user.networks = parseNetworks(full); });
            else if (element == "profile")
            {
                if (!model.profiles.contains(value))
                    throw Exception(ErrorCodes::THERE_IS_NO_PROFILE, "There is no profile '{}' (element {} in users configuration {})", value,
                                    server::Config::elementPathOf(full), config.sourceOf(full));
                user.profile = value;
            }
            else if (element == "quota")
                user.quota = value;
            else if (element == "allow_databases")
            {
                std::set<std::string> databases;
                for (const auto & database : config.keys(full))
                {
                    if (server::Config::elementNameOf(database) != "database")
                        unknownElement(full + "." + database);
                    databases.insert(config.getString(full + "." + database, ""));
                }
                user.allowed_databases = std::move(databases);
            }
            else if (element == "default_database")
                user.default_database = value;
            else if (element == "access_management")
                user.access_management = config.getBool(full, false);
            else
                unknownElement(full);
        }
        if (password_fields > 1)
            throw Exception(ErrorCodes::BAD_ARGUMENTS,
                            "More than one field of 'password', 'password_sha256_hex', 'password_double_sha1_hex', 'no_password' are used to "
                            "specify authentication info for user {}. Must be only one of them. (users configuration {})",
                            name, config.sourceOf("users"));
        /// Quotas named by users but never defined limit nothing, as in ClickHouse.
        if (!user.quota.empty() && !model.quotas.contains(user.quota))
            user.quota.clear();
        return user;
    }

    AllowedNetworks parseNetworks(const std::string & key)
    {
        AllowedNetworks networks;
        for (const auto & entry : config.keys(key))
        {
            std::string full = key + "." + entry;
            std::string kind = server::Config::elementNameOf(entry);
            std::string value = config.getString(full, "");
            if (kind == "ip")
                networks.addSubnet(value);
            else if (kind == "host")
                networks.addHost(value);
            else if (kind == "host_regexp")
                networks.addHostRegexp(value);
            else
                unknownElement(full);
        }
        return networks;
    }

    const server::Config & config;
};
}

UsersModel parseUsersModel(const server::Config & config, const std::string & default_profile)
{
    return Parser(config).parse(default_profile);
}
}
