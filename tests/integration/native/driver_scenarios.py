"""Sessions of Insights' driver (clickhouse_driver, Debian's python3-clickhouse-driver at
protocol revision 54453) against a running server; run with Debian's /usr/bin/python3 as
`driver_scenarios.py PORT SCENARIO` by tests/integration/test_native_protocol.py."""
import os
import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from ipaddress import IPv4Address, IPv6Address
from uuid import UUID

# The driver imports clickhouse_cityhash for compression; Debian lacks it, tests/lib has one.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lib"))

from clickhouse_driver import Client  # noqa: E402
from clickhouse_driver.errors import ServerException  # noqa: E402


def driver_client(port, **kwargs):
    return Client("127.0.0.1", port=port, **kwargs)


def expect_server_error(code, function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except ServerException as e:
        assert e.code == code, f"expected code {code}, got {e.code}: {e}"
        return e
    raise AssertionError(f"expected server error {code}")


def scenario_select_types(port):
    client = driver_client(port)
    rows, columns = client.execute(
        """SELECT toInt8(-1) i8, toUInt64(18446744073709551615) u64, toInt128(-5) i128, 'str' s, toFixedString('ab', 3) fs,
                  toNullable(1) n, CAST(NULL AS Nullable(String)) ns, [1, 2, 3] arr, [[1], [2, 3]] nested, [toNullable(1), NULL] an,
                  toLowCardinality('lc') lc, toLowCardinality(toNullable('x')) lcn,
                  toDateTime64('2024-01-02 03:04:05.678', 3, 'UTC') dt64, toDateTime('2024-02-03 04:05:06', 'UTC') dt,
                  toDate('2024-02-03') d, toDecimal64(12.345, 3) dec, toUUID('01234567-89ab-cdef-0123-456789abcdef') u,
                  map('k', 1) m, tuple(1, 'x') tp, 3.5::Float64 f, true b""",
        with_column_types=True)
    assert rows == [(-1, 18446744073709551615, -5, "str", "ab", 1, None, [1, 2, 3], [[1], [2, 3]], [1, None], "lc", "x",
                     datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc), datetime(2024, 2, 3, 4, 5, 6, tzinfo=timezone.utc),
                     date(2024, 2, 3), Decimal("12.345"), UUID("01234567-89ab-cdef-0123-456789abcdef"), {"k": 1}, (1, "x"), 3.5,
                     True)], rows
    assert [t for _, t in columns] == [
        "Int8", "UInt64", "Int128", "String", "FixedString(3)", "Nullable(UInt8)", "Nullable(String)", "Array(UInt8)",
        "Array(Array(UInt8))", "Array(Nullable(UInt8))", "LowCardinality(String)", "LowCardinality(Nullable(String))",
        "DateTime64(3, 'UTC')", "DateTime('UTC')", "Date", "Decimal(18, 3)", "UUID", "Map(String, UInt8)",
        "Tuple(UInt8, String)", "Float64", "Bool"], columns
    # Many blocks, streamed with progress.
    rows = client.execute("SELECT number, toString(number) FROM system.numbers LIMIT 200000", settings={"max_block_size": 10000})
    assert len(rows) == 200000 and rows[-1] == (199999, "199999")


def scenario_insert_and_read_back(port):
    client = driver_client(port, settings={"insert_block_size": 2})
    client.execute("CREATE TABLE t (a UInt8, b String DEFAULT 'dflt', m UInt16 MATERIALIZED a * 2, "
                   "checked Int64 DEFAULT intDiv(1, a - 3), tags Array(String), at DateTime64(3, 'UTC')) ENGINE = MergeTree ORDER BY a")
    at = datetime(2026, 2, 23, 12, 0, 0, 250000, tzinfo=timezone.utc)
    assert client.execute("INSERT INTO t (a, b, tags, at) VALUES", [(1, "one", ["x"], at), (2, "two", [], at), (4, "four", ["y", "z"], at)]) == 3
    # Omitted columns get their defaults, as over HTTP.
    client.execute("INSERT INTO t (a) VALUES", [{"a": 5}])
    assert client.execute("SELECT a, b, m, checked, tags, at FROM t ORDER BY a") == [
        (1, "one", 2, 0, ["x"], at), (2, "two", 4, -1, [], at), (4, "four", 8, 1, ["y", "z"], at), (5, "dflt", 10, 0, [], datetime(1970, 1, 1, tzinfo=timezone.utc))]

    # The third row fails on the server (its default divides by zero) in the second block:
    # nothing of the INSERT is stored and the connection goes on.
    expect_server_error(153, client.execute, "INSERT INTO t (a) VALUES", [(6,), (7,), (3,), (8,)])
    # A bad value in inline VALUES data fails the same way.
    expect_server_error(27, client.execute, "INSERT INTO t (a) VALUES (9), ('zz')")
    assert client.execute("SELECT count() FROM t") == [(4,)]
    expect_server_error(60, client.execute, "INSERT INTO missing_table VALUES", [(1,)])
    assert client.execute("SELECT count() FROM t") == [(4,)]


