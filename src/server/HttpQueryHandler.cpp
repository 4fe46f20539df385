#include "server/HttpQueryHandler.h"

#include <atomic>
#include <charconv>
#include <fmt/format.h>
#include <optional>

#include "base/DateLUT.h"
#include "base/Exception.h"
#include "interpreters/DatabaseCatalog.h"
#include "interpreters/executeQuery.h"
#include "io/HttpCompression.h"
#include "server/ClientCancelWatcher.h"
#include "server/HttpCredentials.h"
#include "server/QuerySetup.h"

namespace datastore::server
{
namespace
{
/// session_timeout in seconds (60 by default), INVALID_SESSION_TIMEOUT if it is not a number.
std::chrono::seconds sessionTimeout(const HttpRequest & request)
{
    auto text = request.getParam("session_timeout");
    if (!text)
        return std::chrono::seconds(60);
    UInt64 seconds = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), seconds);
    if (error != std::errc() || end != text->data() + text->size())
        throw Exception(ErrorCodes::INVALID_SESSION_TIMEOUT, "Invalid session timeout: '{}'", *text);
    return std::chrono::seconds(seconds);
}

/// URL parameters with a meaning of their own; every other one is a setting.
bool isReservedParameter(const std::string & name)
{
    static const char * reserved[] = {"query", "database", "default_format", "query_id", "user", "password", "session_id", "session_timeout",
                                      "session_check", "compress", "decompress", "buffer_size", "wait_end_of_query", "quota_key", "stacktrace",
                                      "role", "default_database", "client_protocol_version"};
    for (const char * candidate : reserved)
        if (name == candidate)
            return true;
    return name.rfind("param_", 0) == 0;
}

std::string summaryJSON(const interpreters::Progress & progress, UInt64 elapsed_ns)
{
    return fmt::format(R"({{"read_rows":"{}","read_bytes":"{}","written_rows":"{}","written_bytes":"{}","total_rows_to_read":"{}","result_rows":"{}","result_bytes":"{}","elapsed_ns":"{}"}})",
                       progress.read_rows.load(), progress.read_bytes.load(), progress.written_rows.load(), progress.written_bytes.load(),
                       progress.total_rows_to_read.load(), progress.result_rows.load(), progress.result_bytes.load(), elapsed_ns);
}

void setClientInfo(interpreters::ClientInfo & info, const HttpRequest & request)
{
    using interpreters::ClientInfo;
    info.interface = ClientInfo::Interface::Http;
    info.port = request.client_port;
    info.is_secure = request.connection && request.connection->isEncrypted();
    info.http_method = request.method == "GET" ? ClientInfo::HttpMethod::Get
        : request.method == "POST"             ? ClientInfo::HttpMethod::Post
                                               : ClientInfo::HttpMethod::Unknown;
    info.http_user_agent = request.getHeader("user-agent");
    info.http_referer = request.getHeader("referer");
    info.forwarded_for = request.getHeader("x-forwarded-for");
}

void setSummary(HttpResponse & response, const interpreters::QueryContext & context)
{
    auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - context.start_time).count();
    response.setHeader("X-ClickHouse-Summary", summaryJSON(context.progress, static_cast<UInt64>(elapsed)));
}

const char * reasonFor(int status)
{
    switch (status)
    {
        case 200: return "OK";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 411: return "Length Required";
        case 413: return "Payload Too Large";
        case 501: return "Not Implemented";
        case 503: return "Service Unavailable";
        default: return "Internal Server Error";
    }
}
}

