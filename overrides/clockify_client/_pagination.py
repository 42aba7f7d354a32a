"""Paging as small state machines, shared by the sync and async clients (they only do the I/O).

Never a silent cut at the server's default page size: a core list is read until ``Last-Page: true``
(or, without that header, a short page); a report until its totals are reached (or a short page),
at the largest page size the server allows unless the caller chose one. Never a row lost or repeated
in silence either (``PagingError``): a row that comes a second time (by its id, or its whole content
when it has none) means the server ignored the page number or reordered the rows; an empty page before
the totals are reached, or more rows than they count, means the result changed under the paging. And
never an endless loop: at most ``max_pages`` pages (``TooManyPagesError``).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

from clockify_client import _client, _reading, _spec
from clockify_client._logging import forgets_locals
from clockify_client.errors import ConfigurationError, PagingError, TooManyPagesError

# Where each paged report keeps its page block (None: top level) and its largest page (seed 004).
REPORT_PAGING: Mapping[str, tuple[str | None, int]] = {
    "generateDetailedReport": ("detailedFilter", 1000),
    "generateAttendanceReport": ("attendanceFilter", 201),
    "generateDetailedReportV1": (None, 1000),
}


# More pages than this from one paging call is a server that never says the last one came (10 million
# report rows at the largest page size).
DEFAULT_MAX_PAGES = 10_000


def _fingerprint(content: Any) -> str:
    """A row without an id is known by its whole content (a digest: the set of them stays small)."""
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class _Pages:
    """What every pager checks: the page count against ``max_pages``, and that no row comes twice."""

    def __init__(self, operation_id: str | None, max_pages: int, row_key: Callable[[Any], str]) -> None:
        self.operation_id = operation_id
        self.max_pages = _client.whole_number(max_pages, "max_pages", 1)
        self.row_key = row_key
        self.read = 0
        self._seen: set[str] = set()

    def error(self, message: str, cls: type[PagingError] = PagingError) -> PagingError:
        return cls(message, status_code=200, operation_id=self.operation_id)

    def check(self, page: int, rows: Sequence[Any]) -> None:
        for row in rows:
            key = self.row_key(row)
            if key in self._seen:
                raise self.error(
                    f"page {page} repeats a row that came already: the server ignored the page number or"
                    " reordered the rows, so rows would be lost or repeated"
                )
            self._seen.add(key)
        self.read += 1

    def check_more(self, done: bool) -> None:
        """Another page is wanted: refuse it past ``max_pages``."""
        if not done and self.read >= self.max_pages:
            raise self.error(
                f"more than max_pages={self.max_pages} pages and the server has not said the last one came",
                TooManyPagesError,
            )


def _item_key(item: Any) -> str:
    ident = getattr(item, "id", None)
    if isinstance(ident, str) and ident:
        return "id:" + ident
    to_dict = getattr(item, "to_dict", None)
    return _fingerprint(to_dict() if callable(to_dict) else item)


def _row_key(row: Any) -> str:
    raw = getattr(row, "raw", row)
    ident = raw.get("id", raw.get("_id")) if isinstance(raw, dict) else None
    return "id:" + ident if isinstance(ident, str) and ident else _fingerprint(raw)


class CorePager:
    """``page``/``page-size`` query paging with the ``Last-Page`` header."""

    def __init__(
        self,
        query: Mapping[str, Any] | None,
        page_size: int,
        operation_id: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if query is not None and not isinstance(query, Mapping):
            raise ConfigurationError(f"query must map parameter names to values, not {type(query).__name__}")
        operation = _spec.operation(operation_id) if operation_id is not None else None
        if operation and not (operation.paged_by_query and operation.answers_array):
            raise ConfigurationError(f"{operation_id} is not a paged list (page/page-size, an array): use call()")
        self.pages = _Pages(operation_id, max_pages, _item_key)
        self.query = dict(query or {})
        if "page-size" in self.query:
            raise ConfigurationError(f"{operation_id}: page_size= sets the size of every page, not query['page-size']")
        self.page_size = _client.whole_number(page_size, "page_size", 1)
        self.page = _client.whole_number(self.query.pop("page", 1), "page (the first page to read)", 1)
        self.done = False

    def next_query(self) -> dict[str, Any]:
        return {**self.query, "page": self.page, "page-size": self.page_size}

    def feed(self, items: Any, headers: httpx.Headers) -> Sequence[Any]:
        """Take one page's items; decide whether another page follows."""
        page = items if isinstance(items, list) else []
        self.pages.check(self.page, page)
        flag = _client.last_page(headers)
        # Without the header (a proxy may drop it) a short page is the only safe end signal.
        # An item left out for not being an object still counts (``_tolerance.ModelList.received``).
        received = getattr(items, "received", len(page))
        self.done = (flag or not received) if flag is not None else received < self.page_size
        self.pages.check_more(self.done)
        self.page += 1
        return page


class ReportPager:
    """``page``/``pageSize`` in a report's body, ended by its totals."""

    def __init__(
        self,
        operation_id: str,
        body: Mapping[str, Any],
        page_size: int | None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if not isinstance(operation_id, str) or operation_id not in REPORT_PAGING:
            raise ConfigurationError(f"operation id {operation_id!r} is not a paged report")
        if not isinstance(body, Mapping):
            body = _client.body_json(_spec.operation(operation_id), body)  # a generated model
        if not isinstance(body, Mapping):
            raise ConfigurationError(f"a report body is a mapping or a generated model, not {type(body).__name__}")
        self.operation_id = operation_id
        self.block, limit = REPORT_PAGING[operation_id]
        self.body = dict(body)
        holder = self._holder(self.body)
        # A page size of 0 is refused, as in a plain call, not taken for "unset".
        if page_size is not None:
            self.page_size = _client.whole_number(page_size, "page_size", 1)
        elif holder.get("pageSize") is not None:
            self.page_size = _client.whole_number(holder["pageSize"], f"{self.block or 'the body'}.pageSize", 1)
        else:
            self.page_size = limit
        first = holder.get("page")
        # From 1: the server reads page 0 as 1, which would then come twice.
        self.page = 1 if first is None else _client.whole_number(first, f"{self.block or 'the body'}.page", 1)
        self.seen = 0
        self.pages = _Pages(operation_id, max_pages, _row_key)
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

    @forgets_locals
    def feed(self, content: bytes) -> Sequence[Any]:
        page = _reading.report_page(self.operation_id, content)
        rows = page.rows
        self.pages.check(self.page, rows)
        self.seen += len(rows)
        total = self.total = page.total_rows
        short = len(rows) < self.page_size
        if total is not None and self.seen > total:
            raise self.pages.error(
                f"page {self.page} brings the rows to {self.seen}, past the {total} its totals count:"
                " the result changed while it was paged"
            )
        if short and total is not None and self.seen < total:
            # Read on and rows would be skipped or repeated; stop here and rows would be lost in silence.
            if not rows:
                raise self.pages.error(
                    f"page {self.page} is empty, yet the totals count {total} rows and only {self.seen} have come"
                )
            raise self.pages.error(
                f"page {self.page} has {len(rows)} rows of the {self.page_size} asked for, yet the totals count"
                f" {total} rows and only {self.seen} have come: the server caps pages below that size,"
                " so ask for smaller pages (page_size=)"
            )
        self.done = short or (total is not None and self.seen >= total)
        self.pages.check_more(self.done)
        self.page += 1
        return rows
