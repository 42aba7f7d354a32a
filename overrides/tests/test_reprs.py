"""Reprs show what a value holds: a generated model its fields that are set, a report row its typed fields
(durations as timedeltas), a report page its size and totals."""

from __future__ import annotations

import datetime as dt
import json

from clockify_api.models import ProjectDtoV1, TimeIntervalDtoV1
from clockify_client import UNSET, AttendancePage, DetailedEntry, ExpensePage, Unset
from clockify_client._reading import parse_attendance_report, parse_detailed_report, parse_expense_report
from clockify_client.testing import sample_body


def test_a_model_repr_shows_the_fields_that_are_set_and_leaves_out_unset_ones() -> None:
    project = ProjectDtoV1.from_dict(
        sample_body("ProjectDtoV1", id="p1", name="Web", hourlyRate={"amount": 5, "currency": "USD"})
    )
    shown = repr(project)
    assert shown.startswith("ProjectDtoV1(color='sample color', cost_rate=RateDtoV1(amount=0, ")
    assert ", hourly_rate=RateDtoV1(amount=5, currency='USD'), id='p1', " in shown
    assert "UNSET" not in shown
    assert "budget_estimate" not in shown  # sometimes sent, not this time
    assert isinstance(project.budget_estimate, Unset)
    assert project.budget_estimate is UNSET


def test_fields_the_spec_does_not_know_are_shown_after_the_known_ones() -> None:
    interval = TimeIntervalDtoV1.from_dict(
        {"start": "2024-01-15T09:00:00Z", "end": None, "duration": None, "zone": "CET"}
    )
    shown = repr(interval)
    assert shown.startswith("TimeIntervalDtoV1(duration=None, end=None, start=datetime.datetime(2024, 1, 15, 9, 0")
    assert shown.endswith(", additional_properties={'zone': 'CET'})")


ROW = {
    "_id": "e1",
    "description": "Planning",
    "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T11:00:00Z", "duration": 7200},
}


def test_a_report_row_repr_shows_typed_fields_not_raw_seconds() -> None:
    page = parse_detailed_report(json.dumps({"timeentries": [ROW], "totals": [{"totalTime": 7200}]}).encode())
    shown = repr(page.rows[0])
    assert shown.startswith("DetailedEntry(id='e1', description='Planning'")
    assert f"duration={dt.timedelta(hours=2)!r}" in shown
    assert "duration=7200" not in shown
    assert repr(page) == f"DetailedReportPage(rows=1, totals=DetailedTotals(total_time={dt.timedelta(hours=2)!r}))"


def test_a_row_repr_never_raises_on_a_field_it_cannot_read() -> None:
    row = DetailedEntry({"id": "e1", "timeInterval": {"start": "not a date"}})
    assert repr(row) == "DetailedEntry(id='e1', start=<unreadable>)"


def test_expense_and_attendance_pages_have_readable_reprs_and_docstrings() -> None:
    expenses = parse_expense_report(
        json.dumps({"expenses": [{"id": "x1", "amount": 12.5}], "totals": {"expensesCount": 1}}).encode()
    )
    assert repr(expenses) == "ExpensePage(rows=1, totals=ExpenseTotals(expenses_count=1))"
    attendance = parse_attendance_report(json.dumps({"entities": [{"userId": "u1"}, {"userId": "u2"}]}).encode())
    assert repr(attendance) == "AttendancePage(rows=2)"
    for documented in (AttendancePage, ExpensePage, ExpensePage.totals, ExpensePage.total_rows):
        assert documented.__doc__
    assert DetailedEntry.tag_ids.__doc__
    assert DetailedEntry.tag_names.__doc__
