"""Users, networks, profiles and quotas of users.xml, over HTTP and the native protocol:
HIP-47's two users first (hanzo: DDL and DML on its database; readonly: SELECT only with a 60 s
timeout), then networks, profile inheritance, quota exhaustion, reloading the users file, and
the default user of a server without users of its own (local host only)."""
import os
import shutil
import socket
import time

from config_fixtures import copy_fixture, http, http_error, http_ok, settings_of, native, start_from, write
from server import Server, expect

AUTH_FAILED = "{}: Authentication failed: password is incorrect, or there is no user with such name."

# HIP-47's users are reachable from 10.0.0.0/8 only; the tests connect from the local host,
# so a users.d file widens their networks (replace="replace", as an operator would).
LOCAL_NETWORKS = """<clickhouse><users>
  <hanzo><networks replace="replace"><ip>10.0.0.0/8</ip><ip>127.0.0.1</ip></networks></hanzo>
  <readonly><networks replace="replace"><ip>10.0.0.0/8</ip><ip>127.0.0.0/8</ip></networks></readonly>
</users></clickhouse>"""


def hip47_server(extra_users_d=None):
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "users.d", "local-networks.xml"), LOCAL_NETWORKS)
    for name, text in (extra_users_d or {}).items():
        write(os.path.join(directory, "users.d", name), text)
    return directory, start_from(os.path.join(directory, "config.xml"))


def test_hip47_users():
    directory, server = hip47_server()
    try:
        hanzo = ("hanzo", "hanzo-secret")
        readonly = ("readonly", "dashboards")
        # hanzo: DDL and DML on its own database.
        http_ok(server, "CREATE DATABASE hanzo", *hanzo)
        http_ok(server, "CREATE TABLE hanzo.events (id UInt64, event String) ENGINE = MergeTree ORDER BY id", *hanzo)
        http_ok(server, "INSERT INTO hanzo.events VALUES (1, 'signup'), (2, 'login')", *hanzo)
        expect(http_ok(server, "SELECT count() FROM events", *hanzo, params={"database": "hanzo"}) == "2\n", "hanzo reads its table")
        http_ok(server, "ALTER TABLE hanzo.events ADD COLUMN n UInt8", *hanzo)
        http_ok(server, "CREATE TABLE hanzo.scratch (a UInt8) ENGINE = Memory", *hanzo)
        http_ok(server, "DROP TABLE hanzo.scratch", *hanzo)
        # ... and nothing outside it; system tables stay readable.
        body = http_error(server, "CREATE TABLE default.t (a UInt8) ENGINE = Memory", 497, *hanzo)
        expect("hanzo: Not enough privileges. To execute this query, it's necessary to have the grant CREATE TABLE ON default.t" in body, body)
        # `default` has no entry in HIP-47's users: anonymous requests fail.
        body = http_error(server, "SELECT 1", 516)
        expect(AUTH_FAILED.format("default") in body, f"HIP-47 requires authentication: {body}")
        body = http_error(server, "SELECT * FROM default.anything", 497, *hanzo)
        expect("grant SELECT ON default.anything" in body, body)
        expect(http_ok(server, "SELECT name FROM system.tables WHERE database = 'hanzo'", *hanzo) == "events\n", "system is readable")

        # Wrong password, unknown user: one message, status 401, over every way of passing them.
        for how in ("basic", "headers", "params"):
            status, body = http(server, "SELECT 1", "hanzo", "wrong", how=how)
            expect(status == 401 and body.startswith("Code: 516.") and AUTH_FAILED.format("hanzo") in body, f"{how}: {status} {body}")
            expect(http_ok(server, "SELECT 1", "hanzo", "hanzo-secret", how=how) == "1\n", f"{how} credentials")
        body = http_error(server, "SELECT 1", 516, "nobody", "x")
        expect(AUTH_FAILED.format("nobody") in body, body)

        # readonly: SELECT only, 60 s timeout, no settings changed, no writes.
        expect(http_ok(server, "SELECT count() FROM hanzo.events", *readonly) == "2\n", "readonly reads")
        expect(settings_of(server, ["max_execution_time", "readonly"], *readonly) == ["60", "1"], "profile readonly")
        expect(settings_of(server, ["max_execution_time"], *hanzo) == ["300"], "profile default")
        for sql in ("INSERT INTO hanzo.events VALUES (3, 'x', 0)", "CREATE TABLE hanzo.t2 (a UInt8) ENGINE = Memory",
                    "DROP TABLE hanzo.events", "TRUNCATE TABLE hanzo.events", "ALTER TABLE hanzo.events DELETE WHERE 1"):
            body = http_error(server, sql, 164, *readonly)
            expect("readonly: Cannot execute query in readonly mode" in body, f"{sql}: {body}")
        body = http_error(server, "SELECT 1", 164, *readonly, params={"max_execution_time": "100"})
        expect("Cannot modify 'max_execution_time' setting in readonly mode" in body, body)
        body = http_error(server, "SET max_threads = 1", 164, *readonly)
        expect(http_ok(server, "SELECT 1", *readonly, params={"max_execution_time": "60"}) == "1\n", "an unchanged value is accepted")
        expect(http_ok(server, "SELECT count() FROM hanzo.events", *hanzo) == "2\n", "nothing was written")

        # The native protocol: the handshake checks the same users.
        code, out, err = native(server, "SELECT count() FROM hanzo.events", *hanzo)
        expect(code == 0 and out == "2\n", f"native hanzo: {code} {out} {err}")
        code, out, err = native(server, "SELECT 1", "hanzo", "wrong")
        expect(code != 0 and "Code: 516" in err and AUTH_FAILED.format("hanzo") in err, f"native wrong password: {err}")
        code, out, err = native(server, "INSERT INTO hanzo.events VALUES (9, 'x', 0)", *readonly)
        expect(code != 0 and "Code: 164" in err, f"native readonly insert: {err}")
        code, out, err = native(server, "SELECT value FROM system.settings WHERE name = 'max_execution_time'", *readonly)
        expect(code == 0 and out == "60\n", f"native readonly profile: {out} {err}")

        users = http_ok(server, "SELECT name, auth_type, host_ip FROM system.users ORDER BY name FORMAT TSV", *hanzo)
        expect(users == "hanzo\tsha256_password\t['10.0.0.0/8','127.0.0.1']\nreadonly\tsha256_password\t['10.0.0.0/8','127.0.0.0/8']\n", users)
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


