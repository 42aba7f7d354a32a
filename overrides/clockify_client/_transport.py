"""How the bytes travel: the httpx client each Clockify client owns, and how an answer is read.

- Proxies: HTTPS traffic honours the environment as httpx does (``HTTPS_PROXY``, ``ALL_PROXY``,
  ``NO_PROXY``, ``SSL_CERT_FILE``); plain HTTP, which the client allows to loopback hosts only, never
  goes through a proxy: the key would cross the network in clear text.
- Deadlines: every socket operation of an attempt (connect, TLS, each read and write) is cut to what
  is left of the attempt's deadline, so a server that drips a byte at a time cannot stretch a call.
- Bodies: read as a stream and decompressed here, with a bound on the bytes received and on the
  bytes they decompress to (a gzip bomb stops at the bound, not at the end of memory).
- Forks: a forked child gets fresh connection pools (``renew_after_fork``); the parent's
  connections, shared with the child, are never touched there.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import ssl
import time
import weakref
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import httpcore
import httpx

from clockify_client.errors import ConfigurationError, ResponseTooLargeError

# A client's plain-HTTP traffic goes straight to its (loopback) host, whatever the environment says.
NO_PLAIN_HTTP_PROXY: dict[str, httpx.BaseTransport | None] = {"http://": None}
ASYNC_NO_PLAIN_HTTP_PROXY: dict[str, httpx.AsyncBaseTransport | None] = {"http://": None}
# The encodings ``BoundedBody`` decodes; asking for these alone keeps an installed brotli out of it.
ACCEPT_ENCODING = "gzip, deflate"

# When (``time.monotonic()``) the current attempt must be over, for the sync client's sockets. A
# context variable: each thread (and task) sees its own call's deadline on a shared pool.
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("clockify_deadline", default=None)


@contextlib.contextmanager
def deadline(at: float | None) -> Iterator[None]:
    token = _deadline.set(at)
    try:
        yield
    finally:
        _deadline.reset(token)


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    """A socket operation's timeout, cut to what is left of the deadline; ``expired`` once it passed."""
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._stream.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        left = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _check_transport(transport: object, expected: type) -> None:
    if transport is not None and not isinstance(transport, expected):
        kind = f"{expected.__module__}.{expected.__name__}"
        raise ConfigurationError(f"transport must be an {kind}, not {type(transport).__name__}")


def sync_client(transport: httpx.BaseTransport | None, timeout: httpx.Timeout) -> httpx.Client:
    _check_transport(transport, httpx.BaseTransport)
    client = httpx.Client(
        transport=transport, timeout=timeout, verify=True, follow_redirects=False, mounts=NO_PLAIN_HTTP_PROXY
    )
    # Our own pools only (a transport the caller passes is the caller's to bound). httpx offers no
    # public way to give its pools a network backend; test_hardening's dripping server checks it still works.
    if transport is None:
        for pool_owner in (client._transport, *client._mounts.values()):
            pool = getattr(pool_owner, "_pool", None)
            if pool is not None:
                pool._network_backend = _DeadlineBackend(pool._network_backend)
    return client


def async_client(transport: httpx.AsyncBaseTransport | None, timeout: httpx.Timeout) -> httpx.AsyncClient:
    # The async client bounds its attempts with ``asyncio.timeout`` instead.
    _check_transport(transport, httpx.AsyncBaseTransport)
    return httpx.AsyncClient(
        transport=transport, timeout=timeout, verify=True, follow_redirects=False, mounts=ASYNC_NO_PLAIN_HTTP_PROXY
    )


_GZIP, _ZLIB_OR_GZIP, _RAW_DEFLATE = 16 + zlib.MAX_WBITS, 32 + zlib.MAX_WBITS, -zlib.MAX_WBITS
_DECODERS = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": _ZLIB_OR_GZIP}
_TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class BoundedBody:
    """A response body, fed raw chunk by chunk, decoded as its Content-Encoding says, and refused
    (``ResponseTooLargeError``) as soon as more than ``limit`` bytes arrive or come out of the
    decompressor: memory stays within ``limit`` and one chunk whatever the server sends. A body that
    does not decompress raises ``httpx.DecodingError``, as httpx would (the client's usual mapping
    applies). An encoding it does not know is passed through undecoded, as httpx does."""

    def __init__(self, response: httpx.Response, limit: int, operation_id: str) -> None:
        self._response = response
        self._limit = limit
        self._operation_id = operation_id
        self._parts: list[bytes] = []
        self._raw = self._size = 0
        encodings = [e.strip().lower() for e in response.headers.get("Content-Encoding", "").split(",")]
        known = [e for e in encodings if e in _DECODERS]
        if len(known) > 1:  # compressed twice: nothing Clockify sends, and a classic bomb
            raise httpx.DecodingError(f"more than one content encoding ({', '.join(known)})")
        self._wbits = _DECODERS[known[0]] if known else None
        # An answer already in memory (from a test transport) was already decoded by httpx.
        self.in_memory = response.is_stream_consumed
        self._zlib = zlib.decompressobj(self._wbits) if self._wbits is not None and not self.in_memory else None
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            self._too_large("says it has")
        if self.in_memory:
            self.feed(response.content)

    def _too_large(self, what: str) -> None:
        raise ResponseTooLargeError(
            f"the answer {what} more than {self._limit} bytes (max_response_bytes); not read further",
            status_code=self._response.status_code,
            operation_id=self._operation_id,
        )

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            self._too_large("decompresses to")
        self._parts.append(data)

    def _decompress(self, data: bytes, flush: bool = False) -> None:
        assert self._zlib is not None
        try:
            while data or flush:
                room = self._limit - self._size + 1  # one byte more than allowed: enough to tell
                if flush:
                    self._keep(self._zlib.flush(room))
                    return
                self._keep(self._zlib.decompress(data, room))
                data = self._zlib.unconsumed_tail
        except zlib.error as exc:
            if self._wbits == _ZLIB_OR_GZIP and self._size == 0 and not self._parts:
                self._wbits = _RAW_DEFLATE  # "deflate" without its zlib header, as some servers send it
                self._zlib = zlib.decompressobj(_RAW_DEFLATE)
                self._decompress(data, flush)
                return
            raise httpx.DecodingError(f"the body does not decompress: {exc}") from None

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            self._too_large("sends")
        if self._zlib is None:
            self._keep(chunk)
        else:
            self._decompress(chunk)

    def response(self) -> httpx.Response:
        """The answer with its whole body, decoded; the headers no longer describe a transfer encoding."""
        if self._zlib is not None:
            self._decompress(b"", flush=True)
        original = self._response
        headers = [(k, v) for k, v in original.headers.multi_items() if k.lower() not in _TRANSFER_HEADERS]
        return httpx.Response(
            original.status_code,
            headers=headers,
            content=b"".join(self._parts),
            request=original.request,
            extensions={"reason_phrase": original.extensions.get("reason_phrase", b"")},
        )


# Every live client; each renews its pools in a forked child before anything else runs there.
_clients: weakref.WeakSet[Forkable] = weakref.WeakSet()


class Forkable(Protocol):
    def _after_fork(self) -> None: ...


def renew_after_fork(client: Forkable) -> None:
    _clients.add(client)


def _after_fork_in_child() -> None:
    for client in list(_clients):
        client._after_fork()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)
