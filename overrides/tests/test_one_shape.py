"""One shape per thing: a report read one page at a time (``reports.detailed()``) and read whole
(``reports.iterate_detailed()``), on either client, gives the same row type with the same units:
durations as ``timedelta``, the row id as ``id``, in both shapes the server is known to send; and a
core time entry's duration is a ``timedelta`` too, as is every other duration of the generated models (the
spec marks each with its wire forms, ``x-clockify-duration``, and the model template converts them)."""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable
from typing import Any, Literal

import httpx
import pytest
from clockify_api.models import EstimateRequest, EstimateRequestType
from clockify_api.types import UNSET, iso_duration, iso_duration_text
from clockify_client import AsyncClockify, AttendanceRow, Clockify, DetailedEntry, ExpenseRow, _spec, errors, mismatches
from clockify_client._reading import parse_duration, parse_json_body
from clockify_client._tolerance import attribute
from clockify_client.testing import answer_body, sample_body
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from scripts.payloads import detailed_report_payload

WS = "5b641568b07987035750505e"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
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


# --- core time entries: the spec's ISO-8601 durations are timedeltas too ----------------------------------

ENTRY = {
    "id": "64c777ddd3fcab07cfbb210c",
    "workspaceId": WS,
    "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T10:30:00Z", "duration": "PT1H30M"},
}


def _get_entry(answer: dict[str, Any]) -> Any:
    body = answer_body("getTimeEntry", answer)
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
    assert odd.time_interval.duration == "8000"  # raw (the field is always sent); the call still returns
    assert [m.path for m in mismatches(odd)] == ["$.timeInterval.duration"]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (20, "PT20S"),
        (70, "PT1M10S"),
        (3600 + 600, "PT1H10M"),
        (10.25, "PT10.25S"),
        (0.5, "PT0.5S"),
        (0, "PT0S"),
        (-30, "PT-30S"),
    ],
)
def test_iso_8601_durations_are_written_as_java_writes_them(seconds: float, text: str) -> None:
    assert iso_duration_text(datetime.timedelta(seconds=seconds)) == text  # "PT20S" was once written "PT2S"
    assert iso_duration(text) == datetime.timedelta(seconds=seconds)


@settings(max_examples=examples(300), deadline=None)
@given(st.timedeltas(min_value=-datetime.timedelta(days=10**6), max_value=datetime.timedelta(days=10**6)))
def test_iso_8601_durations_round_trip(value: datetime.timedelta) -> None:
    text = iso_duration_text(value)
    assert text.startswith("PT")
    assert iso_duration(text) == value
    assert parse_duration(text) == value  # the report rows read the same text the same way


# --- every other duration of the spec: one mark (x-clockify-duration), one conversion ----------------------
#
# Project and task documents carry ISO-8601 texts (observed live, contract_tests/evidence); the Reports API's
# totals, groups, days and attendance figures carry seconds; a detailed row either. Each is a timedelta in
# its generated model, whichever way the answer is read, and is written back in the form the server sends.

H = datetime.timedelta(hours=1)
# As recorded live (go-clockify-probe-log, 2026-05-20; the project duration as a 2022 webhook delivered it).
PROJECT: dict[str, Any] = sample_body(
    "ProjectDtoV1",
    id="5b641568b07987035750505e",
    name="Website Redesign",
    duration="PT2H9M23S",
    estimate={"estimate": "PT0S", "type": "AUTO"},
    timeEstimate={"active": False, "estimate": "PT0S", "includeNonBillable": False, "resetOption": None},
    budgetEstimate=None,
)
TASK: dict[str, Any] = sample_body(
    "TaskDtoV1", id="t1", name="Task", projectId=PROJECT["id"], duration="PT20S", estimate="PT0S", budgetEstimate=0
)
# Seed 003's summary example, with a day and a chart (same units).
PLANNING = {"name": "Planning", "duration": 3600}
DAY = {"date": "2024-01-15", "duration": 7200}
GROUP = {"name": "Website Redesign", "duration": 7200, "amount": 108000, "days": [DAY], "children": []}
GROUP["children"] = [{"name": "John Doe", "duration": 7200, "children": [PLANNING]}]
SUMMARY = {
    "groupOne": [GROUP],
    "totals": [{"totalTime": 7200, "totalBillableTime": 7200.0, "totalAmount": 108000, "entriesCount": 2}],
    "chart": [{"totalTime": 20000, "totalBillableTime": 19000}],
}
WEEKLY = {"totalsByDay": [{"date": "2024-01-15", "duration": 14400}], "totals": [{"totalTime": 86400}]}


def _client(answer: Any) -> Clockify:
    return Clockify(
        api_key="shape-key", transport=httpx.MockTransport(_answer(json.dumps(answer).encode())), rate_limit=None
    )


