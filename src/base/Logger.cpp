#include "base/Logger.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <unistd.h>
#include <sys/syscall.h>

#include <fmt/format.h>

#include "base/Exception.h"

namespace fs = std::filesystem;

namespace datastore
{
namespace
{
thread_local std::string current_query_id;

constexpr std::string_view kLevelNames[] = {"none", "fatal", "critical", "error", "warning", "notice", "information", "debug", "trace", "test"};
constexpr std::string_view kLevelLabels[] = {"None", "Fatal", "Critical", "Error", "Warning", "Notice", "Information", "Debug", "Trace", "Test"};

std::string timestamp()
{
    auto now = std::chrono::system_clock::now();
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    std::time_t seconds = static_cast<std::time_t>(micros / 1000000);
    std::tm local{};
    localtime_r(&seconds, &local);
    return fmt::format("{:04}.{:02}.{:02} {:02}:{:02}:{:02}.{:06}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour,
                       local.tm_min, local.tm_sec, micros % 1000000);
}
}

Logger::QueryIdScope::QueryIdScope(const std::string & query_id) : previous(std::move(current_query_id))
{
    current_query_id = query_id;
}

Logger::QueryIdScope::~QueryIdScope()
{
    current_query_id = std::move(previous);
}

Logger & Logger::instance()
{
    static Logger logger;
    return logger;
}

Logger::Level Logger::parseLevel(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "warn")
        return Level::Warning;
    if (lower == "info")
        return Level::Information;
    for (size_t i = 0; i < std::size(kLevelNames); ++i)
        if (lower == kLevelNames[i])
            return static_cast<Level>(i);
    throw Exception(ErrorCodes::BAD_ARGUMENTS, "Unknown log level '{}': expected none, fatal, critical, error, warning, notice, information, debug, trace or test",
                    text);
}

size_t Logger::parseSize(std::string_view text)
{
    size_t value = 0;
    size_t i = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i)
        value = value * 10 + static_cast<size_t>(text[i] - '0');
    std::string_view suffix = text.substr(i);
    size_t multiplier = 1;
    if (suffix == "K" || suffix == "k")
        multiplier = 1ULL << 10;
    else if (suffix == "M" || suffix == "m")
        multiplier = 1ULL << 20;
    else if (suffix == "G" || suffix == "g")
        multiplier = 1ULL << 30;
    else if (!suffix.empty())
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot parse log file size '{}': expected a number of bytes with K, M or G", text);
    if (i == 0)
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "Cannot parse log file size '{}': expected a number of bytes with K, M or G", text);
    return value * multiplier;
}

void Logger::configure(const Options & new_options)
{
    std::lock_guard lock(mutex);
    for (File * file : {&log_file, &error_file})
        if (file->handle)
        {
            std::fclose(file->handle);
            file->handle = nullptr;
        }
    options = new_options;
    log_file.path = options.log_path;
    error_file.path = options.errorlog_path;
    open(log_file);
    open(error_file);
}

void Logger::open(File & file)
{
    if (file.path.empty())
        return;
    std::error_code error;
    if (auto directory = fs::path(file.path).parent_path(); !directory.empty())
        fs::create_directories(directory, error);
    file.handle = std::fopen(file.path.c_str(), "a");
    if (!file.handle)
        throw Exception(ErrorCodes::CANNOT_OPEN_FILE, "Cannot open log file {}", file.path);
    file.size = fs::file_size(file.path, error);
}

void Logger::rotate(File & file)
{
    std::fclose(file.handle);
    file.handle = nullptr;
    std::error_code error;
    /// file.log -> file.log.0 -> file.log.1 ...; the oldest beyond the count goes.
    if (options.file_count == 0)
        fs::remove(file.path, error);
    else
    {
        fs::remove(fmt::format("{}.{}", file.path, options.file_count - 1), error);
        for (size_t i = options.file_count - 1; i > 0; --i)
            fs::rename(fmt::format("{}.{}", file.path, i - 1), fmt::format("{}.{}", file.path, i), error);
        fs::rename(file.path, file.path + ".0", error);
    }
    file.handle = std::fopen(file.path.c_str(), "a");
    file.size = 0;
}

void Logger::write(File & file, const std::string & line)
{
    if (!file.handle)
        return;
    if (options.max_file_size && file.size + line.size() > options.max_file_size && file.size)
        rotate(file);
    if (!file.handle)
        return;
    std::fwrite(line.data(), 1, line.size(), file.handle);
    std::fflush(file.handle);
    file.size += line.size();
}

void Logger::log(Level level, std::string_view source, std::string_view message, std::string_view query_id)
{
    if (!isEnabled(level))
        return;
    static thread_local long thread_id = syscall(SYS_gettid);
    std::string line = fmt::format("{} [ {} ] {{{}}} <{}> {}: {}\n", timestamp(), thread_id, query_id.empty() ? current_query_id : query_id, kLevelLabels[static_cast<size_t>(level)],
                                   source, message);
    std::lock_guard lock(mutex);
    write(log_file, line);
    if (level <= Level::Warning)
        write(error_file, line);
    if (options.to_console)
    {
        std::fwrite(line.data(), 1, line.size(), stderr);
        std::fflush(stderr);
    }
}
}
