"""Date-times Clockify documents as such are ``datetime`` on both sides of the wire.

A request parameter or field whose description gives the form yyyy-MM-ddThh:mm:ssZ (the time-entry
filters, a rate's ``since``) is typed ``datetime`` and sent in that form; text in another form is refused
before sending (correction ``documented-date-times``). A report row's interval is read as ``datetime`` by
the generated model as by the row view, and a running entry's ``end`` is ``None`` in both, not a mismatch
(``report-row-datetimes``, ``report-row-running-end``)."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from clockify_api.models import ReportTimeIntervalDto
from clockify_client import Clockify, errors, mismatches

WS = "5b641568b07987035750505e"
USER = "5a0ab5acb07987125438b60f"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
REPORT = {
    "dateRangeStart": "2024-01-01T00:00:00.000Z",
    "dateRangeEnd": "2024-01-31T23:59:59.999Z",
    "detailedFilter": {"page": 1, "pageSize": 50},
}


def _client(sent: list[httpx.Request], body: Any) -> Clockify:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body, headers={"Last-Page": "true"})

    return Clockify(api_key="date-key", transport=httpx.MockTransport(handler), rate_limit=None, max_retries=0)


@pytest.mark.parametrize("name", ["start", "end", "get_week_before"])
def test_a_time_entry_filter_is_sent_as_a_utc_instant(name: str) -> None:
    sent: list[httpx.Request] = []
    filters: dict[str, Any] = {name: START.astimezone(datetime.timezone(datetime.timedelta(hours=2)))}
    with _client(sent, []) as clockify:
        list(clockify.time_entries.iterate(WS, USER, **filters))
    assert sent[0].url.params[name.replace("_", "-")] == "2024-01-15T09:00:00Z"


@pytest.mark.parametrize("text", ["yesterday", "2024-01-01", "2024-01-01T00:00:00+02:00", "2024-02-30T00:00:00Z"])
@pytest.mark.parametrize("name", ["start", "end", "get_week_before"])
def test_a_time_entry_filter_in_another_form_is_refused_before_sending(name: str, text: str) -> None:
    sent: list[httpx.Request] = []
    filters: dict[str, Any] = {name: text}  # text where the type says datetime: what an untyped caller sends
    with _client(sent, []) as clockify, pytest.raises(errors.RequestValidationError, match="yyyy-MM-ddThh:mm:ssZ"):
        list(clockify.time_entries.iterate(WS, USER, **filters))
    assert sent == []


def test_a_naive_filter_stays_refused() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, []) as clockify, pytest.raises(errors.RequestValidationError, match="time zone"):
        list(clockify.time_entries.iterate(WS, USER, start=datetime.datetime(2024, 1, 1)))
    assert sent == []


def test_a_rate_since_of_no_date_time_form_is_refused_before_sending() -> None:
    sent: list[httpx.Request] = []
    project = {"name": "Website Redesign", "hourlyRate": {"amount": 100, "since": "last week"}}
    with _client(sent, {}) as clockify, pytest.raises(errors.RequestValidationError, match="yyyy-MM-ddThh:mm:ssZ"):
        clockify.call("createNewProject", path={"workspaceId": WS}, body=project)
    assert sent == []


@pytest.mark.parametrize("rows_key", ["timeEntries", "timeentries"])
def test_report_rows_read_their_interval_as_datetimes_in_both_shapes(rows_key: str) -> None:
    finished = {"id": "e1", "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T10:00:00+01:00"}}
    running = {"id": "e2", "timeInterval": {"start": "2024-01-15T11:00:00Z", "end": None}}
    body = {"totals": [], rows_key: [finished, running]}
    sent: list[httpx.Request] = []
    with _client(sent, json.loads(json.dumps(body))) as clockify:
        views = clockify.reports.detailed(WS, REPORT).rows
        model = clockify.call("generateDetailedReport", path={"workspaceId": WS}, body=REPORT)
    assert not isinstance(model, bytes)
    rows = model.time_entries if rows_key == "timeEntries" else model.timeentries
    assert isinstance(rows, list)
    intervals = [row.time_interval for row in rows if isinstance(row.time_interval, ReportTimeIntervalDto)]
    assert len(intervals) == 2
    assert [(i.start, i.end) for i in intervals] == [(v.start, v.end) for v in views]
    assert intervals[0].start == START
    assert intervals[0].end == START
    assert intervals[1].end is None
    for interval in intervals:
        assert type(interval.start) is datetime.datetime
        assert interval.start.tzinfo is not None
    assert mismatches(model) == ()


def test_a_report_row_start_of_no_date_time_form_is_kept_raw_and_reported() -> None:
    body = {"totals": [], "timeEntries": [{"id": "e1", "timeInterval": {"start": "yesterday"}}]}
    with _client([], body) as clockify:
        model = clockify.call("generateDetailedReport", path={"workspaceId": WS}, body=REPORT)
    assert not isinstance(model, bytes)
    found = mismatches(model)
    assert [(m.path, m.value) for m in found] == [("$.timeEntries[0].timeInterval.start", "yesterday")]
    assert model.time_entries
    assert isinstance(model.time_entries[0].time_interval, ReportTimeIntervalDto)
    assert model.time_entries[0].time_interval.additional_properties == {"start": "yesterday"}  # kept raw
