"""The native TCP protocol with real clients: Insights' driver (clickhouse_driver, Debian's
python3-clickhouse-driver, revision 54453), Debian's clickhouse-client 18.16 (an old
revision: binary settings, no custom serialization flags) and a raw client at our own
revision (54469: addendum, query parameters, the newest Progress and ProfileInfo fields).
The driver runs under Debian's /usr/bin/python3, where its package is: native/driver_scenarios.py."""
import os
import socket
import struct
import subprocess
import time

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


class RawClient:
    """The protocol at our own revision, byte by byte, for what the driver's older revision
    does not reach: the addendum, query parameters sent to the server, Progress elapsed time."""
    REVISION = 54469

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.buffer = b""
        self.send(self.varint(0) + self.string("raw-test") + self.varint(24) + self.varint(8) + self.varint(self.REVISION)
                  + self.string("") + self.string("default") + self.string(""))
        assert self.read_varint() == 0, "expected Hello"
        self.server_name = self.read_string()
        self.version = (self.read_varint(), self.read_varint())
        self.server_revision = self.read_varint()
        self.timezone, self.display_name = self.read_string(), self.read_string()
        self.patch = self.read_varint()
        assert self.read_varint() == 0  # password complexity rules
        self.read_exact(8)  # nonce
        self.send(self.string(""))  # addendum: quota key

    @staticmethod
    def varint(value):
        out = b""
        while True:
            byte = value & 0x7F
            value >>= 7
            out += bytes([byte | (0x80 if value else 0)])
            if not value:
                return out

    def string(self, text):
        data = text.encode()
        return self.varint(len(data)) + data

    def send(self, data):
        self.sock.sendall(data)

    def read_exact(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("server closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def read_varint(self):
        shift = value = 0
        while True:
            byte = self.read_exact(1)[0]
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return value

    def read_string(self):
        return self.read_exact(self.read_varint()).decode()

    def query(self, text, settings=None, parameters=None):
        self.send_query(text, settings, parameters)
        return self.receive()

    def send_query(self, text, settings=None, parameters=None):
        packet = self.varint(1) + self.string("")
        # Client info: initial query over TCP.
        packet += bytes([1]) + self.string("") + self.string("") + self.string("127.0.0.1:0") + struct.pack("<q", 0)
        packet += bytes([1]) + self.string("user") + self.string("host") + self.string("raw-test") + self.varint(24) + self.varint(8)
        packet += self.varint(self.REVISION) + self.string("") + self.varint(0) + self.varint(0) + bytes([0])
        packet += self.varint(0) + self.varint(0) + self.varint(0)
        for name, value in (settings or {}).items():
            packet += self.string(name) + self.varint(0) + self.string(value)
        packet += self.string("") + self.string("")  # end of settings, interserver secret
        packet += self.varint(2) + self.varint(0) + self.string(text)
        for name, value in (parameters or {}).items():
            packet += self.string(name) + self.varint(2) + self.string("'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'")
        packet += self.string("")
        # No external tables: one empty Data block.
        packet += self.varint(2) + self.string("") + self.empty_block()
        self.send(packet)

    def empty_block(self):
        return self.varint(1) + bytes([0]) + self.varint(2) + struct.pack("<i", -1) + self.varint(0) + self.varint(0) + self.varint(0)

    def read_block(self):
        self.read_string()  # table name
        assert self.read_varint() == 1 and self.read_exact(1) == b"\x00"
        assert self.read_varint() == 2 and struct.unpack("<i", self.read_exact(4))[0] == -1
        assert self.read_varint() == 0
        columns, rows = self.read_varint(), self.read_varint()
        block = []
        for _ in range(columns):
            name, type_name = self.read_string(), self.read_string()
            assert self.read_exact(1) == b"\x00", "custom serialization flag"
            if type_name == "String":
                values = [self.read_string() for _ in range(rows)]
            elif type_name == "UInt64":
                values = list(struct.unpack(f"<{rows}Q", self.read_exact(8 * rows)))
            else:
                raise AssertionError(f"raw client reads no {type_name}")
            block.append((name, type_name, values))
        return block

    def receive(self):
        packets = []
        while True:
            kind = self.read_varint()
            if kind == 1:
                packets.append(("Data", self.read_block()))
            elif kind == 2:
                code = struct.unpack("<i", self.read_exact(4))[0]
                name, message, _stack, _nested = self.read_string(), self.read_string(), self.read_string(), self.read_exact(1)
                packets.append(("Exception", (code, name, message)))
                return packets
            elif kind == 3:
                packets.append(("Progress", [self.read_varint() for _ in range(7)]))
            elif kind == 6:
                info = [self.read_varint(), self.read_varint(), self.read_varint(), self.read_exact(1), self.read_varint(),
                        self.read_exact(1), self.read_exact(1), self.read_varint()]
                packets.append(("ProfileInfo", info))
            elif kind == 5:
                packets.append(("EndOfStream", None))
                return packets
            else:
                raise AssertionError(f"unexpected packet {kind}")

    def ping(self):
        self.send(self.varint(4))
        assert self.read_varint() == 4, "expected Pong"


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
