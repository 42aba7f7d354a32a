"""Concurrent report paging: a scaled-down run of scripts/bench_throughput.py, and the helper's contract."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, _resilience, errors
from clockify_client.testing import answer_body

from scripts import bench_throughput

from .loopback import LoopbackServer, Reply

WS = "5b641568b07987035750505e"
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


def test_concurrent_paging_beats_the_sequential_loop_without_a_single_429() -> None:
    # 60 pages at the default 50 requests a second: more than one second's worth, so the server's
    # strict sliding window is put to the test.
    pages, page_size = 60, 20
    with bench_throughput.LimitedServer(pages=pages, page_size=page_size, latency=0.05) as server:
        concurrent, rejected = bench_throughput.concurrent_rps(server, pages, page_size, pages)
        assert rejected == 0
        assert server.max_in_window <= 50
        time.sleep(0.2)
        sequential = bench_throughput.sequential_rps(server, 6, page_size)
    assert rejected == 0
    assert concurrent > 2 * sequential
    assert concurrent <= 50 / (1 + _resilience.RATE_WINDOW_MARGIN) * 1.05  # the limiter held


def acquire_in_thread(limiter: _resilience.RateLimiter) -> tuple[threading.Thread, list[float]]:
    """Acquire in another thread; the list gets the monotonic time it was let go."""
    granted: list[float] = []

    def acquire() -> None:
        limiter.acquire().done()
        granted.append(time.monotonic())

    thread = threading.Thread(target=acquire)
    thread.start()
    return thread, granted


def test_the_rate_limiter_keeps_a_strict_sliding_window() -> None:
    """No 11 starts within one second at 10 a second: the 11th waits a window after the first was sent."""
    limiter = _resilience.RateLimiter(10.0)
    first = time.monotonic()
    for _ in range(10):
        limiter.acquire().done()
    assert time.monotonic() - first < 1.0  # spaced 50 ms apart within the window, not 100 ms
    thread, granted = acquire_in_thread(limiter)
    thread.join(5)
    assert granted[0] - first >= limiter.window >= 1.0


def test_a_request_not_yet_sent_keeps_its_place() -> None:
    limiter = _resilience.RateLimiter(2.0)
    late = limiter.acquire()  # let go, but held up (a TLS handshake) before it is written
    later = limiter.acquire()
    thread, granted = acquire_in_thread(limiter)
    time.sleep(0.5)
    assert not granted  # two let go and still on their way: the third waits however long they take
    late.sent()  # written at last, 0.5 s late: its window starts now
    sent_at = time.monotonic()
    thread.join(5)
    later.done()
    assert granted[0] - sent_at >= limiter.window - 0.01


def test_the_trace_hook_records_when_a_request_was_really_sent() -> None:
    limiter = _resilience.RateLimiter(1.0)
    permit = limiter.acquire()
    thread, granted = acquire_in_thread(limiter)
    permit.trace("http11.send_request_headers.started", {})  # not yet sent
    time.sleep(0.3)
    permit.trace("http11.send_request_body.complete", {})  # sent, 0.3 s late
    sent_at = time.monotonic()
    permit.done()  # the attempt is over: changes nothing now
    thread.join(5)
    assert granted[0] - sent_at >= limiter.window - 0.01


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_both_clients_hand_httpcore_a_trace_hook_it_accepts(monkeypatch: pytest.MonkeyPatch, use_async: bool) -> None:
    events: list[str] = []
    sync_trace, async_trace = _resilience.Permit.trace, _resilience.Permit.trace_async

    def trace(self: _resilience.Permit, event: str, info: object) -> None:
        events.append(event)
        sync_trace(self, event, info)

    async def trace_async(self: _resilience.Permit, event: str, info: object) -> None:
        events.append(event)
        await async_trace(self, event, info)

    monkeypatch.setattr(_resilience.Permit, "trace", trace)
    monkeypatch.setattr(_resilience.Permit, "trace_async", trace_async)
    with LoopbackServer([Reply(200, answer_body("getLoggedUser", id="u1"))]) as server:
        options: dict[str, Any] = {"api_key": "throughput-test-key", "base_url": server.url + "/api"}
        if use_async:

            async def main() -> Any:
                async with AsyncClockify(**options) as c:
                    return [await c.users.me(), await c.users.me()]

            users = asyncio.run(main())
        else:
            c = Clockify(**options)
            users = [c.users.me(), c.users.me()]
    assert [u.id for u in users] == ["u1", "u1"]
    # httpcore called the hook of each request, and told it when the request was written.
    assert sum(e.endswith(_resilience.SENT_EVENT) for e in events) == 2


def pages_handler(total_rows: int, seen: list[int], *, totals: bool = True) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        block = body.get("detailedFilter") or body.get("attendanceFilter")
        page, size = block["page"], block["pageSize"]
        seen.append(page)
        count = max(0, min(size, total_rows - (page - 1) * size))
        first = (page - 1) * size
        if "attendanceFilter" in body:
            return httpx.Response(200, json={"entities": [{"userId": f"u{first + i}"} for i in range(count)]})
        rows = [{"id": f"e{first + i}"} for i in range(count)]
        return httpx.Response(
            200, json={"timeEntries": rows, "totals": [{"entriesCount": total_rows}] if totals else []}
        )

    return handler


def iterate(handler: Any, operation: str, body: dict[str, Any], **kwargs: Any) -> list[Any]:
    async def main() -> list[Any]:
        transport = httpx.MockTransport(handler)
        async with AsyncClockify(api_key="throughput-test-key", transport=transport, rate_limit=None) as c:
            return [
                row
                async for row in c.iterate_report_concurrently(operation, path={"workspaceId": WS}, body=body, **kwargs)
            ]

    return asyncio.run(main())


@pytest.mark.parametrize("pages", [None, 1, 3, 25, 50])
def test_rows_come_in_page_order_and_only_the_pages_needed_are_asked_for(pages: int | None) -> None:
    seen: list[int] = []
    rows = iterate(pages_handler(250, seen), "generateDetailedReport", DATES, page_size=10, pages=pages, concurrency=4)
    assert [r.id for r in rows] == [f"e{i}" for i in range(250)]
    assert sorted(seen) == list(range(1, 26))


def test_a_guess_of_too_many_pages_costs_requests_not_rows() -> None:
    seen: list[int] = []
    rows = iterate(pages_handler(30, seen), "generateDetailedReport", DATES, page_size=10, pages=10, concurrency=8)
    assert [r.id for r in rows] == [f"e{i}" for i in range(30)]
    assert set(range(1, 4)) <= set(seen) <= set(range(1, 9))


def test_a_one_page_report_costs_one_request() -> None:
    seen: list[int] = []
    rows = iterate(pages_handler(7, seen), "generateDetailedReport", DATES, page_size=10)
    assert len(rows) == 7
    assert seen == [1]


def test_a_report_without_totals_is_read_ahead_until_a_short_page() -> None:
    seen: list[int] = []
    body = {**DATES, "attendanceFilter": {"sortColumn": "USER"}}
    rows = iterate(pages_handler(45, seen), "generateAttendanceReport", body, page_size=10, concurrency=3)
    assert [r.user_id for r in rows] == [f"u{i}" for i in range(45)]
    assert set(range(1, 6)) <= set(seen) <= set(range(1, 8))  # at most concurrency - 1 past the end


def test_an_error_on_any_page_is_raised_and_the_rest_cancelled() -> None:
    seen: list[int] = []
    ok = pages_handler(1000, seen)

    def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["detailedFilter"]["page"] == 3:
            return httpx.Response(404, json={"code": 404, "message": "gone"})
        return ok(request)  # type: ignore[no-any-return]

    with pytest.raises(errors.NotFoundError):
        iterate(handler, "generateDetailedReport", DATES, page_size=10, concurrency=4)
    assert max(seen) <= 3 + 4


def test_concurrency_and_pages_must_be_positive() -> None:
    with pytest.raises(errors.ConfigurationError):
        iterate(pages_handler(1, []), "generateDetailedReport", DATES, concurrency=0)
