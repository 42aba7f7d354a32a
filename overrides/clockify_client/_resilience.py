"""Retries, backoff and rate limiting: policy as data, one small mechanism for all operations.

Retry policy, per operation, from the spec: an operation is *repeatable* when sending it twice has
the effect of sending it once (GET, PUT, DELETE, and the Reports API's read-only POSTs). Anything
else (creating POSTs, PATCH) is retried only when the request certainly never reached the server
(the connection could not be made) or the server refused it unread (429). A time entry is never
created twice because of a retry.
"""

from __future__ import annotations

import asyncio
import enum
import random
import threading
import time
from collections.abc import Mapping

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


class RateLimiter:
    """Spaces requests at most ``rate`` per second, shared by every thread and task using one client.

    Each caller reserves the next free slot under a lock and then sleeps outside it, so threads and
    asyncio tasks (even on several event loops) draw from one schedule.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._lock = threading.Lock()
        self._next = 0.0

    def _reserve(self) -> float:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now

    def acquire(self) -> None:
        wait = self._reserve()
        if wait > 0:
            time.sleep(wait)

    async def acquire_async(self) -> None:
        wait = self._reserve()
        if wait > 0:
            await asyncio.sleep(wait)
