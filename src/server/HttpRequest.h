// One HTTP request as the handlers see it: method, path, decoded URL parameters,
// headers with lower-case names, and the body as a stream (never buffered whole, so an
// INSERT of gigabytes flows straight into the format parser).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/Types.h"
#include "io/ReadBuffer.h"
#include "server/ConnectionStream.h"

namespace datastore::server
{
class HttpRequest
{
public:
    std::string method;
    std::string path;
    /// URL parameters in order of appearance, percent-decoded.
    std::vector<std::pair<std::string, std::string>> params;
    /// Header names in lower case.
    std::map<std::string, std::string> headers;
    std::string client_address;
    UInt16 client_port = 0;
    /// The body; reading it past its end returns eof.
    std::unique_ptr<ReadBuffer> body;
    /// The connection it came on (not owned), to notice the client hanging up; null in tests.
    ConnectionStream * connection = nullptr;

    std::optional<std::string> getParam(const std::string & name) const;
    std::string getHeader(const std::string & name, const std::string & default_value = "") const;
    bool hasHeader(const std::string & name) const { return headers.count(name) != 0; }

    /// Splits "path?a=1&b=%20x" into path and decoded params.
    void parseTarget(std::string_view target);
};

std::string percentDecode(std::string_view text, bool plus_is_space);
}
