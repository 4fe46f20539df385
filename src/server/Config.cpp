#include "server/Config.h"

#include <algorithm>
#include <filesystem>

#include <pugixml.hpp>

#include "base/Exception.h"
#include "interpreters/Database.h"
#include "server/ConfigElements.h"
#include "server/ConfigMerge.h"
#include "server/ConfigSubstitutions.h"
#include "server/YamlConfigReader.h"

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
        <console>1</console>
    </logger>
    <query_log>
        <database>system</database>
        <table>query_log</table>
        <partition_by>toYYYYMM(event_date)</partition_by>
        <flush_interval_milliseconds>7500</flush_interval_milliseconds>
    </query_log>
</clickhouse>
)";

std::string readWholeFile(const std::string & path)
{
    if (!fs::is_regular_file(path))
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot open configuration file {}", path);
    return interpreters::readFile(path);
}

bool isYaml(const fs::path & path)
{
    return path.extension() == ".yaml" || path.extension() == ".yml";
}

bool isConfigFile(const fs::path & path)
{
    return path.extension() == ".xml" || path.extension() == ".conf" || isYaml(path);
}

size_t lineOfOffset(const std::string & text, ptrdiff_t offset)
{
    return 1 + std::count(text.begin(), text.begin() + std::min<ptrdiff_t>(offset, static_cast<ptrdiff_t>(text.size())), '\n');
}

/// Parses one file into `document`; its root must be <clickhouse> (or the older <yandex>).
void parseFile(const std::string & text, const std::string & source, pugi::xml_document & document)
{
    if (isYaml(source))
        return readYamlConfig(text, source, document);
    auto result = document.load_string(text.c_str());
    if (!result)
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Cannot parse configuration file {}: {} at line {}", source, result.description(),
                        lineOfOffset(text, result.offset));
    std::string root_name = document.document_element().name();
    if (root_name != "clickhouse" && root_name != "yandex")
        throw Exception(ErrorCodes::CANNOT_LOAD_CONFIG, "Configuration file {} must have <clickhouse> as its root element, not <{}>", source,
                        root_name);
}

