#include "base/Exception.h"

#include <new>

namespace datastore
{
std::string Exception::displayText() const
{
    std::string result = fmt::format("Code: {}. DB::Exception: {}", error_code, text);
    auto name = ErrorCodes::getName(error_code);
    if (!name.empty())
        result += fmt::format(". ({})", name);
    result += fmt::format(" (version {})", kClickHouseCompatibleVersion);
    return result;
}

int currentExceptionCode()
{
    try
    {
        throw;
    }
    catch (const Exception & e)
    {
        return e.code();
    }
    catch (const std::bad_alloc &)
    {
        return ErrorCodes::MEMORY_LIMIT_EXCEEDED;
    }
    catch (...)
    {
        return ErrorCodes::STD_EXCEPTION;
    }
}

std::string currentExceptionDisplayText()
{
    try
    {
        throw;
    }
    catch (const Exception & e)
    {
        return e.displayText();
    }
    catch (const std::bad_alloc &)
    {
        return Exception(ErrorCodes::MEMORY_LIMIT_EXCEEDED, "Memory limit exceeded: cannot allocate memory").displayText();
    }
    catch (const std::exception & e)
    {
        return Exception(ErrorCodes::STD_EXCEPTION, "std::exception. Code: 1001, type: std::exception, e.what() = {}", e.what())
            .displayText();
    }
    catch (...)
    {
        return Exception(ErrorCodes::UNKNOWN_EXCEPTION, "Unknown exception").displayText();
    }
}
}
