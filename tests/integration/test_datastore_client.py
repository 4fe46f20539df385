"""`datastore client` over the native protocol: --query, --multiquery, --format, --param_x,
settings as flags, INSERT ... FORMAT CSV streamed from stdin, the server's errors and exit
codes, a wrong password, --secure against a TLS port, and the interactive mode on a
pseudo-terminal (multi-line input, history file, Ctrl-C cancelling a running query)."""
import os
import pty
import select
import signal
import subprocess
import sys
import tempfile
import time

from server import BINARY, expect, with_server

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_tls import TlsServer  # noqa: E402 (the certificate and TLS server of the TLS tests)


def client(server, *arguments, stdin=None, port=None):
    return subprocess.run([BINARY, "client", "--port", str(port or server.tcp_port), *arguments], input=stdin,
                          capture_output=True, text=True, timeout=120)


def ok(server, *arguments, stdin=None):
    result = client(server, *arguments, stdin=stdin)
    expect(result.returncode == 0, f"{arguments}: exit {result.returncode}: {result.stderr}")
    return result.stdout


@with_server
def test_queries_formats_parameters_settings(server):
    expect(ok(server, "--query", "SELECT number, toString(number) FROM numbers(3)") == "0\t0\n1\t1\n2\t2\n", "TabSeparated by default")
    expect(ok(server, "-q", "SELECT 1 AS x, 'a' AS s", "-f", "CSV") == "1,\"a\"\n", "--format CSV")
    expect(ok(server, "-q", "SELECT 1 AS x", "--format", "JSONEachRow") == '{"x":1}\n', "JSONEachRow")
    expect(ok(server, "-q", "SELECT {x:UInt32} + 1, {s:String}", "--param_x=41", "--param_s", "it's") == "42\tit\\'s\n",  # TSV escapes the quote
           "query parameters")
    expect(ok(server, "-q", "SELECT getSetting('max_threads'), getSetting('max_block_size')", "--max_threads=3",
              "--max_block_size", "1000") == "3\t1000\n", "settings flags travel with the query")
    out = ok(server, "-n", "-q", "CREATE TABLE t (a UInt64) ENGINE = Memory; INSERT INTO t VALUES (1), (2); SELECT sum(a) FROM t")
    expect(out == "3\n", f"--multiquery: {out!r}")
    out = ok(server, "-d", "system", "-q", "SELECT currentDatabase()")
    expect(out == "system\n", "--database")
    result = client(server, "-q", "SELECT 1", "--time")
    expect(result.returncode == 0 and result.stdout == "1\n" and float(result.stderr.strip()) < 10, f"--time: {result.stderr!r}")
    result = client(server, "-q", "SELECT 1", "--no_such_setting=1")
    expect(result.returncode == 115 and "UNKNOWN_SETTING" in result.stderr, f"unknown setting: {result.stderr!r}")


@with_server
def test_insert_from_stdin(server):
    ok(server, "-q", "CREATE TABLE csv (id UInt64, name String, value Float64) ENGINE = MergeTree ORDER BY id")
    rows = "".join(f"{i},name{i},{i / 2}\n" for i in range(200000))
    ok(server, "-q", "INSERT INTO csv FORMAT CSV", stdin=rows)
    out = ok(server, "-q", "SELECT count(), sum(id), max(name), sum(value) FROM csv")
    expect(out == "200000\t19999900000\tname99999\t9999950000\n", f"200k CSV rows: {out!r}")
    ok(server, "-q", "INSERT INTO csv (id, name) FORMAT TSV", stdin="7\tseven\n")
    expect(ok(server, "-q", "SELECT name, value FROM csv WHERE id = 7 ORDER BY name") == "name7\t3.5\nseven\t0\n", "column list")
    result = client(server, "-q", "INSERT INTO csv FORMAT CSV", stdin="1,a,notanumber\n")
    expect(result.returncode != 0 and "Code: 72" in result.stderr, f"bad CSV: {result.returncode} {result.stderr!r}")


@with_server
def test_errors_and_exit_codes(server):
    result = client(server, "-q", "SELECT * FROM no_such_table")
    expect(result.returncode == 60, f"exit code is the error code: {result.returncode}")
    expect(result.stderr.startswith("Received exception from server (version 24.3.1):\nCode: 60. DB::Exception: Received from "),
           f"message: {result.stderr!r}")
    expect("(UNKNOWN_TABLE)" in result.stderr, result.stderr)
    # Codes past 255 leave their remainder, as the OS keeps one byte: 516 -> 4.
    result = client(server, "--password", "wrong", "-q", "SELECT 1")
    expect(result.returncode == 516 % 256 and "Code: 516. DB::Exception" in result.stderr and "Authentication failed" in result.stderr,
           f"wrong password: {result.returncode} {result.stderr!r}")
    result = client(server, "-q", "SELECT 1", port=1)
    expect(result.returncode == 210 and "Code: 210" in result.stderr, f"refused: {result.returncode} {result.stderr!r}")
    result = client(server, "-n", "--ignore-error", "-q", "SELECT throwIf(1); SELECT 2")
    expect(result.stdout == "2\n" and result.returncode == 395 % 256, f"--ignore-error: {result}")


