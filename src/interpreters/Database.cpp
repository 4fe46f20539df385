#include "interpreters/Database.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/Exception.h"

namespace fs = std::filesystem;

namespace datastore::interpreters
{
Database::Database(std::string name_, std::string metadata_path_, std::string data_path_)
    : name(std::move(name_)), metadata_path(std::move(metadata_path_)), data_path(std::move(data_path_))
{
    fs::create_directories(metadata_path);
    fs::create_directories(data_path);
}

std::string Database::getTableDataPath(const std::string & table) const
{
    return data_path + escapeForFileName(table) + "/";
}

std::string Database::metadataFile(const std::string & table) const
{
    return metadata_path + escapeForFileName(table) + ".sql";
}

storage::StoragePtr Database::tryGetTable(const std::string & table) const
{
    std::lock_guard lock(mutex);
    auto it = tables.find(table);
    return it == tables.end() ? nullptr : it->second;
}

storage::StoragePtr Database::getTable(const std::string & table) const
{
    if (auto storage = tryGetTable(table))
        return storage;
    throw Exception(ErrorCodes::UNKNOWN_TABLE, "Table {}.{} does not exist", name, table);
}

bool Database::hasTable(const std::string & table) const
{
    return tryGetTable(table) != nullptr;
}

std::vector<std::string> Database::getTableNames() const
{
    std::lock_guard lock(mutex);
    std::vector<std::string> names;
    for (const auto & [table, storage] : tables)
        names.push_back(table);
    return names;
}

std::vector<storage::StoragePtr> Database::getTables() const
{
    std::lock_guard lock(mutex);
    std::vector<storage::StoragePtr> result;
    for (const auto & [table, storage] : tables)
        result.push_back(storage);
    return result;
}

bool Database::empty() const
{
    std::lock_guard lock(mutex);
    return tables.empty();
}

void Database::attachTable(const std::string & table, storage::StoragePtr storage, const std::string & metadata)
{
    std::lock_guard lock(mutex);
    if (tables.count(table))
        throw Exception(ErrorCodes::TABLE_ALREADY_EXISTS, "Table {}.{} already exists", name, table);
    if (!metadata.empty())
        writeFileAtomically(metadataFile(table), metadata);
    tables.emplace(table, std::move(storage));
}

storage::StoragePtr Database::detachTable(const std::string & table, bool remove_metadata)
{
    std::lock_guard lock(mutex);
    auto it = tables.find(table);
    if (it == tables.end())
        throw Exception(ErrorCodes::UNKNOWN_TABLE, "Table {}.{} does not exist", name, table);
    auto storage = it->second;
    if (remove_metadata)
        fs::remove(metadataFile(table));
    tables.erase(it);
    return storage;
}

void Database::updateMetadata(const std::string & table, const std::string & metadata)
{
    writeFileAtomically(metadataFile(table), metadata);
}

void Database::renameTable(const std::string & table, Database & to, const std::string & new_name, const std::string & new_metadata)
{
    auto storage = getTable(table);
    to.attachTable(new_name, storage, new_metadata);
    std::lock_guard lock(mutex);
    fs::remove(metadataFile(table));
    tables.erase(table);
}

std::vector<std::pair<std::string, std::string>> Database::readTableMetadata() const
{
    std::vector<std::pair<std::string, std::string>> result;
    if (!fs::exists(metadata_path))
        return result;
    for (const auto & entry : fs::directory_iterator(metadata_path))
    {
        auto file = entry.path();
        if (file.extension() != ".sql")
        {
            /// Leftovers of an interrupted atomic write.
            if (file.extension() == ".tmp")
                fs::remove(file);
            continue;
        }
        result.emplace_back(unescapeForFileName(file.stem().string()), readFile(file.string()));
    }
    std::sort(result.begin(), result.end());
    return result;
}

void Database::shutdown()
{
    for (auto & storage : getTables())
        storage->shutdown();
}

void writeFileAtomically(const std::string & path, const std::string & content)
{
    std::string temporary = path + ".tmp";
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open file {}: {}", temporary, std::strerror(errno));
    size_t written = 0;
    while (written < content.size())
    {
        ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0)
        {
            if (errno == EINTR)
                continue;
            int saved = errno;
            ::close(fd);
            throw Exception(ErrorCodes::CANNOT_WRITE_TO_FILE_DESCRIPTOR, "Cannot write to file {}: {}", temporary, std::strerror(saved));
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0)
    {
        int saved = errno;
        ::close(fd);
        throw Exception(ErrorCodes::CANNOT_FSYNC, "Cannot fsync file {}: {}", temporary, std::strerror(saved));
    }
    ::close(fd);
    fs::rename(temporary, path);
    /// The rename itself must survive a crash: sync the directory.
    int dir_fd = ::open(fs::path(path).parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir_fd >= 0)
    {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
}

std::string readFile(const std::string & path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open file {}", path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string escapeForFileName(const std::string & name)
{
    std::string result;
    for (unsigned char c : name)
    {
        if (std::isalnum(c) || c == '_')
            result += static_cast<char>(c);
        else
            result += fmt::format("%{:02X}", c);
    }
    return result;
}

std::string unescapeForFileName(const std::string & name)
{
    std::string result;
    for (size_t i = 0; i < name.size(); ++i)
    {
        if (name[i] == '%' && i + 2 < name.size())
        {
            result += static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16));
            i += 2;
        }
        else
            result += name[i];
    }
    return result;
}
}
