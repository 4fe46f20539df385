// An error the server sent in an Exception packet, kept apart from the client's own errors
// because clickhouse-client prints the two differently ("Received exception from server").
#pragma once

#include "base/Exception.h"

namespace datastore::client
{
class ServerException : public Exception
{
public:
    ServerException(const Exception & exception, std::string server_address_, std::string server_version_)
        : Exception(exception)
        , server_address(std::move(server_address_))
        , server_version(std::move(server_version_))
    {
    }

    /// "Received exception from server (version 24.3.1):\nCode: 60. DB::Exception: Received
    /// from host:port. DB::Exception: <message>. (NAME)"; without the first line when the
    /// server refused the handshake (its version is then unknown).
    std::string clientText() const
    {
        std::string text = server_version.empty() ? "" : fmt::format("Received exception from server (version {}):\n", server_version);
        text += fmt::format("Code: {}. DB::Exception: Received from {}. DB::Exception: {}", code(), server_address, message());
        auto name = ErrorCodes::getName(code());
        if (!name.empty())
            text += fmt::format(". ({})", name);
        return text;
    }

private:
    std::string server_address;
    std::string server_version;
};
}
