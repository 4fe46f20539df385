"""system.query_log as ClickHouse 24.x keeps it: queries over HTTP and the native protocol
(Insights' clickhouse_driver) logged with their query id, user, interface, rows read, written
and returned, and errors before and while running; log_queries = 0; entries flushed by the
background thread without SYSTEM FLUSH LOGS and kept across a restart; a flush that fails
leaves queries working; server log lines carry the query id."""
import re
import socket
import subprocess
import time
import urllib.request

from server import Server, expect, query_ok

# clickhouse_driver is Debian's package, importable by Debian's python only.
PYTHON = "/usr/bin/python3"
DRIVER_QUERIES = """
import sys
from clickhouse_driver import Client
from clickhouse_driver.errors import ServerException
client = Client("127.0.0.1", port=int(sys.argv[1]), client_name="query-log-test")
print(client.execute("SELECT count() FROM numbers(7)", query_id="ql-native-select")[0][0])
client.execute("INSERT INTO t VALUES", [(1,), (2,), (3,)], query_id="ql-native-insert")
try:
    client.execute("SELECT throwIf(number = 2) FROM numbers(5)", query_id="ql-native-throw")
except ServerException as e:
    print(e.code)
"""


def query_log(server, query_id, columns):
    return query_ok(server, f"SELECT {columns} FROM system.query_log WHERE query_id = '{query_id}' ORDER BY event_time_microseconds, type")


def count_entries(server, query_id):
    return int(query_ok(server, f"SELECT count() FROM system.query_log WHERE query_id = '{query_id}'"))


