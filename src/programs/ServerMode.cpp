// `datastore server`: loads the configuration (file, config.d, then `-- --key=value`
// overrides), opens the catalog under <path>, and serves HTTP and the native protocol until
// SIGINT or SIGTERM.
#include <csignal>
#include <pthread.h>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/DateLUT.h"
#include "interpreters/Context.h"
#include "interpreters/executeQuery.h"
#include "programs/Modes.h"
#include "server/Config.h"
#include "server/HttpQueryHandler.h"
#include "server/HttpServer.h"
#include "server/TcpServer.h"

namespace datastore::programs
{
namespace
{
interpreters::ServerConfig serverConfigFrom(const server::Config & config)
{
    interpreters::ServerConfig result;
    result.path = config.getString("path", result.path);
    result.tmp_path = config.getString("tmp_path", "");
    result.listen_host = config.getString("listen_host", result.listen_host);
    result.http_port = static_cast<UInt16>(config.getUInt("http_port", result.http_port));
    result.tcp_port = static_cast<UInt16>(config.getUInt("tcp_port", result.tcp_port));
    result.timezone = config.getString("timezone", result.timezone);
    result.max_concurrent_queries = config.getUInt("max_concurrent_queries", result.max_concurrent_queries);
    result.display_name = config.getString("display_name", result.display_name);
    return result;
}
}

int runServer(int argc, char ** argv)
{
    std::string config_file;
    std::vector<std::string> overrides;
    bool after_separator = false;
    for (int i = 1; i < argc; ++i)
    {
        std::string argument = argv[i];
        if (after_separator)
            overrides.push_back(argument);
        else if (argument == "--")
            after_separator = true;
        else if (argument.rfind("--config-file=", 0) == 0)
            config_file = argument.substr(14);
        else if ((argument == "--config-file" || argument == "-C") && i + 1 < argc)
            config_file = argv[++i];
        else if (argument.rfind("--", 0) == 0)
            overrides.push_back(argument);
        else
        {
            std::fprintf(stderr, "Unknown argument: %s\nUsage: datastore server [--config-file=FILE] [-- --key=value ...]\n", argv[i]);
            return 1;
        }
    }

    /// Termination signals are taken by the main thread alone (sigwait below): every thread
    /// started from here on inherits the blocked mask.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGINT);
    sigaddset(&termination, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &termination, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    try
    {
        server::Config config = config_file.empty() ? server::Config::embeddedDefault() : server::Config::load(config_file);
        config.applyOverrides(overrides);
        auto server_config = serverConfigFrom(config);
        DateLUT::setDefaultTimezone(server_config.timezone);

        interpreters::initializeEngine();
        interpreters::ServerContext context(server_config);
        context.loadCatalog();

        server::HttpQueryHandler handler(context);
        server::HttpServer http(server_config.listen_host, server_config.http_port, handler, server_config.max_concurrent_queries * 4);
        http.start();
        std::fprintf(stderr, "%s\n", fmt::format("Listening for http://{}:{}", server_config.listen_host, http.boundPort()).c_str());
        server::TcpServer tcp(server_config.listen_host, server_config.tcp_port, context, server_config.max_concurrent_queries * 4);
        tcp.start();
        std::fprintf(stderr, "%s\n",
                     fmt::format("Listening for native protocol (tcp): {}:{}", server_config.listen_host, tcp.boundPort()).c_str());
        std::fprintf(stderr, "Ready for connections.\n");

        int received = 0;
        sigwait(&termination, &received);
        std::fprintf(stderr, "Received termination signal, shutting down.\n");
        tcp.stop();
        http.stop();
        context.shutdown();
        return 0;
    }
    catch (...)
    {
        std::fprintf(stderr, "%s\n", currentExceptionDisplayText().c_str());
        return currentExceptionCode() ? currentExceptionCode() % 256 : 1;
    }
}
}
