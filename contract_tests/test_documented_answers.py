"""Answers the seeds document that the published spec could not read, read through the corrected spec.

Each test was a strict xfail until its correction landed (running-timer-interval, custom-field-value-any,
enums-published-as-objects, report-date-format's ranges); the teeth test proves each correction is needed,
these prove the whole client path (conformance, generated models, client validation) on the documented
values.
"""

from __future__ import annotations

import copy
import json
from typing import Any, cast

import httpx
import pytest
from clockify_client import Clockify, errors

from contract_tests import build_cassettes, checks
from contract_tests.catalog import WORKSPACE_ID
from contract_tests.conftest import FAKE_KEY

pytestmark = pytest.mark.contract


def interaction_with(op: str, change: dict[str, Any], *, item: bool = False) -> dict[str, Any]:
    """The written success of ``op`` with ``change`` merged into its body (into its first item for lists)."""
    interaction = copy.deepcopy(next(build_cassettes.operation_interactions(op)))
    body = json.loads(interaction["response"]["body"]["string"])
    (body[0] if item else body).update(change)
    interaction["response"]["body"]["string"] = json.dumps(body)
    return interaction


def parsed(op: str, interaction: dict[str, Any], path: dict[str, str]) -> Any:
    answer = interaction["response"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            answer["status"]["code"],
            content=answer["body"]["string"].encode(),
            headers={"Content-Type": "application/json"},
        )

    with Clockify(api_key=FAKE_KEY, transport=httpx.MockTransport(handler), max_retries=0, rate_limit=None) as c:
        return c.call(cast(Any, op), path=path)


def test_a_running_timer_with_end_null_is_read() -> None:
    """Seed 001, Data Models (TimeInterval: `end?` "null for running timer") and Notes ("Running timers have
    no end time (null)"). Before the correction the client raised UnexpectedResponseError for the list."""
    running = {"timeInterval": {"start": "2024-01-15T14:15:22Z", "end": None, "duration": None}}
    interaction = interaction_with("getInProgressTimeEntries", running, item=True)
    assert checks.conformance_problems(interaction) == []
    entries = parsed("getInProgressTimeEntries", interaction, {"workspaceId": WORKSPACE_ID})
    assert entries[0].time_interval.end is None


def test_a_text_custom_field_value_is_read() -> None:
    """Seed 001, "1. Add Time Entry" (Response: customFieldValues[].value "CF-001", the item as it shows it)."""
    item = {
        "customFieldId": "44a687e29ae1f428e7ebe305",
        "sourceType": "WORKSPACE",
        "timeEntryId": "64c777ddd3fcab07cfbb210c",
    }
    values = {"customFieldValues": [{**item, "value": "CF-001"}]}
    interaction = interaction_with("getTimeEntry", values)
    assert checks.conformance_problems(interaction) == []
    parsed("getTimeEntry", interaction, {"workspaceId": WORKSPACE_ID, "id": "65a4f0c1b2d3e4f5a6b7c8d9"})


def test_a_users_status_conforms() -> None:
    """The reference's own enumeration (ACTIVE, PENDING_EMAIL_VERIFICATION, ...) as the value it describes."""
    assert checks.conformance_problems(interaction_with("getLoggedUser", {"status": "ACTIVE"})) == []


def test_a_tasks_status_conforms() -> None:
    assert checks.conformance_problems(interaction_with("getTasks", {"status": "ACTIVE"}, item=True)) == []


def test_a_report_date_that_does_not_exist_is_refused_before_sending() -> None:
    """Seed 004: dates must be ISO 8601 (YYYY-MM-DDTHH:MM:SS.sssZ); 2024-13-45 is not a date, so the server's
    "Invalid date!" applies, and the client predicts it instead of sending the request."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"timeEntries": [], "totals": []})

    body = {**build_cassettes.REPORT_BODIES["generateDetailedReport"], "dateRangeStart": "2024-13-45T00:00:00.000Z"}
    with (
        Clockify(api_key=FAKE_KEY, transport=httpx.MockTransport(handler), rate_limit=None) as c,
        pytest.raises(errors.RequestValidationError),
    ):
        c.call("generateDetailedReport", path={"workspaceId": WORKSPACE_ID}, body=body)
