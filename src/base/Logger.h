// The server's log, as ClickHouse's <logger> configures it: a level, a log file and an error
// log file (warnings and worse) rotated by size into a fixed number of older files, and the
// console. Lines look like ClickHouse's:
//   2026.12.06 15:00:00.123456 [ 4242 ] {query_id} <Information> Source: message
#pragma once

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

namespace datastore
{
class Logger
{
public:
    enum class Level
    {
        None = 0,
        Fatal,
        Critical,
        Error,
        Warning,
        Notice,
        Information,
        Debug,
        Trace,
        Test,
    };

    struct Options
    {
        Level level = Level::Information;
        std::string log_path;
        std::string errorlog_path;
        /// Rotate a file once it is larger; 0 never rotates.
        size_t max_file_size = 0;
        /// Rotated files kept beside each log (file.0 is the newest).
        size_t file_count = 1;
        bool to_console = true;
    };

    static Logger & instance();

    /// "information", "debug", "trace", ... (any case); BAD_ARGUMENTS for another word.
    static Level parseLevel(std::string_view text);
    /// "1000M", "100K", "1G", or bytes; BAD_ARGUMENTS if malformed.
    static size_t parseSize(std::string_view text);

    /// Opens the files (creating their directories); throws CANNOT_OPEN_FILE.
    void configure(const Options & options);
    bool isEnabled(Level level) const { return level <= options.level && level != Level::None; }
    /// `query_id` empty: the id of the query the calling thread runs (QueryIdScope), if any.
    void log(Level level, std::string_view source, std::string_view message, std::string_view query_id = {});

    /// Makes `query_id` the calling thread's current query while the scope lives, so every
    /// line the thread logs meanwhile carries it.
    class QueryIdScope
    {
    public:
        explicit QueryIdScope(const std::string & query_id);
        ~QueryIdScope();
        QueryIdScope(const QueryIdScope &) = delete;
        QueryIdScope & operator=(const QueryIdScope &) = delete;

    private:
        std::string previous;
    };

private:
    struct File
    {
        std::string path;
        std::FILE * handle = nullptr;
        size_t size = 0;
    };
    void open(File & file);
    void write(File & file, const std::string & line);
    void rotate(File & file);

    std::mutex mutex;
    Options options;
    File log_file;
    File error_file;
};
}
