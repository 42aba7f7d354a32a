"""Retries, backoff and rate limiting: policy as data, one small mechanism for all operations.

Retry policy, per operation, from the spec: an operation is *repeatable* when sending it twice has
the effect of sending it once (GET, PUT, DELETE, and the Reports API's read-only POSTs). Anything
else (creating POSTs, PATCH) is retried only when the request certainly never reached the server
(the connection could not be made) or the server refused it unread (429). A time entry is never
created twice because of a retry.
"""

from __future__ import annotations

import asyncio
import collections
import enum
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx

from clockify_client import _spec


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
# The httpcore trace event (``trace`` request extension) after which a request counts as sent.
SENT_EVENT = "send_request_body.complete"


class RateLimiter:
    """At most ``rate`` requests in any second, shared by every thread and task using one client.

    Two rules on one record of the last ``rate`` start times: starts are at least ``1 / rate`` apart (no
    bursts), and no window of a second (``RATE_WINDOW_MARGIN`` more) holds more than ``rate`` of them: a
    sliding window, as strict as the server's. Spacing alone breaks that: 51 starts exactly 20 ms apart
    fall within one closed second. And a request leaves later than its slot (a busy event loop, a new
    connection to open): so each start is recorded again when the request was really written, through
    the trace hook ``acquire`` returns for the request's ``trace`` extension. A caller reserves a slot
    under the lock and sleeps outside it; threads and asyncio tasks (even on several event loops) share
    the one record.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        per_window = max(1, int(rate))  # a rate below 1/s: one request per 1/rate seconds
        self.window = per_window / rate * (1 + RATE_WINDOW_MARGIN)
        self._lock = threading.Lock()
        self._starts: collections.deque[float] = collections.deque(maxlen=per_window)
        self._reserved = 0  # reservations ever made: ticket n is at index n - (reserved - len(starts))

    def _reserve(self) -> tuple[float, int]:
        """Seconds to wait for the next free slot, and the ticket to record the real start with."""
        with self._lock:
            now = time.monotonic()
            slot = now
            if self._starts:
                slot = max(slot, max(self._starts) + self.interval)
            if len(self._starts) == self._starts.maxlen:
                slot = max(slot, min(self._starts) + self.window)
            self._starts.append(slot)  # drops the oldest: only the last ``per_window`` starts matter
            self._reserved += 1
            return slot - now, self._reserved - 1

    def _started(self, ticket: int) -> None:
        with self._lock:
            index = ticket - (self._reserved - len(self._starts))
            if index >= 0:
                self._starts[index] = max(self._starts[index], time.monotonic())

    def acquire(self) -> Callable[[str, object], None]:
        """Wait for a slot; returns the trace hook that records when the request was really sent."""
        wait, ticket = self._reserve()
        if wait > 0:
            time.sleep(wait)
            self._started(ticket)

        def trace(event: str, info: object) -> None:
            if event.endswith(SENT_EVENT):
                self._started(ticket)

        return trace

    async def acquire_async(self) -> Callable[[str, object], Awaitable[None]]:
        """``acquire`` for asyncio (httpcore wants an async trace hook there)."""
        wait, ticket = self._reserve()
        if wait > 0:
            await asyncio.sleep(wait)
            self._started(ticket)

        async def trace(event: str, info: object) -> None:
            if event.endswith(SENT_EVENT):
                self._started(ticket)

        return trace
