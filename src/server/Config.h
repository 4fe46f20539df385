// A server configuration as ClickHouse reads it: config.xml (or .yaml), then the files of
// config.d/ and conf.d/ (users.d/ and conf.d/ for users.xml) merged over it by ClickHouse's
// rules (`replace`, `remove`), `from_env` and `incl` substitutions, then `--key=value`
// overrides from the command line (`-- --path=/x/ --http_port=1`).
// Keys are dotted paths of elements under the root: "http_port", "logger.level"; repeats of an
// element after the first are name[1], name[2], ... ("remote_servers.c.shard.replica[1].host"
// is the second replica), as in Poco.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pugi
{
class xml_document;
}

namespace datastore::server
{
class Config
{
public:
    Config();
    Config(const Config & other);
    Config & operator=(const Config & other);
    Config(Config &&) noexcept;
    Config & operator=(Config &&) noexcept;
    ~Config();

    /// The embedded default: data under ./data, 127.0.0.1 only, HTTP 8123, native 9000.
    static Config embeddedDefault();
    /// Reads a file and the merge directories beside it. Throws CANNOT_LOAD_CONFIG naming the
    /// file (and line) of a malformed document, UNKNOWN_ELEMENT_IN_CONFIG naming the file and
    /// element of an element ClickHouse does not know.
    /// `default_include_from` is the include file when the configuration names none: a users
    /// file takes the main configuration's.
    static Config load(const std::string & path, const std::string & default_include_from = "/etc/metrika.xml");
    /// A configuration from XML text (`source` names it in errors), without merge files.
    static Config fromXml(const std::string & text, const std::string & source);

    /// Applies "--name=value" arguments (the part after `--`); "--a.b=v" sets nested keys.
    void applyOverrides(const std::vector<std::string> & arguments);

    /// The text of the element at `key` (trimmed), or nullopt when there is none.
    std::optional<std::string> get(const std::string & key) const;
    std::string getString(const std::string & key, const std::string & default_value) const;
    unsigned long getUInt(const std::string & key, unsigned long default_value) const;
    /// 1/0, true/false, yes/no (any case); INVALID_CONFIG_PARAMETER otherwise.
    bool getBool(const std::string & key, bool default_value) const;
    bool has(const std::string & key) const;
    /// Sets the element at `key`, creating it and its parents as needed.
    void set(const std::string & key, const std::string & value);
    /// Every value at `key`, taking each repeated element on the way: all listen_host entries.
    std::vector<std::string> getAll(const std::string & key) const;
    /// The names of the elements under `key` ("" for the root): a repeated name comes as
    /// name, name[1], name[2], ... so that each can be read back with get().
    std::vector<std::string> keys(const std::string & key) const;

    /// The files load(path) reads: `path` and the merge files beside it, in order of merging.
    static std::vector<std::string> filesOf(const std::string & path);

    /// The main file ("" for a configuration from text) and the files merged over it, in order.
    const std::vector<std::string> & files() const { return loaded_files; }
    /// "users.hanzo.networks.ip[1]" as "<users><hanzo><networks><ip>", to name an element in errors.
    static std::string elementPathOf(const std::string & key);
    /// The element name of a key from keys(): "replica[1]" is "replica".
    static std::string elementNameOf(const std::string & key);

    /// The file that last set the top-level element of `key`, to name it in errors.
    std::string sourceOf(const std::string & key) const;

private:
    void mergeFile(const std::string & path, bool is_main);

    std::unique_ptr<pugi::xml_document> document;
    std::vector<std::string> loaded_files;
    std::map<std::string, std::string> top_level_sources;
};
}
