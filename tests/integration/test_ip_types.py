"""IPv4 and IPv6 in ClickHouse's binary forms: RowBinary and Native over HTTP (IPv4 as a
little-endian UInt32, IPv6 as its 16 bytes in network order), the native TCP protocol with
Insights' driver, and MergeTree tables of both (plain and LowCardinality) read back after a
server restart."""
import ipaddress
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from server import Server, expect, query_ok as query  # noqa: E402
from test_native_protocol import run_driver_scenario  # noqa: E402

ROWS = [("1.2.3.4", "2001:db8::1"), ("0.0.0.0", "::"), ("255.255.255.255", "::ffff:10.0.0.1")]
ORDERED = sorted(ROWS, key=lambda row: ipaddress.IPv4Address(row[0]))
TEXT = "".join(f"{a}\t{b}\n" for a, b in ORDERED)


def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def string(s):
    return varint(len(s)) + s.encode()


def ipv4_bytes(text):
    return struct.pack("<I", int(ipaddress.IPv4Address(text)))


def ipv6_bytes(text):
    return ipaddress.IPv6Address(text).packed


def row_binary(rows):
    return b"".join(ipv4_bytes(a) + ipv6_bytes(b) for a, b in rows)


def native_block(rows):
    return (varint(2) + varint(len(rows)) + string("a") + string("IPv4") + b"".join(ipv4_bytes(a) for a, _ in rows)
            + string("b") + string("IPv6") + b"".join(ipv6_bytes(b) for _, b in rows))


def expect_binary(server, sql, expected):
    status, _, body = server.query(sql)
    expect(status == 200 and body == expected, f"{sql}: {body!r}, expected {expected!r}")


def test_binary_formats_and_restart():
    server = Server().start()
    try:
        query(server, "CREATE TABLE ips (a IPv4, b IPv6) ENGINE = MergeTree ORDER BY (b, a)")
        query(server, "INSERT INTO ips FORMAT RowBinary", data=row_binary(ROWS[:1]))
        query(server, "INSERT INTO ips FORMAT Native", data=native_block(ROWS[1:]))
        # LowCardinality of an address is refused unless allowed, as in ClickHouse.
        status, _, _ = server.query("CREATE TABLE low (a LowCardinality(IPv6), b LowCardinality(Nullable(IPv4))) ENGINE = MergeTree ORDER BY a")
        expect(status == 500, "LowCardinality(IPv6) needs allow_suspicious_low_cardinality_types")
        status, _, body = server.query("CREATE TABLE low (a LowCardinality(IPv6), b LowCardinality(Nullable(IPv4))) ENGINE = MergeTree ORDER BY a",
                                       params={"allow_suspicious_low_cardinality_types": "1"})
        expect(status == 200, f"create low: {body!r}")
        query(server, "INSERT INTO low SELECT b, if(a = '0.0.0.0', NULL, a) FROM ips")
        expect(query(server, "SELECT a, b FROM ips ORDER BY a") == TEXT, "rows read back as text")

        expect_binary(server, "SELECT a, b FROM ips ORDER BY a FORMAT RowBinary", row_binary(ORDERED))
        expect_binary(server, "SELECT a, b FROM ips ORDER BY a FORMAT Native", native_block(ORDERED))
        # A Nullable address is a NULL byte then the value, as for any type.
        expect_binary(server, "SELECT CAST(NULL AS Nullable(IPv4)), toNullable(toIPv6('::1')) FORMAT RowBinary",
                      b"\x01" + b"\x00" + ipv6_bytes("::1"))

        # A truncated value is refused, and stores nothing.
        status, _, body = server.query("INSERT INTO ips FORMAT RowBinary", data=row_binary(ROWS[:1])[:-3])
        expect(status != 200 and b"CANNOT_READ_ALL_DATA" in body, f"truncated RowBinary: {body!r}")

        server.stop()
        server.start()
        expect(query(server, "SELECT a, b FROM ips ORDER BY a") == TEXT, "rows after restart")
        expect(query(server, "SELECT b FROM ips WHERE b = '2001:db8::1'") == "2001:db8::1\n", "key lookup after restart")
        expect_binary(server, "SELECT a, b FROM ips ORDER BY a FORMAT RowBinary", row_binary(ORDERED))
        low = query(server, "SELECT a, b FROM low ORDER BY a")
        expect(low == "::\t\\N\n::ffff:10.0.0.1\t255.255.255.255\n2001:db8::1\t1.2.3.4\n", f"LowCardinality after restart: {low!r}")
    finally:
        server.cleanup()


def test_driver_reads_and_writes_addresses():
    server = Server().start()
    try:
        run_driver_scenario(server, "ip_addresses")
    finally:
        server.cleanup()