int httpStatusForErrorCode(int code)
{
    using namespace ErrorCodes;
    switch (code)
    {
        case READONLY:
        case ACCESS_DENIED:
            return 403;
        case UNKNOWN_USER:
        case WRONG_PASSWORD:
        case REQUIRED_PASSWORD:
        case AUTHENTICATION_FAILED:
            return 401;
        case CANNOT_PARSE_TEXT:
        case CANNOT_PARSE_ESCAPE_SEQUENCE:
        case CANNOT_PARSE_QUOTED_STRING:
        case CANNOT_PARSE_DATE:
        case CANNOT_PARSE_DATETIME:
        case CANNOT_PARSE_NUMBER:
        case CANNOT_PARSE_INPUT_ASSERTION_FAILED:
        case CANNOT_PARSE_UUID:
        case DUPLICATE_COLUMN:
        case ILLEGAL_COLUMN:
        case UNKNOWN_ELEMENT_IN_AST:
        case THERE_IS_NO_COLUMN:
        case UNEXPECTED_AST_STRUCTURE:
        case SYNTAX_ERROR:
        case INCORRECT_DATA:
        case TYPE_MISMATCH:
        case NO_DATA_TO_INSERT:
        case BAD_QUERY_PARAMETER:
        case UNKNOWN_QUERY_PARAMETER:
            return 400;
        case UNKNOWN_TABLE:
        case UNKNOWN_FUNCTION:
        case UNKNOWN_IDENTIFIER:
        case UNKNOWN_TYPE:
        case UNKNOWN_STORAGE:
        case UNKNOWN_DATABASE:
        case UNKNOWN_SETTING:
        case UNKNOWN_AGGREGATE_FUNCTION:
        case UNKNOWN_FORMAT:
            return 404;
        case NOT_IMPLEMENTED:
            return 501;
        default:
            return 500;
    }
}

void HttpQueryHandler::handle(HttpRequest & request, HttpResponse & response)
{
    if (request.path == "/ping" || request.path == "/replicas_status")
    {
        response.setHeader("Content-Type", "text/html; charset=UTF-8");
        response.write("Ok.\n");
        return;
    }
    if (request.path != "/" && request.path != "/query")
    {
        response.setStatus(404, "Not Found");
        response.setHeader("Content-Type", "text/plain; charset=UTF-8");
        response.write(fmt::format("There is no handle {}\n\nUse / or /ping for health checks.\n\nSend queries from your program with POST method or GET /?query=...\n",
                                   request.path));
        return;
    }
    bool has_body = request.method == "POST" || request.hasHeader("content-length") || request.hasHeader("transfer-encoding");
    if (!request.getParam("query") && !has_body)
    {
        response.setHeader("Content-Type", "text/html; charset=UTF-8");
        response.write("Ok.\n");
        return;
    }
    handleQuery(request, response);
}

