// `datastore local`: the whole engine in this process over a directory (--path, else a
// fresh temporary one), running the queries of --query or stdin and printing results.
#include <cstdio>
#include <filesystem>
#include <unistd.h>

#include "base/DateLUT.h"
#include "base/Logger.h"
#include "interpreters/Context.h"
#include "interpreters/executeQuery.h"
#include "io/FileDescriptorBuffers.h"
#include "programs/CommandLine.h"
#include "programs/Modes.h"
#include "sql/Parser.h"

namespace datastore::programs
{
int runLocal(int argc, char ** argv)
{
    std::filesystem::path temporary;
    try
    {
        CommandLine options = parseCommandLine(argc, argv);
        interpreters::ServerConfig config;
        if (options.path.empty())
        {
            temporary = std::filesystem::temp_directory_path() / ("datastore-local-" + std::to_string(getpid()));
            config.path = temporary.string() + "/";
        }
        else
            config.path = options.path;
        // As clickhouse-local: errors are printed once, as the query's result, not also logged.
        Logger::Options log_options;
        log_options.level = options.log_level.empty() ? Logger::Level::None : Logger::parseLevel(options.log_level);
        Logger::instance().configure(log_options);
        DateLUT::setDefaultTimezone(config.timezone);
        interpreters::initializeEngine();
        interpreters::ServerContext server(config);
        server.loadCatalog();

        bool stdin_is_data = false;
        std::string script = readQueries(options, stdin_is_data);
        ReadBufferFromFileDescriptor stdin_buffer(STDIN_FILENO);
        WriteBufferFromFileDescriptor stdout_buffer(STDOUT_FILENO);

        interpreters::Settings session_settings = server.getDefaultSettings();
        for (const auto & [name, value] : options.settings)
            session_settings.set(std::string_view(name), std::string_view(value));
        std::string session_database = options.database.empty() ? "default" : options.database;

        int exit_code = 0;
        for (auto statement : sql::splitMultipleQueries(script, std::max<size_t>(script.size(), 262144)))
        {
            interpreters::QueryContext context(server);
            context.settings = session_settings;
            context.current_database = session_database;
            context.query_parameters = options.parameters;
            interpreters::QueryIO io;
            io.input = stdin_is_data ? &stdin_buffer : nullptr;
            io.output = &stdout_buffer;
            io.default_format = options.format.empty() ? "TSV" : options.format;
            try
            {
                interpreters::executeQuery(std::string(statement), context, io);
                stdout_buffer.next();
            }
            catch (...)
            {
                stdout_buffer.next();
                std::fprintf(stderr, "%s\n", currentExceptionDisplayText().c_str());
                exit_code = currentExceptionCode() % 256;
                if (!options.ignore_error)
                    break;
            }
            session_settings = context.settings;
            session_database = context.current_database;
        }
        stdout_buffer.finalize();
        server.shutdown();
        if (!temporary.empty())
            std::filesystem::remove_all(temporary);
        return exit_code;
    }
    catch (...)
    {
        std::fprintf(stderr, "%s\n", currentExceptionDisplayText().c_str());
        if (!temporary.empty())
            std::filesystem::remove_all(temporary);
        int code = currentExceptionCode() % 256;
        return code ? code : 1;
    }
}
}
