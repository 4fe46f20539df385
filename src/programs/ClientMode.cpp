// `datastore client`: clickhouse-client's command line over the native protocol. With --query
// or a script on stdin it runs the statements and exits with the first error's code; on a
// terminal without --query it runs the interactive session (client/InteractiveSession).
#include "client/InteractiveSession.h"
#include "client/ServerException.h"
#include "io/FileDescriptorBuffers.h"
#include "programs/CommandLine.h"
#include "programs/Modes.h"
#include "sql/Parser.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace datastore::programs
{
namespace
{
std::atomic<bool> interrupted { false };

void onInterrupt(int)
{
    interrupted = true;
}

/// As clickhouse-client: the error code is the exit status, which the OS cuts to a byte.
int exitCodeOf(int code)
{
    return code % 256 ? code % 256 : 1;
}

int runScript(const CommandLine & options, client::QueryRunner & runner, client::ProgressDisplay & progress)
{
    bool stdin_is_data = false;
    std::string script = readQueries(options, stdin_is_data);
    ReadBufferFromFileDescriptor stdin_data(STDIN_FILENO);
    std::string format = options.format.empty() ? "TabSeparated" : options.format;
    int exit_code = 0;
    for (auto statement : sql::splitMultipleQueries(script, std::max<size_t>(script.size(), 262144)))
    {
        try
        {
            if (runner.run(std::string(statement), format, stdin_is_data ? &stdin_data : nullptr).was_cancelled)
            {
                /// Ctrl-C ends a script, as clickhouse-client leaves with QUERY_WAS_CANCELLED.
                std::fputs("Query was cancelled.\n", stderr);
                return exitCodeOf(ErrorCodes::QUERY_WAS_CANCELLED);
            }
            if (options.print_time)
                std::fprintf(stderr, "%.3f\n", progress.elapsedSeconds());
        }
        catch (const client::ServerException & exception)
        {
            std::fprintf(
                stderr, "%s\n(query: %.*s)\n", exception.clientText().c_str(), static_cast<int>(statement.size()), statement.data());
            exit_code = exitCodeOf(exception.code());
            if (!options.ignore_error)
                break;
        }
    }
    return exit_code;
}
}

int runClient(int argc, char ** argv)
{
    try
    {
        CommandLine options = parseCommandLine(argc, argv);
        bool is_interactive = !options.query && isatty(STDIN_FILENO);

        client::ConnectionParameters parameters;
        parameters.host = options.host;
        parameters.port = options.port.value_or(options.is_secure ? 9440 : 9000);
        parameters.is_secure = options.is_secure;
        parameters.accept_invalid_certificate = options.accept_invalid_certificate;
        parameters.user = options.user;
        parameters.password = options.password;
        parameters.database = options.database;
        client::Connection connection(parameters);

        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigaction(SIGINT, &action, nullptr);

        WriteBufferFromFileDescriptor out(STDOUT_FILENO);
        client::ProgressDisplay progress(is_interactive && isatty(STDERR_FILENO));
        client::QueryRunner runner(connection, progress, out, interrupted);
        runner.setSettings(options.settings);
        runner.setParameters(options.parameters);
        if (is_interactive)
            return client::InteractiveSession(connection, runner, progress, options.format.empty() ? "PrettyCompact" : options.format)
                .run();
        return runScript(options, runner, progress);
    }
    catch (const client::ServerException & exception)
    {
        std::fprintf(stderr, "%s\n", exception.clientText().c_str());
        return exitCodeOf(exception.code());
    }
    catch (...)
    {
        std::fprintf(stderr, "%s\n", currentExceptionDisplayText().c_str());
        return exitCodeOf(currentExceptionCode());
    }
}
}