NETWORK_USERS = """<clickhouse>
  <profiles><default/></profiles>
  <users>
    <cluster_only><password>p</password><networks><ip>10.0.0.0/8</ip></networks></cluster_only>
    <by_host><password>p</password><networks><host>localhost</host></networks></by_host>
    <by_regexp><password>p</password><networks><host_regexp>^local.*$</host_regexp></networks></by_regexp>
    <by_mask><password>p</password><networks><ip>127.0.0.0/255.0.0.0</ip></networks></by_mask>
    <other_host><password>p</password><networks><host_regexp>^elsewhere$</host_regexp><ip>::ffff:10.1.2.3</ip></networks></other_host>
    <anywhere><password>p</password></anywhere>
    <double_sha1><password_double_sha1_hex>5daa0655364a414f0ad7126ade30ad3d6fe1f61a</password_double_sha1_hex></double_sha1>
    <no_password/>
  </users>
</clickhouse>"""


def users_only_server(users_xml, overrides=()):
    directory = copy_fixture("hip47")
    write(os.path.join(directory, "users.xml"), users_xml)
    return directory, start_from(os.path.join(directory, "config.xml"), overrides)


def test_networks_and_password_kinds():
    directory, server = users_only_server(NETWORK_USERS)
    try:
        for user in ("cluster_only", "other_host"):
            body = http_error(server, "SELECT 1", 516, user, "p")
            expect(AUTH_FAILED.format(user) in body, f"{user} from 127.0.0.1: {body}")
            code, _, err = native(server, "SELECT 1", user, "p")
            expect(code != 0 and "Code: 516" in err, f"native {user}: {err}")
        for user in ("by_host", "by_regexp", "by_mask", "anywhere"):
            expect(http_ok(server, "SELECT 1", user, "p") == "1\n", user)
            code, out, err = native(server, "SELECT 1", user, "p")
            expect(code == 0 and out == "1\n", f"native {user}: {err}")
        expect(http_ok(server, "SELECT 1", "double_sha1", "mysql-pass") == "1\n", "password_double_sha1_hex")
        http_error(server, "SELECT 1", 516, "double_sha1", "other")
        expect(http_ok(server, "SELECT 1", "no_password", "anything") == "1\n", "a user without a password element")
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


