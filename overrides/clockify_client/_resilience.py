"""Retries, backoff and rate limiting: policy as data, one small mechanism for all operations.

Retry policy, per operation, from the spec: an operation is *repeatable* when sending it twice has
the effect of sending it once (GET, PUT, DELETE, and the Reports API's read-only POSTs). Anything
else (creating POSTs, PATCH) is retried only when the request certainly never reached the server
(the connection could not be made) or the server refused it unread (429). A time entry is never
created twice because of a retry.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import enum
import math
import os
import random
import threading
import time
import weakref
from collections.abc import Mapping

import httpx

from clockify_client import _spec
from clockify_client.errors import ConfigurationError


class Failure(enum.Enum):
    CONNECT = "connect"  # the connection was never made: the request was not sent
    TIMEOUT = "timeout"  # sent, maybe processed
    DISCONNECT = "disconnect"  # connection lost after sending: maybe processed
    RATE_LIMITED = "429"  # refused unread
    SERVER = "5xx"  # the server failed; it may have acted


REPEATABLE_METHODS = frozenset({"GET", "PUT", "DELETE"})

# What each kind of operation may be retried on.
RETRY_ON: Mapping[bool, frozenset[Failure]] = {
    True: frozenset(Failure),
    False: frozenset({Failure.CONNECT, Failure.RATE_LIMITED}),
}


def repeatable(operation: _spec.Operation) -> bool:
    return operation.method in REPEATABLE_METHODS or operation.is_report


def may_retry(operation: _spec.Operation, failure: Failure) -> bool:
    return failure in RETRY_ON[repeatable(operation)]


def classify_exception(exc: httpx.HTTPError) -> Failure:
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return Failure.CONNECT
    if isinstance(exc, httpx.TimeoutException):
        return Failure.TIMEOUT
    return Failure.DISCONNECT


def classify_status(status_code: int) -> Failure | None:
    if status_code == 429:
        return Failure.RATE_LIMITED
    if status_code in (500, 502, 503, 504) or status_code >= 520:
        return Failure.SERVER
    return None


BACKOFF_BASE = 0.5  # seconds
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0  # never sleep longer than this on the server's word


def backoff_delay(attempt: int, retry_after: float | None, *, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter; the server's Retry-After wins when it says longer."""
    jittered = (rng or random).uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt))
    if retry_after is not None:
        return min(RETRY_AFTER_CAP, max(retry_after, jittered))
    return jittered


# The rate limiter's window is this much longer than a second (per ``rate`` requests): room for the
# requests' unequal delays between being written and being counted by the server (20 ms at 50 a second).
RATE_WINDOW_MARGIN = 0.02
# Within a window, requests leave at least this fraction of ``1 / rate`` apart: a burst is spread over half
# a second at most, so a server reads each request on its own and counts it when it was sent.
BURST_SPACING = 0.5
# The httpcore trace event (``trace`` request extension) after which a request counts as sent.
SENT_EVENT = "send_request_body.complete"


class _Wake:
    """How a waiting thread is woken (an asyncio task has its own kind, below)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> bool:
        self._event.set()
        return True

    def clear(self) -> None:
        self._event.clear()

    def wait(self, seconds: float) -> None:
        self._event.wait(None if seconds == math.inf else seconds)


class _TaskWake:
    """Wakes an asyncio task from any thread or event loop. (asyncio is imported where used: a process with
    sync clients only never imports it.)"""

    def __init__(self) -> None:
        import asyncio

        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()

    def set(self) -> bool:
        """False when the task's event loop is gone: nobody is waiting any more."""
        try:
            self._loop.call_soon_threadsafe(self._event.set)
        except RuntimeError:  # the loop was closed under the waiting task
            return False
        return True

    def clear(self) -> None:
        self._event.clear()

    async def wait(self, seconds: float) -> None:
        import asyncio

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), None if seconds == math.inf else seconds)


class Permit:
    """One request's place in its limiter's window, from the grant until a window after it was sent.

    Until the request is known to be sent it holds its place however long that takes (a TLS handshake, a
    connection pool that is full): nobody knows yet when the server will count it. ``sent()`` (called by
    the trace hooks when httpcore has written the request, or by ``done()`` when the attempt ended without
    that news) starts its window. Calling either again changes nothing.
    """

    __slots__ = ("_limiter",)

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter: RateLimiter | None = limiter

    def sent(self) -> None:
        limiter, self._limiter = self._limiter, None
        if limiter is not None:
            limiter._sent_now()

    done = sent  # the attempt is over: if the request left, it left by now

    def cancel(self) -> None:
        """The request will not be sent: its place goes back at once."""
        limiter, self._limiter = self._limiter, None
        if limiter is not None:
            limiter._unused()

    def trace(self, event: str, info: object) -> None:
        """httpcore's synchronous ``trace`` request extension."""
        if event.endswith(SENT_EVENT):
            self.sent()

    async def trace_async(self, event: str, info: object) -> None:
        """httpcore's asynchronous ``trace`` request extension."""
        if event.endswith(SENT_EVENT):
            self.sent()


