#include "server/ConfigElements.h"

#include <algorithm>
#include <iterator>

#include "interpreters/Settings.h"

namespace datastore::server
{
namespace
{
/// ClickHouse 24.x's server settings and sections (sorted).
constexpr std::string_view kServerElements[] = {
    "access_control_improvements", "access_control_path", "aggregate_function_group_array_action_when_limit_is_reached",
    "aggregate_function_group_array_max_element_size", "allow_feature_tier", "allow_implicit_no_password", "allow_no_password",
    "allow_plaintext_password", "allow_use_jemalloc_memory", "async_insert_queue_flush_on_shutdown", "async_insert_threads",
    "async_load_databases", "asynchronous_heavy_metrics_update_period_s", "asynchronous_insert_log", "asynchronous_metric_log",
    "asynchronous_metrics_update_period_s", "auxiliary_zookeepers", "background_buffer_flush_schedule_pool_size",
    "background_common_pool_size", "background_distributed_schedule_pool_size", "background_fetches_pool_size",
    "background_merges_mutations_concurrency_ratio", "background_merges_mutations_scheduling_policy",
    "background_message_broker_schedule_pool_size", "background_move_pool_size", "background_pool_size",
    "background_schedule_pool_size", "backup_log", "backup_threads", "backups", "bcrypt_workfactor",
    "builtin_dictionaries_reload_interval", "cache_size_to_ram_max_ratio", "cgroups_memory_usage_observer_wait_time",
    "compiled_expression_cache_elements_size", "compiled_expression_cache_size", "compression", "concurrent_threads_soft_limit_num",
    "concurrent_threads_soft_limit_ratio_to_cores", "core_dump", "crash_log", "custom_settings_prefixes",
    "database_atomic_delay_before_drop_table_sec", "database_catalog_drop_table_concurrency", "database_catalog_unused_dir_hide_timeout_sec",
    "default_database", "default_password_type", "default_profile", "default_replica_name", "default_replica_path",
    "default_session_timeout", "dictionaries_config", "dictionaries_lazy_load", "dictionary_background_reconnect_interval",
    "disable_internal_dns_cache", "display_name", "distributed_ddl", "dns_cache_max_entries", "dns_cache_update_period",
    "dns_max_consecutive_failures", "encryption_codecs", "error_log", "format_schema_path", "geo", "grpc", "grpc_port",
    "http_handlers", "http_options_response", "http_port", "http_server_default_response", "https_port", "include_from",
    "index_mark_cache_size", "index_uncompressed_cache_size", "interserver_http_credentials", "interserver_http_host",
    "interserver_http_port", "interserver_https_host", "interserver_https_port", "interserver_listen_host", "io_thread_pool_queue_size",
    "kafka", "keep_alive_timeout", "keeper_server", "ldap_servers", "listen_backlog", "listen_host", "listen_reuse_port", "listen_try",
    "logger", "macros", "mark_cache_policy", "mark_cache_size", "max_backup_bandwidth_for_server", "max_backups_io_thread_pool_free_size",
    "max_backups_io_thread_pool_size", "max_concurrent_insert_queries", "max_concurrent_queries", "max_concurrent_select_queries",
    "max_connections", "max_database_num_to_warn", "max_dictionary_num_to_warn", "max_io_thread_pool_free_size", "max_io_thread_pool_size",
    "max_open_files", "max_part_num_to_warn", "max_partition_size_to_drop", "max_server_memory_usage",
    "max_server_memory_usage_to_ram_ratio", "max_session_timeout", "max_table_num_to_warn", "max_table_size_to_drop",
    "max_temporary_data_on_disk_size", "max_thread_pool_free_size", "max_thread_pool_size", "max_waiting_queries", "merge_tree",
    "merges_mutations_memory_usage_soft_limit", "merges_mutations_memory_usage_to_ram_ratio", "metric_log", "mlock_executable",
    "mmap_cache_size", "mysql_port", "named_collections", "openSSL", "opentelemetry_span_log", "part_log", "path", "postgresql_port",
    "processors_profile_log", "profiles", "prometheus", "query_cache", "query_log", "query_masking_rules", "query_thread_log",
    "query_views_log", "quotas", "remap_executable", "remote_servers", "replicated_merge_tree", "roles", "s3", "send_crash_reports",
    "session_log", "shutdown_wait_unfinished", "shutdown_wait_unfinished_queries", "storage_configuration", "tcp_port",
    "tcp_port_secure", "tcp_with_proxy_port", "temporary_data_in_cache", "text_log", "thread_pool_queue_size", "timezone",
    "tmp_path", "tmp_policy", "top_level_domains_lists", "top_level_domains_path", "total_memory_profiler_step",
    "total_memory_tracker_sample_probability", "trace_log", "uncompressed_cache_policy", "uncompressed_cache_size",
    "user_defined_executable_functions_config", "user_defined_path", "user_defined_zookeeper_path", "user_directories",
    "user_files_path", "user_scripts_path", "users", "users_config", "validate_tcp_client_information", "zookeeper", "zookeeper_log",
};
}

bool isKnownConfigElement(std::string_view name)
{
    if (std::binary_search(std::begin(kServerElements), std::end(kServerElements), name))
        return true;
    /// GraphiteMergeTree's rollup sections are named by the user (graphite_rollup, graphite_rollup_example, ...).
    if (name.starts_with("graphite"))
        return true;
    return interpreters::Settings::isKnown(name);
}
}
