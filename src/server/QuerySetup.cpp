#include "server/QuerySetup.h"

#include <fmt/format.h>
#include <random>

#include "base/Exception.h"
#include "interpreters/DatabaseCatalog.h"

namespace datastore::server
{
namespace
{
bool isLoopback(const std::string & address)
{
    return address.empty() || address == "::1" || address.rfind("127.", 0) == 0 || address.rfind("::ffff:127.", 0) == 0;
}
}

void authenticate(const std::string & user, const std::string & password, const std::string & client_address)
{
    if (user != "default" || !password.empty() || !isLoopback(client_address))
        throw Exception(ErrorCodes::AUTHENTICATION_FAILED, "{}: Authentication failed: password is incorrect, or there is no user with such name.",
                        user);
}

std::string generateQueryId()
{
    static thread_local std::mt19937_64 random(std::random_device{}());
    UInt64 high = random();
    UInt64 low = random();
    high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xffff, high & 0xffff, low >> 48,
                       low & 0xffffffffffffULL);
}

void useDatabase(interpreters::QueryContext & context, const std::string & database)
{
    context.getCatalog().getDatabase(database);
    context.current_database = database;
}

void applyClientSetting(interpreters::QueryContext & context, const std::string & name, const std::string & value)
{
    if (name == "readonly" && context.settings.readonly && value == "0")
        throw Exception(ErrorCodes::READONLY, "Cannot modify 'readonly' setting in readonly mode");
    context.settings.set(std::string_view(name), std::string_view(value));
}
}