def scenario_settings_params_and_errors(port):
    client = driver_client(port)
    assert client.execute("SELECT value FROM system.settings WHERE name = 'max_block_size'", settings={"max_block_size": 123}) == [("123",)]
    # Per-query settings do not stay; SET does, for the connection.
    assert client.execute("SELECT value FROM system.settings WHERE name = 'max_block_size'") == [("65536",)]
    client.execute("SET max_block_size = 77")
    assert client.execute("SELECT value FROM system.settings WHERE name = 'max_block_size'") == [("77",)]
    expect_server_error(396, client.execute, "SELECT number FROM system.numbers LIMIT 10",
                        settings={"max_result_rows": 2, "result_overflow_mode": "throw"})
    # The driver substitutes %(name)s itself; quoting must survive the trip.
    assert client.execute("SELECT %(text)s, %(number)s + 1", params={"text": "it's", "number": 41}) == [("it's", 42)]
    # An error, then a successful query on the same connection.
    error = expect_server_error(62, client.execute, "SELEC 1")
    assert "Syntax error" in error.message, error.message
    expect_server_error(47, client.execute, "SELECT no_such_column")
    assert client.execute("SELECT 1 + 1") == [(2,)]
    # External tables are read and refused, and the connection goes on.
    expect_server_error(48, client.execute, "SELECT x FROM ext",
                        external_tables=[{"name": "ext", "structure": [("x", "UInt8")], "data": [{"x": 1}]}])
    assert client.execute("SELECT 3") == [(3,)]
    client.execute("CREATE DATABASE other")
    client.execute("USE other")
    assert client.execute("SELECT currentDatabase()") == [("other",)]
    expect_server_error(516, driver_client(port, user="nobody").execute, "SELECT 1")
    expect_server_error(516, driver_client(port, password="secret").execute, "SELECT 1")


def scenario_compression(port):
    for method in ("lz4", "zstd"):
        client = driver_client(port, compression=method)
        client.execute(f"CREATE TABLE t_{method} (a UInt64, s String) ENGINE = Memory")
        client.execute(f"INSERT INTO t_{method} VALUES", [(i, "x" * (i % 50)) for i in range(5000)])
        assert client.execute(f"SELECT count(), sum(a), sum(length(s)) FROM t_{method}") == [(5000, 12497500, 122500)]
        rows = client.execute(f"SELECT a, s FROM t_{method} ORDER BY a")
        assert len(rows) == 5000 and rows[4999] == (4999, "x" * 49)
        expect_server_error(47, client.execute, "SELECT nope")
        assert client.execute("SELECT 'after error'") == [("after error",)]


def scenario_progress_while_running(port):
    # A query with no result until its end still reports its progress every interactive_delay.
    client = driver_client(port)
    progress = client.execute_with_progress("SELECT count() FROM numbers_mt(600000000) WHERE number % 7 = 3",
                                            settings={"interactive_delay": 50000})
    updates = [rows for rows, _ in progress]
    assert progress.get_result() == [(85714286,)]
    assert len(updates) >= 3 and updates == sorted(updates) and updates[-1] == 600000000, updates


def scenario_ip_addresses(port):
    # IPv4 travels as a little-endian UInt32 and IPv6 as 16 network-order bytes; the driver
    # gives them as ipaddress objects.
    client = driver_client(port)
    rows, columns = client.execute("SELECT toIPv4('1.2.3.4') a, toIPv6('2001:db8::1') b, CAST(NULL AS Nullable(IPv4)) n, "
                                   "[toIPv6('::ffff:10.0.0.1')] l", with_column_types=True)
    assert rows == [(IPv4Address("1.2.3.4"), IPv6Address("2001:db8::1"), None, [IPv6Address("::ffff:10.0.0.1")])], rows
    assert [t for _, t in columns] == ["IPv4", "IPv6", "Nullable(IPv4)", "Array(IPv6)"], columns
    client.execute("CREATE TABLE ips (a IPv4, b IPv6) ENGINE = MergeTree ORDER BY a")
    assert client.execute("INSERT INTO ips VALUES", [(IPv4Address("10.0.0.2"), IPv6Address("::2")), ("10.0.0.1", "fe80::1")]) == 2
    assert client.execute("SELECT a, b, toString(a), toString(b) FROM ips ORDER BY a") == [
        (IPv4Address("10.0.0.1"), IPv6Address("fe80::1"), "10.0.0.1", "fe80::1"), (IPv4Address("10.0.0.2"), IPv6Address("::2"), "10.0.0.2", "::2")]
    expect_server_error(675, client.execute, "INSERT INTO ips VALUES ('10.0.0.300', '::')")
    assert client.execute("SELECT count() FROM ips") == [(2,)]


if __name__ == "__main__":
    globals()["scenario_" + sys.argv[2]](int(sys.argv[1]))
    print("ok")