def test_projects_and_tasks_give_their_durations_as_timedeltas_and_write_back_what_was_sent() -> None:
    with _client(PROJECT) as clockify:
        project: Any = clockify.projects.get(WS, PROJECT["id"])
    assert project.duration == datetime.timedelta(hours=2, minutes=9, seconds=23)
    assert project.estimate.estimate == project.time_estimate.estimate == datetime.timedelta(0)
    assert project.budget_estimate is None  # a budget is money, not a duration
    assert project.to_dict() == PROJECT
    with _client([TASK]) as clockify:
        tasks: Any = clockify.tasks.get_tasks(WS, PROJECT["id"])
    (task,) = tasks
    assert (task.duration, task.estimate, task.budget_estimate) == (
        datetime.timedelta(seconds=20),
        datetime.timedelta(0),
        0,
    )
    assert task.to_dict() == TASK
    assert mismatches(project) == mismatches(task) == ()


def test_summary_and_weekly_reports_give_seconds_as_timedeltas() -> None:
    request = {**DATES, "summaryFilter": {"groups": ["PROJECT"]}}
    with _client(SUMMARY) as clockify:
        summary: Any = clockify.reports.summary(WS, request)
    (totals,) = summary.totals
    assert (totals.total_time, totals.total_billable_time) == (2 * H, 2 * H)
    group = summary.group_one[0]
    assert (group.duration, group.days[0].duration, group.children[0].children[0].duration) == (2 * H, 2 * H, H)
    assert summary.chart[0].total_time == datetime.timedelta(seconds=20000)
    assert summary.to_dict() == SUMMARY  # whole seconds written back as the integers they were (7200.0 as 7200)
    with _client(WEEKLY) as clockify:
        weekly: Any = clockify.reports.weekly(WS, {**DATES, "weeklyFilter": {"group": "PROJECT"}})
    assert (weekly.totals_by_day[0].duration, weekly.totals[0].total_time) == (4 * H, 24 * H)


@pytest.mark.parametrize("shape", ["004", "003"])
def test_the_detailed_report_through_its_generated_model_agrees_with_its_rows(shape: Literal["004", "003"]) -> None:
    """``call("generateDetailedReport")`` gives the generated model; its durations and totals are the same
    timedeltas as the rows ``iterate_detailed`` gives, in either shape (seconds or ISO-8601 rows)."""
    body = detailed_report_payload(3, shape=shape)
    request = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}
    with Clockify(api_key="shape-key", transport=httpx.MockTransport(_answer(body)), rate_limit=None) as clockify:
        model: Any = clockify.call("generateDetailedReport", path={"workspaceId": WS}, body=request)
        rows = list(clockify.reports.iterate_detailed(WS, request, page_size=50))
    assert not isinstance(model, bytes)
    entries = model.time_entries or model.timeentries
    assert [e.time_interval.duration for e in entries] == [r.duration for r in rows]
    durations = [r.duration for r in rows if r.duration is not None]
    assert len(durations) == len(rows)
    totals = json.loads(body)["totals"][0]
    assert model.totals[0].total_time == datetime.timedelta(seconds=totals["totalTime"])
    assert model.totals[0].total_time == sum(durations, datetime.timedelta())
    assert mismatches(model) == ()


def test_the_attendance_report_through_its_generated_model_agrees_with_its_rows() -> None:
    request = {**DATES, "attendanceFilter": {"page": 1, "pageSize": 50}}
    with _client(ATTENDANCE) as clockify:
        model: Any = clockify.call("generateAttendanceReport", path={"workspaceId": WS}, body=request)
        (row,) = clockify.reports.iterate_attendance(WS, request, page_size=50)
    assert not isinstance(model, bytes)
    (entity,) = model.entities
    assert (entity.total_duration, entity.break_) == (row.total_duration, row.break_duration) == (8 * H, H / 2)


# Every duration field: a value in one of its wire forms, and how the model writes it back (its first form).
FIELDS = [
    ("getProject", ("duration",), "PT1H", "PT1H"),
    ("getProject", ("estimate", "estimate"), "PT1H", "PT1H"),
    ("getProject", ("timeEstimate", "estimate"), "PT1H", "PT1H"),
    ("getTasks", (0, "estimate"), "PT1H", "PT1H"),
    ("getTimeEntry", ("timeInterval", "duration"), "PT1H", "PT1H"),
    ("generateSummaryReport", ("totals", 0, "totalTime"), 3600, 3600),
    ("generateSummaryReport", ("groupOne", 0, "days", 0, "duration"), 3600, 3600),
    ("generateWeeklyReport", ("totalsByDay", 0, "duration"), 3600.0, 3600),
    ("generateAttendanceReport", ("entities", 0, "overtime"), 3600, 3600),
    ("generateDetailedReport", ("timeEntries", 0, "timeInterval", "duration"), 3600, 3600),
    ("generateDetailedReport", ("timeEntries", 0, "timeInterval", "duration"), "PT1H", 3600),
]
NOT_DURATIONS = st.one_of(
    st.booleans(),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=1),
    st.integers(min_value=10**15),
    st.integers(max_value=-(10**15)),
    st.floats(min_value=1e15, allow_infinity=False),
)


