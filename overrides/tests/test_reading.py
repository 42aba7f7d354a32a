"""Tolerant reading: unknown enum values and fields are kept, both detailed-report shapes read the
same, and nothing but a ClockifyError ever escapes whatever the server sends."""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from clockify_api.models import (
    AmountDtoType,
    MembershipDtoV1MembershipStatus,
    TimeEntryDetailedReportDto,
    TimeEntryWithRatesDtoV1,
    TimeEntryWithRatesDtoV1Type,
    WorkspaceDtoV1,
    WorkspaceSettingsDtoV1,
    WorkspaceSettingsDtoV1DurationFormat,
    WorkspaceSettingsDtoV1WorkingDaysItem,
)
from clockify_client import _spec, errors
from clockify_client._reading import (
    AttendanceRow,
    DetailedEntry,
    ExpenseRow,
    Tag,
    parse_attendance_report,
    parse_datetime,
    parse_detailed_report,
    parse_duration,
    parse_expense_report,
    parse_json_body,
    report_page,
)
from clockify_client.testing import answer_body, sample_body
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.payloads import as_003_row, detailed_report_payload, detailed_rows

H = datetime.timedelta(hours=1)
UTC = datetime.UTC


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


def time_entry(**extra: Any) -> dict[str, Any]:
    entry = {
        "id": "64f2a1b2c3d4e5f6a7b8c9d0",
        "billable": True,
        "description": "Planning",
        "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T11:00:00Z", "duration": "PT2H"},
        "type": "REGULAR",
        "userId": "user_123",
        "workspaceId": "ws_1",
    }
    return sample_body("TimeEntryWithRatesDtoV1", **{**entry, **extra})


# --- unknown enum values (project template scripts/templates/str_enum.py.jinja) ------------------


def test_an_unknown_enum_value_is_kept_as_a_pseudo_member() -> None:
    new = TimeEntryWithRatesDtoV1Type("SOMETHING_NEW")
    assert new.value == "SOMETHING_NEW"
    assert isinstance(new, TimeEntryWithRatesDtoV1Type)
    assert isinstance(new, str)
    assert new == "SOMETHING_NEW"
    assert str(new) == "SOMETHING_NEW"
    assert new is not TimeEntryWithRatesDtoV1Type.REGULAR
    # The declared members are untouched: lookup, identity and iteration.
    assert TimeEntryWithRatesDtoV1Type("REGULAR") is TimeEntryWithRatesDtoV1Type.REGULAR
    assert "SOMETHING_NEW" not in [m.value for m in TimeEntryWithRatesDtoV1Type]


def test_a_non_string_is_still_refused_by_a_string_enum() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        TimeEntryWithRatesDtoV1Type(5)  # type: ignore[arg-type]


def test_unknown_enum_value_in_a_list_response_does_not_fail() -> None:
    body = dumps([time_entry(), time_entry(id="second", type="SOMETHING_NEW")])
    entries = parse_json_body("getTimeEntries", 200, body)
    assert [type(e) for e in entries] == [TimeEntryWithRatesDtoV1, TimeEntryWithRatesDtoV1]
    assert entries[0].type_ is TimeEntryWithRatesDtoV1Type.REGULAR
    assert entries[1].type_ == "SOMETHING_NEW"
    assert isinstance(entries[1].type_, TimeEntryWithRatesDtoV1Type)
    assert entries[1].to_dict()["type"] == "SOMETHING_NEW"  # round-trips the raw value


def test_unknown_enum_values_deep_in_a_workspace_are_kept() -> None:
    member = sample_body("MembershipDtoV1", userId="u1", membershipStatus="SUSPENDED_BY_BILLING")
    workspace = sample_body(
        "WorkspaceDtoV1",
        id="ws_1",
        name="Acme",
        memberships=[member],
        workspaceSettings={"durationFormat": "HOURS_ONLY", "workingDays": ["MONDAY", "FUNDAY"]},
    )
    parsed = parse_json_body("getWorkspaceOfUser", 200, dumps(workspace))
    assert isinstance(parsed, WorkspaceDtoV1)
    assert isinstance(parsed.memberships, list)
    assert parsed.memberships[0].membership_status == MembershipDtoV1MembershipStatus("SUSPENDED_BY_BILLING")
    ws_settings = parsed.workspace_settings
    assert isinstance(ws_settings, WorkspaceSettingsDtoV1)
    assert ws_settings.duration_format == WorkspaceSettingsDtoV1DurationFormat("HOURS_ONLY")
    assert ws_settings.working_days == [WorkspaceSettingsDtoV1WorkingDaysItem.MONDAY, "FUNDAY"]
    assert parsed.to_dict() == workspace


