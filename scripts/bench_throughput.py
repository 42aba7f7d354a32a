"""Throughput of report paging against a loopback server that limits like Clockify.

    python -m scripts.bench_throughput         prints the figures as JSON (``make bench`` includes them)

The server (asyncio, in a background thread, on 127.0.0.1 only) answers each detailed-report page
after ``latency`` seconds, and answers 429 (``Retry-After: 1``) to a request when more than ``limit``
requests, that one included, arrived in the last second: a strict sliding window.

Figures:
  throughput_rps                    pages per second of ``AsyncClockify.iterate_report_concurrently``
                                    over every page, told how many pages there are, with the
                                    client's default rate limit (50/s)
  throughput_rps_first_page_first   the same, not told: it reads page 1 alone for its totals first
                                    (one round trip more; the ceiling is about 44/s here)
  throughput_429s                   429 answers the server sent during both runs
  throughput_busiest_second         the most requests the server saw within one second
  throughput_sequential_rps         pages per second of the seed documents' loop (000, 003): one
                                    request, wait for the answer, next page; on a sample of the pages
  throughput_ratio_vs_sequential    throughput_rps / throughput_sequential_rps
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import threading
import time
from typing import Any

import httpx
from clockify_client import AsyncClockify

from scripts.payloads import detailed_rows

WS = "5b641568b07987035750505e"
BODY: dict[str, Any] = {
    "dateRangeStart": "2024-01-01T00:00:00.000Z",
    "dateRangeEnd": "2024-01-31T23:59:59.999Z",
    "detailedFilter": {"sortColumn": "DATE"},
}
DEADLINE = 25.0  # seconds: the whole run stops by itself well before this


PAGE_MARK = "page-marker-000000000000"


class LimitedServer:
    """Serves ``pages`` pages of ``page_size`` detailed-report rows, slowly and with a rate limit.
    HTTP/1.1 with keep-alive, enough of it for httpx."""

    def __init__(self, *, pages: int, page_size: int, latency: float, limit: int = 50) -> None:
        self.latency = latency
        self.limit = limit
        self.arrivals: collections.deque[float] = collections.deque()
        self.requests = 0
        self.rejected = 0
        self.max_in_window = 0
        rows = detailed_rows(page_size)
        rows[0] = {**rows[0], "id": PAGE_MARK}  # each page gets its own first id, as real pages have
        total = pages * page_size
        self._pages = pages
        self._full = json.dumps({"timeEntries": rows, "totals": [{"entriesCount": total}]}).encode()
        self._empty = json.dumps({"timeEntries": [], "totals": [{"entriesCount": total}]}).encode()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self.url = ""

    def _page(self, page: int) -> bytes:
        if page > self._pages:
            return self._empty
        return self._full.replace(PAGE_MARK.encode(), f"{page:024x}".encode())

    def __enter__(self) -> LimitedServer:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop)
        self._server = started.result(timeout=5)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    def _admit(self) -> bool:
        """Count this arrival; False when it makes more than ``limit`` in the last second."""
        now = time.monotonic()
        self.arrivals.append(now)
        while self.arrivals and self.arrivals[0] <= now - 1.0:
            self.arrivals.popleft()
        self.requests += 1
        self.max_in_window = max(self.max_in_window, len(self.arrivals))
        return len(self.arrivals) <= self.limit

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length)
                if not self._admit():
                    self.rejected += 1
                    payload, status = b'{"code": 429, "message": "Too many requests"}', "429 Too Many Requests"
                    extra = "Retry-After: 1\r\n"
                else:
                    await asyncio.sleep(self.latency)
                    page = json.loads(body).get("detailedFilter", {}).get("page", 1)
                    payload, status, extra = self._page(page), "200 OK", ""
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                    f"{extra}\r\n".encode()
                    + payload
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:  # our own shutdown: end quietly (asyncio logs a handler that raises)
            return
        finally:
            writer.close()


async def concurrent_rows(url: str, page_size: int, pages: int | None) -> int:
    """Every row, through the client's concurrent report iteration at its default rate limit; ``pages``
    is the page count to expect, or None to learn it from the first page's totals."""
    async with AsyncClockify(api_key="bench-key", reports_base_url=url) as clockify:
        rows = 0
        async for _ in clockify.iterate_report_concurrently(
            "generateDetailedReport", path={"workspaceId": WS}, body=BODY, page_size=page_size, pages=pages
        ):
            rows += 1
        return rows


def sequential_pages(url: str, pages: int, page_size: int) -> int:
    """The seed documents' loop: post one page, wait for the answer, post the next."""
    rows = 0
    endpoint = f"{url}/v1/workspaces/{WS}/reports/detailed"
    for page in range(1, pages + 1):
        payload = {**BODY, "detailedFilter": {**BODY["detailedFilter"], "page": page, "pageSize": page_size}}
        response = httpx.post(endpoint, json=payload, headers={"X-Api-Key": "bench-key"}, timeout=10.0)
        response.raise_for_status()
        rows += len(response.json()["timeEntries"])
    return rows


def concurrent_rps(server: LimitedServer, pages: int, page_size: int, hint: int | None) -> tuple[float, float]:
    """Pages per second and 429s of one concurrent run (``hint``: the page count to tell the client)."""
    rejected = server.rejected
    started = time.perf_counter()
    rows = asyncio.run(asyncio.wait_for(concurrent_rows(server.url, page_size, hint), timeout=DEADLINE / 3))
    elapsed = time.perf_counter() - started
    if rows != pages * page_size:
        raise RuntimeError(f"read {rows} rows, expected {pages * page_size}")
    return pages / elapsed, float(server.rejected - rejected)


def sequential_rps(server: LimitedServer, sample: int, page_size: int) -> float:
    started = time.perf_counter()
    sequential_pages(server.url, sample, page_size)
    return sample / (time.perf_counter() - started)


def run(
    *, pages: int = 200, page_size: int = 100, latency: float = 0.25, sequential_sample: int = 12
) -> dict[str, float]:
    """Start the server, time the loops, stop the server. Bounded: every run has its deadline."""
    with LimitedServer(pages=pages, page_size=page_size, latency=latency) as server:
        known_rps, known_429s = concurrent_rps(server, pages, page_size, pages)
        time.sleep(1.0)  # the server's window empties: each run starts as a fresh client would
        unknown_rps, unknown_429s = concurrent_rps(server, pages, page_size, None)
        time.sleep(1.0)
        baseline = sequential_rps(server, sequential_sample, page_size)
        busiest = server.max_in_window
    return {
        "throughput_rps": known_rps,
        "throughput_rps_first_page_first": unknown_rps,
        "throughput_429s": known_429s + unknown_429s,
        "throughput_busiest_second": float(busiest),
        "throughput_sequential_rps": baseline,
        "throughput_ratio_vs_sequential": known_rps / baseline,
    }


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m scripts.bench_throughput",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    ).parse_args(argv)
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
