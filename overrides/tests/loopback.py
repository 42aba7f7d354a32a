"""A small HTTP/1.1 server on 127.0.0.1 that plays scripted faults, for tests that need the raw socket.

Each accepted connection plays the next step of the script (the last step repeats), and every
response carries ``Connection: close``, so one step is one connection is one request attempt:

- ``Reply``: an ordinary answer (after ``delay`` seconds; ``declared_length`` lies about the length
  to cut the body off in transfer; ``drip`` sends it a byte at a time, that many seconds apart);
- ``Fault.RESET_BEFORE_READ``: reset the connection (RST) without reading anything;
- ``Fault.RESET_AFTER_READ``: read the whole request, then reset without answering;
- ``Fault.CLOSE_AFTER_READ``: read the whole request, then close cleanly (FIN) without answering.

The server counts connections and records every request it read in full, so a test can tell
"reached the server" from "never did". Everything is bounded: socket timeouts, and ``close()``
interrupts pending delays and joins every thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import http
import http.server
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType

from clockify_client.testing import answer_body

IO_TIMEOUT = 5.0  # seconds any single socket read may block
MAX_HEAD = 64 * 1024


class Fault(enum.Enum):
    RESET_BEFORE_READ = "reset before read"
    RESET_AFTER_READ = "reset after read"
    CLOSE_AFTER_READ = "close after read"


@dataclasses.dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b"{}"
    content_type: str | None = "application/json"
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0
    declared_length: int | None = None  # a Content-Length other than the body's: a body cut off in transfer
    drip: float = 0.0  # seconds between single bytes of the whole answer, status line included


Step = Reply | Fault


@dataclasses.dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    at: float  # time.monotonic() when the request had been read in full


def _reset(conn: socket.socket) -> None:
    """Close with RST rather than FIN: SO_LINGER on, with a zero timeout."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _read_request(conn: socket.socket) -> Recorded | None:
    """One request, head and Content-Length body; None when the peer went away first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk or len(data) > MAX_HEAD:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    request_line, *lines = head.decode("latin-1").split("\r\n")
    method, target, _ = request_line.split(" ", 2)
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = conn.recv(min(65536, length - len(body)))
        if not chunk:
            return None
        body += chunk
    return Recorded(method, target, headers, body, time.monotonic())


def _response_bytes(reply: Reply) -> bytes:
    try:
        reason = http.HTTPStatus(reply.status).phrase
    except ValueError:
        reason = "Unknown"
    headers = dict(reply.headers)
    if reply.content_type is not None:
        headers.setdefault("Content-Type", reply.content_type)
    length = len(reply.body) if reply.declared_length is None else reply.declared_length
    if "Transfer-Encoding" not in headers:  # a chunked body (framed by the test) has no length
        headers.setdefault("Content-Length", str(length))
    headers["Connection"] = "close"
    head = f"HTTP/1.1 {reply.status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    return head.encode("latin-1") + reply.body


class LoopbackServer:
    """``with LoopbackServer([steps]) as server:`` then point a client at ``server.url``."""

    def __init__(self, script: Sequence[Step] = (Reply(),), *, listen: bool = True) -> None:
        if not script:
            raise ValueError("a script needs at least one step")
        self.script = list(script)
        self.connections = 0
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._listening = False
        if listen:
            self.listen()

    def listen(self) -> None:
        """Start accepting. Until then the port is bound but refuses connections."""
        with self._lock:
            if self._listening or self._stop.is_set():
                return
            self._listening = True
        self._listener.listen(64)
        self._start(self._accept_loop)

    def _start(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            if self._stop.is_set():  # the wake-up connection of close()
                conn.close()
                return
            with self._lock:
                step = self.script[min(self.connections, len(self.script) - 1)]
                self.connections += 1
            self._start(self._serve, conn, step)

    def _serve(self, conn: socket.socket, step: Step) -> None:
        conn.settimeout(IO_TIMEOUT)
        try:
            if step is Fault.RESET_BEFORE_READ:
                _reset(conn)
                return
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            with self._lock:
                self.requests.append(request)
            if step is Fault.RESET_AFTER_READ:
                _reset(conn)
                return
            if step is Fault.CLOSE_AFTER_READ:
                conn.shutdown(socket.SHUT_RDWR)
                conn.close()
                return
            assert isinstance(step, Reply)
            if step.delay and self._stop.wait(step.delay):
                conn.close()
                return
            answer = _response_bytes(step)
            if step.drip:
                for i in range(len(answer)):
                    if self._stop.wait(step.drip):
                        break
                    conn.sendall(answer[i : i + 1])
            else:
                conn.sendall(answer)
            conn.shutdown(socket.SHUT_WR)
            conn.close()
        except OSError:  # the client gave up first (a timeout): nothing to answer
            conn.close()

    def close(self) -> None:
        with self._lock:
            self._stop.set()
            listening = self._listening
            threads = list(self._threads)
        if listening:  # wake the blocked accept()
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1.0):
                pass
        self._listener.close()
        for thread in threads:
            thread.join(IO_TIMEOUT + 1)

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


@contextlib.contextmanager
def refused_port() -> Iterator[str]:
    """A base URL on 127.0.0.1 whose port is bound (so nothing else takes it) but not listening:
    every connection to it is refused."""
    with LoopbackServer(listen=False) as server:
        yield server.url


class EchoServer:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 whose every answer names the request it answers (a whole
    user or workspace whose ``id`` is the last path segment and ``name`` the whole path): a client that reads
    another request's answer is caught. ``with EchoServer() as server:`` then point a client at ``server.url``."""

    def __init__(self) -> None:
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep connections open: pooled connections are reused

            def do_GET(self) -> None:
                document = "getWorkspaceOfUser" if "/workspaces/" in self.path else "getLoggedUser"
                body = answer_body(document, id=self.path.rsplit("/", 1)[-1], name=self.path)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(IO_TIMEOUT)

    def __enter__(self) -> EchoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def gzip_bomb(mebibytes: int) -> bytes:
    """``mebibytes`` MiB of zeros as gzip (about 1000 to 1), built in milliseconds: one MiB compressed
    with a full flush is a self-contained deflate segment, so the segment repeats."""
    zeros = bytes(1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(zeros, crc)
    end = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # an empty final block
    trailer = struct.pack("<II", crc, (mebibytes << 20) & 0xFFFFFFFF)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + segment * mebibytes + end + trailer