def test_unknown_enum_value_in_report_totals_is_kept() -> None:
    page = json.loads(detailed_report_payload(2))
    page["totals"][0]["amounts"][0]["type"] = "COMMISSION"
    parsed = parse_json_body("generateDetailedReport", 200, dumps(page))
    assert isinstance(parsed, TimeEntryDetailedReportDto)
    assert isinstance(parsed.totals, list)
    assert isinstance(parsed.totals[0].amounts, list)
    amount_type = parsed.totals[0].amounts[0].type_
    assert isinstance(amount_type, AmountDtoType)
    assert amount_type.value == "COMMISSION"
    # The fast view keeps it as the raw string.
    totals = parse_detailed_report(dumps(page)).totals
    assert totals is not None
    assert totals.amounts[0].type == "COMMISSION"


def test_unknown_fields_are_kept_in_additional_properties() -> None:
    body = dumps([time_entry(newField={"nested": [1, 2]}, timeInterval={"start": "2024-01-15T09:00:00Z", "zone": "X"})])
    (entry,) = parse_json_body("getTimeEntries", 200, body)
    assert entry.additional_properties["newField"] == {"nested": [1, 2]}
    assert entry.id == "64f2a1b2c3d4e5f6a7b8c9d0"
    assert entry.time_interval.additional_properties == {"zone": "X"}
    assert entry.to_dict()["newField"] == {"nested": [1, 2]}


# --- parse_json_body -------------------------------------------------------------------------------


def _json_operations() -> list[str]:
    """Operations whose JSON success body is a model (or a list of models): Clockify's full spec also has
    success bodies that are plain strings."""

    def model_body(op: _spec.Operation) -> bool:
        content = _spec.spec()["paths"][op.path][op.method.lower()]["responses"][str(op.success_status)]["content"]
        schema = next(iter(content.values())).get("schema", {})
        return "$ref" in schema or "$ref" in schema.get("items", {})

    return sorted(
        op_id
        for op_id, op in _spec.operations().items()
        if {"application/json", "*/*"} & set(op.success_types) and model_body(op)
    )


@pytest.mark.parametrize("operation_id", _json_operations())
def test_every_json_operation_decodes_a_whole_body_and_writes_it_back(operation_id: str) -> None:
    op = _spec.operation(operation_id)
    body = answer_body(operation_id)
    parsed = parse_json_body(operation_id, op.success_status, body)
    is_list = isinstance(parsed, list)
    model = (parsed[0] if is_list else parsed).__class__
    assert model.__module__.startswith("clockify_api.models.")
    assert ([m.to_dict() for m in parsed] if is_list else parsed.to_dict()) == json.loads(body)


def _required_fields() -> list[tuple[str, str]]:
    """(operation, required field of its answer's document) for every field the spec says is always sent."""
    found = []
    for operation_id in _json_operations():
        document = json.loads(answer_body(operation_id))
        first = document[0] if isinstance(document, list) else document
        found += [(operation_id, key) for key in first]  # a whole body holds exactly the required fields
    return found


@pytest.mark.parametrize(("operation_id", "field"), _required_fields())
def test_an_answer_without_a_required_field_is_an_error_naming_it(operation_id: str, field: str) -> None:
    op = _spec.operation(operation_id)
    document = json.loads(answer_body(operation_id))
    is_list = isinstance(document, list)
    item = document[0] if is_list else document
    del item[field]
    where = f"$[0].{field}" if is_list else f"$.{field}"
    with pytest.raises(
        errors.UnexpectedResponseError, match=rf"{re.escape(where)}: required field \w+\.{field} is missing"
    ):
        parse_json_body(operation_id, op.success_status, dumps(document))