PROFILE_USERS = """<clickhouse>
  <profiles>
    <default><max_threads>3</max_threads></default>
    <base><max_memory_usage>1000000</max_memory_usage><max_result_rows>50</max_result_rows></base>
    <analyst><profile>base</profile><max_result_rows>70</max_result_rows><readonly>2</readonly></analyst>
  </profiles>
  <users>
    <analyst><password>a</password><profile>analyst</profile></analyst>
    <plain><password>p</password><default_database>system</default_database></plain>
  </users>
</clickhouse>"""


def test_profiles_inherit_and_readonly_2():
    directory, server = users_only_server(PROFILE_USERS)
    try:
        names = ["max_threads", "max_memory_usage", "max_result_rows", "readonly"]
        expect(settings_of(server, names, "analyst", "a") == ["3", "1000000", "70", "2"], "default, then base, then analyst's own")
        expect(settings_of(server, names, "plain", "p") == ["3", "0", "0", "0"], "the default profile alone")
        expect(http_ok(server, "SELECT currentDatabase()", "plain", "p") == "system\n", "default_database")
        code, out, err = native(server, "SELECT currentDatabase()", "plain", "p")
        expect(code == 0 and out == "system\n", f"native default_database: {out} {err}")
        # readonly = 2 may change settings but not write, nor lift readonly.
        expect(settings_of(server, ["max_threads"], "analyst", "a", params={"max_threads": "1"}) == ["1"], "readonly=2 sets")
        http_error(server, "SELECT 1", 164, "analyst", "a", params={"readonly": "0"})
        http_error(server, "CREATE TABLE t (a UInt8) ENGINE = Memory", 164, "analyst", "a")
        # max_memory_usage from the profile is enforced.
        body = http_error(server, "SELECT groupArray(number) FROM numbers(1000000)", 241, "analyst", "a")
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


CONSTRAINED_USERS = """<clickhouse>
  <profiles>
    <default>
      <max_memory_usage>10000000000</max_memory_usage>
      <constraints>
        <max_memory_usage><min>5000000000</min><max>20000000000</max></max_memory_usage>
        <max_threads><readonly/></max_threads>
      </constraints>
    </default>
    <analyst><profile>default</profile><constraints><max_result_rows><max>100</max></max_result_rows></constraints></analyst>
  </profiles>
  <users>
    <plain><password>p</password></plain>
    <analyst><password>a</password><profile>analyst</profile></analyst>
  </users>
</clickhouse>"""


def test_settings_constraints():
    directory, server = users_only_server(CONSTRAINED_USERS)
    try:
        expect(settings_of(server, ["max_memory_usage"], "plain", "p", params={"max_memory_usage": "15000000000"}) == ["15000000000"],
               "a value within the bounds")
        body = http_error(server, "SELECT 1", 452, "plain", "p", params={"max_memory_usage": "20000000001"})
        expect("shouldn't be greater than 20000000000" in body, body)
        body = http_error(server, "SELECT 1", 452, "plain", "p", params={"max_memory_usage": "1000"})
        expect("shouldn't be less than 5000000000" in body, body)
        body = http_error(server, "SELECT 1 SETTINGS max_threads = 1", 452, "plain", "p")
        expect("Setting max_threads should not be changed" in body, body)
        code, _, err = native(server, "SELECT 1 SETTINGS max_memory_usage = 1", "plain", "p")
        expect(code != 0 and "Code: 452" in err, f"native: {err}")
        # A profile's constraints add to those it inherits.
        http_error(server, "SELECT 1", 452, "analyst", "a", params={"max_result_rows": "101"})
        http_error(server, "SELECT 1", 452, "analyst", "a", params={"max_threads": "1"})
        expect(settings_of(server, ["max_result_rows"], "analyst", "a", params={"max_result_rows": "100"}) == ["100"], "at the bound")
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


QUOTA_USERS = """<clickhouse>
  <profiles><default/></profiles>
  <users>
    <limited><password>q</password><quota>three_queries</quota></limited>
    <careful><password>q</password><quota>two_errors</quota></careful>
    <reader><password>q</password><quota>rows</quota></reader>
  </users>
  <quotas>
    <three_queries><interval><duration>3600</duration><queries>3</queries></interval></three_queries>
    <two_errors><interval><duration>60</duration><errors>2</errors></interval></two_errors>
    <rows><interval><duration>86400</duration><read_rows>1000</read_rows><result_rows>0</result_rows></interval></rows>
  </quotas>
</clickhouse>"""


