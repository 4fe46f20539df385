"""Running queries and their limits: system.processes, KILL QUERY, a query cancelled when its
HTTP or native client goes away, max_concurrent_queries, max_result_rows/bytes with
result_overflow_mode, max_execution_time with timeout_overflow_mode, max_server_memory_usage."""
import os
import socket
import subprocess
import threading
import time
import urllib.parse

from server import Server, expect, query_ok

# Reads numbers for ever: it ends only when cancelled or out of time.
ENDLESS = "SELECT count() FROM system.numbers WHERE NOT ignore(number)"
# clickhouse_driver is Debian's package, importable by Debian's python only.
PYTHON = "/usr/bin/python3"
DRIVER_ENDLESS_QUERY = """
import sys
from clickhouse_driver import Client
client = Client("127.0.0.1", port=int(sys.argv[1]))
print("started", flush=True)
client.execute(sys.argv[2], query_id=sys.argv[3])
"""


def run_in_thread(server, sql, params):
    result = {}

    def run():
        result["answer"] = server.query(sql, params=params)
    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def wait_for(condition, message, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(message)


def is_running(server, query_id):
    return query_ok(server, f"SELECT count() FROM system.processes WHERE query_id = '{query_id}'") == "1\n"


def error_code(answer):
    return answer[1].get("X-ClickHouse-Exception-Code")


def test_processes_and_kill_query():
    server = Server().start()
    try:
        thread, result = run_in_thread(server, ENDLESS, {"query_id": "endless-1"})
        wait_for(lambda: is_running(server, "endless-1"), "the query did not show in system.processes")
        row = query_ok(server, "SELECT user, query, elapsed > 0, read_rows > 0, is_cancelled, current_database "
                               "FROM system.processes WHERE query_id = 'endless-1'")
        expect(row == f"default\t{ENDLESS}\t1\t1\t0\tdefault\n", row)
        # The query reading system.processes sees itself too.
        expect(query_ok(server, "SELECT count() FROM system.processes WHERE query LIKE '%processes%query LIKE%'") == "1\n", "self")
        # A second query under a running id is refused.
        status, headers, body = server.query("SELECT 1", params={"query_id": "endless-1"})
        expect(headers.get("X-ClickHouse-Exception-Code") == "216" and b"Query with id = endless-1 is already running" in body, body)

        test = query_ok(server, "KILL QUERY WHERE query_id = 'endless-1' TEST")
        expect(test == f"waiting\tendless-1\tdefault\t{ENDLESS}\n", test)
        expect(is_running(server, "endless-1"), "TEST must not kill")
        killed = query_ok(server, "KILL QUERY WHERE query_id = 'endless-1' SYNC")
        expect(killed == f"finished\tendless-1\tdefault\t{ENDLESS}\n", killed)
        thread.join(20)
        expect(error_code(result["answer"]) == "394" and b"Query was cancelled" in result["answer"][2], result)
        expect(not is_running(server, "endless-1"), "killed query still listed")
        expect(query_ok(server, "KILL QUERY WHERE query_id = 'nothing-runs-under-this-id'") == "", "no match, no rows")
    finally:
        server.cleanup()


def test_http_disconnect_cancels_the_query():
    server = Server().start()
    try:
        target = "/?" + urllib.parse.urlencode({"query": ENDLESS, "query_id": "gone-1"})
        connection = socket.create_connection(("127.0.0.1", server.http_port))
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        wait_for(lambda: is_running(server, "gone-1"), "the query did not start")
        connection.close()
        wait_for(lambda: not is_running(server, "gone-1"), "the query outlived its HTTP client", timeout=5)
    finally:
        server.cleanup()


def test_native_disconnect_cancels_the_query():
    server = Server().start()
    try:
        client = subprocess.Popen([PYTHON, "-c", DRIVER_ENDLESS_QUERY, str(server.tcp_port), ENDLESS, "gone-2"], stdout=subprocess.PIPE)
        wait_for(lambda: is_running(server, "gone-2"), "the query did not start")
        client.kill()
        client.wait()
        wait_for(lambda: not is_running(server, "gone-2"), "the query outlived its native client", timeout=5)
    finally:
        server.cleanup()


def test_max_concurrent_queries():
    server = Server(overrides=["--max_concurrent_queries=2"]).start()
    try:
        # A slot query that arrives while a probe runs is itself refused; it is started again,
        # with no probe sent until it has had time to arrive.
        threads = [None, None]

        def both_running_and_third_refused():
            for i, entry in enumerate(threads):
                if entry is None or (not entry[0].is_alive() and error_code(entry[1]["answer"]) == "202"):
                    threads[i] = run_in_thread(server, ENDLESS, {"query_id": f"slot-{i}", "max_execution_time": "5"})
                    time.sleep(0.5)
            return server.query("SELECT 1")[1].get("X-ClickHouse-Exception-Code") == "202"
        # Once both run, any third query is refused (the one asking included).
        wait_for(both_running_and_third_refused, "no third query was refused")
        status, headers, body = server.query("SELECT 1")
        expect(status == 500 and b"Too many simultaneous queries. Maximum: 2. (TOO_MANY_SIMULTANEOUS_QUERIES)" in body, body)
        for thread, result in threads:
            thread.join(20)
            expect(error_code(result["answer"]) == "159", result)
        # Their slots are free again.
        expect(query_ok(server, "SELECT 1") == "1\n", "a query after the others ended")
    finally:
        server.cleanup()


def test_result_limits():
    server = Server().start()
    try:
        status, headers, body = server.query("SELECT number FROM numbers(100) SETTINGS max_result_rows = 10")
        expect(error_code((status, headers)) == "396", body)
        expect(b"Limit for result exceeded, max rows: 10.00, current rows: 100.00" in body, body)
        status, headers, body = server.query("SELECT number FROM numbers(100) SETTINGS max_result_bytes = 100")
        expect(b"Limit for result exceeded, max bytes: 100.00 B, current bytes: 800.00 B" in body, body)
        # 'break': the block that crosses the limit is the last one.
        rows = query_ok(server, "SELECT number FROM numbers(100000) SETTINGS max_result_rows = 10, result_overflow_mode = 'break', "
                                "max_block_size = 1000")
        expect(rows.count("\n") == 1000, rows.count("\n"))
        rows = query_ok(server, "SELECT number FROM system.numbers SETTINGS max_result_bytes = 10000, result_overflow_mode = 'break', "
                                "max_block_size = 1000")
        expect(rows.count("\n") == 2000, rows.count("\n"))
    finally:
        server.cleanup()


def test_max_execution_time():
    server = Server().start()
    try:
        for sql in [ENDLESS,
                    "SELECT number % 1000 AS k, count() FROM system.numbers GROUP BY k",
                    "SELECT number FROM system.numbers ORDER BY number DESC LIMIT 1"]:
            started = time.time()
            status, headers, body = server.query(sql, params={"max_execution_time": "1"})
            expect(error_code((status, headers)) == "159" and b"Timeout exceeded: elapsed" in body, (sql, body))
            expect(time.time() - started < 5, f"{sql} took {time.time() - started:.1f}s")
        # 'break': what was read so far is the result, without an error.
        started = time.time()
        body = query_ok(server, "SELECT number FROM system.numbers SETTINGS max_execution_time = 1, timeout_overflow_mode = 'break' "
                                "FORMAT Null")
        expect(body == "" and time.time() - started < 5, body)
    finally:
        server.cleanup()


def test_max_server_memory_usage():
    server = Server(overrides=["--max_server_memory_usage=300000000"]).start()
    try:
        status, headers, body = server.query("SELECT groupArray(number) FROM numbers(100000000) FORMAT Null")
        expect(error_code((status, headers)) == "241" and b"Memory limit (total) exceeded" in body, body)
        # The server lives on and answers, once the failed query's memory is freed (its
        # pipeline may still be unwinding when the error response arrives).
        wait_for(lambda: server.query("SELECT 1")[0] == 200, "server after the memory limit", timeout=5)
        expect(server.process.poll() is None, "server exited")
    finally:
        server.cleanup()
