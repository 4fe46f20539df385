#include "server/Config.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <pugixml.hpp>

#include "base/Exception.h"

namespace fs = std::filesystem;

namespace datastore::server
{
namespace
{
constexpr const char * kEmbeddedConfig = R"(<clickhouse>
    <path>./data/</path>
    <tmp_path>./data/tmp/</tmp_path>
    <listen_host>127.0.0.1</listen_host>
    <http_port>8123</http_port>
    <tcp_port>9000</tcp_port>
    <timezone>UTC</timezone>
    <max_concurrent_queries>100</max_concurrent_queries>
    <logger>
        <level>information</level>
    </logger>
</clickhouse>
)";

void flatten(const pugi::xml_node & node, const std::string & prefix, std::map<std::string, std::string> & values,
             std::multimap<std::string, std::string> & multi_values)
{
    for (const auto & child : node.children())
    {
        if (child.type() != pugi::node_element)
            continue;
        std::string key = prefix.empty() ? child.name() : prefix + "." + child.name();
        bool has_elements = false;
        for (const auto & grandchild : child.children())
            if (grandchild.type() == pugi::node_element)
                has_elements = true;
        if (has_elements)
            flatten(child, key, values, multi_values);
        else
        {
            std::string text = child.text().get();
            if (const char * from_env = child.attribute("from_env").value(); from_env && *from_env)
                if (const char * env = std::getenv(from_env))
                    text = env;
            values[key] = text;
            multi_values.emplace(key, text);
        }
    }
}

std::string readWholeFile(const std::string & path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open configuration file {}", path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}
}

Config Config::embeddedDefault()
{
    Config config;
    config.mergeXml(kEmbeddedConfig, "<embedded config>");
    return config;
}

Config Config::load(const std::string & path)
{
    Config config;
    config.mergeXml(readWholeFile(path), path);
    fs::path directory = fs::path(path).parent_path() / "config.d";
    if (fs::is_directory(directory))
    {
        std::vector<fs::path> files;
        for (const auto & entry : fs::directory_iterator(directory))
            if (entry.path().extension() == ".xml")
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto & file : files)
            config.mergeXml(readWholeFile(file.string()), file.string());
    }
    return config;
}

void Config::mergeXml(const std::string & text, const std::string & source)
{
    pugi::xml_document document;
    auto result = document.load_string(text.c_str());
    if (!result)
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot parse configuration file {}: {} at offset {}", source, result.description(),
                        result.offset);
    auto root = document.document_element();
    std::string root_name = root.name();
    if (root_name != "clickhouse" && root_name != "yandex")
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Configuration file {} must have <clickhouse> as its root element, not <{}>", source,
                        root_name);
    std::map<std::string, std::string> merged;
    std::multimap<std::string, std::string> merged_multi;
    flatten(root, "", merged, merged_multi);
    for (auto & [key, value] : merged)
    {
        values[key] = value;
        multi_values.erase(key);
    }
    for (auto & entry : merged_multi)
        multi_values.insert(entry);
}

void Config::applyOverrides(const std::vector<std::string> & arguments)
{
    for (const auto & argument : arguments)
    {
        if (argument.rfind("--", 0) != 0)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unexpected argument '{}': configuration overrides look like --key=value", argument);
        auto equals = argument.find('=');
        if (equals == std::string::npos)
            throw Exception(ErrorCodes::BAD_ARGUMENTS, "Configuration override '{}' has no value: use --key=value", argument);
        std::string key = argument.substr(2, equals - 2);
        std::string value = argument.substr(equals + 1);
        values[key] = value;
        multi_values.erase(key);
        multi_values.emplace(key, value);
    }
}

std::optional<std::string> Config::get(const std::string & key) const
{
    auto it = values.find(key);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

std::string Config::getString(const std::string & key, const std::string & default_value) const
{
    auto value = get(key);
    return value ? *value : default_value;
}

unsigned long Config::getUInt(const std::string & key, unsigned long default_value) const
{
    auto value = get(key);
    if (!value || value->empty())
        return default_value;
    try
    {
        size_t consumed = 0;
        unsigned long result = std::stoul(*value, &consumed);
        if (consumed != value->size())
            throw std::invalid_argument("trailing characters");
        return result;
    }
    catch (const std::exception &)
    {
        throw Exception(ErrorCodes::INVALID_CONFIG_PARAMETER, "Configuration key {} must be a non-negative integer, got '{}'", key, *value);
    }
}

std::vector<std::string> Config::getAll(const std::string & key) const
{
    std::vector<std::string> result;
    auto [begin, end] = multi_values.equal_range(key);
    for (auto it = begin; it != end; ++it)
        result.push_back(it->second);
    return result;
}
}