def _body(path: tuple[str | int, ...], value: Any) -> Any:
    """A body holding ``value`` at ``path`` (lists of one item, objects of one field)."""
    if not path:
        return value
    inner = _body(path[1:], value)
    return [inner] if isinstance(path[0], int) else {path[0]: inner}


def _read(operation_id: str, body: Any) -> Any:
    return parse_json_body(operation_id, 200, answer_body(operation_id, body))


def _at(model: Any, path: tuple[str | int, ...]) -> tuple[Any, Any]:
    """The model holding the last field of ``path``, and that field's value (``UNSET`` when absent)."""
    for step in path[:-1]:
        model = model[step] if isinstance(step, int) else getattr(model, attribute(type(model), step))
    return model, getattr(model, attribute(type(model), str(path[-1])))


@pytest.mark.parametrize(("operation_id", "path", "wire", "written"), FIELDS)
def test_each_duration_field_reads_its_wire_form_and_writes_it_back(
    operation_id: str, path: Any, wire: Any, written: Any
) -> None:
    read = _read(operation_id, _body(path, wire))
    holder, value = _at(read, path)
    assert value == H, (operation_id, path)
    assert mismatches(read) == ()
    assert holder.to_dict()[path[-1]] == written
    assert type(holder.to_dict()[path[-1]]) is type(written)


@pytest.mark.parametrize(("operation_id", "path", "wire", "written"), FIELDS)
@settings(max_examples=examples(40), deadline=None)
@given(odd=NOT_DURATIONS)
def test_a_malformed_duration_is_kept_raw_and_reported_never_raised(
    operation_id: str, path: Any, wire: Any, written: Any, odd: Any
) -> None:
    """A value in none of the field's wire forms never fails the call (no ValueError, no OverflowError): the
    raw value is kept (on the attribute of a field always sent; else the field is left unset and the value
    kept under its JSON name), and the mismatch names the field."""
    reads_iso = any(isinstance(w, str) for o, p, w, _ in FIELDS if (o, p) == (operation_id, path))
    if reads_iso and isinstance(odd, str) and _is_iso(odd):
        return  # a text that happens to be an ISO-8601 duration ("PT1S")
    read = _read(operation_id, _body(path, odd))
    holder, value = _at(read, path)
    if path[-1] in _spec.schema(type(holder).__name__).get("required", ()):
        assert value == odd
    else:
        assert value is UNSET
        assert holder[path[-1]] == odd
    assert holder.to_dict()[path[-1]] == odd  # written back as it came
    found = mismatches(read) if not isinstance(read, list) else mismatches(read[0])
    assert [m.schema_path.rsplit(".", 1)[-1] for m in found] == [path[-1]], found
    assert "a duration" in found[0].expected


def _is_iso(text: str) -> bool:
    try:
        iso_duration(text)
    except ValueError:
        return False
    return True


# --- and a duration sent is a timedelta too, written in its field's wire form ------------------------------


def _sent(call: Callable[[Clockify], Any], answer: Any) -> Any:
    """The JSON body ``call`` sends (answered with ``answer``)."""
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=answer)

    with Clockify(api_key="shape-key", transport=httpx.MockTransport(handler), rate_limit=None) as clockify:
        call(clockify)
    (body,) = bodies
    return body


def test_an_estimate_or_an_audit_duration_is_sent_as_the_server_reads_it() -> None:
    two_hours = datetime.timedelta(hours=2)
    sent = _sent(lambda c: c.tasks.create(WS, PROJECT["id"], name="t", estimate=two_hours), TASK)
    assert sent == {"name": "t", "estimate": "PT2H"}
    sent = _sent(lambda c: c.call("createTask", path={"workspaceId": WS, "projectId": "p"}, body=sent), TASK)
    assert sent["estimate"] == "PT2H"  # a body already in wire form goes as it is
    estimate = EstimateRequest(estimate=datetime.timedelta(minutes=90), type_=EstimateRequestType.MANUAL)
    sent = _sent(lambda c: c.projects.create(WS, name="Website", estimate=estimate), PROJECT)
    assert sent["estimate"] == {"estimate": "PT1H30M", "type": "MANUAL"}
    audit = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50, "auditFilter": {"duration": two_hours / 24}}}
    sent = _sent(lambda c: c.reports.detailed(WS, audit), {"timeEntries": [], "totals": []})
    assert sent["detailedFilter"]["auditFilter"] == {"duration": 300}  # seconds (004)


def test_a_timedelta_where_the_spec_has_no_duration_is_refused_before_sending() -> None:
    refused = r"a timedelta is sent only in a field the spec gives as a duration \(at \$\.description\)"
    with pytest.raises(errors.RequestValidationError, match=refused):
        _sent(lambda c: c.time_entries.create(WS, start=START, description=datetime.timedelta(1)), {})  # type: ignore[arg-type]
