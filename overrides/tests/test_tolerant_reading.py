"""Tolerant reading driven by the corrected spec (``_tolerance``): what the server really sends (nulls,
other JSON types, unlisted enum values) never fails a call; each field that disagrees with the spec is kept
raw, listed by ``clockify_client.mismatches`` and warned about once per schema path."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest
from clockify_api.models import MembershipDtoV1, ProjectDtoV1, RateDtoV1, UserDtoV1, UserSettingsDtoV1
from clockify_api.types import UNSET
from clockify_client import AsyncClockify, Clockify, Mismatch, ModelList, _tolerance, errors, mismatches
from clockify_client._reading import parse_json_body
from clockify_client.testing import sample_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_response_fuzzing import JSON_VALUES  # any JSON, keyed mostly with the spec's names

WS = "5b641568b07987035750505e"
PROJECT = "64c777ddd3fcab07cfbb210c"


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    """Warnings are once per schema path per process; each test starts from none."""
    _tolerance._warned.clear()
    yield
    _tolerance._warned.clear()


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


def member(**fields: Any) -> dict[str, Any]:
    return sample_body(
        "MembershipDtoV1", **{"userId": "u1", "targetId": PROJECT, "membershipType": "PROJECT", **fields}
    )


def project(**fields: Any) -> dict[str, Any]:
    wanted = {
        "id": PROJECT,
        "name": "Website",
        "workspaceId": WS,
        "billable": True,
        "color": "#0B83D9",
        "hourlyRate": {"amount": 15000, "currency": "USD"},
        "memberships": [member()],
    }
    return sample_body("ProjectDtoV1", **{**wanted, **fields})


def user(**fields: Any) -> dict[str, Any]:
    return sample_body("UserDtoV1", **fields)


def entry(**fields: Any) -> dict[str, Any]:
    return sample_body("TimeEntryWithRatesDtoV1", **fields)


def serve(body: Any, status: int = 200) -> Clockify:
    content = body if isinstance(body, bytes) else dumps(body)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return Clockify(api_key="tolerance-test-key", transport=httpx.MockTransport(handler), rate_limit=None)


def paths(found: tuple[Mismatch, ...]) -> list[str]:
    return [m.path for m in found]


# --- what the live API sends: nulls in fields the spec does not mark nullable ---------------------------

NULLS = {"hourlyRate": None, "costRate": None, "budgetEstimate": None, "timeEstimate": None, "estimate": None}


@pytest.mark.parametrize(
    ("operation_id", "path", "query", "body"),
    [
        ("getProjects", {"workspaceId": WS}, {}, [project(**NULLS), project(id="p2", name="Second")]),
        ("getProject", {"workspaceId": WS, "projectId": PROJECT}, {}, project(**NULLS)),
        ("createNewProject", {"workspaceId": WS}, {}, project(**NULLS)),
    ],
)
def test_null_project_fields_read_as_absent_and_the_call_returns(
    operation_id: str, path: dict[str, str], query: dict[str, Any], body: Any
) -> None:
    request_body = {"name": "Website"} if operation_id == "createNewProject" else None
    with serve(body, 201 if operation_id == "createNewProject" else 200) as clockify:
        result = clockify.call(cast(Any, operation_id), path=path, query=query, body=request_body)
    first = result[0] if isinstance(result, list) else result
    for attribute in ("hourly_rate", "cost_rate", "budget_estimate", "time_estimate", "estimate"):
        assert getattr(first, attribute) in (UNSET, None)  # None once a correction marks the field nullable
    assert (first.id, first.name, first.color, first.billable) == (PROJECT, "Website", "#0B83D9", True)
    assert first.memberships[0].user_id == "u1"
    assert "hourlyRate" not in first.additional_properties  # null is absence, not a raw value to keep
    if isinstance(result, list):
        assert result[1].hourly_rate == RateDtoV1(amount=15000, currency="USD")
        assert mismatches(result[1]) == ()


def test_a_null_in_a_field_that_is_not_nullable_is_reported() -> None:
    # A project's name: a field no live record shows null, so no correction will make it nullable.
    with serve([project(name=None)]) as clockify:
        result = clockify.call("getProjects", path={"workspaceId": WS})
    assert isinstance(result, ModelList)
    (found,) = mismatches(result)
    assert found == Mismatch("$[0].name", "ProjectDtoV1.name", "a string", "null", None)
    assert mismatches(result[0]) == (found,)
    assert result[0].name is None  # a field always sent keeps what came, null included


def test_null_membership_settings_and_rates_of_users_do_not_fail_the_list() -> None:
    users = [
        user(
            id="u1",
            email="a@example.com",
            settings=None,
            memberships=[member(hourlyRate=None, costRate=None, membershipType="WORKSPACE")],
        ),
        user(id="u2", email="b@example.com"),
    ]
    with serve(users) as clockify:
        result = clockify.call("getUsersOfWorkspace", path={"workspaceId": WS})
    assert [type(u) for u in result] == [UserDtoV1, UserDtoV1]
    assert cast(Any, result[0].settings) is None  # always sent, here null: kept as sent, and reported
    assert ("$[0].settings", "null") in [(m.path, m.found) for m in mismatches(result)]
    memberships = result[0].memberships
    assert isinstance(memberships, list)
    assert memberships[0].hourly_rate is None
    assert memberships[0].membership_type == "WORKSPACE"
    assert result[1].email == "b@example.com"


# --- a value of another JSON type: kept raw, the rest parses ----------------------------------------


def test_a_value_of_the_wrong_type_is_kept_raw_and_named() -> None:
    body = [project(hourlyRate="150.00 USD", color=7, memberships=[member(membershipStatus=["ACTIVE"])])]
    result = parse_json_body("getProjects", 200, dumps(body))
    (item,) = result
    assert item.hourly_rate == "150.00 USD"  # required: the attribute holds what came
    assert item.color == 7
    assert item.name == "Website"
    assert item.memberships[0].membership_status == ["ACTIVE"]
    assert item.memberships[0].user_id == "u1"
    assert [(m.path, m.schema_path, m.found) for m in mismatches(result)] == [
        ("$[0].color", "ProjectDtoV1.color", "a number"),
        ("$[0].hourlyRate", "ProjectDtoV1.hourlyRate", "a string"),
        ("$[0].memberships[0].membershipStatus", "MembershipDtoV1.membershipStatus", "an array"),
    ]
    # Nothing is lost: the model gives back what was sent.
    assert item.to_dict()["hourlyRate"] == "150.00 USD"
    assert item.to_dict()["memberships"][0]["membershipStatus"] == ["ACTIVE"]


def test_an_unreadable_date_is_a_mismatch_not_an_error() -> None:
    sent = entry(id="e1", timeInterval={"start": "yesterday", "end": "2024-01-15T11:00:00Z"})
    (parsed,) = parse_json_body("getTimeEntries", 200, dumps([sent]))
    assert parsed.time_interval.start == "yesterday"  # required: the attribute holds what came
    assert parsed.time_interval.end is not None
    assert parsed.time_interval.end.hour == 11
    assert paths(mismatches(parsed)) == ["$[0].timeInterval.start"]
    assert mismatches(parsed)[0].expected == "a date-time string"


def test_an_unlisted_enum_value_is_kept_typed_and_reported() -> None:
    body = project(memberships=[member(membershipStatus="SUSPENDED")])
    parsed = parse_json_body("getProject", 200, dumps(body))
    assert isinstance(parsed, ProjectDtoV1)
    assert isinstance(parsed.memberships, list)
    status = parsed.memberships[0].membership_status
    assert status == "SUSPENDED"
    assert type(status).__name__ == "MembershipDtoV1MembershipStatus"
    (found,) = mismatches(parsed)
    assert (found.path, found.found, found.value) == (
        "$.memberships[0].membershipStatus",
        "an unlisted value",
        "SUSPENDED",
    )
    assert found.expected.startswith("one of ACTIVE")


def test_array_items_of_the_wrong_type_are_left_out_and_kept_in_the_mismatch() -> None:
    body = [project(), "not a project", None, project(id="p3", memberships=[None, member(userId="u9")])]
    result = parse_json_body("getProjects", 200, dumps(body))
    assert [p.id for p in result] == [PROJECT, "p3"]
    assert [m.user_id for m in result[1].memberships] == ["u9"]
    assert [(m.path, m.value) for m in mismatches(result)] == [
        ("$[1]", "not a project"),
        ("$[2]", None),
        ("$[3].memberships[0]", None),
    ]
    assert paths(mismatches(result[1])) == ["$[3].memberships[0]"]
    assert isinstance(result, ModelList)
    assert result.received == 4


def test_a_required_field_that_is_null_or_of_another_type_keeps_the_raw_value() -> None:
    sent = user(id="u1", settings={"dateFormat": None, "timeZone": 3, "weekStart": "MONDAY"})
    parsed = parse_json_body("getLoggedUser", 200, dumps(sent))
    assert isinstance(parsed, UserDtoV1)
    settings = parsed.settings
    assert isinstance(settings, UserSettingsDtoV1)
    assert settings.date_format is None  # sent null: kept
    assert settings.time_zone == 3  # sent a number: kept
    assert settings.week_start == "MONDAY"
    assert {(m.path, m.found) for m in mismatches(parsed)} == {
        ("$.settings.dateFormat", "null"),
        ("$.settings.timeZone", "a number"),
    }


@pytest.mark.parametrize("other_mismatch", [False, True])
def test_a_required_field_that_is_absent_is_an_error_naming_it_in_a_list_item_too(other_mismatch: bool) -> None:
    """Fast path (the body is otherwise valid) and tolerant path (another field disagrees) alike."""
    short = project(id="p2", color=5 if other_mismatch else "#000000")
    del short["workspaceId"]
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        parse_json_body("getProjects", 200, dumps([project(), short]))
    assert "$[1].workspaceId: required field ProjectDtoV1.workspaceId is missing" in str(caught.value)
    nested = user(settings={"weekStart": "MONDAY", "timeZone": 3 if other_mismatch else "UTC"})
    del nested["settings"]["dateFormat"]
    with pytest.raises(errors.UnexpectedResponseError, match=r"\$\.settings\.dateFormat: required field"):
        parse_json_body("getLoggedUser", 200, dumps(nested))


def test_a_running_entry_without_project_reads_its_nulls_as_values_of_the_type() -> None:
    """What the live server sends for a running timer without a project (go-clockify-probe-log,
    running-entry-nulls): fields always sent, null, and the spec allows it: no mismatch."""
    sent = entry(
        projectId=None, tagIds=None, timeInterval={"start": "2026-05-19T19:01:06Z", "end": None, "duration": None}
    )
    (parsed,) = parse_json_body("getInProgressTimeEntries", 200, dumps([sent]))
    assert (parsed.project_id, parsed.tag_ids, parsed.time_interval.end, parsed.time_interval.duration) == (
        None,
        None,
        None,
        None,
    )
    assert parsed.time_interval.start.year == 2026
    assert mismatches(parsed) == ()


def test_nullable_fields_take_null_without_a_mismatch() -> None:
    sent = entry(id="e1", timeInterval={"start": "2024-01-15T09:00:00Z", "end": None, "duration": None})
    (parsed,) = parse_json_body("getTimeEntries", 200, dumps([sent]))
    assert parsed.time_interval.end is None
    assert parsed.time_interval.duration is None
    assert mismatches(parsed) == ()


def test_a_body_that_matches_the_spec_has_no_mismatches_and_is_a_plain_list() -> None:
    result = parse_json_body("getProjects", 200, dumps([project(), project(id="p2")]))
    assert type(result) is list
    assert mismatches(result) == ()
    assert mismatches(result[0]) == ()
    assert mismatches(object()) == ()


# --- reported once per schema path -------------------------------------------------------------------


def test_one_warning_per_schema_path_however_often_it_occurs(caplog: pytest.LogCaptureFixture) -> None:
    body = [project(name=None, id=f"p{i}") for i in range(5)] + [project(color=1)]
    with caplog.at_level(logging.WARNING, logger="clockify_client"):
        parse_json_body("getProjects", 200, dumps(body))
        parse_json_body("getProjects", 200, dumps(body))
    lines = [r.getMessage() for r in caplog.records if r.name == "clockify_client"]
    assert len(lines) == 2, lines
    assert "ProjectDtoV1.name is null, expected a string (at $[0].name and 4 more)" in lines[0]
    assert "ProjectDtoV1.color is a number, expected a string (at $[5].color)" in lines[1]


def test_the_warning_never_carries_the_raw_value(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="clockify_client"):
        parse_json_body("getProject", 200, dumps(project(note={"private": "salary 100k"})))
    assert caplog.records
    assert "salary" not in caplog.text


# --- only the top level is fatal, and the error names the JSON path --------------------------------


@pytest.mark.parametrize(
    ("operation_id", "body", "message"),
    [
        ("getProjects", {"id": "p1"}, "$: expected an array of ProjectDtoV1, got an object"),
        ("getProject", [project()], "$: expected an object (ProjectDtoV1), got an array"),
        ("getProject", None, "$: expected an object (ProjectDtoV1), got null"),
    ],
)
def test_only_a_top_level_of_the_wrong_shape_fails(operation_id: str, body: Any, message: str) -> None:
    path = {"workspaceId": WS, "projectId": PROJECT}
    with serve(body) as clockify, pytest.raises(errors.UnexpectedResponseError) as caught:
        clockify.call(cast(Any, operation_id), path=path if operation_id == "getProject" else {"workspaceId": WS})
    assert message in str(caught.value)


def test_paging_counts_items_left_out() -> None:
    """A page of 2 with one item that is not an object is still a full page: the next page is asked for."""
    pages = {"1": [project(id="a"), "junk"], "2": [project(id="b", color=5)]}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pages[request.url.params["page"]])

    with Clockify(api_key="tolerance-test-key", transport=httpx.MockTransport(handler), rate_limit=None) as clockify:
        items = list(clockify.iterate("getProjects", path={"workspaceId": WS}, page_size=2))
    assert [p.id for p in items] == ["a", "b"]
    # Items handed out one by one keep their own report.
    assert mismatches(items[0]) == ()
    assert [(m.path, m.value) for m in mismatches(items[1])] == [("$[0].color", 5)]


# --- the mechanism is the spec, not a list of fields -------------------------------------------------


def test_every_response_schema_compiles_and_every_field_is_checked() -> None:
    """Each object schema reachable from a success body has a check for each of its properties."""
    from clockify_api import models
    from clockify_client import _reading, _spec

    classes = {_reading._normalize(name): getattr(models, name) for name in models.__all__}
    targets = [t for t in _reading._targets().values() if t is not None and t.model is not None]
    assert targets
    seen: set[int] = set()

    def walk(node: _tolerance.Node) -> None:
        if id(node) in seen:
            return
        seen.add(id(node))
        if node.kind == "object" and node.name:
            assert set(node.fields) == set(_spec.schema(node.name).get("properties", {})), node.name
            # Raw values are put back by attribute, found from the JSON name: each has its own.
            cls = classes[_reading._normalize(node.name)]
            attributes = {_tolerance.attribute(cls, key) for key in node.fields}
            assert len(attributes) == len(node.fields), node.name
        for child in (*node.fields.values(), *node.alternatives, *([node.item] if node.item else [])):
            walk(child)

    for target in targets:
        walk(target.node)
    assert len(seen) > 50


def test_rates_read_normally_when_present() -> None:
    parsed = parse_json_body("getProject", 200, dumps(project(costRate={"amount": 6000, "currency": "USD"})))
    assert parsed.cost_rate == RateDtoV1(amount=6000, currency="USD")
    assert isinstance(parsed.memberships[0], MembershipDtoV1)


def test_a_report_goes_with_its_model() -> None:
    """Reports are kept by model identity: none outlives its model, so a new object never inherits one."""
    import gc

    parsed = parse_json_body("getProject", 200, dumps(project(color=5)))
    key = id(parsed)
    assert key in _tolerance._BY_MODEL
    del parsed
    gc.collect()
    assert key not in _tolerance._BY_MODEL


def test_raw_values_go_back_to_the_right_attribute_when_names_are_close() -> None:
    """``timeentries`` and ``timeEntries`` are two attributes; ``_id`` is ``field_id``, not ``id``."""
    row = {"_id": 5, "id": "r1", "billable": "yes"}
    body = {"timeEntries": [row], "timeentries": [{"id": "r2", "billable": False}], "totals": []}
    parsed = parse_json_body("generateDetailedReport", 200, dumps(body))
    (row_model,) = parsed.time_entries
    assert row_model.billable is UNSET
    assert row_model["billable"] == "yes"
    assert row_model.field_id is UNSET
    assert row_model["_id"] == 5
    assert row_model.id == "r1"
    assert parsed.timeentries[0].billable is False
    assert sorted(m.path for m in mismatches(parsed)) == ["$.timeEntries[0]._id", "$.timeEntries[0].billable"]


# --- any JSON at all: below a top level of the right type, nothing fails --------------------------------


LIST_OPERATIONS = ["getProjects", "getUsersOfWorkspace", "getTimeEntries", "getTasks"]
OBJECT_OPERATIONS = ["getProject", "getLoggedUser", "getWorkspaceOfUser", "generateDetailedReport"]


def _at(document: Any, path: str) -> Any:
    """The value at a JSON path as ``Mismatch.path`` writes it ($, .key, [index])."""
    for key, index in re.findall(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]", path[1:]):
        document = document[int(index)] if index else document[key]
    return document


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    items=st.lists(
        st.dictionaries(st.sampled_from(["id", "name", "memberships", "settings"]), JSON_VALUES) | JSON_VALUES,
        max_size=3,
    ),
    value=st.dictionaries(
        st.text(max_size=3) | st.sampled_from(["timeEntries", "totals", "settings", "id"]), JSON_VALUES, max_size=4
    ),
    list_op=st.sampled_from(LIST_OPERATIONS),
    object_op=st.sampled_from(OBJECT_OPERATIONS),
)
def test_any_json_under_the_right_top_level_is_read_and_every_report_points_at_the_value(
    items: list[Any], value: dict[str, Any], list_op: str, object_op: str
) -> None:
    for operation_id, body in ((list_op, items), (object_op, value)):
        try:
            result = parse_json_body(operation_id, 200, dumps(body))
        except errors.UnexpectedResponseError as error:  # only a field the server always sends, when absent
            found = re.search(r"(\$[^:]*)\.([A-Za-z_]+): required field \w+\.\2 is missing", str(error))
            absent = found is not None and found[2] not in _at(body, found[1])
            assert absent, error  # noqa: PT017 (the error is one of two outcomes, read here)
            continue
        for m in mismatches(result):
            sent = _at(body, m.path)
            assert json.dumps(m.value) == json.dumps(sent), m  # through JSON: NaN is a value the server may send


def test_null_task_fields_do_not_fail_the_list_and_the_async_client_reads_the_same() -> None:
    tasks = [
        sample_body("TaskDtoV1", id="t1", name="Design", hourlyRate=None, costRate=None, estimate=None, status=None),
        sample_body("TaskDtoV1", id="t2", name="Build", budgetEstimate="soon", status="ACTIVE"),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=tasks)

    async def read() -> Any:
        async with AsyncClockify(api_key="tolerance-test-key", transport=httpx.MockTransport(handler)) as clockify:
            return await clockify.call("getTasks", path={"workspaceId": WS, "projectId": PROJECT})

    result = asyncio.run(read())
    assert [t.name for t in result] == ["Design", "Build"]
    assert result[0].hourly_rate in (UNSET, None)
    assert result[0].status in (UNSET, None)
    assert result[1].budget_estimate is UNSET
    assert result[1]["budgetEstimate"] == "soon"
    assert result[1].status == "ACTIVE"
    assert ("$[1].budgetEstimate", "soon") in [(m.path, m.value) for m in mismatches(result)]
