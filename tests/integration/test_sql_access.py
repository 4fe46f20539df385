"""SQL-driven access control: users, roles, grants per table and column, row policies, quotas
and settings profiles created by SQL, checked over HTTP and the native protocol (Insights'
clickhouse_driver), kept in the access directory across a restart; a corrupt access file stops
the server naming it; a users.xml user without access_management may not manage access."""
import os
import shutil
import subprocess

from config_fixtures import copy_fixture, http_error, http_ok, settings_of, start_from, write
from server import Server, expect

# clickhouse_driver is Debian's package, importable by Debian's python only.
PYTHON = "/usr/bin/python3"
DRIVER_QUERY = """
import sys
from clickhouse_driver import Client
from clickhouse_driver.errors import ServerException
client = Client("127.0.0.1", port=int(sys.argv[1]), user=sys.argv[2], password=sys.argv[3])
try:
    for row in client.execute(sys.argv[4]):
        print("\\t".join(str(value) for value in row))
except ServerException as error:
    print("error", error.code, error.message)
"""
DENIED = "{}: Not enough privileges. To execute this query, it's necessary to have the grant {}"
ALICE = ("alice", "alice-secret")


def driver(server, sql, user, password):
    """Runs `sql` through clickhouse_driver as `user`: its rows as TSV, or `error <code> <message>`."""
    result = subprocess.run([PYTHON, "-c", DRIVER_QUERY, str(server.tcp_port), user, password, sql], capture_output=True, text=True, timeout=60)
    expect(result.returncode == 0, f"driver: {result.stderr}")
    return result.stdout


def admin(server, sql):
    return http_ok(server, sql)


def setup_tables(server):
    admin(server, "CREATE DATABASE shop")
    admin(server, "CREATE TABLE shop.orders (id UInt32, region String, amount UInt64, card String) ENGINE = MergeTree ORDER BY id")
    admin(server, "INSERT INTO shop.orders VALUES (1, 'eu', 10, 'c1'), (2, 'us', 20, 'c2'), (3, 'eu', 30, 'c3'), (4, 'asia', 40, 'c4')")
    admin(server, "CREATE TABLE shop.stock (item String, count UInt32) ENGINE = Memory")
    admin(server, "INSERT INTO shop.stock VALUES ('pen', 5)")
    admin(server, "CREATE VIEW shop.eu_orders AS SELECT id, amount FROM shop.orders WHERE region = 'eu'")


