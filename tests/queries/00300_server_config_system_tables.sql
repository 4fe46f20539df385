-- The default user of a server without users of its own, and the configuration tables of a
-- server without <macros> or <remote_servers>.
SELECT name, storage, auth_type, host_ip, host_names, host_names_regexp, default_database FROM system.users;
SELECT count() FROM system.macros;
SELECT count() FROM system.clusters;
SELECT name, value FROM system.settings WHERE name IN ('os_thread_priority', 'parallel_view_processing', 'connect_timeout_with_failover_ms', 'distributed_aggregation_memory_efficient') ORDER BY name;
SELECT value FROM system.settings WHERE name = 'readonly';
