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

Exception currentException()
{
    try
    {
        throw;
    }
    catch (const Exception & e)
    {
        return e;
    }
    catch (const std::bad_alloc &)
    {
        return Exception(ErrorCodes::MEMORY_LIMIT_EXCEEDED, "Memory limit exceeded: cannot allocate memory");
    }
    catch (const std::exception & e)
    {
        return Exception(ErrorCodes::STD_EXCEPTION, "std::exception. Code: 1001, type: std::exception, e.what() = {}", e.what());
    }
    catch (...)
    {
        return Exception(ErrorCodes::UNKNOWN_EXCEPTION, "Unknown exception");
    }
}

int currentExceptionCode()
{
    return currentException().code();
}

std::string currentExceptionDisplayText()
{
    return currentException().displayText();
}
}