def test_operations_without_a_json_body_read_as_none() -> None:
    assert parse_json_body("deleteTimeEntry", 204, b"") is None
    assert parse_json_body("updateInvoicedStatus", 200, b"") is None


def test_an_unknown_operation_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError):
        parse_json_body("noSuchOperation", 200, b"{}")


@pytest.mark.parametrize(
    ("operation_id", "body", "message"),
    [
        ("getTimeEntries", dumps([time_entry()])[:-40], "not JSON"),
        ("getTimeEntries", b"<html><body><h1>502 Bad Gateway</h1></body></html>", "not JSON"),
        ("getTimeEntries", b"", "empty body"),
        ("getTimeEntries", b"\xff\xfe\x00garbage", "not JSON"),
        ("getTimeEntries", dumps(time_entry()), "$: expected an array of TimeEntryWithRatesDtoV1, got an object"),
        ("getTimeEntries", dumps(None), "$: expected an array of TimeEntryWithRatesDtoV1, got null"),
        ("getWorkspaceOfUser", dumps([{"id": "ws"}]), "$: expected an object (WorkspaceDtoV1), got an array"),
        ("generateDetailedReport", dumps("a string"), "$: expected an object (TimeEntryDetailedReportDto), got a"),
    ],
)
def test_unreadable_bodies_raise_unexpected_response_error(operation_id: str, body: bytes, message: str) -> None:
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        parse_json_body(operation_id, 200, body)
    assert message in str(caught.value)
    assert caught.value.operation_id == operation_id
    assert caught.value.status_code == 200


def test_the_message_carries_an_excerpt_never_the_whole_body() -> None:
    body = b"<html>" + b"x" * 10_000 + b"</html>"
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        parse_json_body("getProjects", 200, body)
    assert "<html>xxx" in str(caught.value)
    assert len(str(caught.value)) < 400


# --- detailed report views --------------------------------------------------------------------------


def test_both_detailed_report_shapes_give_equal_typed_rows() -> None:
    new = parse_detailed_report(detailed_report_payload(50))
    old = parse_detailed_report(detailed_report_payload(50, shape="003"))
    assert len(new) == len(old) == 50
    assert "timeEntries" in new.raw
    assert "timeentries" in old.raw
    for a, b in zip(new.rows, old.rows, strict=True):
        typed = a.as_dict()
        assert typed == {**b.as_dict(), "locked": None}  # only 003 carries isLocked
        assert typed["id"] is not None
        assert typed["user_name"] is not None
        assert typed["client_name"] is not None


def test_detailed_entry_reads_the_004_example() -> None:
    row = {
        "id": "64f2a1b2c3d4e5f6a7b8c9d0",
        "userId": "user_123",
        "userName": "John Smith",
        "projectId": "proj_456",
        "projectName": "Website Redesign",
        "clientName": "ABC Corporation",
        "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T17:00:00.000Z", "duration": 28800},
        "description": "Developed user interface components",
        "billable": True,
        "tags": [{"id": "tag_001", "name": "Development"}],
        "amount": 125000,
    }
    page = parse_detailed_report(
        dumps(
            {"timeEntries": [row], "totals": [{"totalTime": 144000, "totalBillableTime": 115200, "entriesCount": 25}]}
        )
    )
    (entry,) = page.rows
    assert (entry.id, entry.user_id, entry.user_name) == ("64f2a1b2c3d4e5f6a7b8c9d0", "user_123", "John Smith")
    assert (entry.project_id, entry.project_name, entry.client_name) == (
        "proj_456",
        "Website Redesign",
        "ABC Corporation",
    )
    assert entry.description == "Developed user interface components"
    assert entry.billable is True
    assert entry.tags == [Tag("tag_001", "Development")]
    assert entry.tag_names == ["Development"]
    assert entry.tag_ids == ["tag_001"]
    assert entry.start == datetime.datetime(2024, 1, 15, 9, tzinfo=UTC)
    assert entry.end == datetime.datetime(2024, 1, 15, 17, tzinfo=UTC)
    assert entry.duration == 8 * H
    assert entry.amount == 125000
    assert entry.amount_major == Decimal("1250.00")
    assert entry.raw is row or entry.raw == row
    assert entry.task_id is None
    totals = page.totals
    assert totals is not None
    assert totals.total_time == 40 * H
    assert totals.total_billable_time == 32 * H
    assert totals.entries_count == 25


