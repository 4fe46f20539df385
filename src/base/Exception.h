// The one exception type of the engine. It carries a ClickHouse error code so every
// interface (HTTP, native, client) reports errors exactly as ClickHouse does:
// "Code: 62. DB::Exception: Syntax error: ... (SYNTAX_ERROR)".
#pragma once

#include <exception>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "base/ErrorCodes.h"

namespace datastore
{
class Exception : public std::exception
{
public:
    Exception(int code, std::string message) : error_code(code), text(std::move(message)) {}

    template <typename... Args>
    Exception(int code, fmt::format_string<Args...> format, Args &&... args)
        : error_code(code), text(fmt::format(format, std::forward<Args>(args)...))
    {
    }

    int code() const noexcept { return error_code; }
    const std::string & message() const noexcept { return text; }
    const char * what() const noexcept override { return text.c_str(); }

    /// Prepends context, as ClickHouse does when an error travels up ("while executing ...").
    void addMessage(const std::string & context) { text += ": " + context; }
    void prependMessage(const std::string & context) { text = context + ": " + text; }

    /// "Code: 62. DB::Exception: <message>. (SYNTAX_ERROR) (version 24.3.1.1)"
    std::string displayText() const;

private:
    int error_code;
    std::string text;
};

/// The version we report wherever ClickHouse reports its own (errors, version(), handshakes).
inline constexpr const char * kClickHouseCompatibleVersion = "24.3.1.1";

/// Whatever is being handled in the current catch block, as an Exception (standard
/// exceptions get STD_EXCEPTION, bad_alloc MEMORY_LIMIT_EXCEEDED), and its code and text.
Exception currentException();
int currentExceptionCode();
std::string currentExceptionDisplayText();
}
