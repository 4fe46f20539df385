-- CREATE / ALTER / DROP of settings profiles, quotas and row policies, and their SHOW CREATE.
DROP USER IF EXISTS u_00462;
DROP ROLE IF EXISTS r_00462;
CREATE USER u_00462;
CREATE ROLE r_00462 SETTINGS max_threads = 3;
SHOW CREATE ROLE r_00462;

CREATE SETTINGS PROFILE p_00462 SETTINGS max_threads = 4 MIN 1 MAX 8, readonly = 1, max_memory_usage CONST TO u_00462;
SHOW CREATE SETTINGS PROFILE p_00462;
CREATE PROFILE p_00462_child SETTINGS INHERIT p_00462, max_block_size = 1000;
SHOW CREATE PROFILE p_00462_child;
CREATE SETTINGS PROFILE p_00462; -- { serverError ACCESS_ENTITY_ALREADY_EXISTS }
CREATE SETTINGS PROFILE p_00462_bad SETTINGS INHERIT no_such_profile_00462; -- { serverError THERE_IS_NO_PROFILE }
CREATE SETTINGS PROFILE p_00462_bad TO no_such_user_00462; -- { serverError UNKNOWN_ROLE }
ALTER SETTINGS PROFILE p_00462 SETTINGS max_threads = 2 TO ALL EXCEPT r_00462;
SHOW CREATE SETTINGS PROFILE p_00462;
SELECT name, storage, num_elements, apply_to_all, apply_to_list, apply_to_except FROM system.settings_profiles WHERE name LIKE 'p\\_00462%' ORDER BY name;

CREATE QUOTA q_00462 KEYED BY user_name FOR INTERVAL 1 hour MAX queries = 10, errors = 5, FOR INTERVAL 2 day MAX execution_time = 1.5 TO u_00462, r_00462;
SHOW CREATE QUOTA q_00462;
CREATE QUOTA q_00462_b FOR INTERVAL 30 minute TRACKING ONLY, FOR RANDOMIZED INTERVAL 90 second NO LIMITS;
SHOW CREATE QUOTA q_00462_b;
ALTER QUOTA q_00462_b RENAME TO q_00462_c KEYED BY ip_address FOR INTERVAL 1 week MAX result_rows = 100, read_rows = 1000 TO ALL;
SHOW CREATE QUOTA q_00462_c;
SELECT name, storage, keys, durations, apply_to_all, apply_to_list FROM system.quotas WHERE name LIKE 'q\\_00462%' ORDER BY name;
CREATE QUOTA q_00462_bad FOR INTERVAL 1 hour MAX apples = 1; -- { serverError SYNTAX_ERROR }
DROP QUOTA no_such_quota_00462; -- { serverError UNKNOWN_QUOTA }

CREATE ROW POLICY pol_00462 ON db_00462.t FOR SELECT USING a > 1 AND b = 'x' TO u_00462;
SHOW CREATE ROW POLICY pol_00462 ON db_00462.t;
CREATE POLICY pol_00462_r ON db_00462.t AS restrictive USING a < 10 TO ALL EXCEPT u_00462;
SHOW CREATE POLICY pol_00462_r ON db_00462.t;
SHOW POLICIES;
SELECT name, short_name, database, table, select_filter, is_restrictive, apply_to_all, apply_to_list, apply_to_except FROM system.row_policies ORDER BY name;
ALTER ROW POLICY pol_00462 ON db_00462.t RENAME TO pol_00462_renamed USING c = 0;
SHOW CREATE ROW POLICY pol_00462_renamed ON db_00462.t;
SHOW CREATE ROW POLICY pol_00462 ON db_00462.t; -- { serverError UNKNOWN_ROW_POLICY }

-- Dropping a user takes it from the TO lists.
DROP USER u_00462;
SHOW CREATE QUOTA q_00462;
SHOW CREATE POLICY pol_00462_r ON db_00462.t;
DROP ROW POLICY pol_00462_renamed, pol_00462_r ON db_00462.t;
DROP QUOTA q_00462, q_00462_c;
DROP SETTINGS PROFILE p_00462_child, p_00462;
DROP PROFILE IF EXISTS p_00462;
DROP ROLE r_00462;
SHOW ROLES;