/// ClickHouse merges the files of <name>.d/ and conf.d/ beside a configuration file, in
/// order of their paths.
std::vector<std::string> mergeFilesOf(const fs::path & path)
{
    std::vector<std::string> files;
    for (const fs::path & directory : {fs::path(path).replace_extension("d"), path.parent_path() / "conf.d"})
    {
        if (!fs::is_directory(directory))
            continue;
        for (const auto & entry : fs::directory_iterator(directory))
            if (entry.is_regular_file() && isConfigFile(entry.path()) && !entry.path().filename().string().starts_with("."))
                files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct KeyPart
{
    std::string name;
    size_t index = 0;
};

std::vector<KeyPart> splitKey(const std::string & key)
{
    std::vector<KeyPart> parts;
    size_t start = 0;
    while (start <= key.size() && !key.empty())
    {
        size_t dot = key.find('.', start);
        std::string part = key.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        KeyPart parsed;
        parsed.name = part;
        if (auto bracket = part.find('['); bracket != std::string::npos && part.ends_with(']'))
        {
            parsed.name = part.substr(0, bracket);
            parsed.index = std::stoul(part.substr(bracket + 1, part.size() - bracket - 2));
        }
        parts.push_back(std::move(parsed));
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return parts;
}

pugi::xml_node childAt(pugi::xml_node node, const KeyPart & part)
{
    size_t seen = 0;
    for (auto child : node.children(part.name.c_str()))
        if (seen++ == part.index)
            return child;
    return {};
}

pugi::xml_node find(pugi::xml_node root, const std::string & key)
{
    pugi::xml_node node = root;
    for (const auto & part : splitKey(key))
    {
        node = childAt(node, part);
        if (!node)
            return {};
    }
    return node;
}

std::string textOf(const pugi::xml_node & node)
{
    std::string text;
    for (auto child : node.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            text += child.value();
    auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}
}

Config::Config() : document(std::make_unique<pugi::xml_document>())
{
    document->append_child("clickhouse");
}

Config::Config(const Config & other) : document(std::make_unique<pugi::xml_document>()), loaded_files(other.loaded_files),
                                       top_level_sources(other.top_level_sources)
{
    document->reset(*other.document);
}

Config & Config::operator=(const Config & other)
{
    if (this != &other)
    {
        document->reset(*other.document);
        loaded_files = other.loaded_files;
        top_level_sources = other.top_level_sources;
    }
    return *this;
}

Config::Config(Config &&) noexcept = default;
Config & Config::operator=(Config &&) noexcept = default;
Config::~Config() = default;

Config Config::embeddedDefault()
{
    return fromXml(kEmbeddedConfig, "<embedded config>");
}

Config Config::fromXml(const std::string & text, const std::string & source)
{
    Config config;
    pugi::xml_document parsed;
    parseFile(text, source, parsed);
    config.document->reset(parsed);
    config.loaded_files.push_back("");
    for (auto child : config.document->document_element().children())
        if (child.type() == pugi::node_element)
            config.top_level_sources[child.name()] = source;
    return config;
}

std::vector<std::string> Config::filesOf(const std::string & path)
{
    auto files = mergeFilesOf(path);
    files.insert(files.begin(), path);
    return files;
}

Config Config::load(const std::string & path, const std::string & default_include_from)
{
    Config config;
    config.mergeFile(path, true);
    for (const auto & file : mergeFilesOf(path))
        config.mergeFile(file, false);
    applyConfigSubstitutions(config.document->document_element(), config.getString("include_from", default_include_from));
    return config;
}

void Config::mergeFile(const std::string & path, bool is_main)
{
    pugi::xml_document parsed;
    parseFile(readWholeFile(path), path, parsed);
    for (auto child : parsed.document_element().children())
    {
        if (child.type() != pugi::node_element)
            continue;
        if (!isKnownConfigElement(child.name()))
            throw Exception(ErrorCodes::UNKNOWN_ELEMENT_IN_CONFIG, "Unknown element <{}> in configuration file {}", child.name(), path);
        top_level_sources[child.name()] = path;
    }
    if (is_main)
    {
        document->reset(parsed);
        document->document_element().set_name("clickhouse");
    }
    else
        mergeConfigElement(document->document_element(), parsed.document_element());
    loaded_files.push_back(path);
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
        set(key, argument.substr(equals + 1));
        top_level_sources[splitKey(key).front().name] = "the command line";
    }
}

void Config::set(const std::string & key, const std::string & value)
{
    pugi::xml_node node = document->document_element();
    for (const auto & part : splitKey(key))
    {
        pugi::xml_node child = childAt(node, part);
        while (!child)
        {
            node.append_child(part.name.c_str());
            child = childAt(node, part);
        }
        node = child;
    }
    while (node.first_child())
        node.remove_child(node.first_child());
    node.text().set(value.c_str());
}

std::optional<std::string> Config::get(const std::string & key) const
{
    auto node = find(document->document_element(), key);
    if (!node)
        return std::nullopt;
    return textOf(node);
}

bool Config::has(const std::string & key) const
{
    return static_cast<bool>(find(document->document_element(), key));
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
        if (consumed != value->size() || value->front() == '-')
            throw std::invalid_argument("trailing characters");
        return result;
    }
    catch (const std::exception &)
    {
        throw Exception(ErrorCodes::INVALID_CONFIG_PARAMETER, "Configuration key {} (in {}) must be a non-negative integer, got '{}'", key,
                        sourceOf(key), *value);
    }
}

bool Config::getBool(const std::string & key, bool default_value) const
{
    auto value = get(key);
    if (!value || value->empty())
        return default_value;
    std::string lower = *value;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "1" || lower == "true" || lower == "yes" || lower == "on")
        return true;
    if (lower == "0" || lower == "false" || lower == "no" || lower == "off")
        return false;
    throw Exception(ErrorCodes::INVALID_CONFIG_PARAMETER, "Configuration key {} (in {}) must be a boolean, got '{}'", key, sourceOf(key),
                    *value);
}

std::vector<std::string> Config::getAll(const std::string & key) const
{
    std::vector<pugi::xml_node> level{document->document_element()};
    for (const auto & part : splitKey(key))
    {
        std::vector<pugi::xml_node> next;
        for (auto node : level)
            for (auto child : node.children(part.name.c_str()))
                next.push_back(child);
        level = std::move(next);
    }
    std::vector<std::string> result;
    for (auto node : level)
        result.push_back(textOf(node));
    return result;
}

std::vector<std::string> Config::keys(const std::string & key) const
{
    auto node = key.empty() ? document->document_element() : find(document->document_element(), key);
    std::vector<std::string> result;
    std::map<std::string, size_t> seen;
    for (auto child : node.children())
    {
        if (child.type() != pugi::node_element)
            continue;
        size_t count = seen[child.name()]++;
        result.push_back(count ? std::string(child.name()) + "[" + std::to_string(count) + "]" : std::string(child.name()));
    }
    return result;
}

std::string Config::elementPathOf(const std::string & key)
{
    std::string result;
    for (const auto & part : splitKey(key))
        result += "<" + part.name + ">";
    return result;
}

std::string Config::elementNameOf(const std::string & key)
{
    auto bracket = key.find('[');
    return bracket == std::string::npos ? key : key.substr(0, bracket);
}

std::string Config::sourceOf(const std::string & key) const
{
    auto it = top_level_sources.find(splitKey(key).front().name);
    return it == top_level_sources.end() ? std::string("<embedded config>") : it->second;
}
}
