"""A keep-alive HTTP/1.1 server on 127.0.0.1 that records when each request arrived, as the kernel saw it.

The arrival time of a request is the kernel's receive timestamp of its bytes (``SO_TIMESTAMPNS``), not the
moment a server thread got round to reading them: on a loaded machine a thread may run late, and a rate
limit is about when requests reach the server. Where the kernel gives no timestamp, the time of the read.
Every request is answered ``200`` with a whole ``getLoggedUser`` answer (user ``u1``, ``A``) at once.
"""

from __future__ import annotations

import bisect
import contextlib
import socket
import struct
import threading
import time
from types import TracebackType

from clockify_client.testing import answer_body

SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux; Python 3.11 does not name it
TIMESPEC = struct.Struct("@qq")
ANSWER = answer_body("getLoggedUser", id="u1", name="A")
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(ANSWER)).encode()
    + b"\r\n\r\n"
    + ANSWER
)


def busiest_window(arrivals: list[float], width: float = 1.0) -> int:
    """The most arrivals within any window of ``width`` seconds (a sliding window, both ends counted)."""
    times = sorted(arrivals)
    return max((bisect.bisect_right(times, t + width) - i for i, t in enumerate(times)), default=0)


class ArrivalServer:
    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(512)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._start(self._accept_loop)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with contextlib.suppress(OSError):
                conn.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
            with self._lock:
                self._connections.append(conn)
            self._start(self._serve, conn)

    def _read(self, conn: socket.socket) -> tuple[bytes, float]:
        data, ancillary, _, _ = conn.recvmsg(65536, socket.CMSG_SPACE(TIMESPEC.size))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(payload) >= TIMESPEC.size:
                seconds, nanoseconds = TIMESPEC.unpack(payload[: TIMESPEC.size])
                return data, seconds + nanoseconds / 1e9
        return data, time.time()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        arrived: float | None = None
        try:
            while not self._stop.is_set():
                data, when = self._read(conn)
                if not data:
                    return
                if not buffer:
                    arrived = when  # the first bytes of a request
                buffer += data
                while b"\r\n\r\n" in buffer:  # GET requests: no bodies
                    _, _, buffer = buffer.partition(b"\r\n\r\n")
                    with self._lock:
                        self.arrivals.append(arrived if arrived is not None else when)
                    arrived = when
                    conn.sendall(RESPONSE)
        except OSError:
            return
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._listener.close()
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in threads:
            thread.join(5)

    def __enter__(self) -> ArrivalServer:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
