"""The rate limit as the server sees it: at most ``rate_limit`` requests arrive within any one second, for 1 to
300 asyncio tasks or threads, shared clients, and a first request that leaves late (a TLS handshake). Against a
real server on 127.0.0.1 that counts arrivals by the kernel's receive timestamps (``arrivals.py``)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, RateLimiter, errors

from .arrivals import ArrivalServer, busiest_window

KEY = "rate-limit-test-key-0000"
HANDSHAKE = 0.3  # seconds the first request is held back, as a TLS handshake would
LIMITS = httpx.Limits(max_connections=400)


class LateFirstTransport(httpx.HTTPTransport):
    """Holds the first request back before httpcore writes it, as a slow handshake would."""

    def __init__(self, delay: float) -> None:
        super().__init__(limits=LIMITS)
        self._delay = delay
        self._first = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._first.acquire(blocking=False):
            time.sleep(self._delay)
        return super().handle_request(request)


class AsyncLateFirstTransport(httpx.AsyncHTTPTransport):
    def __init__(self, delay: float) -> None:
        super().__init__(limits=LIMITS)
        self._delay = delay
        self._first = True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._first:
            self._first = False
            await asyncio.sleep(self._delay)
        return await super().handle_async_request(request)


def run_threads(url: str, workers: int, requests: int, rate: float, late: float) -> None:
    client = Clockify(api_key=KEY, base_url=url + "/api", rate_limit=rate, transport=LateFirstTransport(late))
    left = [requests]
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            client.users.me()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    client.close()


def run_tasks(url: str, workers: int, requests: int, rate: float, late: float) -> None:
    async def main() -> None:
        left = [requests]
        transport = AsyncLateFirstTransport(late)
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=rate, transport=transport) as client:

            async def work() -> None:
                while left[0]:
                    left[0] -= 1
                    await client.users.me()

            await asyncio.wait_for(asyncio.gather(*(work() for _ in range(workers))), 60)

    asyncio.run(main())


RUNS = {"tasks": run_tasks, "threads": run_threads}
# (workers, rate_limit, requests): more requests than a window holds; the 300 workers send one each.
LOADS = [(1, 40, 65), (16, 40, 65), (300, 150, 300)]


@pytest.mark.parametrize("late", [0.0, HANDSHAKE], ids=["prompt", "late-first"])
@pytest.mark.parametrize(("workers", "rate", "requests"), LOADS, ids=[f"{w}-workers" for w, _, _ in LOADS])
@pytest.mark.parametrize("kind", list(RUNS))
def test_no_second_holds_more_requests_than_the_rate_limit(
    kind: str, workers: int, rate: int, requests: int, late: float
) -> None:
    with ArrivalServer() as server:
        RUNS[kind](server.url, workers, requests, rate, late)
    assert len(server.arrivals) == requests
    assert busiest_window(server.arrivals) <= rate


@pytest.mark.parametrize("kind", list(RUNS))
def test_a_first_request_that_leaves_late_keeps_its_place_until_it_is_sent(kind: str) -> None:
    """10 a second, the first request 0.5 s late. Slots planned before it left would put it, the nine after it
    and the next five (a second after its plan, not after its real start) within one second."""
    with ArrivalServer() as server:
        RUNS[kind](server.url, 25, 25, 10, 0.5)
    assert len(server.arrivals) == 25
    assert busiest_window(server.arrivals) <= 10


def test_cancelled_and_timed_out_waiters_give_their_places_back() -> None:
    async def main(url: str, give_up: str) -> float:
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=50) as client:
            if give_up == "cancel":
                queued = [asyncio.ensure_future(client.users.me()) for _ in range(500)]
                await asyncio.sleep(0.2)
                for task in queued:
                    task.cancel()
                await asyncio.gather(*queued, return_exceptions=True)
            else:
                outcomes = await asyncio.gather(
                    *(asyncio.wait_for(client.users.me(), 0.2) for _ in range(500)), return_exceptions=True
                )
                assert sum(isinstance(o, TimeoutError) for o in outcomes) > 400
            started = time.monotonic()
            await asyncio.wait_for(client.users.me(), 5)  # 500 places kept would be a 10 s wait
            return time.monotonic() - started

    for give_up in ("cancel", "wait_for"):
        with ArrivalServer() as server:
            waited = asyncio.run(main(server.url, give_up))
        # Those sent in the first 0.2 s hold their places for a second; the given-up ones hold none (kept, their
        # 500 places would mean a 10 s wait). Room above the second for a loaded machine.
        assert waited < 3.0, (give_up, waited)
        assert len(server.arrivals) < 80


def test_clients_sharing_a_limiter_stay_under_its_rate_together() -> None:
    """One key's requests add up at the server: a sync client in threads and an async one, one limiter."""
    shared = RateLimiter(20)
    with ArrivalServer() as server:
        options: dict[str, Any] = {"api_key": KEY, "base_url": server.url + "/api", "rate_limiter": shared}
        sync = Clockify(**options)
        threads = [threading.Thread(target=lambda: [sync.users.me() for _ in range(5)]) for _ in range(5)]
        for thread in threads:
            thread.start()

        async def main() -> None:
            async with AsyncClockify(**options) as client:
                await asyncio.gather(*(client.users.me() for _ in range(25)))

        asyncio.run(main())
        for thread in threads:
            thread.join(30)
        sync.close()
    assert len(server.arrivals) == 50
    assert busiest_window(server.arrivals) <= 20
    assert sync.rate_limit == 20


def test_a_shared_limiter_is_checked() -> None:
    with pytest.raises(errors.ConfigurationError, match="RateLimiter"):
        Clockify(api_key=KEY, rate_limiter=20)  # type: ignore[arg-type]  # the point: a wrong type at run time
    with pytest.raises(errors.ConfigurationError, match="not both"):
        Clockify(api_key=KEY, rate_limit=10, rate_limiter=RateLimiter(20))
    refused: list[Any] = [0, -1, float("nan"), float("inf"), True, "50"]
    for rate in refused:
        with pytest.raises(errors.ConfigurationError):
            RateLimiter(rate)