def test_users_grants_roles_policies_and_restart():
    server = Server().start()
    try:
        setup_tables(server)
        admin(server, "CREATE USER alice IDENTIFIED WITH sha256_password BY 'alice-secret' DEFAULT DATABASE shop")

        # Logging in: HTTP and the native protocol; a wrong password is AUTHENTICATION_FAILED.
        expect(http_ok(server, "SELECT currentDatabase()", *ALICE) == "shop\n", "default database of a SQL user")
        expect(driver(server, "SELECT 1", *ALICE) == "1\n", "native login")
        body = http_error(server, "SELECT 1", 516, "alice", "wrong")
        expect("alice: Authentication failed" in body, body)
        expect(driver(server, "SELECT 1", "alice", "wrong").startswith("error 516 "), "native wrong password")

        # No grant: nothing to read or write.
        body = http_error(server, "SELECT id FROM shop.orders", 497, *ALICE)
        expect(DENIED.format("alice", "SELECT ON shop.orders") in body, body)
        body = http_error(server, "INSERT INTO shop.stock VALUES ('ink', 1)", 497, *ALICE)
        expect(DENIED.format("alice", "INSERT ON shop.stock") in body, body)

        # Column grants: the columns read must all be granted.
        admin(server, "GRANT SELECT(id, region, amount) ON shop.orders TO alice")
        expect(http_ok(server, "SELECT sum(amount) FROM orders", *ALICE) == "100\n", "granted columns")
        expect(http_ok(server, "SELECT count() FROM orders WHERE region = 'eu'", *ALICE) == "2\n", "granted columns in WHERE")
        for sql in ("SELECT card FROM orders", "SELECT * FROM orders", "SELECT id FROM orders WHERE card = 'c1'",
                    "SELECT x FROM (SELECT card AS x FROM shop.orders)"):
            body = http_error(server, sql, 497, *ALICE)
            expect(DENIED.format("alice", "SELECT(card) ON shop.orders") in body, f"{sql}: {body}")
        expect(driver(server, "SELECT card FROM shop.orders", *ALICE).startswith("error 497 "), "native column check")
        admin(server, "GRANT SELECT ON shop.orders TO alice")
        expect(http_ok(server, "SELECT card FROM orders WHERE id = 1", *ALICE) == "c1\n", "table grant")
        admin(server, "REVOKE SELECT(card) ON shop.orders FROM alice")
        body = http_error(server, "SELECT card FROM orders", 497, *ALICE)
        expect(DENIED.format("alice", "SELECT(card) ON shop.orders") in body, body)
        expect(http_ok(server, "SELECT count() FROM orders", *ALICE) == "4\n", "the rest stays granted")
        expect("REVOKE SELECT(card) ON shop.orders FROM alice" in http_ok(server, "SHOW GRANTS FOR alice"), "partial revoke shown")

        # Roles: what a role is granted, its grantees may do, until it is revoked.
        admin(server, "CREATE ROLE stock_keeper")
        admin(server, "GRANT SELECT, INSERT ON shop.stock TO stock_keeper")
        admin(server, "GRANT stock_keeper TO alice")
        http_ok(server, "INSERT INTO shop.stock VALUES ('ink', 1)", *ALICE)
        expect(http_ok(server, "SELECT sum(count) FROM shop.stock", *ALICE) == "6\n", "through the role")
        expect(http_ok(server, "SHOW GRANTS", *ALICE).splitlines()[-1] == "GRANT stock_keeper TO alice", "own SHOW GRANTS")
        # SET ROLE changes the enabled roles for the rest of the session.
        session = {"session_id": "alice-roles"}
        http_ok(server, "SET ROLE NONE", *ALICE, params=session)
        http_error(server, "SELECT count() FROM shop.stock", 497, *ALICE, params=session)
        expect(http_ok(server, "SELECT count() FROM shop.stock", *ALICE) == "2\n", "another session keeps the default roles")
        http_ok(server, "SET ROLE stock_keeper", *ALICE, params=session)
        expect(http_ok(server, "SELECT count() FROM shop.stock", *ALICE, params=session) == "2\n", "SET ROLE r")
        http_ok(server, "SET ROLE NONE", *ALICE, params=session)
        http_ok(server, "SET ROLE DEFAULT", *ALICE, params=session)
        expect(http_ok(server, "SELECT count() FROM shop.stock", *ALICE, params=session) == "2\n", "SET ROLE DEFAULT")
        body = http_error(server, "SET ROLE nobody_role", 512, *ALICE, params=session)
        expect("Role nobody_role should be granted to set current" in body, body)
        admin(server, "REVOKE stock_keeper FROM alice")
        body = http_error(server, "SELECT count() FROM shop.stock", 497, *ALICE)
        expect(DENIED.format("alice", "SELECT ON shop.stock") in body, body)

        # INSERT per column: the columns written must all be granted.
        admin(server, "GRANT INSERT(item) ON shop.stock TO alice")
        http_ok(server, "INSERT INTO shop.stock (item) VALUES ('cap')", *ALICE)
        body = http_error(server, "INSERT INTO shop.stock VALUES ('hat', 1)", 497, *ALICE)
        expect(DENIED.format("alice", "INSERT(count) ON shop.stock") in body, body)
        expect(http_ok(server, "SELECT count() FROM shop.stock WHERE item = 'cap' AND count = 0") == "1\n", "the column's default")

        # Row policies filter every read of the table: directly, in subqueries, JOINs and views.
        admin(server, "CREATE ROW POLICY eu_only ON shop.orders FOR SELECT USING region = 'eu' TO alice")
        admin(server, "GRANT SELECT ON shop.eu_orders TO alice")
        expect(http_ok(server, "SELECT id FROM orders ORDER BY id", *ALICE) == "1\n3\n", "policy on a read")
        expect(http_ok(server, "SELECT count() FROM orders", *ALICE) == "2\n", "policy on count()")
        expect(http_ok(server, "SELECT count() FROM (SELECT id FROM shop.orders WHERE amount > 15)", *ALICE) == "1\n", "policy in a subquery")
        expect(http_ok(server, "SELECT count() FROM orders AS a JOIN orders AS b ON a.id = b.id", *ALICE) == "2\n", "policy in a JOIN")
        expect(http_ok(server, "SELECT id IN (SELECT id FROM shop.orders) FROM shop.orders ORDER BY id", *ALICE) == "1\n1\n", "policy in IN")
        expect(http_ok(server, "SELECT count() FROM shop.eu_orders", *ALICE) == "2\n", "policy in a view")
        expect(driver(server, "SELECT id FROM shop.orders ORDER BY id", *ALICE) == "1\n3\n", "policy over the native protocol")
        expect(http_ok(server, "SELECT count() FROM shop.orders") == "4\n", "a user no policy names reads every row")
        admin(server, "CREATE ROW POLICY small ON shop.orders AS restrictive USING amount < 30 TO alice")
        expect(http_ok(server, "SELECT id FROM orders ORDER BY id", *ALICE) == "1\n", "restrictive policies are AND-ed")

        # Access management: refused without ACCESS MANAGEMENT, allowed once granted.
        body = http_error(server, "CREATE USER bob", 497, *ALICE)
        expect(DENIED.format("alice", "CREATE USER ON *.*") in body, body)
        body = http_error(server, "GRANT SELECT ON shop.orders TO alice", 497, *ALICE)
        expect("WITH GRANT OPTION" in body, body)
        admin(server, "GRANT ACCESS MANAGEMENT ON *.* TO alice")
        http_ok(server, "CREATE USER bob IDENTIFIED WITH plaintext_password BY 'bob-pw'", *ALICE)
        expect(http_ok(server, "SELECT 1", "bob", "bob-pw") == "1\n", "a user created by a SQL user")

        # Quotas: the query one too many is refused with QUOTA_EXCEEDED.
        admin(server, "CREATE QUOTA bob_quota FOR INTERVAL 1 hour MAX queries = 3 TO bob")
        for _ in range(3):
            http_ok(server, "SELECT 1", "bob", "bob-pw")
        body = http_error(server, "SELECT 1", 201, "bob", "bob-pw")
        expect("Quota for user `bob` for 3600s has been exceeded: queries = 4/3" in body and "`bob_quota`" in body, body)

        # Settings profiles: readonly forbids writes (164); a constraint bounds a setting (452).
        admin(server, "CREATE USER carol IDENTIFIED BY 'carol-pw'")
        admin(server, "GRANT ALL ON shop.* TO carol")
        admin(server, "CREATE SETTINGS PROFILE careful SETTINGS readonly = 1, max_threads = 2 MAX 4 TO carol")
        expect(settings_of(server, ["readonly", "max_threads"], "carol", "carol-pw") == ["1", "2"], "profile settings")
        body = http_error(server, "INSERT INTO shop.stock VALUES ('cup', 1)", 164, "carol", "carol-pw")
        expect("carol: Cannot execute query in readonly mode" in body, body)
        admin(server, "ALTER SETTINGS PROFILE careful SETTINGS max_threads = 2 MAX 4 TO carol")
        body = http_error(server, "SELECT 1", 452, "carol", "carol-pw", params={"max_threads": "8"})
        expect("Setting max_threads shouldn't be greater than 4" in body, body)
        expect(http_ok(server, "SELECT 1", "carol", "carol-pw", params={"max_threads": "3"}) == "1\n", "within the constraint")
        http_ok(server, "INSERT INTO shop.stock VALUES ('cup', 1)", "carol", "carol-pw")

        # Everything survives a restart; the access directory holds one readable file per entity.
        files = sorted(os.listdir(os.path.join(server.path, "access")))
        expect("user_alice.sql" in files and "role_stock_keeper.sql" in files and "quota_bob_quota.sql" in files, f"files: {files}")
        with open(os.path.join(server.path, "access", "user_alice.sql")) as f:
            stored = f.read()
        expect(stored.startswith("CREATE USER alice IDENTIFIED WITH sha256_hash BY '") and "alice-secret" not in stored, stored)
        grants_before = http_ok(server, "SHOW GRANTS FOR alice")
        server.stop()
        server.start()
        expect(http_ok(server, "SHOW GRANTS FOR alice") == grants_before, "grants after a restart")
        expect(http_ok(server, "SELECT id FROM orders ORDER BY id", *ALICE) == "1\n", "row policies after a restart")
        http_error(server, "SELECT card FROM orders", 497, *ALICE)
        http_error(server, "SELECT 1", 516, "alice", "wrong")
        expect(settings_of(server, ["max_threads"], "carol", "carol-pw") == ["2"], "profiles after a restart")
        expect(http_ok(server, "SELECT name FROM system.users WHERE storage = 'local_directory' ORDER BY name") == "alice\nbob\ncarol\n",
               "system.users")

        # A file that does not parse stops the server, naming the file.
        server.stop()
        write(os.path.join(server.path, "access", "user_broken.sql"), "CREATE USER broken IDENTIFIED WITH\n")
        log_size = os.path.getsize(os.path.join(server.path, "server.log"))
        try:
            server.start()
            raise AssertionError("the server started with a corrupt access file")
        except RuntimeError:
            pass
        with open(os.path.join(server.path, "server.log")) as f:
            log = f.read()[log_size:]
        expect("Code: 515" in log and "user_broken.sql" in log, log)
    finally:
        server.cleanup()


