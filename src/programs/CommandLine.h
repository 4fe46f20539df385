// Options shared by `client` and `local`: --query/-q, --format/-f, --database/-d,
// --param_x=v, --<setting>=v; --host/--port/--secure/--user/--password for the client,
// --path and --log-level for local.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace datastore::programs
{
struct CommandLine
{
    std::optional<std::string> query;
    std::string format;
    std::string database;
    std::string host = "127.0.0.1";
    /// Unset: 9000, or 9440 with --secure.
    std::optional<unsigned> port;
    bool is_secure = false;
    bool accept_invalid_certificate = false;
    /// --time: each query's elapsed seconds on stderr.
    bool print_time = false;
    std::string user = "default";
    std::string password;
    std::string path;
    std::vector<std::pair<std::string, std::string>> settings;
    std::map<std::string, std::string> parameters;
    bool ignore_error = false;
    /// --log-level / --logger.level: server log lines on stderr; local logs nothing without it.
    std::string log_level;
};

/// Throws BAD_ARGUMENTS on options it does not know.
CommandLine parseCommandLine(int argc, char ** argv);
/// The text of the queries: --query, else everything on stdin.
std::string readQueries(const CommandLine & options, bool & stdin_is_data);
}
