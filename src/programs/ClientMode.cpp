// `datastore client`: sends each query of --query (or stdin) to a server over HTTP and
// prints the result; with --query and data on stdin, an INSERT streams stdin as its data.
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <unistd.h>

#include <fmt/format.h>

#include "programs/CommandLine.h"
#include "programs/Modes.h"
#include "sql/ASTInsertQuery.h"
#include "sql/Parser.h"

namespace datastore::programs
{
namespace
{
struct Transfer
{
    std::string error_body;
    bool is_error = false;
    long status = 0;
    std::string exception_code;
};

size_t onBody(char * data, size_t size, size_t count, void * user)
{
    auto & transfer = *static_cast<Transfer *>(user);
    size_t bytes = size * count;
    if (transfer.is_error)
        transfer.error_body.append(data, bytes);
    else if (std::fwrite(data, 1, bytes, stdout) != bytes)
        return 0;
    return bytes;
}

size_t onHeader(char * data, size_t size, size_t count, void * user)
{
    auto & transfer = *static_cast<Transfer *>(user);
    std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0)
    {
        size_t space = line.find(' ');
        transfer.status = space == std::string::npos ? 0 : std::strtol(line.c_str() + space + 1, nullptr, 10);
        transfer.is_error = transfer.status != 200 && transfer.status != 100;
    }
    const std::string code_header = "x-clickhouse-exception-code:";
    if (line.size() > code_header.size() && strncasecmp(line.c_str(), code_header.c_str(), code_header.size()) == 0)
    {
        transfer.exception_code = line.substr(code_header.size());
        transfer.exception_code.erase(0, transfer.exception_code.find_first_not_of(' '));
        transfer.exception_code.erase(transfer.exception_code.find_last_not_of("\r\n ") + 1);
    }
    return size * count;
}

size_t onReadStdin(char * buffer, size_t size, size_t count, void *)
{
    ssize_t got = ::read(STDIN_FILENO, buffer, size * count);
    return got < 0 ? CURL_READFUNC_ABORT : static_cast<size_t>(got);
}

std::string urlEncode(CURL * curl, const std::string & value)
{
    char * encoded = curl_easy_escape(curl, value.c_str(), static_cast<int>(value.size()));
    std::string result = encoded;
    curl_free(encoded);
    return result;
}

/// Returns the exit code: 0, or the server's error code modulo 256.
int runOne(const CommandLine & options, const std::string & statement, bool stream_stdin)
{
    CURL * curl = curl_easy_init();
    std::string url = fmt::format("http://{}:{}/?user={}", options.host, options.port, urlEncode(curl, options.user));
    if (!options.database.empty())
        url += "&database=" + urlEncode(curl, options.database);
    url += "&default_format=" + urlEncode(curl, options.format.empty() ? "TabSeparated" : options.format);
    for (const auto & [name, value] : options.settings)
        url += "&" + urlEncode(curl, name) + "=" + urlEncode(curl, value);
    for (const auto & [name, value] : options.parameters)
        url += "&param_" + urlEncode(curl, name) + "=" + urlEncode(curl, value);

    Transfer transfer;
    curl_slist * headers = nullptr;
    if (stream_stdin)
    {
        url += "&query=" + urlEncode(curl, statement);
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "POST");
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, onReadStdin);
        headers = curl_slist_append(headers, "Transfer-Encoding: chunked");
        headers = curl_slist_append(headers, "Expect:");
    }
    else
    {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, statement.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(statement.size()));
        headers = curl_slist_append(headers, "Expect:");
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    CURLcode result = curl_easy_perform(curl);
    std::fflush(stdout);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);

    if (transfer.is_error)
    {
        std::fprintf(stderr, "Received exception from server (version 24.3.1):\n%s", transfer.error_body.c_str());
        int code = transfer.exception_code.empty() ? 1 : std::atoi(transfer.exception_code.c_str());
        return code % 256 ? code % 256 : 1;
    }
    if (result != CURLE_OK)
    {
        std::fprintf(stderr, "Code: 210. DB::NetException: Connection to %s:%u failed: %s. (NETWORK_ERROR)\n", options.host.c_str(), options.port,
                     curl_easy_strerror(result));
        return 210;
    }
    return 0;
}
}

int runClient(int argc, char ** argv)
{
    try
    {
        CommandLine options = parseCommandLine(argc, argv);
        bool stdin_is_data = false;
        std::string script = readQueries(options, stdin_is_data);
        curl_global_init(CURL_GLOBAL_DEFAULT);
        int exit_code = 0;
        for (auto statement : sql::splitMultipleQueries(script, std::max<size_t>(script.size(), 262144)))
        {
            bool stream_stdin = false;
            if (stdin_is_data)
            {
                auto ast = sql::parseQuery(statement, std::max<size_t>(statement.size(), 262144));
                const auto * insert = ast->as<sql::ASTInsertQuery>();
                stream_stdin = insert && !insert->select && !insert->has_inline_data;
            }
            int code = runOne(options, std::string(statement), stream_stdin);
            if (code)
            {
                exit_code = code;
                if (!options.ignore_error)
                    break;
            }
        }
        curl_global_cleanup();
        return exit_code;
    }
    catch (...)
    {
        std::fprintf(stderr, "%s\n", currentExceptionDisplayText().c_str());
        int code = currentExceptionCode() % 256;
        return code ? code : 1;
    }
}
}