USERS = """<clickhouse>
  <profiles><default/></profiles>
  <users>
    <admin><password>admin-pw</password><access_management>1</access_management></admin>
    <plain><password>plain-pw</password></plain>
  </users>
  <quotas><default/></quotas>
</clickhouse>"""


def test_access_management_is_required():
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "users.xml"), USERS)
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        for sql, grant in (("CREATE USER x", "CREATE USER ON *.*"), ("CREATE ROLE r", "CREATE ROLE ON *.*"),
                           ("DROP USER IF EXISTS x", "DROP USER ON *.*"), ("SHOW USERS", "SHOW USERS ON *.*")):
            body = http_error(server, sql, 497, "plain", "plain-pw")
            expect(DENIED.format("plain", grant) in body, f"{sql}: {body}")
        http_ok(server, "CREATE USER x IDENTIFIED BY 'x-pw'", "admin", "admin-pw")
        body = http_error(server, "GRANT SELECT ON *.* TO x", 497, "plain", "plain-pw")
        expect(DENIED.format("plain", "SELECT ON *.* WITH GRANT OPTION") in body, body)
        http_ok(server, "GRANT SELECT ON system.* TO x", "admin", "admin-pw")
        # users.xml keeps its users: SQL may not change them.
        body = http_error(server, "ALTER USER plain DEFAULT DATABASE system", 495, "admin", "admin-pw")
        expect("Cannot update user `plain` in users_xml because this storage is readonly" in body, body)
        expect(http_ok(server, "SHOW GRANTS", "plain", "plain-pw") == "GRANT SHOW, SELECT, INSERT, ALTER, CREATE, DROP, TRUNCATE, OPTIMIZE, SYSTEM ON *.* TO plain\n",
               "the grants of a users.xml user")
        expect(http_ok(server, "SELECT 1", "x", "x-pw") == "1\n", "the SQL user logs in")
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)
