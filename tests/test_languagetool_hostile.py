"""The LanguageTool client against hostile servers on 127.0.0.1 (issue 15): one deadline
per request from connect to the last byte, and a cap on the answer's size.

Each server here is a raw socket server in a thread that stops by itself; every request
loop is bounded. The timings asserted are generous upper bounds of the deadline (the
client must give up), never speed measurements.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable

import pytest

from copylint.backends.languagetool import LanguageToolClient, LanguageToolError

ANSWER = json.dumps({"matches": []}).encode()


class RawServer:
    """Accepts connections on 127.0.0.1 and hands each to ``behave(conn)``; at most
    ``limit`` connections, and the whole server stops after ``lifetime`` seconds."""

    def __init__(self, behave: Callable[[socket.socket], None], limit: int = 4, lifetime: float = 30.0) -> None:
        self.behave = behave
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.limit, self.until = limit, time.monotonic() + lifetime
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        served = 0
        while served < self.limit and not self.stopped.is_set() and time.monotonic() < self.until:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            served += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(5)
                self.behave(conn)
            except OSError:
                pass

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()


def read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk


def trickle(conn: socket.socket, data: bytes, every: float, until: float) -> None:
    """Send ``data`` a byte at a time, one every ``every`` seconds, for at most ``until`` s."""
    end = time.monotonic() + until
    for i in range(len(data)):
        if time.monotonic() > end:
            return
        conn.sendall(data[i:i + 1])
        time.sleep(every)


@pytest.fixture
def serve():
    servers: list[RawServer] = []

    def start(behave, **kwargs) -> RawServer:
        server = RawServer(behave, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def timed_check(url: str, timeout: float, **kwargs) -> tuple[float, LanguageToolError]:
    client = LanguageToolClient(url, timeout, **kwargs)
    began = time.monotonic()
    with pytest.raises(LanguageToolError) as err:
        client.check("It was an big deal.", "en-US")
    client.close()
    return time.monotonic() - began, err.value


def test_body_trickled_a_byte_at_a_time_hits_the_deadline(serve):
    def behave(conn):
        read_request(conn)
        body = b" " * 400 + ANSWER
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        trickle(conn, body, every=0.05, until=20)  # each recv returns well within any per-recv timeout

    server = serve(behave)
    elapsed, err = timed_check(server.url, timeout=1.0)
    assert "did not answer within 1 s" in str(err)
    assert elapsed < 5  # the deadline is 1 s; the trickle would take 20 s


def test_headers_trickled_hit_the_deadline(serve):
    def behave(conn):
        read_request(conn)
        trickle(conn, b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 500 + b"\r\n\r\n", every=0.05, until=20)

    server = serve(behave)
    elapsed, err = timed_check(server.url, timeout=1.0)
    assert "did not answer within 1 s" in str(err)
    assert elapsed < 5


def test_chunked_trickle_hits_the_deadline(serve):
    def behave(conn):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        end = time.monotonic() + 20
        while time.monotonic() < end:
            conn.sendall(b"1\r\n \r\n")
            time.sleep(0.05)

    server = serve(behave)
    elapsed, err = timed_check(server.url, timeout=1.0)
    assert "did not answer within 1 s" in str(err)
    assert elapsed < 5


def test_declared_oversize_answer_refused_before_reading(serve):
    def behave(conn):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{")
        time.sleep(2)

    server = serve(behave)
    _, err = timed_check(server.url, timeout=10.0, max_response_bytes=1_000_000)
    assert "more than 1,000,000 bytes; refused" in str(err)


def test_undeclared_oversize_answer_refused_at_the_cap(serve):
    sent = []

    def behave(conn):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
        block = b"x" * 65536
        for _ in range(200):  # up to 13 MB, stops when the client hangs up
            conn.sendall(block)
            sent.append(len(block))

    server = serve(behave)
    _, err = timed_check(server.url, timeout=20.0, max_response_bytes=1_000_000)
    assert "more than 1,000,000 bytes; refused" in str(err)
    assert sum(sent) < 13_000_000  # the client stopped reading (and the server could not go on)


def test_chunked_oversize_answer_refused(serve):
    def behave(conn):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        for _ in range(100):
            conn.sendall(b"10000\r\n" + b"y" * 0x10000 + b"\r\n")

    server = serve(behave)
    _, err = timed_check(server.url, timeout=20.0, max_response_bytes=500_000)
    assert "more than 500,000 bytes; refused" in str(err)


def test_answer_just_under_the_cap_is_read(serve):
    body = json.dumps({"matches": [], "pad": "z" * 2000}).encode()

    def behave(conn):
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)

    server = serve(behave)
    client = LanguageToolClient(server.url, 10.0, max_response_bytes=len(body))
    assert client.check("Fine.", "en-US") == ([], False)
    client.close()


def test_connect_that_never_completes_hits_the_deadline():
    # A listening socket whose backlog is full: connects queue in SYN state (or are
    # accepted by the kernel and then never served); either way no answer comes.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        elapsed, err = timed_check(url, timeout=1.0)
    assert "did not answer within 1 s" in str(err) or "not reachable" in str(err)
    assert elapsed < 5


def test_deadline_is_per_request_not_per_client(serve):
    """A slow-but-in-time answer on a kept-alive connection, then another: each request
    gets its own full deadline."""
    def behave(conn):
        for _ in range(2):
            read_request(conn)
            time.sleep(0.6)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(ANSWER) + ANSWER)

    server = serve(behave)
    client = LanguageToolClient(server.url, 1.0)
    assert client.check("One.", "en-US") == ([], False)
    assert client.check("Two.", "en-US") == ([], False)  # 1.2 s after the first began
    client.close()
