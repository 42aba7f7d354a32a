"""One shape per thing: a report read one page at a time (``reports.detailed()``) and read whole
(``reports.iterate_detailed()``), on either client, gives the same row type with the same units:
durations as ``timedelta``, the row id as ``id``, in both shapes the server is known to send; and a
core time entry's duration is a ``timedelta`` too (the generated model, through ``format: duration``)."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any, Literal

import httpx
import pytest
from clockify_api.types import iso_duration, iso_duration_text
from clockify_client import AsyncClockify, AttendanceRow, Clockify, DetailedEntry, ExpenseRow, mismatches
from clockify_client._reading import parse_duration
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.payloads import detailed_report_payload

WS = "5b641568b07987035750505e"
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
ATTENDANCE = {"entities": [{"userId": "u1", "date": "2024-01-15", "totalDuration": 28800, "break": 1800}]}
EXPENSES = {"expenses": [{"id": "x1", "date": "2024-01-15", "amount": 12.5}], "totals": {"expensesCount": 1}}


def _answer(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def _both_ways(report: str, body: bytes, request: dict[str, Any]) -> tuple[list[Any], list[Any], list[Any]]:
    """The rows of one page through ``reports.<report>()`` and through ``reports.iterate_<report>()``, on
    the sync client, and through ``reports.<report>()`` on the async one."""
    transport = httpx.MockTransport(_answer(body))
    with Clockify(api_key="shape-key", transport=transport, rate_limit=None) as clockify:
        page = getattr(clockify.reports, report)(WS, request).rows
        every = list(getattr(clockify.reports, f"iterate_{report}")(WS, request, page_size=50))

    async def read() -> list[Any]:
        async with AsyncClockify(api_key="shape-key", transport=transport, rate_limit=None) as clockify:
            return list((await getattr(clockify.reports, report)(WS, request)).rows)

    return page, every, asyncio.run(read())


@pytest.mark.parametrize("shape", ["004", "003"])
def test_a_detailed_page_and_its_iteration_give_the_same_rows(shape: Literal["004", "003"]) -> None:
    request = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}
    page, every, async_page = _both_ways("detailed", detailed_report_payload(3, shape=shape), request)
    assert page == every == async_page
    for row in (*page, *every, *async_page):
        assert type(row) is DetailedEntry
        assert isinstance(row.duration, datetime.timedelta)
        assert isinstance(row.start, datetime.datetime)
        assert isinstance(row.id, str)
    # 004 sends seconds and ``id``; 003 an ISO-8601 duration and ``_id``: read alike.
    first = json.loads(detailed_report_payload(3, shape=shape))["timeEntries" if shape == "004" else "timeentries"][0]
    assert page[0].id == first.get("id", first.get("_id"))


def test_the_other_paged_reports_give_their_iteration_rows_too() -> None:
    request = {**DATES, "attendanceFilter": {"page": 1, "pageSize": 50}}
    page, every, async_page = _both_ways("attendance", json.dumps(ATTENDANCE).encode(), request)
    assert page == every == async_page
    assert type(page[0]) is AttendanceRow
    assert page[0].total_duration == datetime.timedelta(hours=8)
    page, every, async_page = _both_ways("expenses", json.dumps(EXPENSES).encode(), {**DATES, "page": 1})
    assert page == every == async_page
    assert (type(page[0]), page[0].id) == (ExpenseRow, "x1")


# --- core time entries: the spec's ISO-8601 durations (format: duration) are timedeltas too -------------

ENTRY = {
    "id": "64c777ddd3fcab07cfbb210c",
    "workspaceId": WS,
    "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T10:30:00Z", "duration": "PT1H30M"},
}


def _get_entry(answer: dict[str, Any]) -> Any:
    body = json.dumps(answer).encode()
    with Clockify(api_key="shape-key", transport=httpx.MockTransport(_answer(body)), rate_limit=None) as clockify:
        return clockify.time_entries.get(WS, "64c777ddd3fcab07cfbb210c")


def test_a_core_time_entry_gives_its_duration_as_a_report_row_does() -> None:
    entry = _get_entry(ENTRY)
    interval = entry.time_interval
    assert interval.duration == datetime.timedelta(hours=1, minutes=30)
    assert interval.to_dict()["duration"] == "PT1H30M"  # written back in the form the server sends
    # The same entry as a report row (003 sends the same ISO-8601 text) reads the same value.
    row = DetailedEntry({"_id": ENTRY["id"], "timeInterval": ENTRY["timeInterval"]})
    assert (row.id, row.duration) == (entry.id, interval.duration)


def test_a_running_entry_has_no_duration_and_a_malformed_one_is_kept_and_reported() -> None:
    running = _get_entry({**ENTRY, "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": None, "duration": None}})
    assert running.time_interval.duration is None
    odd = _get_entry({**ENTRY, "timeInterval": {"start": "2024-01-15T09:00:00Z", "duration": "8000"}})
    assert odd.time_interval["duration"] == "8000"  # raw, under its JSON name; the call still returns
    assert [m.path for m in mismatches(odd)] == ["$.timeInterval.duration"]


@settings(max_examples=300, deadline=None)
@given(st.timedeltas(min_value=-datetime.timedelta(days=10**6), max_value=datetime.timedelta(days=10**6)))
def test_iso_8601_durations_round_trip(value: datetime.timedelta) -> None:
    text = iso_duration_text(value)
    assert text.startswith("PT")
    assert iso_duration(text) == value
    assert parse_duration(text) == value  # the report rows read the same text the same way
