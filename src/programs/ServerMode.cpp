// `datastore server`: loads the configuration (file, config.d, then `-- --key=value`
// overrides), opens the catalog under <path>, and serves HTTP and the native protocol until
// SIGINT or SIGTERM.
#include <csignal>
#include <pthread.h>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "access/AccessControl.h"
#include "base/DateLUT.h"
#include "base/Exception.h"
#include "base/Logger.h"
#include "base/ServerMemoryUsage.h"
#include "interpreters/Context.h"
#include "interpreters/executeQuery.h"
#include "programs/Modes.h"
#include "server/ClustersConfig.h"
#include "server/Config.h"
#include "server/HttpQueryHandler.h"
#include "server/HttpServer.h"
#include "server/PrometheusHandler.h"
#include "server/TcpServer.h"
#include "server/TlsServerContext.h"

namespace datastore::programs
{
namespace
{
/// <query_log>, as ClickHouse lays it out; without the section nothing is logged.
interpreters::QueryLogConfig queryLogConfigFrom(const server::Config & config)
{
    interpreters::QueryLogConfig result;
    result.is_enabled = config.has("query_log");
    if (!result.is_enabled)
        return result;
    result.database = config.getString("query_log.database", result.database);
    result.table = config.getString("query_log.table", result.table);
    result.engine = config.getString("query_log.engine", "");
    result.partition_by = config.getString("query_log.partition_by", result.partition_by);
    result.order_by = config.getString("query_log.order_by", result.order_by);
    result.ttl = config.getString("query_log.ttl", "");
    result.flush_interval_milliseconds = config.getUInt("query_log.flush_interval_milliseconds", result.flush_interval_milliseconds);
    result.max_size_rows = config.getUInt("query_log.max_size_rows", result.max_size_rows);
    if (!result.engine.empty() && (config.has("query_log.partition_by") || config.has("query_log.order_by") || config.has("query_log.ttl")))
        throw Exception(ErrorCodes::BAD_ARGUMENTS, "If 'engine' is specified for system table, PARTITION BY parameters should be specified directly inside 'engine' and 'partition_by' setting doesn't make sense");
    return result;
}

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
    /// As ClickHouse: 0 means max_server_memory_usage_to_ram_ratio of the machine's memory,
    /// which also caps a larger value.
    double ram_ratio = std::stod(config.getString("max_server_memory_usage_to_ram_ratio", "0.9"));
    auto ram_limit = static_cast<UInt64>(static_cast<double>(physicalMemory()) * ram_ratio);
    result.max_server_memory_usage = config.getUInt("max_server_memory_usage", 0);
    if (!result.max_server_memory_usage || (ram_limit && result.max_server_memory_usage > ram_limit))
        result.max_server_memory_usage = ram_limit;
    for (const auto & macro : config.keys("macros"))
        result.macros[macro] = config.getString("macros." + macro, "");
    result.clusters = server::readClusters(config, result.tcp_port);
    result.query_log = queryLogConfigFrom(config);
    return result;
}

/// <logger>: level, log and errorlog files rotated at <size> into <count> older files, and
/// the console (on by default when there is no log file, as ClickHouse does in the foreground).
void configureLogger(const server::Config & config)
{
    Logger::Options options;
    options.level = Logger::parseLevel(config.getString("logger.level", "information"));
    options.log_path = config.getString("logger.log", "");
    options.errorlog_path = config.getString("logger.errorlog", "");
    options.max_file_size = Logger::parseSize(config.getString("logger.size", "100M"));
    options.file_count = config.getUInt("logger.count", 1);
    options.to_console = config.getBool("logger.console", options.log_path.empty());
    Logger::instance().configure(options);
}

void logInfo(const std::string & message)
{
    Logger::instance().log(Logger::Level::Information, "Application", message);
}

/// One listener per <listen_host>. With <listen_try>, an address that cannot be bound (an
/// IPv6 wildcard on a host without IPv6, or 0.0.0.0 after ::) is skipped with a warning.
template <typename Listener, typename... Arguments>
std::vector<std::unique_ptr<Listener>> listenOn(const std::vector<std::string> & hosts, bool listen_try, const char * protocol, UInt16 port,
                                                Arguments &&... arguments)
{
    std::vector<std::unique_ptr<Listener>> listeners;
    for (const auto & host : hosts)
    {
        auto listener = std::make_unique<Listener>(host, port, arguments...);
        try
        {
            listener->start();
        }
        catch (...)
        {
            if (!listen_try)
                throw;
            Logger::instance().log(Logger::Level::Warning, "Application",
                                   fmt::format("Listen [{}]:{} failed: {}. If it is an IPv6 or IPv4 address and your host has disabled IPv6 or "
                                               "IPv4, then consider to specify not disabled IPv4 or IPv6 address to listen in <listen_host> "
                                               "element of configuration file.", host, port, currentExceptionDisplayText()));
            continue;
        }
        logInfo(fmt::format("Listening for {}{}:{}", protocol, host, listener->boundPort()));
        listeners.push_back(std::move(listener));
    }
    return listeners;
}

/// The settings of the default profile, for what the server reads before a user is known.
interpreters::Settings defaultProfileSettings(const access::AccessControl & access_control, const interpreters::Settings & defaults)
{
    interpreters::Settings settings = defaults;
    auto model = access_control.getModel();
    if (model->profiles.contains(model->default_profile))
        for (const auto & [name, value] : model->resolveProfile(model->default_profile))
            settings.set(std::string_view(name), std::string_view(value));
    return settings;
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
        configureLogger(config);
        auto server_config = serverConfigFrom(config);
        DateLUT::setDefaultTimezone(server_config.timezone);
        auto access_control = std::make_shared<access::AccessControl>(config);
        access_control->startWatching(std::chrono::seconds(1));

        interpreters::initializeEngine();
        interpreters::ServerContext context(server_config);
        context.setAccessControl(access_control);
        context.loadCatalog();

        auto listen_hosts = config.getAll("listen_host");
        if (listen_hosts.empty())
            listen_hosts.push_back(server_config.listen_host);
        bool listen_try = config.getBool("listen_try", false);
        size_t max_connections = server_config.max_concurrent_queries * 4;
        server::HttpQueryHandler handler(context);
        server::HttpTimeouts http_timeouts;
        http_timeouts.receive = std::chrono::seconds(defaultProfileSettings(*access_control, context.getDefaultSettings()).http_receive_timeout);
        http_timeouts.keep_alive = std::chrono::seconds(config.getUInt("keep_alive_timeout", 10));
        auto http = listenOn<server::HttpServer>(listen_hosts, listen_try, "http://", server_config.http_port, handler, max_connections,
                                                 nullptr, http_timeouts);
        auto tcp = listenOn<server::TcpServer>(listen_hosts, listen_try, "native protocol (tcp): ", server_config.tcp_port, context,
                                               max_connections);
        if (http.empty() && tcp.empty())
            throw Exception(ErrorCodes::NETWORK_ERROR, "No <listen_host> could be listened on");
        /// The secure ports listen only when configured, with <openSSL><server>'s certificate.
        bool is_secure_configured = config.has("tcp_port_secure") || config.has("https_port");
        auto tls = is_secure_configured ? server::makeTlsServerContext(config) : nullptr;
        std::vector<std::unique_ptr<server::TcpServer>> tcp_secure;
        if (config.has("tcp_port_secure"))
            tcp_secure = listenOn<server::TcpServer>(listen_hosts, listen_try, "secure native protocol (tcp_secure)",
                                                     static_cast<UInt16>(config.getUInt("tcp_port_secure", 9440)), context, max_connections,
                                                     tls.get());
        std::vector<std::unique_ptr<server::HttpServer>> https;
        if (config.has("https_port"))
            https = listenOn<server::HttpServer>(listen_hosts, listen_try, "https://", static_cast<UInt16>(config.getUInt("https_port", 8443)),
                                                 handler, max_connections, tls.get(), http_timeouts);
        /// <prometheus>: its own HTTP port, serving only the metrics endpoint.
        std::unique_ptr<server::PrometheusHandler> prometheus_handler;
        std::vector<std::unique_ptr<server::HttpServer>> prometheus;
        if (config.has("prometheus.port"))
        {
            prometheus_handler = std::make_unique<server::PrometheusHandler>(
                context, config.getString("prometheus.endpoint", "/metrics"), config.getBool("prometheus.events", true),
                config.getBool("prometheus.metrics", true), config.getBool("prometheus.asynchronous_metrics", true));
            prometheus = listenOn<server::HttpServer>(listen_hosts, listen_try, "Prometheus: http://",
                                                      static_cast<UInt16>(config.getUInt("prometheus.port", 9363)), *prometheus_handler,
                                                      max_connections, nullptr, http_timeouts);
        }
        logInfo("Ready for connections.");

        int received = 0;
        sigwait(&termination, &received);
        logInfo("Received termination signal, shutting down.");
        for (auto & listener : prometheus)
            listener->stop();
        for (auto & listener : https)
            listener->stop();
        for (auto & listener : tcp_secure)
            listener->stop();
        for (auto & listener : tcp)
            listener->stop();
        for (auto & listener : http)
            listener->stop();
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
