"""Connections that stall do not hold the server's workers: an idle kept-alive HTTP
connection ends after <keep_alive_timeout>, a request that stops arriving after the default
profile's http_receive_timeout (an INSERT cut short that way fails with 209 and writes
nothing), and an idle native connection after idle_connection_timeout. Clients that keep
talking are not disturbed."""
import os
import socket
import tempfile
import time

from config_fixtures import start_from, write
from server import expect, query_ok

CONFIG = """<clickhouse>
    <users_config>users.xml</users_config>
    <keep_alive_timeout>1</keep_alive_timeout>
</clickhouse>"""

USERS = """<clickhouse>
    <profiles><default>
        <http_receive_timeout>1</http_receive_timeout>
        <receive_timeout>1</receive_timeout>
        <idle_connection_timeout>2</idle_connection_timeout>
    </default></profiles>
    <users><default>
        <password></password>
        <networks><ip>127.0.0.1</ip></networks>
        <profile>default</profile>
        <quota>default</quota>
    </default></users>
    <quotas><default/></quotas>
</clickhouse>"""


def closed_within(connection, started, low, high):
    """Waits for the server to close `connection`; checks it did `low` to `high` seconds
    after `started`."""
    connection.settimeout(high + 5)
    data = b""
    while True:
        piece = connection.recv(65536)
        if not piece:
            break
        data += piece
    waited = time.time() - started
    expect(low <= waited <= high, f"closed after {waited:.1f} s")
    connection.close()
    return data


def native_hello(port):
    """A native connection after its handshake (revision 54449: no addendum is due)."""
    def string(text):
        data = text.encode()
        return bytes([len(data)]) + data
    connection = socket.create_connection(("127.0.0.1", port), timeout=10)
    connection.sendall(b"\x00" + string("timeout-test") + b"\x01\x01" + bytes([0xb1, 0xa9, 0x03]) + string("") + string("default") + string(""))
    expect(connection.recv(1) == b"\x00", "the server's Hello")
    return connection


def test_stalled_connections_end():
    directory = tempfile.mkdtemp(prefix="datastore-timeouts-")
    write(os.path.join(directory, "config.xml"), CONFIG)
    write(os.path.join(directory, "users.xml"), USERS)
    server = start_from(os.path.join(directory, "config.xml"))
    try:
        query_ok(server, "CREATE TABLE t (x UInt32) ENGINE = MergeTree ORDER BY x")

        # A kept-alive HTTP connection: served, then closed once idle for keep_alive_timeout.
        kept = socket.create_connection(("127.0.0.1", server.http_port), timeout=10)
        kept.sendall(b"GET /?query=SELECT%2042 HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = closed_within(kept, time.time(), 0.5, 4)
        expect(answer.startswith(b"HTTP/1.1 200 OK") and b"42\n" in answer, answer)

        # Half a request line, and an INSERT whose body stops after 2 of its 100 bytes.
        half = socket.create_connection(("127.0.0.1", server.http_port), timeout=10)
        half.sendall(b"GET /?query=SELECT%201 HTTP/1.1\r\n")
        cut = socket.create_connection(("127.0.0.1", server.http_port), timeout=10)
        cut.sendall(b"POST /?query=INSERT%20INTO%20t%20FORMAT%20TSV HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n7\n")
        # A native connection idle after its handshake, and one that stops inside a packet.
        idle = native_hello(server.tcp_port)
        inside = native_hello(server.tcp_port)
        inside.sendall(b"\x01\x05abc")  # a Query packet whose query id never ends
        started = time.time()
        # Meanwhile others are served.
        expect(query_ok(server, "SELECT 1") == "1\n", "served meanwhile")

        closed_within(half, started, 0.5, 4)
        answer = closed_within(cut, started, 0.5, 4)
        expect(b"Code: 209" in answer and b"Timeout exceeded while reading from socket" in answer, answer)
        closed_within(inside, started, 0.5, 4)
        closed_within(idle, started, 1, 5)
        expect(query_ok(server, "SELECT count() FROM t") == "0\n", "the cut INSERT wrote nothing")
    finally:
        server.cleanup()
