"""Paging neither loses nor repeats rows in silence, nor runs without end: a row that comes twice (a server that
ignores the page number and rotates or shuffles pages), an empty page before the totals, rows past the totals and
more than ``max_pages`` pages are typed errors; a page size of 0 is refused; ``break`` stops the read-ahead."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, errors
from clockify_client.testing import sample_body

from scripts import bench_throughput

WS = "5b641568b07987035750505e"
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
DETAILED = "generateDetailedReport"
Rows = Callable[[int, int], list[int]]  # (page, page size) -> the row numbers that page holds


def report_server(rows_of: Rows, total: int, requested: list[int]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        block = json.loads(request.content)["detailedFilter"]
        requested.append(block["page"])
        rows = [{"id": f"e{n:06d}"} for n in rows_of(block["page"], block["pageSize"])]
        return httpx.Response(200, json={"timeEntries": rows, "totals": [{"entriesCount": total}]})

    return httpx.MockTransport(handler)


def honest(total: int) -> Rows:
    return lambda page, size: list(range((page - 1) * size, min(total, page * size)))


def read_report(transport: httpx.MockTransport, how: str, **kwargs: Any) -> list[Any]:
    """Every row, read by the sync pager, the async one, or the concurrent one."""
    options: dict[str, Any] = {"path": {"workspaceId": WS}, "body": {**DATES}, **kwargs}
    if how == "sync":
        with Clockify(api_key="paging-test-key", transport=transport, rate_limit=None) as c:
            return list(c.iterate_report(DETAILED, **options))

    async def main() -> list[Any]:
        async with AsyncClockify(api_key="paging-test-key", transport=transport, rate_limit=None) as c:
            if how == "async":
                return [row async for row in c.iterate_report(DETAILED, **options)]
            return [row async for row in c.iterate_report_concurrently(DETAILED, concurrency=4, **options)]

    return asyncio.run(main())


HOW = ["sync", "async", "concurrent"]


@pytest.mark.parametrize("how", HOW)
def test_an_honest_server_is_read_to_the_last_row(how: str) -> None:
    requested: list[int] = []
    rows = read_report(report_server(honest(950), 950, requested), how, page_size=100)
    assert [r.id for r in rows] == [f"e{n:06d}" for n in range(950)]
    assert sorted(requested) == list(range(1, 11))


@pytest.mark.parametrize("how", HOW)
def test_a_server_that_rotates_its_pages_is_caught(how: str) -> None:
    # It ignores the page number and serves its three pages in turn: never the same page twice in a row.
    rotating: Rows = lambda page, size: honest(300)((page - 1) % 3 + 1, size)  # noqa: E731
    with pytest.raises(errors.PagingError, match="repeats a row"):
        read_report(report_server(rotating, 1000, []), how, page_size=100)


@pytest.mark.parametrize("how", HOW)
def test_a_server_that_shuffles_rows_across_pages_is_caught(how: str) -> None:
    rng = random.Random(7)
    shuffled: Rows = lambda page, size: rng.sample(range(1000), size)  # noqa: E731
    with pytest.raises(errors.PagingError, match="repeats a row"):
        read_report(report_server(shuffled, 1000, []), how, page_size=100)


@pytest.mark.parametrize("how", HOW)
def test_an_empty_page_before_the_totals_is_an_error_not_a_cut(how: str) -> None:
    # The totals promise 1000 rows; the server has only 200 (it dropped the rest, or the result shrank).
    with pytest.raises(errors.PagingError, match="page 3 is empty, yet the totals count 1000"):
        read_report(report_server(honest(200), 1000, []), how, page_size=100)


@pytest.mark.parametrize("how", HOW)
def test_rows_past_the_announced_total_are_an_error(how: str) -> None:
    with pytest.raises(errors.PagingError, match="past the 150 its totals count"):
        read_report(report_server(honest(200), 150, []), how, page_size=100)


@pytest.mark.parametrize("how", HOW)
def test_at_most_max_pages_pages_are_read(how: str) -> None:
    requested: list[int] = []
    with pytest.raises(errors.TooManyPagesError, match="max_pages=3"):
        read_report(report_server(honest(10**6), 10**6, requested), how, page_size=10, max_pages=3)
    assert sorted(requested) == [1, 2, 3]  # never a fourth page asked for


def test_a_core_list_that_never_ends_stops_at_max_pages() -> None:
    served: list[int] = []
    with Clockify(api_key="paging-test-key", transport=endless_list(served), rate_limit=None) as c:
        with pytest.raises(errors.TooManyPagesError):
            list(c.iterate("getProjects", path={"workspaceId": WS}, page_size=5, max_pages=4))
        assert served == [1, 2, 3, 4]
        with pytest.raises(errors.ConfigurationError):
            list(c.iterate("getProjects", path={"workspaceId": WS}, max_pages=0))


def endless_list(served: list[int]) -> httpx.MockTransport:
    def endless(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        served.append(page)
        items = [sample_body("ProjectDtoV1", id=f"p{page}-{i}", name="p") for i in range(5)]
        return httpx.Response(200, json=items, headers={"Last-Page": "false"})

    return httpx.MockTransport(endless)


def test_an_area_iterate_reads_at_most_the_pages_its_limit_says() -> None:
    served: list[int] = []
    with Clockify(api_key="paging-test-key", transport=endless_list(served), rate_limit=None) as c:
        pages = c.projects.iterate(WS, page_size=5, archived=False).limit(max_pages=4)
        with pytest.raises(errors.TooManyPagesError, match="max_pages=4"):
            list(pages)
        assert served == [1, 2, 3, 4]
        assert len(list(itertools.islice(c.projects.iterate(WS, page_size=5), 12))) == 12  # default: not capped
        assert served[4:] == [1, 2, 3]
        started = c.projects.iterate(WS)
        next(started)
        refusals: list[Callable[[], object]] = [
            lambda: c.projects.iterate(WS).limit(max_pages=0),
            lambda: c.projects.iterate(WS).limit(max_pages="4"),  # type: ignore[arg-type]
            lambda: c.projects.iterate(WS).limit(max_page=4),  # type: ignore[call-arg]
            lambda: c.projects.iterate(WS, max_pages=4),  # type: ignore[arg-type]
            lambda: started.limit(max_pages=4),  # too late: a page was read with the default
        ]
        for refused in refusals:
            with pytest.raises(errors.ConfigurationError, match=r"max_page|limit"):
                refused()
        assert served[7:] == [1]


def test_an_async_area_iterate_reads_at_most_the_pages_its_limit_says() -> None:
    served: list[int] = []

    async def main() -> None:
        async with AsyncClockify(api_key="paging-test-key", transport=endless_list(served), rate_limit=None) as c:
            with pytest.raises(errors.TooManyPagesError, match="max_pages=2"):
                _ = [p async for p in c.projects.iterate(WS, page_size=5).limit(max_pages=2)]

    asyncio.run(main())
    assert served == [1, 2]


@pytest.mark.parametrize("how", HOW)
def test_a_page_size_of_zero_is_refused_not_replaced(how: str) -> None:
    requested: list[int] = []
    transport = report_server(honest(10), 10, requested)
    with pytest.raises(errors.ConfigurationError, match="page_size"):
        read_report(transport, how, page_size=0)
    with pytest.raises(errors.ConfigurationError, match="pageSize"):
        read_report(transport, how, body={**DATES, "detailedFilter": {"pageSize": 0}})
    assert requested == []  # refused before anything was sent


@pytest.mark.parametrize("keep", [True, False], ids=["iterator-kept", "iterator-dropped"])
def test_break_stops_the_read_ahead_at_once(keep: bool) -> None:
    """After ``break`` no page request leaves, even while the iterator is kept and not yet closed."""

    async def main(server: bench_throughput.LimitedServer) -> tuple[int, int]:
        async with AsyncClockify(api_key="paging-test-key", reports_base_url=server.url, rate_limit=10) as c:
            rows = c.iterate_report_concurrently(
                DETAILED, path={"workspaceId": WS}, body=bench_throughput.BODY, page_size=10
            )
            read = 0
            async for _ in rows:
                read += 1
                if read == 15:  # on page 2: the read-ahead is under way, most of it waiting for the limiter
                    break
            if not keep:
                del rows
            at_break = server.requests
            await asyncio.sleep(1.5)  # 15 more requests' worth at 10 a second
            return at_break, server.requests

    with bench_throughput.LimitedServer(pages=100, page_size=10, latency=0.02) as server:
        at_break, later = asyncio.run(main(server))
    assert later == at_break