def test_detailed_entry_ids_in_every_spelling() -> None:
    assert [DetailedEntry({key: "x1"}).id for key in ("id", "_id", "get_id")] == ["x1", "x1", "x1"]
    assert DetailedEntry({}).id is None


def test_a_running_entry_has_no_end_or_duration() -> None:
    entry = DetailedEntry({"timeInterval": {"start": "2024-01-15T09:00:00Z", "end": None, "duration": None}})
    assert entry.start == datetime.datetime(2024, 1, 15, 9, tzinfo=UTC)
    assert (entry.end, entry.duration) == (None, None)


def test_a_malformed_field_fails_when_read_and_names_the_field() -> None:
    page = parse_detailed_report(
        dumps(
            {
                "timeEntries": [
                    {"id": "bad1", "timeInterval": {"duration": "two hours"}, "billable": "yes"},
                    {"id": "ok"},
                ]
            }
        )
    )
    bad, good = page.rows
    with pytest.raises(errors.UnexpectedResponseError, match=r"time entry 'bad1': field 'timeInterval.duration'"):
        _ = bad.duration
    with pytest.raises(errors.UnexpectedResponseError, match="'billable' = 'yes': expected a boolean"):
        _ = bad.billable
    assert bad.id == "bad1"  # the rest of the row still reads
    assert good.as_dict()["id"] == "ok"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (detailed_report_payload(3)[:-25], "not JSON"),
        (b"<!DOCTYPE html><html><title>Maintenance</title></html>", "not JSON"),
        (b"", "empty body"),
        (dumps([]), "expected an object, got an array"),
        (dumps({"timeEntries": {}}), "'timeEntries' is an object, not an array"),
        (dumps({"timeentries": [1]}), "'timeentries'[0] is a number, not an object"),
        (dumps({"code": 501, "message": "Please provide detailed filter."}), "no rows"),
    ],
)
def test_unreadable_report_pages_raise_unexpected_response_error(body: bytes, message: str) -> None:
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        parse_detailed_report(body)
    assert message in str(caught.value)


def test_a_null_rows_list_is_an_empty_page() -> None:
    page = parse_detailed_report(dumps({"timeEntries": None, "totals": []}))
    assert page.rows == []
    assert page.totals is None


# --- durations and date-times --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (28800, 8 * H),
        (28800.5, datetime.timedelta(seconds=28800.5)),
        ("28800", 8 * H),
        ("PT2H", 2 * H),
        ("PT1H30M", 1.5 * H),
        ("PT45S", datetime.timedelta(seconds=45)),
        ("P1DT2H", 26 * H),
        ("P2W", datetime.timedelta(weeks=2)),
        ("PT0.5S", datetime.timedelta(milliseconds=500)),
        ("PT1,5H", 1.5 * H),
        ("PT8H6M12.345S", datetime.timedelta(hours=8, minutes=6, seconds=12.345)),
        ("PT-1H", -H),  # Java's Duration.toString of a negative duration
        ("-PT1H", -H),
        ("P0Y0M1D", 24 * H),
        ("pt2h", 2 * H),
        ("PT0S", datetime.timedelta(0)),
        (0, datetime.timedelta(0)),
        (None, None),
    ],
)
def test_parse_duration(value: int | float | str | None, expected: datetime.timedelta | None) -> None:
    assert parse_duration(value) == expected


@pytest.mark.parametrize(
    "value", ["", "P", "PT", "P1DT", "2 hours", "PT2X", "P1Y", "P2M", "PT1H2H", "1e999", "P" + "9" * 30 + "D"]
)
def test_parse_duration_refuses_malformed_strings_with_value_error(value: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011  # the messages differ by case
        parse_duration(value)


@pytest.mark.parametrize("value", [True, [], {}])
def test_parse_duration_refuses_other_types_with_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="a duration is seconds or an ISO-8601 string"):
        parse_duration(value)


def test_parse_duration_out_of_range_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_duration(10**20)
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration(float("nan"))