def wait_for_entries(server, query_id, count, timeout=10):
    """The background thread flushes every flush_interval_milliseconds: no SYSTEM FLUSH LOGS."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if count_entries(server, query_id) == count:
            return
        time.sleep(0.1)
    raise AssertionError(f"{query_id}: {count} entries did not reach system.query_log in {timeout} s")


def http(server, sql, query_id, params=None, headers=None):
    return server.query(sql, params={"query_id": query_id, **(params or {})}, headers=headers)


def test_query_log_http_native_and_restart():
    server = Server(overrides=["--query_log.flush_interval_milliseconds=200", "--logger.level=debug"]).start()
    try:
        query_ok(server, "CREATE TABLE t (x UInt64) ENGINE = MergeTree ORDER BY x")
        status, _, _ = http(server, "SELECT number FROM numbers(4)", "ql-http-select", headers={"User-Agent": "query-log-agent"})
        expect(status == 200, status)
        status, _, _ = http(server, "INSERT INTO t VALUES (10), (11)", "ql-http-insert")
        expect(status == 200, status)
        status, headers, _ = http(server, "SELEC 1", "ql-http-syntax")
        expect(headers.get("X-ClickHouse-Exception-Code") == "62", headers)
        status, _, _ = http(server, "SELECT 1", "ql-http-off", params={"log_queries": "0"})
        expect(status == 200, status)
        driver = subprocess.run([PYTHON, "-c", DRIVER_QUERIES, str(server.tcp_port)], capture_output=True, text=True, timeout=60)
        expect(driver.returncode == 0, driver.stderr)
        expect(driver.stdout.split() == ["7", "395"], driver.stdout)

        wait_for_entries(server, "ql-native-throw", 2)
        wait_for_entries(server, "ql-http-select", 2)
        columns = "type, user, interface, read_rows, written_rows, result_rows, exception_code, query_kind"
        row = query_log(server, "ql-http-select", columns + ", http_method, http_user_agent, address, port > 0")
        expect(row == "QueryStart\tdefault\t2\t0\t0\t0\t0\tSelect\t2\tquery-log-agent\t::ffff:127.0.0.1\t1\n"
                      "QueryFinish\tdefault\t2\t4\t0\t4\t0\tSelect\t2\tquery-log-agent\t::ffff:127.0.0.1\t1\n", row)
        row = query_log(server, "ql-http-insert", columns + ", tables")
        expect(row == "QueryStart\tdefault\t2\t0\t0\t0\t0\tInsert\t['default.t']\n"
                      "QueryFinish\tdefault\t2\t0\t2\t2\t0\tInsert\t['default.t']\n", row)
        row = query_log(server, "ql-http-syntax", columns)
        expect(row == "ExceptionBeforeStart\tdefault\t2\t0\t0\t0\t62\t\n", row)
        expect(count_entries(server, "ql-http-off") == 0, "log_queries = 0 must not log")

        row = query_log(server, "ql-native-select", columns + ", client_name, client_revision > 0, client_hostname, os_user != ''")
        host = socket.gethostname()
        expect(row == f"QueryStart\tdefault\t1\t0\t0\t0\t0\tSelect\tClickHouse query-log-test\t1\t{host}\t1\n"
                      f"QueryFinish\tdefault\t1\t7\t0\t1\t0\tSelect\tClickHouse query-log-test\t1\t{host}\t1\n", row)
        row = query_log(server, "ql-native-insert", columns)
        expect(row == "QueryStart\tdefault\t1\t0\t0\t0\t0\tInsert\n"
                      "QueryFinish\tdefault\t1\t0\t3\t3\t0\tInsert\n", row)
        row = query_log(server, "ql-native-throw", "type, exception_code, exception LIKE '%FUNCTION_THROW_IF_VALUE_IS_NON_ZERO%'")
        expect(row == "QueryStart\t0\t0\nExceptionWhileProcessing\t395\t1\n", row)

        # The server log: every line of a query carries its id, as ClickHouse's {query_id}.
        log = open(f"{server.path}/server.log", errors="replace").read()
        expect(re.search(r"\{ql-http-select\} <Debug> executeQuery: \(from 127\.0\.0\.1:\d+\) SELECT number FROM numbers\(4\)", log), log[-3000:])
        expect(re.search(r"\{ql-native-select\} <Debug> executeQuery: Read 7 rows", log), log[-3000:])
        expect(re.search(r"\{ql-http-syntax\} <Error> executeQuery: Code: 62\. DB::Exception: Syntax error", log), log[-3000:])

        # Kept across a restart, and shown as the MergeTree table it is.
        before = query_ok(server, "SELECT count() FROM system.query_log WHERE query_id LIKE 'ql-%'")
        server.stop()
        server.start()
        expect(query_ok(server, "SELECT count() FROM system.query_log WHERE query_id LIKE 'ql-%'") == before, before)
        expect(query_ok(server, "SELECT engine FROM system.tables WHERE database = 'system' AND name = 'query_log'") == "MergeTree\n", "engine")
        # Entries queued at shutdown are written by the graceful stop.
        status, _, _ = http(server, "SELECT 'at shutdown'", "ql-shutdown")
        server.stop()
        server.start()
        expect(count_entries(server, "ql-shutdown") == 2, "entries queued at shutdown")
        query_ok(server, "TRUNCATE TABLE system.query_log")
        expect(query_ok(server, "SELECT count() FROM system.query_log WHERE query_id LIKE 'ql-%'") == "0\n", "truncate")
    finally:
        server.cleanup()


def test_query_log_config_and_failing_flush():
    # <query_log> names the table and its partitioning, as ClickHouse's config.xml.
    server = Server(overrides=["--query_log.table=my_query_log", "--query_log.partition_by=event_date",
                               "--query_log.ttl=event_date + INTERVAL 30 DAY"]).start()
    try:
        status, _, _ = http(server, "SELECT 1", "ql-config")
        query_ok(server, "SYSTEM FLUSH LOGS")
        expect(query_ok(server, "SELECT type FROM system.my_query_log WHERE query_id = 'ql-config'") == "QueryStart\nQueryFinish\n", "my_query_log")
        row = query_ok(server, "SELECT partition_key FROM system.tables WHERE database = 'system' AND name = 'my_query_log'")
        expect(row == "event_date\n", row)
        expect("TTL event_date + toIntervalDay(30)" in query_ok(server, "SHOW CREATE TABLE system.my_query_log")
               or "TTL event_date + INTERVAL 30 DAY" in query_ok(server, "SHOW CREATE TABLE system.my_query_log"), "ttl")
    finally:
        server.cleanup()

    # A log table that cannot be made: every flush fails, and queries go on as before.
    server = Server(overrides=["--query_log.partition_by=no_such_column", "--query_log.flush_interval_milliseconds=100"]).start()
    try:
        for i in range(3):
            expect(query_ok(server, f"SELECT {i}") == f"{i}\n", "query under a failing log")
            time.sleep(0.2)
        status, headers, body = server.query("SYSTEM FLUSH LOGS")
        expect(status != 200 and headers.get("X-ClickHouse-Exception-Code") == "47", body)
        log = open(f"{server.path}/server.log", errors="replace").read()
        expect("<Error> SystemLog (system.query_log): Cannot flush system.query_log" in log, log[-2000:])
        with urllib.request.urlopen(f"http://127.0.0.1:{server.http_port}/ping") as r:
            expect(r.read() == b"Ok.\n", "ping")
    finally:
        server.cleanup()


def test_outdated_query_log_is_renamed():
    # A log table with other columns (an older version's) is kept aside as query_log_0, and
    # a current one made in its place, as ClickHouse does after an upgrade.
    server = Server().start()
    try:
        query_ok(server, "CREATE TABLE system.query_log (event_date Date, query String) ENGINE = MergeTree ORDER BY event_date")
        query_ok(server, "INSERT INTO system.query_log VALUES ('2020-01-01', 'from an older version')")
        status, _, _ = http(server, "SELECT 1", "ql-after-upgrade")
        query_ok(server, "SYSTEM FLUSH LOGS")
        expect(query_ok(server, "SELECT query FROM system.query_log_0") == "from an older version\n", "renamed table")
        expect(count_entries(server, "ql-after-upgrade") == 2, "entries in the new table")
        server.stop()
        server.start()
        expect(query_ok(server, "SELECT count() FROM system.query_log_0") == "1\n", "renamed table after restart")
        expect(count_entries(server, "ql-after-upgrade") == 2, "new table after restart")
    finally:
        server.cleanup()