@with_server
def test_interrupt_cancels_a_script(server):
    process = subprocess.Popen([BINARY, "client", "--port", str(server.tcp_port), "-q", "SELECT count() FROM numbers(100000000000)"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    expect(process.returncode == 394 % 256 and "Query was cancelled." in stderr, f"SIGINT: {process.returncode} {stderr!r}")


@with_server
def test_interrupt_cancels_an_insert(server):
    ok(server, "-q", "CREATE TABLE slow (id UInt64) ENGINE = MergeTree ORDER BY id")
    process = subprocess.Popen([BINARY, "client", "--port", str(server.tcp_port), "-q", "INSERT INTO slow FORMAT TSV"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdin.write("".join(f"{i}\n" for i in range(10)))
    process.stdin.flush()
    time.sleep(1)
    process.send_signal(signal.SIGINT)
    time.sleep(0.5)
    # The client sees the Ctrl-C once the next block of rows is read.
    # (communicate() bears the client leaving before it has read all of it)
    _, stderr = process.communicate("".join(f"{i}\n" for i in range(200000)), timeout=20)
    expect(process.returncode == 394 % 256 and "Query was cancelled." in stderr, f"SIGINT: {process.returncode} {stderr!r}")
    # The block being read when Ctrl-C came is not sent (blocks sent before it would be stored).
    expect(ok(server, "-q", "SELECT count() FROM slow") == "0\n", "a cancelled INSERT stores nothing")


def test_secure():
    with TlsServer() as tls:
        arguments = ["--secure", "--host", "127.0.0.1", "--port", str(tls.secure_port)]
        result = subprocess.run([BINARY, "client", *arguments, "--accept-invalid-certificate", "-q", "SELECT 40 + 2"],
                                capture_output=True, text=True, timeout=60)
        expect(result.returncode == 0 and result.stdout == "42\n", f"--secure: {result.stderr}")
        # A self-signed certificate fails the check unless the client is told to accept it.
        result = subprocess.run([BINARY, "client", *arguments, "-q", "SELECT 1"], capture_output=True, text=True, timeout=60)
        expect(result.returncode == 210 and "certificate" in result.stderr, f"unverified: {result.returncode} {result.stderr!r}")


class Terminal:
    """The client on a pseudo-terminal, as a user at a terminal runs it."""

    def __init__(self, server, home):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            os.execv(BINARY, [BINARY, "client", "--port", str(server.tcp_port)])
        self.output = b""

    def read_until(self, marker, timeout=30):
        deadline = time.time() + timeout
        while marker.encode() not in self.output:
            if time.time() > deadline:
                raise AssertionError(f"no {marker!r} in {self.output[-2000:]!r}")
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.fd, 65536)
                except OSError:
                    break
        position = self.output.index(marker.encode()) + len(marker)
        seen, self.output = self.output[:position].decode(errors="replace"), self.output[position:]
        return seen

    def send(self, text):
        os.write(self.fd, text.encode())

    def run(self, text, marker):
        """Types `text` and returns what the terminal shows up to `marker` and the next prompt
        (the prompt alone is also redrawn while a line is typed)."""
        self.send(text)
        seen = self.read_until(marker)
        return seen + self.read_until(":) ")

    def wait(self):
        deadline = time.time() + 30
        while time.time() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                os.read(self.fd, 65536)
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError("the client did not exit")


@with_server
def test_interactive(server):
    home = tempfile.mkdtemp(prefix="datastore-client-home-")
    terminal = Terminal(server, home)
    terminal.read_until(":) ")
    terminal.send("SELECT\r")
    terminal.read_until(":-] ")
    seen = terminal.run("  number * 10 AS x\rFROM numbers(3);\r", "Elapsed:")
    expect("│ 20 │" in seen and "3 rows in set. Elapsed:" in seen, f"multi-line query in PrettyCompact: {seen!r}")
    seen = terminal.run("SELECT 1 AS one\\G\r", "Elapsed:")
    expect("Row 1:" in seen and "one: 1" in seen, f"\\G shows Vertical: {seen!r}")
    seen = terminal.run("SELECT * FROM missing_table;\r", "(UNKNOWN_TABLE)")
    expect("Code: 60. DB::Exception" in seen, f"an error keeps the session: {seen!r}")

    # Ctrl-C during a long query cancels it and the session goes on.
    terminal.send("SELECT count() FROM numbers(100000000000);\r")
    time.sleep(1.5)
    started = time.time()
    seen = terminal.run("\x03", "cancelled")
    expect("Query was cancelled." in seen and time.time() - started < 10, f"Ctrl-C: {seen!r}")
    seen = terminal.run("SELECT 'after' || 'cancel';\r", "Elapsed:")
    expect("aftercancel" in seen, f"next query after the cancel: {seen!r}")
    # Ctrl-C while typing drops the line only.
    terminal.send("SELECT 'dropped'\x03")
    terminal.read_until(":) ")
    terminal.send("exit\r")
    expect(terminal.wait() == 0, "exit leaves with 0")

    with open(os.path.join(home, ".datastore-client-history")) as f:
        history = f.read().splitlines()
    expect("SELECT   number * 10 AS x FROM numbers(3);" in history and "exit" in history, f"history: {history}")

    # Ctrl-D on an empty line leaves too, and the history is there to walk with Up.
    terminal = Terminal(server, home)
    terminal.read_until(":) ")
    terminal.send("\x1b[A\x1b[A")
    seen = terminal.run("\r", "Elapsed:")
    expect("aftercancel" in seen, f"Up twice recalls the query before exit: {seen!r}")
    terminal.send("\x04")
    expect(terminal.wait() == 0, "Ctrl-D leaves with 0")
