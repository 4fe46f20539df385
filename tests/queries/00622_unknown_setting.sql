-- A name that is no setting of ClickHouse 24.8 fails with UNKNOWN_SETTING wherever it is given.
SELECT 1 SETTINGS no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
SET no_such_setting = 1; -- { serverError UNKNOWN_SETTING }
SELECT getSetting('no_such_setting'); -- { serverError UNKNOWN_SETTING }
-- HTTP parameters of their own are not settings.
SELECT 1 SETTINGS wait_end_of_query = 1; -- { serverError UNKNOWN_SETTING }
SET default_format = 'JSON'; -- { serverError UNKNOWN_SETTING }
SELECT count() FROM system.settings WHERE name IN ('no_such_setting', 'wait_end_of_query', 'default_format', 'buffer_size');
-- Settings ClickHouse added after 24.8 are unknown too.
SELECT 1 SETTINGS query_plan_join_swap_table = 'auto'; -- { serverError UNKNOWN_SETTING }
SET create_if_not_exists = 1; -- { serverError UNKNOWN_SETTING }
