-- GRANT and REVOKE of privileges and roles, as SHOW GRANTS and system.grants print them.
DROP USER IF EXISTS u_00461;
DROP ROLE IF EXISTS r_00461, r_00461_inner;
CREATE USER u_00461;
CREATE ROLE r_00461, r_00461_inner;
SHOW GRANTS FOR u_00461;

GRANT SELECT ON db_00461.t TO u_00461;
GRANT INSERT, SELECT(a, b) ON db_00461.t2 TO u_00461;
GRANT CREATE, DROP ON db_00461.* TO u_00461 WITH GRANT OPTION;
GRANT SYSTEM ON *.* TO u_00461;
SHOW GRANTS FOR u_00461;
SELECT user_name, role_name, access_type, database, table, column, is_partial_revoke, grant_option FROM system.grants WHERE user_name = 'u_00461' ORDER BY database, table, column, access_type;

-- A grant at a wider level covers the narrower ones; a revoke of a part leaves a partial revoke.
GRANT SELECT ON db_00461.* TO u_00461;
SHOW GRANTS FOR u_00461;
REVOKE SELECT ON db_00461.t3 FROM u_00461;
REVOKE GRANT OPTION FOR DROP ON db_00461.* FROM u_00461;
REVOKE SYSTEM ON *.* FROM u_00461;
SHOW GRANTS FOR u_00461;
REVOKE ALL ON *.* FROM u_00461;
SHOW GRANTS FOR u_00461;

GRANT ALL ON db_00461.t TO r_00461;
GRANT ALL ON *.* TO r_00461_inner;
GRANT r_00461_inner TO r_00461;
GRANT r_00461 TO u_00461 WITH ADMIN OPTION;
SHOW GRANTS FOR r_00461;
SHOW GRANTS FOR u_00461, r_00461_inner;
SELECT user_name, role_name, granted_role_name, granted_role_is_default, with_admin_option FROM system.role_grants WHERE user_name = 'u_00461' OR role_name = 'r_00461' ORDER BY granted_role_name;
GRANT r_00461 TO r_00461_inner; -- { serverError BAD_ARGUMENTS }
REVOKE ADMIN OPTION FOR r_00461 FROM u_00461;
SHOW GRANTS FOR u_00461;
REVOKE r_00461 FROM u_00461;
SHOW GRANTS FOR u_00461;

GRANT SELECT ON db_00461.t TO no_such_user_00461; -- { serverError UNKNOWN_ROLE }
GRANT no_such_role_00461 TO u_00461; -- { serverError UNKNOWN_ROLE }
GRANT SELECT ON db_00461.t TO default; -- { serverError ACCESS_STORAGE_READONLY }
GRANT CREATE DATABASE ON db_00461.t TO u_00461; -- { serverError INVALID_GRANT }
GRANT SYSTEM ON db_00461.* TO u_00461; -- { serverError INVALID_GRANT }
GRANT FLY ON *.* TO u_00461; -- { serverError SYNTAX_ERROR }

SET ROLE r_00461; -- { serverError SET_NON_GRANTED_ROLE }
SET ROLE NONE;
SET ROLE DEFAULT;
SET DEFAULT ROLE r_00461 TO u_00461; -- { serverError SET_NON_GRANTED_ROLE }
GRANT r_00461, r_00461_inner TO u_00461;
SET DEFAULT ROLE r_00461 TO u_00461;
SHOW CREATE USER u_00461;
SET DEFAULT ROLE ALL EXCEPT r_00461 TO u_00461;
SHOW CREATE USER u_00461;
SET DEFAULT ROLE NONE TO u_00461;
SHOW CREATE USER u_00461;

-- Dropping a role takes it from those it was granted to.
DROP ROLE r_00461_inner;
SHOW GRANTS FOR u_00461;
SHOW GRANTS FOR r_00461;
SELECT name, storage FROM system.roles WHERE name LIKE 'r\\_00461%';
SHOW GRANTS;
DROP USER u_00461;
DROP ROLE r_00461;
DROP ROLE r_00461; -- { serverError UNKNOWN_ROLE }