def test_quotas_run_out():
    directory, server = users_only_server(QUOTA_USERS)
    try:
        for _ in range(3):
            http_ok(server, "SELECT 1", "limited", "q")
        body = http_error(server, "SELECT 1", 201, "limited", "q")
        expect("Quota for user `limited` for 3600s has been exceeded: queries = 4/3. Interval will end at " in body
               and "Name of quota template: `three_queries`" in body and "(QUOTA_EXCEEDED)" in body, body)
        code, _, err = native(server, "SELECT 1", "limited", "q")
        expect(code != 0 and "Code: 201" in err and "queries = 5/3" in err, f"native counts against the same quota: {err}")

        http_error(server, "SELECT nothing", 47, "careful", "q")
        http_error(server, "SELECT 1 +", 62, "careful", "q")
        http_ok(server, "SELECT 1", "careful", "q")
        http_error(server, "SELECT * FROM nowhere", 60, "careful", "q")
        body = http_error(server, "SELECT 1", 201, "careful", "q")
        expect("for 60s has been exceeded: errors = 3/2" in body, body)

        http_ok(server, "SELECT count() FROM numbers(1500)", "reader", "q")
        body = http_error(server, "SELECT 1", 201, "reader", "q")
        expect("has been exceeded: read_rows = 1500/1000" in body, body)
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


def test_users_file_reloads_without_restart():
    directory, server = users_only_server("<clickhouse><users><first><password>1</password></first></users></clickhouse>")
    try:
        http_ok(server, "SELECT 1", "first", "1")
        http_error(server, "SELECT 1", 516, "second", "2")
        users = os.path.join(directory, "users.xml")
        write(users, "<clickhouse><users><second><password>2</password></second></users></clickhouse>")
        deadline = time.time() + 10
        while time.time() < deadline and http(server, "SELECT 1", "second", "2")[0] != 200:
            time.sleep(0.2)
        http_ok(server, "SELECT 1", "second", "2")
        http_error(server, "SELECT 1", 516, "first", "1")
        # A users.d file counts too, and a broken change keeps the users that were loaded.
        write(os.path.join(directory, "users.d", "third.xml"), "<clickhouse><users><third><password>3</password></third></users></clickhouse>")
        deadline = time.time() + 10
        while time.time() < deadline and http(server, "SELECT 1", "third", "3")[0] != 200:
            time.sleep(0.2)
        http_ok(server, "SELECT 1", "third", "3")
        write(users, "<clickhouse><users><second><password>2</password><networks><ip>not an address</ip></networks></second>")
        time.sleep(2.5)
        http_ok(server, "SELECT 1", "second", "2")
        with open(os.path.join(server.path, "server.log")) as f:
            expect("Error updating users configuration" in f.read(), "a failed reload is logged")
    finally:
        server.cleanup()
        shutil.rmtree(directory, ignore_errors=True)


def own_non_loopback_address():
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))
            address = s.getsockname()[0]
            return None if address.startswith("127.") else address
    except OSError:
        return None


def test_default_user_is_local_only():
    """A server without users of its own has ClickHouse's `default` user without a password,
    reachable from the local host only."""
    server = Server(overrides=["--listen_host=0.0.0.0"]).start()
    try:
        expect(http_ok(server, "SELECT 1") == "1\n", "default from 127.0.0.1")
        http_error(server, "SELECT 1", 516, "default", "a password")
        address = own_non_loopback_address()
        if address:
            import urllib.request
            import urllib.error
            try:
                urllib.request.urlopen(urllib.request.Request(f"http://{address}:{server.http_port}/", data=b"SELECT 1"), timeout=10)
                raise AssertionError(f"default accepted from {address}")
            except urllib.error.HTTPError as e:
                body = e.read().decode()
                expect(e.code == 401 and AUTH_FAILED.format("default") in body, f"default from {address}: {e.code} {body}")
        users = http_ok(server, "SELECT name, storage, auth_type, host_ip FROM system.users FORMAT TSV")
        expect(users == "default\tusers_xml\tplaintext_password\t['::1','127.0.0.1']\n", users)
    finally:
        server.cleanup()