@pytest.mark.parametrize(
    "value",
    ["2024-01-15T09:00:00Z", "2024-01-15T09:00:00.000Z", "2024-01-15T10:00:00+01:00", "2024-01-15T09:00:00"],
)
def test_parse_datetime_gives_the_same_aware_instant(value: str) -> None:
    parsed = parse_datetime(value)
    assert parsed is not None
    assert parsed.tzinfo is not None
    assert parsed == datetime.datetime(2024, 1, 15, 9, tzinfo=UTC)


# --- attendance and expense views, report_page -----------------------------------------------------


def test_attendance_rows() -> None:
    body = dumps(
        {
            "entities": [
                {
                    "userId": "u1",
                    "userName": "Ana",
                    "date": "2024-01-15",
                    "startTime": "09:00",
                    "totalDuration": 28800,
                    "break": 1800,
                    "capacity": 28800,
                    "overtime": 0,
                    "timeOff": 0,
                    "hasRunningEntry": False,
                    "somethingNew": 1,
                }
            ]
        }
    )
    (row,) = parse_attendance_report(body).rows
    assert isinstance(row, AttendanceRow)
    assert row.as_dict() == {
        "user_id": "u1",
        "user_name": "Ana",
        "date": datetime.date(2024, 1, 15),
        "start_time": "09:00",
        "end_time": None,
        "total_duration": 8 * H,
        "break_duration": 0.5 * H,
        "capacity": 8 * H,
        "overtime": datetime.timedelta(0),
        "time_off": datetime.timedelta(0),
        "has_running_entry": False,
    }


def test_expense_rows_and_totals() -> None:
    body = dumps(
        {
            "expenses": [
                {"id": "e1", "amount": 12.34, "quantity": 2, "billable": True, "date": "2024-01-15T00:00:00Z"}
            ],
            "totals": {"expensesCount": 1, "totalAmount": 12.34, "totalAmountBillable": 12.34},
        }
    )
    page = parse_expense_report(body)
    (row,) = page.rows
    assert isinstance(row, ExpenseRow)
    assert (row.id, row.amount, row.quantity, row.billable) == ("e1", Decimal("12.34"), Decimal(2), True)
    assert row.date == datetime.date(2024, 1, 15)
    assert page.totals is not None
    assert (page.totals.expenses_count, page.totals.total_amount) == (1, Decimal("12.34"))


def test_report_page_dispatches_by_operation() -> None:
    rows = report_page("generateDetailedReport", detailed_report_payload(3, shape="003")).rows
    assert [type(r) for r in rows] == [DetailedEntry] * 3
    assert report_page("generateAttendanceReport", b'{"entities": []}').rows == []
    assert report_page("generateDetailedReportV1", b'{"expenses": [{"id": "e"}]}').rows[0].raw == {"id": "e"}
    with pytest.raises(errors.ConfigurationError):
        report_page("getProjects", b"[]")


def test_payload_builder_is_deterministic_and_realistic() -> None:
    assert detailed_report_payload(20) == detailed_report_payload(20)
    rows = detailed_rows(20)
    assert {"id", "userId", "userName", "userEmail", "projectId", "clientName", "timeInterval", "tags"} <= set(rows[0])
    assert as_003_row(rows[0])["timeInterval"]["duration"].startswith("PT")
    assert json.loads(detailed_report_payload(20))["totals"][0]["entriesCount"] == 20


# --- nothing but ClockifyError escapes ---------------------------------------------------------------

# Keys the models and views look for, so generated documents reach past the top level.
_KEYS = st.sampled_from(
    [
        "id", "_id", "type", "timeEntries", "timeentries", "totals", "timeInterval", "start", "end", "duration",
        "billable", "tags", "name", "amounts", "amount", "totalTime", "entriesCount", "memberships",
        "membershipStatus", "workspaceSettings", "workingDays", "durationFormat", "user", "project", "hourlyRate",
        "entities", "date", "expenses", "userId", "customFieldValues",
    ]
) | st.text(max_size=6)  # fmt: skip
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
_STRINGS = st.sampled_from(["PT2H", "P1Y", "2024-01-15T09:00:00Z", "REGULAR", "NEW_VALUE", "", "x"])
JSON = st.recursive(
    _SCALARS | _STRINGS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=6),
    max_leaves=25,
)
_OPERATIONS = ["getTimeEntries", "getWorkspaceOfUser", "getLoggedUser", "generateDetailedReport", "getProjects"]


