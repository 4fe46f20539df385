"""ClickHouse's HTTP contract: statuses, headers, streaming inserts, errors that never look
like success, typed query parameters."""
import http.client
import json
import threading
import time
import urllib.parse

from server import with_server


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


@with_server
def test_ping_and_headers(server):
    connection = http.client.HTTPConnection("127.0.0.1", server.http_port)
    connection.request("GET", "/ping")
    response = connection.getresponse()
    expect(response.status == 200 and response.read() == b"Ok.\n", "/ping answers Ok.")
    status, headers, body = server.query("SELECT 1 FORMAT JSONEachRow")
    expect(status == 200, f"status {status}")
    expect(body == b'{"1":1}\n', f"body {body!r}")
    expect(headers.get("X-ClickHouse-Format") == "JSONEachRow", f"format header {headers}")
    expect(len(headers.get("X-ClickHouse-Query-Id", "")) > 0, "query id header")
    summary = json.loads(headers["X-ClickHouse-Summary"])
    expect(summary["result_rows"] == "1", f"summary {summary}")
    expect(int(summary["elapsed_ns"]) < 60 * 10**9, f"elapsed {summary}")
    _, headers, _ = server.query("SELECT sum(number) FROM numbers(1000)")
    summary = json.loads(headers["X-ClickHouse-Summary"])
    expect(summary["read_rows"] == "1000", f"rows read {summary}")


@with_server
def test_errors_are_not_200(server):
    status, headers, body = server.query("SELECT 1 +")
    expect(status == 400, f"syntax error status {status}")
    expect(headers.get("X-ClickHouse-Exception-Code") == "62", f"code header {headers}")
    expect(body.startswith(b"Code: 62. DB::Exception: Syntax error"), f"body {body!r}")
    status, headers, body = server.query("SELECT * FROM nowhere")
    expect(status == 404 and b"(UNKNOWN_TABLE)" in body, f"unknown table {status} {body!r}")


@with_server
def test_get_is_readonly(server):
    url = "/?" + urllib.parse.urlencode({"query": "CREATE TABLE t (a UInt8) ENGINE = Memory"})
    connection = http.client.HTTPConnection("127.0.0.1", server.http_port)
    connection.request("GET", url)
    response = connection.getresponse()
    body = response.read()
    expect(response.status == 403 and b"readonly" in body, f"GET must not write: {response.status} {body!r}")


@with_server
def test_bad_row_stores_nothing(server):
    server.query("CREATE TABLE t (id UInt64, name String) ENGINE = MergeTree ORDER BY id")
    good = b"".join(b'{"id": %d, "name": "n%d"}\n' % (i, i) for i in range(1000))
    bad = b'{"id": "not a number", "name": "x"}\n'
    status, headers, body = server.query("INSERT INTO t FORMAT JSONEachRow", data=good + bad + good)
    expect(status != 200, f"a bad row must fail the INSERT: {status} {body!r}")
    expect(b"row 1001" in body and b"id" in body, f"the error names the row and column: {body!r}")
    status, _, body = server.query("SELECT count() FROM t")
    expect(body == b"0\n", f"nothing stored: {body!r}")
    status, _, _ = server.query("INSERT INTO t FORMAT JSONEachRow", data=good)
    expect(status == 200, "a good batch is stored")
    _, _, body = server.query("SELECT count(), sum(id) FROM t")
    expect(body == b"1000\t499500\n", f"{body!r}")


@with_server
def test_query_parameters_are_values(server):
    params = {"param_name": "x' OR 1=1 --", "param_n": "3"}
    status, _, body = server.query("SELECT {name:String} AS s, {n:UInt8} + 1 AS n FORMAT TSV", params=params)
    expect(status == 200 and body == b"x\\' OR 1=1 --\t4\n", f"{status} {body!r}")
    status, headers, body = server.query("SELECT {n:UInt8}", params={"param_n": "12abc"})
    expect(status == 400 and headers.get("X-ClickHouse-Exception-Code") == "457", f"{status} {body!r}")
    status, headers, body = server.query("SELECT {missing:UInt8}")
    expect(headers.get("X-ClickHouse-Exception-Code") == "456", f"{status} {body!r}")


@with_server
def test_error_after_streaming_breaks_the_response(server):
    # The first rows go out before the failure, so the status is already 200: the client
    # must see a broken response rather than a clean end.
    query = "SELECT intDiv(1, toInt64(number) - 3000000) FROM numbers(4000000) SETTINGS max_block_size = 8192"
    connection = http.client.HTTPConnection("127.0.0.1", server.http_port)
    connection.request("POST", "/", body=query.encode())
    response = connection.getresponse()
    try:
        body = response.read()
        broken = False
    except http.client.IncompleteRead as e:
        body = e.partial
        broken = True
    expect(response.status == 200, f"status {response.status}")
    expect(broken, "the response must be cut, not ended cleanly")
    expect(b"ILLEGAL_DIVISION" in body, "the error text is in the body")