void HttpQueryHandler::handleQuery(HttpRequest & request, HttpResponse & response)
{
    interpreters::QueryContext context(server);
    context.client_address = request.client_address;
    setClientInfo(context.client_info, request);
    context.query_id = request.getParam("query_id").value_or("");
    if (context.query_id.empty())
        context.query_id = generateQueryId();
    response.setHeader("X-ClickHouse-Query-Id", context.query_id);
    response.setHeader("X-ClickHouse-Server-Display-Name", server.getConfig().display_name);
    response.setHeader("X-ClickHouse-Timezone", server.getConfig().timezone);
    /// Headers may go out in the middle of the query (a large result), or after it.
    response.setBeforeCommit([&context](HttpResponse & committing) { setSummary(committing, context); });

    try
    {
        auto credentials = credentialsOf(request);
        context.access = authenticate(server, credentials.user, credentials.password, request.client_address);
        context.user = credentials.user;
        interpreters::Session user_session = startSession(server, *context.access);
        context.settings = user_session.settings;
        context.current_database = user_session.current_database;

        std::unique_ptr<HttpSessions::Lease> session;
        if (auto session_id = request.getParam("session_id"); session_id && !session_id->empty())
        {
            session = sessions.acquire(*session_id, sessionTimeout(request), request.getParam("session_check").value_or("0") == "1",
                                       user_session);
            context.session = &session->session();
            context.settings = context.session->settings;
            context.current_database = context.session->current_database;
            applySessionRoles(context);
        }

        /// GET may only read, as ClickHouse's readonly = 2 for GET requests.
        if (request.method == "GET" && !context.settings.readonly)
            context.settings.readonly = 2;
        for (const auto & [name, value] : request.params)
        {
            if (name.rfind("param_", 0) == 0)
                context.query_parameters[name.substr(6)] = value;
            else if (!isReservedParameter(name))
                applyClientSetting(context, name, value);
        }
        if (auto database = request.getParam("database"))
            useDatabase(context, *database);
        else if (auto header_database = request.getHeader("x-clickhouse-database"); !header_database.empty())
            context.current_database = header_database;

        /// The query is the URL's `query` followed by the body; for an INSERT the body past
        /// the statement is its data and streams through without being buffered.
        std::string text = request.getParam("query").value_or("");
        std::unique_ptr<ReadBuffer> decompressed_body;
        auto request_encoding = parseContentEncoding(request.getHeader("content-encoding"));
        if (request_encoding != HttpCompressionMethod::None)
            decompressed_body = makeDecompressingReadBuffer(*request.body, request_encoding);
        ReadBuffer & body = decompressed_body ? *decompressed_body : *request.body;
        size_t max_query_size = context.settings.max_query_size ? context.settings.max_query_size : 262144;
        if (!body.eof())
        {
            if (!text.empty())
                text += '\n';
            size_t budget = max_query_size + 1;
            while (budget && !body.eof())
            {
                size_t chunk = std::min(budget, body.available());
                text.append(body.pos(), chunk);
                body.advance(chunk);
                budget -= chunk;
            }
        }
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            throw Exception(ErrorCodes::SYNTAX_ERROR, "Empty query");

        std::unique_ptr<WriteBuffer> compressed_output;
        if (context.settings.enable_http_compression)
        {
            auto method = chooseAcceptedEncoding(request.getHeader("accept-encoding"));
            if (method != HttpCompressionMethod::None)
            {
                response.setHeader("Content-Encoding", contentEncodingName(method));
                int level = static_cast<int>(context.settings.http_zlib_compression_level);
                compressed_output = makeCompressingWriteBuffer(response, method, level);
            }
        }

        /// wait_end_of_query: the whole result is held back, so that an error met at any
        /// point still gets its own status instead of breaking a 200 response.
        if (request.getParam("wait_end_of_query").value_or("0") == "1")
            response.holdUntilFinished();

        interpreters::QueryIO io;
        io.input = &body;
        io.output = compressed_output ? compressed_output.get() : &response;
        io.default_format = request.getParam("default_format").value_or(request.getHeader("x-clickhouse-format", "TabSeparated"));
        io.on_output_format = [&response](const std::string & format, const std::string & content_type) {
            response.setHeader("X-ClickHouse-Format", format);
            response.setHeader("Content-Type", content_type);
        };
        /// A client that hangs up cancels its query (a body still arriving ends the watch).
        std::optional<ClientCancelWatcher> watcher;
        if (request.connection)
            watcher.emplace(*request.connection, context, ClientCancelWatcher::Protocol::Http);
        interpreters::executeQuery(text, context, io);
        watcher.reset();
        if (compressed_output)
            compressed_output->finalize();
        /// The context ends with this function; the response is finished after it.
        response.setBeforeCommit(nullptr);
        setSummary(response, context);
    }
    catch (...)
    {
        response.setBeforeCommit(nullptr);
        setSummary(response, context);
        int code = currentExceptionCode();
        std::string message = currentExceptionDisplayText() + "\n";
        if (!response.isCommitted())
        {
            response.discardUncommitted();
            response.removeHeader("Content-Encoding");
            int status = httpStatusForErrorCode(code);
            response.setStatus(status, reasonFor(status));
            response.setHeader("Content-Type", "text/plain; charset=UTF-8");
            response.setHeader("X-ClickHouse-Exception-Code", std::to_string(code));
            response.write(message);
        }
        else
            response.breakWithError(message);
    }
}
}