def _page(value: Any) -> Any:
    """Often wrap the value as a report page, so the row views are reached too."""
    return {"timeEntries": value if isinstance(value, list) else [value], "totals": [value]}


@settings(max_examples=300, deadline=None)
@given(value=JSON, operation_id=st.sampled_from(_OPERATIONS), wrap=st.booleans())
def test_parse_json_body_lets_only_clockify_errors_escape(value: Any, operation_id: str, wrap: bool) -> None:
    body = dumps(_page(value) if wrap else value)
    try:
        parsed = parse_json_body(operation_id, 200, body)
    except errors.ClockifyError:
        return
    op = _spec.operation(operation_id)
    assert parsed is not None
    if op.operation_id in ("getTimeEntries", "getProjects"):
        assert isinstance(parsed, list)
        assert all(type(p).__module__.startswith("clockify_api.models.") for p in parsed)
    else:
        assert type(parsed).__module__.startswith("clockify_api.models.")


@settings(max_examples=300, deadline=None)
@given(value=JSON, wrap=st.booleans())
def test_parse_detailed_report_lets_only_clockify_errors_escape(value: Any, wrap: bool) -> None:
    try:
        page = parse_detailed_report(dumps(_page(value) if wrap else value))
    except errors.ClockifyError:
        return
    assert isinstance(page.raw, dict)
    for row in page.rows:
        assert isinstance(row, DetailedEntry)
        try:
            typed = row.as_dict()
        except errors.UnexpectedResponseError:
            continue
        assert typed["duration"] is None or isinstance(typed["duration"], datetime.timedelta)
        assert typed["start"] is None or typed["start"].tzinfo is not None
    try:
        totals = page.totals
        if totals is not None:
            _ = (totals.total_time, totals.total_billable_time, totals.entries_count, totals.total_amount)
            _ = [(a.type, a.amount, a.amount_major, a.currency) for a in totals.amounts]
    except errors.UnexpectedResponseError:
        pass


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=64), operation_id=st.sampled_from(_OPERATIONS))
def test_arbitrary_bytes_raise_only_clockify_errors(body: bytes, operation_id: str) -> None:
    try:
        parsed = parse_json_body(operation_id, 200, body)
    except errors.ClockifyError:
        parsed = None
    assert parsed is None or isinstance(parsed, list) or type(parsed).__module__.startswith("clockify_api.models.")
    try:
        page = parse_detailed_report(body)
    except errors.ClockifyError:
        return
    assert all(isinstance(row, DetailedEntry) for row in page.rows)


# --- the converters' inline common cases agree with the functions they stand for -------------------------

_DATETIME_TEXT = st.one_of(
    st.datetimes(timezones=st.none() | st.timezones()).map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat().replace("+00:00", "") + "Z"),
    st.text(max_size=30),
)


def _outcome(read: Any) -> Any:
    """What a read gives: its value, or the kind of error it raised."""
    try:
        return ("value", read())
    except (ValueError, TypeError, ArithmeticError):
        return ("refused",)
    except errors.UnexpectedResponseError:
        return ("refused",)


@settings(max_examples=300, deadline=None)
@given(start=_DATETIME_TEXT | st.integers() | st.none(), duration=st.integers() | st.floats() | st.text(max_size=12))
def test_a_row_converts_dates_and_durations_exactly_as_the_functions_do(start: Any, duration: Any) -> None:
    # The compiled converter writes the common case (a string date-time, whole seconds) out inline; any
    # difference from parse_datetime / parse_duration (a naive time left naive, an overflow escaping as
    # OverflowError) shows here.
    row = DetailedEntry({"id": "e1", "timeInterval": {"start": start, "duration": duration}})
    got_start = _outcome(lambda: row.start)
    got_duration = _outcome(lambda: row.duration)
    assert got_start == _outcome(lambda: parse_datetime(start))
    assert got_duration == _outcome(lambda: parse_duration(duration))
    if got_start[0] == "value" and got_start[1] is not None:
        assert got_start[1].tzinfo is not None
