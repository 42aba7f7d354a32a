"""How the bytes travel: the httpx client each Clockify client owns, and how an answer is read.

- Proxies: HTTPS traffic honours the environment as httpx does (``HTTPS_PROXY``, ``ALL_PROXY``,
  ``NO_PROXY``, ``SSL_CERT_FILE``); plain HTTP, which the client allows to loopback hosts only, never
  goes through a proxy: the key would cross the network in clear text.
- Deadlines: every socket operation of an attempt (connect, TLS, each read and write) is cut to what
  is left of the attempt's deadline, so a server that drips a byte at a time cannot stretch a call.
- Bodies: read as a stream and decompressed here, with a bound on the bytes received and on the
  bytes they decompress to (a gzip bomb stops at the bound, not at the end of memory).
- Forks: a client used in a forked child builds fresh connection pools there, at its first use; the
  parent's connections, shared with the child, are never touched there.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
import ssl
import threading
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx

from clockify_client.errors import ConfigurationError, ResponseTooLargeError, UnexpectedResponseError

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


def _tls_context() -> ssl.SSLContext:
    """One certificate-verifying TLS context for every client with the same certificate settings (as httpx
    makes it, ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` read from the environment): loading the CA bundle takes
    tens of milliseconds, too long to repeat for each of thousands of clients."""
    return _tls_context_for(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _tls_context_for(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    del cert_file, cert_dir  # the cache key: httpx reads both from the environment itself
    return httpx.create_ssl_context()


def _verify(transport: object) -> ssl.SSLContext | bool:
    """What httpx verifies certificates with: our TLS context, unless the caller's own transport carries every
    request and the environment names no proxy (the only transport httpx would then build itself): loading
    the CA bundle costs a client over an in-memory transport tens of milliseconds it never uses."""
    if transport is not None and not urllib.request.getproxies():  # what httpx reads its proxies from
        return True  # unused: httpx builds no transport of its own
    return _tls_context()


def _check_transport(transport: object, expected: type) -> None:
    if transport is not None and not isinstance(transport, expected):
        kind = f"{expected.__module__}.{expected.__name__}"
        raise ConfigurationError(f"transport must be an {kind}, not {type(transport).__name__}")


_Built = TypeVar("_Built")


def _from_environment(build: Callable[[], _Built]) -> _Built:
    """httpx reads proxies and certificates from the environment while it builds a client: a setting it
    cannot use (a SOCKS proxy without socksio, an unknown scheme, a missing certificate file) is refused
    as a ConfigurationError, without the value (a proxy URL may carry a password)."""
    try:
        return build()
    except (ImportError, ValueError, OSError, httpx.InvalidURL) as exc:
        kind = type(exc).__name__
    raise ConfigurationError(  # outside the handler: httpx's message, which quotes the value, is not its context
        "httpx cannot use this environment's proxy or certificate settings (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, "
        f"SSL_CERT_FILE ...): {kind}; their values are not shown here"
    )


def sync_client(transport: httpx.BaseTransport | None, timeout: httpx.Timeout) -> httpx.Client:
    _check_transport(transport, httpx.BaseTransport)
    client = _from_environment(
        lambda: httpx.Client(
            transport=transport,
            timeout=timeout,
            verify=_verify(transport),
            follow_redirects=False,
            mounts=NO_PLAIN_HTTP_PROXY,
        )
    )
    # Our own pools only (a transport the caller passes is the caller's to bound). httpx offers no
    # public way to give its pools a network backend; test_hardening's dripping server checks it still works.
    if transport is None:
        from clockify_client import _deadline_sockets  # httpcore: only for a pool of our own

        for pool_owner in (client._transport, *client._mounts.values()):
            pool = getattr(pool_owner, "_pool", None)
            if pool is not None:
                pool._network_backend = _deadline_sockets.DeadlineBackend(pool._network_backend)
    return client


def async_client(transport: httpx.AsyncBaseTransport | None, timeout: httpx.Timeout) -> httpx.AsyncClient:
    # The async client bounds its attempts with ``asyncio.timeout`` instead.
    _check_transport(transport, httpx.AsyncBaseTransport)
    return _from_environment(
        lambda: httpx.AsyncClient(
            transport=transport,
            timeout=timeout,
            verify=_verify(transport),
            follow_redirects=False,
            mounts=ASYNC_NO_PLAIN_HTTP_PROXY,
        )
    )


_GZIP, _ZLIB_OR_GZIP, _RAW_DEFLATE = 16 + zlib.MAX_WBITS, 32 + zlib.MAX_WBITS, -zlib.MAX_WBITS
_DECODERS = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": _ZLIB_OR_GZIP}
_TRANSFER_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class BoundedBody:
    """A response body, fed raw chunk by chunk, decoded as its Content-Encoding says, and refused
    (``ResponseTooLargeError``) as soon as more than ``limit`` bytes arrive or come out of the
    decompressor: memory stays within ``limit`` and one chunk whatever the server sends. A body that
    does not decompress raises ``UnexpectedResponseError`` with the answer's status (the server did
    answer). An encoding it does not know is passed through undecoded, as httpx does."""

    def __init__(self, response: httpx.Response, limit: int, operation_id: str) -> None:
        self._response = response
        self._limit = limit
        self._operation_id = operation_id
        self._parts: list[bytes] = []
        self._raw = self._size = 0
        encodings = [e.strip().lower() for e in response.headers.get("Content-Encoding", "").split(",")]
        known = [e for e in encodings if e in _DECODERS]
        if len(known) > 1:  # compressed twice: nothing Clockify sends, and a classic bomb
            raise self._undecodable(f"more than one content encoding ({', '.join(known)})")
        self._wbits = _DECODERS[known[0]] if known else None
        # An answer already in memory (from a test transport) was already decoded by httpx.
        self.in_memory = response.is_stream_consumed
        self._zlib = zlib.decompressobj(self._wbits) if self._wbits is not None and not self.in_memory else None
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            self._too_large("says it has")
        if self.in_memory:
            self.feed(response.content)

    def _undecodable(self, why: str) -> UnexpectedResponseError:
        """The server answered (its status is known): never a connection error, and never retried."""
        return UnexpectedResponseError(
            f"the body could not be decoded ({why})",
            status_code=self._response.status_code,
            operation_id=self._operation_id,
        )

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
            raise self._undecodable(f"it does not decompress: {exc}") from None

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            self._too_large("sends")
        if self._zlib is None:
            self._keep(chunk)
        else:
            self._decompress(chunk)

    def _describes_itself(self) -> bool:
        """The answer's headers are those a rebuilt one would have: no transfer encoding, and the length of
        the body it holds."""
        headers = self._response.headers
        return (
            "Content-Encoding" not in headers
            and "Transfer-Encoding" not in headers
            and headers.get("Content-Length") == str(self._size)
        )

    def response(self) -> httpx.Response:
        """The answer with its whole body, decoded; the headers no longer describe a transfer encoding."""
        if self._zlib is not None:
            self._decompress(b"", flush=True)
        original = self._response
        if self.in_memory and self._describes_itself():
            return original  # already whole, decoded, and described as such: a copy would be the same
        # As received (bytes): a header that is not ASCII (a latin-1 word) is kept, not re-encoded and refused.
        headers = [(k, v) for k, v in original.headers.raw if k.lower() not in _TRANSFER_HEADERS]
        return httpx.Response(
            original.status_code,
            headers=headers,
            content=b"".join(self._parts),
            request=original.request,
            extensions={"reason_phrase": original.extensions.get("reason_phrase", b"")},
        )


# Serialises a forked child's first uses of its clients (each renews its pool once, before any thread of
# the child touches the parent's). Made afresh in every child: a parent thread may have held it at the fork.
renewal = threading.Lock()


def _fresh_renewal_lock() -> None:
    global renewal
    renewal = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX; Windows has no fork
    os.register_at_fork(after_in_child=_fresh_renewal_lock)
