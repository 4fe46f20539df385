"""TLS on the secure native port (tcp_port_secure) and HTTPS (https_port) with a self-signed
certificate made by the openssl CLI: Debian's clickhouse-client 18.16, clickhouse_driver and
curl create, insert and select over it."""
import os
import socket
import ssl
import subprocess
import tempfile
import time

from raw_native_client import RawClient
from server import Server, expect, free_port

CLICKHOUSE_CLIENT = "/usr/bin/clickhouse-client"
# clickhouse-client checks the server's certificate against the system CAs unless told to
# accept any: a self-signed one needs <openSSL><client> as below.
CLIENT_CONFIG = """<config><openSSL><client>
<verificationMode>none</verificationMode>
<invalidCertificateHandler><name>AcceptCertificateHandler</name></invalidCertificateHandler>
</client></openSSL></config>
"""


def make_certificate(directory):
    certificate = os.path.join(directory, "server.crt")
    key = os.path.join(directory, "server.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True)
    return certificate, key


class TlsServer:
    def __enter__(self):
        self.directory = tempfile.mkdtemp(prefix="datastore-tls-")
        self.certificate, key = make_certificate(self.directory)
        self.secure_port = free_port()
        self.https_port = free_port()
        self.server = Server(overrides=[
            f"--tcp_port_secure={self.secure_port}", f"--https_port={self.https_port}",
            f"--openSSL.server.certificateFile={self.certificate}", f"--openSSL.server.privateKeyFile={key}",
            "--openSSL.server.verificationMode=none"]).start()
        self.client_config = os.path.join(self.directory, "client.xml")
        with open(self.client_config, "w") as f:
            f.write(CLIENT_CONFIG)
        return self

    def __exit__(self, *exc):
        self.server.cleanup()
        subprocess.run(["rm", "-rf", self.directory])

    def clickhouse_client(self, query):
        result = subprocess.run([CLICKHOUSE_CLIENT, "--config-file", self.client_config, "--secure", "--host", "127.0.0.1",
                                 "--port", str(self.secure_port), "--query", query], capture_output=True, text=True, timeout=60)
        expect(result.returncode == 0, f"clickhouse-client --secure {query!r}: {result.stderr}")
        return result.stdout

    def curl(self, *arguments):
        result = subprocess.run(["curl", "-sS", "--cacert", self.certificate, *arguments], capture_output=True, text=True, timeout=60)
        expect(result.returncode == 0, f"curl {arguments}: {result.stderr}")
        return result.stdout


def test_clickhouse_client_over_tls():
    with TlsServer() as tls:
        tls.clickhouse_client("CREATE TABLE t (id UInt32, name String) ENGINE = MergeTree ORDER BY id")
        tls.clickhouse_client("INSERT INTO t VALUES (1, 'one'), (2, 'two')")
        expect(tls.clickhouse_client("SELECT id, name FROM t ORDER BY id") == "1\tone\n2\ttwo\n", "rows over TLS")
        # The plain port still serves the same data.
        expect(tls.server.query("SELECT count() FROM t")[2] == b"2\n", "plain HTTP sees TLS inserts")


# Runs under Debian's python, where Debian's clickhouse_driver is: argv is the port and the CA.
DRIVER_OVER_TLS = """
import sys
from clickhouse_driver import Client
from clickhouse_driver.errors import ServerException

port, certificate = int(sys.argv[1]), sys.argv[2]
client = Client("127.0.0.1", port=port, secure=True, verify=False)
client.execute("CREATE TABLE d (x UInt64, s String) ENGINE = MergeTree ORDER BY x")
client.execute("INSERT INTO d (x, s) VALUES", [(i, f"v{i}") for i in range(10000)])
assert client.execute("SELECT count(), sum(x), max(s) FROM d") == [(10000, 49995000, "v9999")]
# Verified against the certificate itself (its subjectAltName holds 127.0.0.1).
verified = Client("127.0.0.1", port=port, secure=True, verify=True, ca_certs=certificate)
assert verified.execute("SELECT 42") == [(42,)]
try:
    client.execute("SELECT throwIf(1)")
    raise AssertionError("the error did not come back over TLS")
except ServerException as e:
    assert e.code == 395, e
assert client.execute("SELECT 1") == [(1,)]
print("ok")
"""


def test_clickhouse_driver_over_tls():
    with TlsServer() as tls:
        result = subprocess.run(["/usr/bin/python3", "-c", DRIVER_OVER_TLS, str(tls.secure_port), tls.certificate],
                                capture_output=True, text=True, timeout=120)
        expect(result.returncode == 0 and result.stdout == "ok\n", f"driver over TLS: {result.stdout}\n{result.stderr}")


def test_https_with_curl():
    with TlsServer() as tls:
        base = f"https://localhost:{tls.https_port}"
        expect(tls.curl(f"{base}/ping") == "Ok.\n", "/ping over HTTPS")
        tls.curl("--data-binary", "CREATE TABLE h (n UInt8) ENGINE = Memory", f"{base}/")
        tls.curl("--data-binary", "1\n2\n3\n", f"{base}/?query=INSERT%20INTO%20h%20FORMAT%20TSV")
        expect(tls.curl(f"{base}/?query=SELECT%20sum(n)%20FROM%20h") == "6\n", "select over HTTPS")
        # A large response streams through TLS records intact.
        body = tls.curl(f"{base}/?query=SELECT%20number%20FROM%20numbers(200000)")
        expect(body == "".join(f"{i}\n" for i in range(200000)), "large HTTPS response")
        # Keep-alive: two requests on one connection.
        both = tls.curl(f"{base}/?query=SELECT%201", f"{base}/?query=SELECT%202")
        expect(both == "1\n2\n", f"keep-alive over HTTPS: {both!r}")


def test_cancel_sent_with_the_query_over_tls():
    """A Cancel written right behind the query lands in the same TLS record, so the server
    decrypts it with the query: it must not wait in the TLS layer until the query ends."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with TlsServer() as tls:
        client = RawClient(tls.secure_port, wrap_socket=context.wrap_socket)
        pending = []
        client.send = pending.append
        client.send_query("SELECT count() FROM (SELECT number FROM system.numbers LIMIT 100000000000) WHERE number % 7 = 1")
        del client.send
        started = time.time()
        client.send(b"".join(pending) + client.varint(3))
        packets = client.receive()
        expect(packets[-1][0] == "EndOfStream" and time.time() - started < 5, f"not cancelled in time: {packets[-3:]}")
        expect(client.query("SELECT 'after cancel' AS s")[1][1] == [("s", "String", ["after cancel"])], "connection unusable")


def test_plain_client_on_secure_port_is_dropped():
    with TlsServer() as tls:
        result = subprocess.run(["curl", "-sS", f"http://127.0.0.1:{tls.https_port}/ping"], capture_output=True, text=True, timeout=30)
        expect(result.returncode != 0, "plain HTTP to the HTTPS port must fail")
        expect(tls.curl(f"https://localhost:{tls.https_port}/ping") == "Ok.\n", "the server still serves HTTPS")


def test_silent_client_on_secure_port_is_dropped():
    # A client that connects and never starts the TLS handshake, or stops in the middle of its
    # hello (here a record header announcing 512 bytes that never come), or, on the plain
    # native port, says nothing or half a Hello, is closed after ClickHouse's
    # handshake_timeout_ms (10 s), and does not keep the server from serving others meanwhile.
    with TlsServer() as tls:
        stalled = []
        for port, first_bytes in [(tls.https_port, b""), (tls.secure_port, b"\x16\x03\x01\x02\x00\x01"),
                                  (tls.server.tcp_port, b""), (tls.server.tcp_port, b"\x00\x0a")]:
            connection = socket.create_connection(("127.0.0.1", port), timeout=30)
            connection.sendall(first_bytes)
            stalled.append(connection)
        started = time.time()
        expect(tls.curl(f"https://localhost:{tls.https_port}/ping") == "Ok.\n", "others are served meanwhile")
        for connection in stalled:
            expect(connection.recv(1) == b"", "the stalled connection must be closed")
            connection.close()
        waited = time.time() - started
        expect(8 <= waited <= 20, f"closed after {waited:.1f} s")


def test_missing_certificate_stops_the_start():
    server = Server(overrides=[f"--tcp_port_secure={free_port()}", "--openSSL.server.certificateFile=/nonexistent/server.crt"])
    try:
        try:
            server.start(timeout=60)
        except RuntimeError:
            pass
        # On a loaded machine /ping may answer before the TLS listener fails: the server must
        # still exit, with an error, rather than serve without its certificate.
        try:
            code = server.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            raise AssertionError("server started without its certificate")
        with open(os.path.join(server.path, "server.log")) as f:
            log = f.read()
        expect(code != 0 and "Code: 318" in log and "certificateFile" in log and "/nonexistent/server.crt" in log, log)
    finally:
        server.cleanup()
