"""A native-protocol client written byte by byte, for tests that need packets no driver sends."""
import socket
import struct


class RawClient:
    """The protocol at our own revision, byte by byte, for what the driver's older revision
    does not reach: the addendum, query parameters sent to the server, Progress elapsed time."""
    REVISION = 54469

    def __init__(self, port, wrap_socket=None):
        """`wrap_socket` (an ssl context's wrap_socket, say) wraps the connection before Hello."""
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        if wrap_socket:
            self.sock = wrap_socket(self.sock)
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
