"""Paging as small state machines, shared by the sync and async clients (they only do the I/O).

Never a silent cut at the server's default page size: a core list is read until ``Last-Page: true``
(or, without that header, a short page); a report until its totals are reached (or a short page),
at the largest page size the server allows unless the caller chose one. A full page that repeats the
previous one means the server ignored the page number; that is an error, never an endless loop.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from clockify_client import _client, _reading, _spec
from clockify_client.errors import ConfigurationError, UnexpectedResponseError

# Where each paged report keeps its page block (None: top level) and its largest page (seed 004).
REPORT_PAGING: Mapping[str, tuple[str | None, int]] = {
    "generateDetailedReport": ("detailedFilter", 1000),
    "generateAttendanceReport": ("attendanceFilter", 201),
    "generateDetailedReportV1": (None, 1000),
}


def _refuse_repeat(operation_id: str | None, page: int, rows: Sequence[Any], previous: Sequence[Any]) -> None:
    if rows and list(rows) == list(previous):
        raise UnexpectedResponseError(
            f"page {page} repeats page {page - 1}: the server ignored the page number, so paging cannot end",
            status_code=200,
            operation_id=operation_id,
        )


class CorePager:
    """``page``/``page-size`` query paging with the ``Last-Page`` header."""

    def __init__(self, query: Mapping[str, Any] | None, page_size: int, operation_id: str | None = None) -> None:
        if query is not None and not isinstance(query, Mapping):
            raise ConfigurationError(f"query must map parameter names to values, not {type(query).__name__}")
        self.operation_id = operation_id
        self.previous: Sequence[Any] = ()
        self.query = dict(query or {})
        self.page_size = _client.whole_number(page_size, "page_size", 1)
        self.page = 1
        self.done = False

    def next_query(self) -> dict[str, Any]:
        return {**self.query, "page": self.page, "page-size": self.page_size}

    def feed(self, items: Any, headers: httpx.Headers) -> Sequence[Any]:
        """Take one page's items; decide whether another page follows."""
        page = items if isinstance(items, list) else []
        _refuse_repeat(self.operation_id, self.page, page, self.previous)
        self.previous = page
        flag = _client.last_page(headers)
        # Without the header (a proxy may drop it) a short page is the only safe end signal.
        # An item left out for not being an object still counts (``_tolerance.ModelList.received``).
        received = getattr(items, "received", len(page))
        self.done = (flag or not received) if flag is not None else received < self.page_size
        self.page += 1
        return page


class ReportPager:
    """``page``/``pageSize`` in a report's body, ended by its totals."""

    def __init__(self, operation_id: str, body: Mapping[str, Any], page_size: int | None) -> None:
        if not isinstance(operation_id, str) or operation_id not in REPORT_PAGING:
            raise ConfigurationError(f"{operation_id!r} is not a paged report")
        if not isinstance(body, Mapping):
            body = _client.body_json(_spec.operation(operation_id), body)  # a generated model
        if not isinstance(body, Mapping):
            raise ConfigurationError(f"a report body is a mapping or a generated model, not {type(body).__name__}")
        self.operation_id = operation_id
        self.block, limit = REPORT_PAGING[operation_id]
        self.body = dict(body)
        holder = self._holder(self.body)
        self.page_size = _client.whole_number(page_size or holder.get("pageSize") or limit, "page_size", 1)
        first = holder.get("page")
        # From 1: the server reads page 0 as 1, which would then come twice.
        self.page = 1 if first is None else _client.whole_number(first, f"{self.block or 'the body'}.page", 1)
        self.seen = 0
        self.previous: Sequence[Any] = ()
        self.total: int | None = None  # rows in the whole result, once a page's totals said so
        self.done = False

    def _holder(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.block is None:
            return body
        block = body.get(self.block)
        if block is None:
            block = body[self.block] = {}
        elif not isinstance(block, Mapping):
            raise ConfigurationError(f"{self.block} is an object (a mapping), not {type(block).__name__}")
        elif not isinstance(block, dict):
            block = body[self.block] = dict(block)
        return block

    def next_body(self, page: int | None = None) -> dict[str, Any]:
        """The request body for the next page to feed, or for ``page`` (to fetch ahead)."""
        body = copy.deepcopy(self.body)
        holder = self._holder(body)
        holder["page"], holder["pageSize"] = self.page if page is None else page, self.page_size
        return body

    @property
    def last_page(self) -> int | None:
        """The number of the last page, when the totals gave the size of the result."""
        if self.total is None:
            return None
        rows_left = max(0, self.total - self.seen)
        return self.page - 1 + (rows_left + self.page_size - 1) // self.page_size

    def feed(self, content: bytes) -> Sequence[Any]:
        page = _reading.report_page(self.operation_id, content)
        rows = page.rows
        _refuse_repeat(self.operation_id, self.page, rows, self.previous)
        self.previous = rows
        self.seen += len(rows)
        total = self.total = page.total_rows
        short = len(rows) < self.page_size
        if short and rows and total is not None and self.seen < total:
            # Read on and rows would be skipped or repeated; stop here and rows would be lost in silence.
            raise UnexpectedResponseError(
                f"page {self.page} has {len(rows)} rows of the {self.page_size} asked for, yet the totals count"
                f" {total} rows and only {self.seen} have come: the server caps pages below that size,"
                " so ask for smaller pages (page_size=)",
                status_code=200,
                operation_id=self.operation_id,
            )
        self.done = short or (total is not None and self.seen >= total)
        self.page += 1
        return rows