@with_server
def test_compressed_bodies(server):
    import gzip
    import zlib
    server.query("CREATE TABLE c (id UInt64) ENGINE = MergeTree ORDER BY id")
    data = b"".join(b'{"id": %d}\n' % i for i in range(10000))
    status, _, body = server.query("INSERT INTO c FORMAT JSONEachRow", data=gzip.compress(data), headers={"Content-Encoding": "gzip"})
    expect(status == 200, f"gzip insert: {status} {body!r}")
    status, headers, body = server.query("SELECT sum(id) FROM c", params={"enable_http_compression": "1"},
                                         headers={"Accept-Encoding": "gzip"})
    expect(headers.get("Content-Encoding") == "gzip", f"headers {headers}")
    expect(gzip.decompress(body) == b"49995000\n", f"body {body!r}")
    status, headers, body = server.query("SELECT count() FROM c", params={"enable_http_compression": "1"},
                                         headers={"Accept-Encoding": "deflate"})
    expect(zlib.decompress(body) == b"10000\n", f"deflate body {body!r}")
    status, _, body = server.query("INSERT INTO c FORMAT JSONEachRow", data=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    expect(status != 200 and b"CANNOT_DECOMPRESS" in body, f"corrupt gzip: {status} {body!r}")


@with_server
def test_sessions_keep_set_and_use(server):
    server.query("CREATE DATABASE sessions_db")
    status, _, _ = server.query("SET output_format_json_quote_64bit_integers = 0", params={"session_id": "s1"})
    expect(status == 200, f"SET in a session: {status}")
    server.query("USE sessions_db", params={"session_id": "s1"})
    _, _, body = server.query("SELECT toUInt64(7) AS n, currentDatabase() AS db FORMAT JSONEachRow", params={"session_id": "s1"})
    expect(body == b'{"n":7,"db":"sessions_db"}\n', f"the session keeps SET and USE: {body!r}")
    _, _, body = server.query("SELECT toUInt64(7) AS n, currentDatabase() AS db FORMAT JSONEachRow", params={"session_id": "s2"})
    expect(body == b'{"n":"7","db":"default"}\n', f"another session starts fresh: {body!r}")
    _, _, body = server.query("SELECT currentDatabase()")
    expect(body == b"default\n", f"no session, no state: {body!r}")
    status, headers, body = server.query("SELECT 1", params={"session_id": "never", "session_check": "1"})
    expect(headers.get("X-ClickHouse-Exception-Code") == "372" and b"Session never not found" in body, f"{status} {body!r}")
    status, headers, _ = server.query("SELECT 1", params={"session_id": "s1", "session_timeout": "abc"})
    expect(headers.get("X-ClickHouse-Exception-Code") == "374", f"bad timeout: {status} {headers}")
    # A session serves one request at a time.
    slow_query = "SELECT sum(cityHash64(number)) FROM numbers(400000000) FORMAT Null"
    slow = threading.Thread(target=server.query, args=(slow_query,), kwargs={"params": {"session_id": "busy", "max_threads": "1"}})
    slow.start()
    time.sleep(0.3)
    status, headers, body = server.query("SELECT 1", params={"session_id": "busy"})
    slow.join()
    expect(headers.get("X-ClickHouse-Exception-Code") == "373", f"concurrent use of a session: {status} {body!r}")
    # An expired session is gone.
    server.query("SET output_format_json_quote_64bit_integers = 0", params={"session_id": "short", "session_timeout": "1"})
    time.sleep(2.2)
    _, _, body = server.query("SELECT toUInt64(7) AS n FORMAT JSONEachRow", params={"session_id": "short"})
    expect(body == b'{"n":"7"}\n', f"an expired session starts fresh: {body!r}")


@with_server
def test_wait_end_of_query_turns_a_late_error_into_a_status(server):
    sql = "SELECT intDiv(1, toInt64(number) - 200000) FROM numbers(300000) FORMAT TSV"
    status, headers, body = server.query(sql, params={"max_block_size": "1000", "wait_end_of_query": "1"})
    expect(status == 500 and headers.get("X-ClickHouse-Exception-Code") == "153", f"{status} {headers}")
    expect(body.startswith(b"Code: 153.") and b"ILLEGAL_DIVISION" in body, f"only the error, no rows: {body[:200]!r}")
    status, headers, body = server.query("SELECT number FROM numbers(300000) FORMAT TSV", params={"wait_end_of_query": "1"})
    expect(status == 200 and int(headers.get("Content-Length", "0")) == len(body) and body.count(b"\n") == 300000,
           f"whole result with its length: {status} {len(body)}")