class RateLimiter:
    """At most ``rate`` requests in any sliding second, for every client, thread and asyncio task that
    shares it (pass one to several clients with ``rate_limiter=``: the server counts a key's requests
    together).

    A request is let go only when fewer than ``rate`` others are in its window: those sent within the last
    window (a second, ``RATE_WINDOW_MARGIN`` more) and those let go but not yet sent, which count until they
    are, since the server will count them whenever they arrive. Waiters are served first come, first served;
    one that gives up (a cancelled task, a time-out) leaves the queue and takes no place. Requests within a
    window are ``BURST_SPACING / rate`` seconds apart at least.
    """

    def __init__(self, rate: float) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate < math.inf:
            raise ConfigurationError(f"a rate limit is a positive number of requests a second, not {rate!r}")
        self.rate = float(rate)
        # A rate below 1/s: one request per 1/rate seconds.
        self.capacity = max(1, math.floor(min(self.rate, MAX_CAPACITY)))
        self.window = self.capacity / self.rate * (1 + RATE_WINDOW_MARGIN)
        self.spacing = BURST_SPACING / self.rate
        self._lock = threading.Lock()
        self._sent: list[float] = []  # when the requests of the last window were sent, in order
        self._unsent = 0  # requests let go and not yet sent
        self._last_grant = -math.inf
        self._queue: collections.deque[_Wake | _TaskWake] = collections.deque()
        _LIMITERS.add(self)

    def __repr__(self) -> str:
        return f"RateLimiter({self.rate!r})"

    def _wait_or_grant(self, waiter: _Wake | _TaskWake) -> float:
        """Under the lock: 0 when ``waiter`` may go now (it leaves the queue), else how long to wait
        (``math.inf``: until woken)."""
        if self._queue[0] is not waiter:
            return math.inf  # woken when it reaches the head
        now = time.monotonic()
        del self._sent[: bisect.bisect_right(self._sent, now - self.window)]
        wait = self._last_grant + self.spacing - now
        excess = len(self._sent) + self._unsent - self.capacity + 1  # places that must come free first
        if excess > len(self._sent):
            return math.inf  # only a request still unsent can free a place: woken when it is sent
        if excess > 0:
            wait = max(wait, self._sent[excess - 1] + self.window - now)
        if wait > 0:
            return wait
        self._queue.popleft()
        self._unsent += 1
        self._last_grant = now
        self._wake_head()
        return 0.0

    def _wake_head(self) -> None:
        while self._queue and not self._queue[0].set():
            self._queue.popleft()  # its event loop is gone

    def _leave(self, waiter: _Wake | _TaskWake) -> None:
        with self._lock:
            if waiter in self._queue:
                was_head = self._queue[0] is waiter
                self._queue.remove(waiter)
                if was_head:
                    self._wake_head()

    def _unused(self) -> None:
        with self._lock:
            self._unsent -= 1
            self._wake_head()

    def _sent_now(self) -> None:
        with self._lock:
            self._unsent -= 1
            bisect.insort(self._sent, time.monotonic())
            self._wake_head()

    def _join(self, waiter: _Wake | _TaskWake) -> None:
        with self._lock:
            self._queue.append(waiter)

    def _try(self, waiter: _Wake | _TaskWake) -> tuple[Permit | None, float]:
        """A permit, or how long ``waiter`` waits before it tries again (unless it is woken first)."""
        with self._lock:
            wait = self._wait_or_grant(waiter)
            if wait == 0:
                return Permit(self), 0.0
            waiter.clear()  # under the lock: a wake-up from now on is not lost
            return None, wait

    def acquire(self) -> Permit:
        """Wait (this thread) until a request may go; the permit must be ``done()`` after the attempt."""
        waiter = _Wake()
        self._join(waiter)
        try:
            permit, wait = self._try(waiter)
            while permit is None:
                waiter.wait(wait)
                permit, wait = self._try(waiter)
            return permit
        except BaseException:
            self._leave(waiter)
            raise

    async def acquire_async(self) -> Permit:
        """``acquire`` for an asyncio task; cancelling it gives the place in the queue back."""
        waiter = _TaskWake()
        self._join(waiter)
        try:
            permit, wait = self._try(waiter)
            while permit is None:
                await waiter.wait(wait)
                permit, wait = self._try(waiter)
            return permit
        except BaseException:
            self._leave(waiter)
            raise

    def _after_fork_in_child(self) -> None:
        """The child has one thread: the parent's waiters are not there, and its unsent requests are sent
        (or never will be) by the parent; they keep their places for a window from now."""
        self._lock = threading.Lock()
        self._queue.clear()
        now = time.monotonic()
        self._sent.extend([now] * self._unsent)
        self._unsent = 0


# No more places in one window than this, however high the rate (a rate of 1e300 a second is no limit).
MAX_CAPACITY = 1_000_000
_LIMITERS: weakref.WeakSet[RateLimiter] = weakref.WeakSet()


def _reset_limiters_in_child() -> None:
    for limiter in list(_LIMITERS):
        limiter._after_fork_in_child()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_limiters_in_child)
