"""The native TCP protocol with real clients: Insights' driver (clickhouse_driver, Debian's
python3-clickhouse-driver, revision 54453), Debian's clickhouse-client 18.16 (an old
revision: binary settings, no custom serialization flags) and a raw client at our own
revision (54469: addendum, query parameters, the newest Progress and ProfileInfo fields).
The driver runs under Debian's /usr/bin/python3, where its package is: native/driver_scenarios.py."""
import os
import subprocess
import time

from raw_native_client import RawClient
from server import with_server

PYTHON = "/usr/bin/python3"
CLICKHOUSE_CLIENT = "/usr/bin/clickhouse-client"


def run_driver_scenario(server, name):
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "native", "driver_scenarios.py")
    result = subprocess.run([PYTHON, script, str(server.tcp_port), name], capture_output=True, text=True, timeout=300)
    if result.returncode != 0 or "ok" not in result.stdout:
        raise AssertionError(f"driver scenario {name} failed:\n{result.stdout}\n{result.stderr}")


@with_server
def test_driver_select_types(server):
    run_driver_scenario(server, "select_types")


@with_server
def test_driver_insert_and_read_back(server):
    run_driver_scenario(server, "insert_and_read_back")


@with_server
def test_driver_settings_params_and_errors(server):
    run_driver_scenario(server, "settings_params_and_errors")


@with_server
def test_driver_compression(server):
    run_driver_scenario(server, "compression")


@with_server
def test_driver_progress_while_running(server):
    run_driver_scenario(server, "progress_while_running")


def clickhouse_client(server, query, stdin=None):
    return subprocess.run([CLICKHOUSE_CLIENT, "--host", "127.0.0.1", "--port", str(server.tcp_port), "--query", query],
                          input=stdin, capture_output=True, text=True, timeout=60)


@with_server
def test_clickhouse_client_18_16(server):
    result = clickhouse_client(server, "CREATE TABLE t (a UInt32, b String DEFAULT 'dflt', c Nullable(Int8)) ENGINE = MergeTree ORDER BY a")
    assert result.returncode == 0, result.stderr
    result = clickhouse_client(server, "INSERT INTO t FORMAT TSV", stdin="1\tx\t5\n2\ty\t\\N\n")
    assert result.returncode == 0, result.stderr
    result = clickhouse_client(server, "INSERT INTO t FORMAT JSONEachRow", stdin='{"a": 3}\n')
    assert result.returncode == 0, result.stderr
    result = clickhouse_client(server, "INSERT INTO t (a, c) VALUES (4, -4)")
    assert result.returncode == 0, result.stderr
    result = clickhouse_client(server, "SELECT a, b, c FROM t ORDER BY a")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1\tx\t5\n2\ty\t\\N\n3\tdflt\t\\N\n4\tdflt\t-4\n", result.stdout
    result = clickhouse_client(server, "SELECT number, [number], toString(number) FROM system.numbers LIMIT 3 FORMAT CSV")
    # The client formats the rows itself (18.16 quotes arrays in CSV).
    assert result.stdout == '0,"[0]","0"\n1,"[1]","1"\n2,"[2]","2"\n', result.stdout
    result = clickhouse_client(server, "SELECT no_such_column")
    assert result.returncode == 47 and "Code: 47" in result.stderr, (result.returncode, result.stderr)
    # A bad row fails the whole INSERT.
    result = clickhouse_client(server, "INSERT INTO t FORMAT TSV", stdin="5\tok\t1\nbad\tno\t2\n")
    assert result.returncode != 0
    assert clickhouse_client(server, "SELECT count() FROM t").stdout == "4\n"


@with_server
def test_raw_client_at_our_revision(server):
    client = RawClient(server.tcp_port)
    assert client.server_name == "ClickHouse" and client.server_revision == RawClient.REVISION
    assert client.timezone == "UTC"
    client.ping()
    packets = client.query("SELECT {n:UInt64} + number AS x, {s:String} AS s FROM system.numbers LIMIT 3",
                           settings={"max_block_size": "2"}, parameters={"n": "10", "s": "it's"})
    kinds = [kind for kind, _ in packets]
    assert kinds[0] == "Data" and kinds[-1] == "EndOfStream" and "ProfileInfo" in kinds and "Progress" in kinds, kinds
    header = packets[0][1]
    assert header == [("x", "UInt64", []), ("s", "String", [])], header
    values = [value for kind, block in packets[1:] if kind == "Data" for value in zip(block[0][2], block[1][2])]
    assert values == [(10, "it's"), (11, "it's"), (12, "it's")], values
    progress = [fields for kind, fields in packets if kind == "Progress"]
    assert sum(p[0] for p in progress) >= 3 and progress[-1][6] > 0, progress  # rows read, elapsed ns
    packets = client.query("SELECT {missing:UInt8}")
    assert packets[-1][0] == "Exception" and packets[-1][1][0] == 456 and packets[-1][1][1] == "DB::Exception", packets
    client.ping()
    assert client.query("SELECT 'still here' AS s")[1][1] == [("s", "String", ["still here"])]


@with_server
def test_raw_client_cancels_a_long_query(server):
    client = RawClient(server.tcp_port)
    # An aggregation sends nothing until it is done: the cancel must reach it mid-read.
    client.send_query("SELECT count() FROM (SELECT number FROM system.numbers LIMIT 100000000000) WHERE number % 7 = 1")
    time.sleep(0.5)
    started = time.time()
    client.send(client.varint(3))
    packets = client.receive()
    assert packets[-1][0] == "EndOfStream" and time.time() - started < 5, packets
    assert client.query("SELECT 'after cancel' AS s")[1][1] == [("s", "String", ["after cancel"])]
