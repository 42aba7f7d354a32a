"""Where the seeds document an answer the corrected spec (and so the client) does not accept yet.

Each test states the documented behaviour and is a strict xfail: it fails today, and the day the spec is
corrected it passes, which fails the suite until the marker is removed. The cassettes leave these fields out
so that the rest of the suite can run; the report of issue 5 asks for the corrections.
"""

from __future__ import annotations

import copy
import json
from typing import Any

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
        return c.call(op, path=path)


@pytest.mark.xfail(strict=True, reason="spec: TimeIntervalDtoV1.end (and duration) need nullable: true")
def test_a_running_timer_with_end_null_is_read() -> None:
    """Seed 001, Data Models (TimeInterval: `end?` "null for running timer") and Notes ("Running timers have
    no end time (null)"). Today the client raises UnexpectedResponseError for the in-progress list."""
    running = {"timeInterval": {"start": "2024-01-15T14:15:22Z", "end": None, "duration": None}}
    interaction = interaction_with("getInProgressTimeEntries", running, item=True)
    assert checks.conformance_problems(interaction) == []
    entries = parsed("getInProgressTimeEntries", interaction, {"workspaceId": WORKSPACE_ID})
    assert entries[0].time_interval.end is None


@pytest.mark.xfail(strict=True, reason="spec: CustomFieldValueDtoV1.value is typed object; the server sends text")
def test_a_text_custom_field_value_is_read() -> None:
    """Seed 001, "1. Add Time Entry" (Response: customFieldValues[].value "CF-001")."""
    values = {"customFieldValues": [{"customFieldId": "44a687e29ae1f428e7ebe305", "value": "CF-001"}]}
    interaction = interaction_with("getTimeEntry", values)
    assert checks.conformance_problems(interaction) == []
    parsed("getTimeEntry", interaction, {"workspaceId": WORKSPACE_ID, "id": "65a4f0c1b2d3e4f5a6b7c8d9"})


@pytest.mark.xfail(strict=True, reason="spec: AccountStatus is an object that must also be a string (unsatisfiable)")
def test_a_users_status_conforms() -> None:
    """The reference's own enumeration (ACTIVE, PENDING_EMAIL_VERIFICATION, ...) as the value it describes."""
    assert checks.conformance_problems(interaction_with("getLoggedUser", {"status": "ACTIVE"})) == []


@pytest.mark.xfail(strict=True, reason="spec: TaskStatus is an object that must also be a string (unsatisfiable)")
def test_a_tasks_status_conforms() -> None:
    assert checks.conformance_problems(interaction_with("getTasks", {"status": "ACTIVE"}, item=True)) == []


@pytest.mark.xfail(strict=True, reason="spec: the report date pattern accepts days that do not exist")
def test_a_report_date_that_does_not_exist_is_refused_before_sending() -> None:
    """Seed 004: dates must be ISO 8601 (YYYY-MM-DDTHH:MM:SS.sssZ); 2024-13-45 is not a date, so the server's
    "Invalid date!" applies. The spec's pattern checks the shape only, and the client sends it."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"timeEntries": [], "totals": []})

    body = {**build_cassettes.REPORT_BODIES["generateDetailedReport"], "dateRangeStart": "2024-13-45T00:00:00.000Z"}
    with (
        Clockify(api_key=FAKE_KEY, transport=httpx.MockTransport(handler), rate_limit=None) as c,
        pytest.raises(errors.RequestValidationError),
    ):
        c.call("generateDetailedReport", path={"workspaceId": WORKSPACE_ID}, body=body)
