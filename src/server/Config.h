// A server configuration as ClickHouse reads it: config.xml, then config.d/*.xml merged
// over it, then `--key=value` overrides from the command line (`-- --path=/x/ --http_port=1`).
// Keys are dotted paths of elements under the root: "http_port", "logger.level".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace datastore::server
{
class Config
{
public:
    /// The embedded default: data under ./data, 127.0.0.1 only, HTTP 8123, native 9000.
    static Config embeddedDefault();
    /// Reads a file and the config.d/ directory beside it. Throws a clear error naming
    /// the file on a malformed document.
    static Config load(const std::string & path);

    /// Applies "--name=value" arguments (the part after `--`); "--a.b=v" sets nested keys.
    void applyOverrides(const std::vector<std::string> & arguments);

    std::optional<std::string> get(const std::string & key) const;
    std::string getString(const std::string & key, const std::string & default_value) const;
    unsigned long getUInt(const std::string & key, unsigned long default_value) const;
    void set(const std::string & key, const std::string & value) { values[key] = value; }
    /// Every value whose key starts with prefix + ".", e.g. all listen_host entries.
    std::vector<std::string> getAll(const std::string & key) const;

private:
    void mergeXml(const std::string & text, const std::string & source);

    std::multimap<std::string, std::string> multi_values;
    std::map<std::string, std::string> values;
};
}
