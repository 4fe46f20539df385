#include "access/AccessDirectory.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include <fmt/format.h>

#include "access/AccessEntityFormatter.h"
#include "access/AccessStatements.h"
#include "base/Exception.h"
#include "interpreters/Database.h"
#include "sql/Parser.h"

namespace fs = std::filesystem;

namespace datastore::access
{
namespace
{
/// Kinds in the order their CREATE statements are replayed: what a later kind names exists.
constexpr const char * kKinds[] = {"role", "settings_profile", "user", "quota", "row_policy"};

size_t kindOrder(const std::string & file_name)
{
    for (size_t i = 0; i < std::size(kKinds); ++i)
        if (file_name.starts_with(std::string(kKinds[i]) + "_"))
            return i;
    return std::size(kKinds);
}

void addFile(std::map<std::string, std::string> & files, const char * kind, const std::string & name, std::string create,
             const std::vector<std::string> & grants = {})
{
    std::string text = std::move(create) + "\n";
    for (const auto & grant : grants)
        text += grant + "\n";
    files[std::string(kind) + "_" + interpreters::escapeForFileName(name) + ".sql"] = std::move(text);
}
}

AccessDirectory::AccessDirectory(std::string path_) : path(std::move(path_))
{
    if (!path.empty() && path.back() != '/')
        path += '/';
    fs::create_directories(path);
}

std::map<std::string, std::string> AccessDirectory::filesOf(const UsersModel & entities)
{
    std::map<std::string, std::string> files;
    for (const auto & [name, role] : entities.roles)
        addFile(files, "role", name, formatCreateRole(role), formatGrants(name, role.rights, role.granted_roles));
    for (const auto & [name, profile] : entities.profiles)
        addFile(files, "settings_profile", name, formatCreateSettingsProfile(profile));
    for (const auto & [name, user] : entities.users)
        addFile(files, "user", name, formatCreateUser(user, true), formatGrants(name, user.rights, user.granted_roles));
    for (const auto & [name, quota] : entities.quotas)
        addFile(files, "quota", name, formatCreateQuota(quota));
    for (const auto & [name, policy] : entities.row_policies)
        addFile(files, "row_policy", name, formatCreateRowPolicy(policy));
    return files;
}

UsersModel AccessDirectory::load(const UsersModel & config_entities)
{
    struct Statement
    {
        size_t pass;
        size_t kind;
        std::string file;
        std::string text;
    };
    std::vector<Statement> statements;
    std::vector<std::string> files;
    for (const auto & entry : fs::directory_iterator(path))
        if (entry.is_regular_file() && entry.path().extension() == ".sql")
            files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    for (const auto & file : files)
    {
        std::string content = interpreters::readFile(path + file);
        stored[file] = content;
        std::istringstream lines(content);
        size_t line_number = 0;
        for (std::string line; std::getline(lines, line); ++line_number)
            if (!line.empty())
                statements.push_back({line_number == 0 ? 0u : 1u, kindOrder(file), file, line});
        if (line_number == 0 || kindOrder(file) == std::size(kKinds))
            throw Exception(ErrorCodes::INCORRECT_ACCESS_ENTITY_DEFINITION, "Could not parse access entity file {}{}: {}", path, file,
                            line_number == 0 ? "the file is empty" : "its name does not start with a kind of entity");
    }
    std::stable_sort(statements.begin(), statements.end(),
                     [](const Statement & a, const Statement & b) { return std::tie(a.pass, a.kind) < std::tie(b.pass, b.kind); });

    UsersModel entities;
    for (const auto & statement : statements)
    {
        try
        {
            applyAccessStatement(entities, config_entities, *sql::parseQuery(statement.text), "default", true);
        }
        catch (const Exception & error)
        {
            throw Exception(ErrorCodes::INCORRECT_ACCESS_ENTITY_DEFINITION, "Could not parse access entity file {}{}: {}", path,
                            statement.file, error.message());
        }
    }
    return entities;
}

void AccessDirectory::store(const UsersModel & entities)
{
    auto files = filesOf(entities);
    for (const auto & [file, content] : files)
    {
        auto it = stored.find(file);
        if (it != stored.end() && it->second == content)
            continue;
        interpreters::writeFileAtomically(path + file, content);
        stored[file] = content;
    }
    for (auto it = stored.begin(); it != stored.end();)
    {
        if (files.contains(it->first))
        {
            ++it;
            continue;
        }
        fs::remove(path + it->first);
        it = stored.erase(it);
    }
}
}
