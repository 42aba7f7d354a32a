"""A strict surface: a key the spec does not know is refused before sending at any depth of a body (with the
nearest known names), ``extra_body=``/``extra_query=`` are the one way to send what the spec does not know
yet, an area's ``iterate`` takes exactly the generated list method's filters, and only ``ClockifyError``
escapes a public method called wrongly."""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import re
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, errors, resources
from clockify_client._strict import strict
from clockify_client._validation import RequestValidator, openapi_to_json_schema
from clockify_client.testing import sample_body

KEY = "k" * 48
WS = "5f0000000000000000000001"
USER = "5f0000000000000000000002"
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
DETAILED = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)


def recording(answer: Any = None) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if isinstance(answer, bytes):
            return httpx.Response(200, content=answer, headers={"Content-Type": "text/csv"})
        content = answer if answer is not None else ([] if request.method == "GET" else {})
        return httpx.Response(200, json=content, headers={"Last-Page": "true"})

    return httpx.MockTransport(handler), seen


def client(answer: Any = None) -> tuple[Clockify, list[httpx.Request]]:
    transport, seen = recording(answer)
    return Clockify(api_key=KEY, transport=transport, rate_limit=None, max_retries=0), seen


# --- (1) an unknown key, anywhere in a body ------------------------------------------------------------


def run(attempt: Callable[[], Any]) -> None:
    """A call, and every item when it gives an iterator (whose requests leave only then)."""
    result = attempt()
    if hasattr(result, "__next__"):
        list(result)


def refused(attempt: Callable[[], Any]) -> errors.RequestValidationError:
    with pytest.raises(errors.RequestValidationError) as caught:
        run(attempt)
    return caught.value


@pytest.mark.parametrize(
    ("name", "attempt", "where", "near"),
    [
        (
            "top level of a report",
            lambda c: c.reports.detailed(WS, {**DETAILED, "bilable": True}),
            "$.bilable",
            "billable",
        ),
        (
            "a nested report filter",
            lambda c: c.reports.detailed(WS, {**DATES, "detailedFilter": {"page": 1, "pagesize": 5}}),
            "$.detailedFilter.pagesize",
            "pageSize",
        ),
        (
            "a report reader's filter object",
            lambda c: c.reports.iterate_detailed(WS, {**DATES, "projets": {"ids": ["p"], "contains": "CONTAINS"}}),
            "$.projets",
            "projects",
        ),
        (
            "inside a filter object",
            lambda c: c.reports.summary(
                WS, {**DATES, "summaryFilter": {"groups": ["PROJECT"]}, "projects": {"ids": ["p"], "contian": "X"}}
            ),
            "$.projects.contian",
            "contains",
        ),
        (
            "an item of an array body",
            lambda c: c.time_entries.update_many(
                WS, USER, [{"id": "e1", "start": "2024-01-15T12:00:00Z", "descripton": "x"}]
            ),
            "$[0].descripton",
            "description",
        ),
        (
            "a nested object of a typed method",
            lambda c: c.projects.create(WS, name="Web", estimate={"estimat": "PT1H", "type": "MANUAL"}),
            "$.estimate.estimat",
            "estimate",
        ),
        (
            "call",
            lambda c: c.call("createTimeEntry", path={"workspaceId": WS}, body={"start": START, "descripton": "x"}),
            "$.descripton",
            "description",
        ),
    ],
)
def test_a_key_the_spec_does_not_know_is_refused_before_sending(
    name: str, attempt: Callable[[Clockify], Any], where: str, near: str
) -> None:
    clockify, seen = client()
    error = refused(lambda: attempt(clockify))
    assert seen == []
    assert [p.path for p in error.problems] == [where], name
    assert f"did you mean {near}" in error.problems[0].message
    assert "extra_body=" in error.problems[0].message
    assert error.code is None  # our own refusal: no server answer is claimed for it
    assert "would refuse" not in str(error)


def test_an_unknown_key_without_a_near_name_lists_the_known_ones() -> None:
    clockify, _ = client()
    error = refused(
        lambda: clockify.call("createTimeEntry", path={"workspaceId": WS}, body={"start": START, "zzzz": 1})
    )
    assert "it knows " in error.problems[0].message
    assert "description" in error.problems[0].message


def test_a_schema_that_allows_extra_keys_keeps_them() -> None:
    def schema(extra: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"type": "object", "properties": {"a": {"type": "string"}}}
        if extra is not None:
            body["additionalProperties"] = extra
        return body

    document: dict[str, Any] = {"openapi": "3.0.3", "components": {"schemas": {}}, "paths": {}}
    for index, extra in enumerate((None, True, {"type": "integer"})):
        document["paths"][f"/x{index}"] = {
            "post": {
                "operationId": f"op{index}",
                "requestBody": {"content": {"application/json": {"schema": schema(extra)}}},
                "responses": {"204": {"description": "none"}},
            }
        }
    from clockify_client import _spec

    checker = RequestValidator(document, _spec.index(document))
    assert [p.path for p in checker.problems("op0", body={"a": "x", "b": 1})] == ["$.b"]
    assert checker.problems("op1", body={"a": "x", "b": 1}) == []
    assert checker.problems("op2", body={"a": "x", "b": 1}) == []
    assert [p.path for p in checker.problems("op2", body={"a": "x", "b": "no"})] == ["$.b"]
    # Answers are read as they come: only requests are closed.
    assert "additionalProperties" not in openapi_to_json_schema(schema(None))
    assert openapi_to_json_schema(schema(None), closed=True)["additionalProperties"] is False


# --- extra_body= / extra_query=: the one way to send what the spec does not know yet -------------------


def report_methods(cls: type) -> list[str]:
    return [n for n, f in inspect.getmembers(cls, inspect.isfunction) if "body" in inspect.signature(f).parameters]


@pytest.mark.parametrize("cls", [resources.Reports, resources.AsyncReports])
def test_every_method_that_takes_a_body_offers_extra_body(cls: type) -> None:
    names = report_methods(cls)
    assert {"detailed", "summary", "export", "iterate_detailed", "iterate_attendance"} <= set(names)
    assert [n for n in names if "extra_body" not in inspect.signature(getattr(cls, n)).parameters] == []


def test_extra_body_is_sent_by_the_report_readers_and_typed_methods() -> None:
    clockify, seen = client({"timeEntries": [], "totals": []})
    clockify.reports.detailed(WS, DETAILED, extra_body={"newFilter": 1})
    list(clockify.reports.iterate_detailed(WS, DATES, extra_body={"newFilter": 2}))
    assert [json.loads(r.content)["newFilter"] for r in seen] == [1, 2]
    clockify, seen = client(sample_body("TimeEntryDtoImplV1", id="e1"))
    clockify.time_entries.create(WS, start=START, description="d", extra_body={"newField": True})
    assert json.loads(seen[-1].content)["newField"] is True
    clockify.call("createTimeEntry", path={"workspaceId": WS}, body={"start": START}, extra_body={"newField": 1})
    assert json.loads(seen[-1].content)["newField"] == 1
    clockify, seen = client()
    clockify.call("getProjects", path={"workspaceId": WS}, extra_query={"newParam": "x"})
    list(clockify.iterate("getTags", path={"workspaceId": WS}, extra_query={"newParam": "y"}))
    assert [r.url.params["newParam"] for r in seen[-2:]] == ["x", "y"]
    clockify, seen = client(b"a,b\n")
    body = {**DATES, "summaryFilter": {"groups": ["PROJECT"]}, "exportType": "CSV"}
    assert clockify.reports.export("summary", WS, body, extra_body={"x": "y"}) == b"a,b\n"
    assert json.loads(seen[-1].content)["x"] == "y"


def test_extra_body_reaches_into_the_objects_the_spec_knows_to_add_a_field_it_does_not() -> None:
    clockify, seen = client({"timeEntries": [], "totals": []})
    clockify.reports.detailed(WS, DETAILED, extra_body={"detailedFilter": {"newOption": True}, "newTop": 1})
    sent = json.loads(seen[-1].content)
    assert sent["detailedFilter"] == {"page": 1, "pageSize": 50, "newOption": True}
    assert sent["newTop"] == 1
    list(clockify.reports.iterate_detailed(WS, DATES, extra_body={"detailedFilter": {"newOption": "x"}}))
    assert json.loads(seen[-1].content)["detailedFilter"] == {"page": 1, "pageSize": 1000, "newOption": "x"}
    # An object the body does not give is made to hold the new field; a new field may hold an object.
    clockify, seen = client(sample_body("ProjectDtoImplV1", id="p1", name="Web"))
    clockify.projects.create(WS, name="Web", extra_body={"estimate": {"newKnob": 1}, "newBlock": {"a": {"b": 2}}})
    sent = json.loads(seen[-1].content)
    assert (sent["estimate"], sent["newBlock"]) == ({"newKnob": 1}, {"a": {"b": 2}})
    clockify, seen = client()
    for extra, named in (
        ({"detailedFilter": {"page": 2}}, "'detailedFilter.page'"),  # known at its level: the body's to give
        ({"detailedFilter": 5}, "'detailedFilter'"),  # an object the spec knows, given as a number
        ({"dateRangeStart": {"x": 1}}, "'dateRangeStart'"),  # not an object: nothing to reach into
        ({"detailedFilter": {"options": {1: 2}}}, "keys are text"),
    ):
        with pytest.raises(errors.ClockifyError, match=re.escape(named)):
            clockify.reports.detailed(WS, DETAILED, extra_body=extra)
    assert seen == []


def test_extra_body_and_extra_query_refuse_what_the_spec_knows_and_keys_that_are_not_text() -> None:
    clockify, seen = client()
    attempts: list[Callable[[], Any]] = [
        lambda: clockify.projects.get_projects(WS, page=1, extra_query={"page": "zzz"}),
        lambda: clockify.projects.get_projects(WS, extra_query={"page-size": 0}),
        lambda: clockify.projects.get_projects(WS, extra_query={1: "x"}),  # type: ignore[dict-item]
        lambda: clockify.time_entries.create(WS, start=START, extra_body={1: "x"}),  # type: ignore[dict-item]
        lambda: clockify.time_entries.create(WS, start=START, extra_body={"description": "unchecked"}),
        lambda: clockify.reports.detailed(WS, DETAILED, extra_body={"dateRangeStart": "x"}),
    ]
    for attempt in attempts:
        with pytest.raises(errors.ConfigurationError, match=r"extra_(query|body)"):
            attempt()
    assert seen == []
    clockify.projects.get_projects(WS, extra_query={"newParam": "1"})
    assert seen[-1].url.params["newParam"] == "1"


# --- (5) an area's iterate: the generated list method's filters ----------------------------------------


def test_iterate_maps_its_filters_as_the_generated_method_does_and_honours_a_start_page() -> None:
    clockify, seen = client()
    list(clockify.projects.iterate(WS, user_groups=["g1"], archived=False, page=3, page_size=7))
    list(clockify.projects.get_projects(WS, user_groups=["g1"], archived=False, page=3, page_size=7))
    assert seen[0].url.params == seen[1].url.params
    assert (seen[0].url.params["userGroups"], seen[0].url.params["page"], seen[0].url.params["page-size"]) == (
        "g1",
        "3",
        "7",
    )
    list(clockify.projects.iterate(WS, extra_query={"newParam": "x"}))
    assert seen[-1].url.params["newParam"] == "x"
    list(clockify.iterate("getTags", path={"workspaceId": WS}, query={"page": 4}))
    assert seen[-1].url.params["page"] == "4"
    sent = len(seen)
    for attempt in (
        lambda: clockify.projects.iterate(WS, archivd=False),  # type: ignore[arg-type]
        lambda: clockify.projects.iterate(WS, max_pages=2),  # type: ignore[arg-type]
        lambda: clockify.projects.iterate(WS, page=0),
        lambda: clockify.iterate("getTags", path={"workspaceId": WS}, query={"page-size": 5}),
    ):
        with pytest.raises(errors.ConfigurationError):
            list(attempt())
    assert len(seen) == sent


def test_the_async_iterate_maps_its_filters_too() -> None:
    async def main() -> list[httpx.Request]:
        transport, seen = recording()
        async with AsyncClockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
            assert [p async for p in clockify.projects.iterate(WS, user_groups=["g1"], page=2)] == []
        return seen

    (request,) = asyncio.run(main())
    assert (request.url.params["userGroups"], request.url.params["page"]) == ("g1", "2")


# --- (6) only ClockifyError escapes a public method called wrongly ---------------------------------------


def test_wrong_arguments_to_public_methods_are_configuration_errors_naming_them() -> None:
    clockify, seen = client()
    attempts: list[tuple[Callable[[], Any], str]] = [
        (lambda: clockify.reports.export("nope", WS, {}), "unknown report 'nope'"),  # type: ignore[arg-type]
        (lambda: clockify.reports.detailed(WS, {}, page_size=3), "Reports.detailed"),  # type: ignore[call-arg]
        (lambda: clockify.reports.iterate_detailed(WS, {}, pagesize=3), "Reports.iterate_detailed"),  # type: ignore[call-arg]
        (lambda: clockify.call("getProjects", querry={}), "Clockify.call"),  # type: ignore[call-overload]
        (lambda: clockify.iterate("getTags", pth={}), "Clockify.iterate"),  # type: ignore[call-overload]
        (lambda: clockify.time_entries.create(WS, START), "TimeEntryOperations.create_time_entry"),  # type: ignore[call-arg]
        (lambda: clockify.projects.iterate(WS, "x"), "Projects.iterate"),  # type: ignore[call-arg]
        (lambda: Clockify(KEY, "tok"), "Clockify()"),  # type: ignore[call-arg]
    ]
    for attempt, name in attempts:
        with pytest.raises(errors.ConfigurationError, match=re.escape(name)):
            run(attempt)
    assert seen == []


def test_the_async_client_answers_the_same_mistakes_the_same_way() -> None:
    async def main() -> None:
        transport, seen = recording()
        async with AsyncClockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
            with pytest.raises(errors.ConfigurationError, match="unknown report"):
                await clockify.reports.export("nope", WS, {})  # type: ignore[arg-type]
            with pytest.raises(errors.ConfigurationError, match=r"AsyncClockify\.call"):
                await clockify.call("getProjects", querry={})  # type: ignore[call-overload]
            with pytest.raises(errors.ConfigurationError, match=r"AsyncReports\.summary"):
                await clockify.reports.summary(WS, {}, pagesize=1)  # type: ignore[call-arg]
        assert seen == []

    asyncio.run(main())


def test_a_type_error_from_inside_a_method_stays_one() -> None:
    def broken(x: int) -> None:
        raise TypeError("a bug inside")

    with pytest.raises(TypeError, match="a bug inside"):
        strict(broken, "broken")(1)
    with pytest.raises(errors.ConfigurationError, match=r"broken\(\): missing a required argument"):
        strict(broken, "broken")()


def test_a_refused_constructor_call_keeps_no_key_in_the_traceback_locals() -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        Clockify(KEY, "tok")  # type: ignore[call-arg]
    frames = [frame for frame, _ in traceback.walk_tb(caught.value.__traceback__)]
    assert not any(KEY in repr(value) for frame in frames for value in frame.f_locals.values())


# --- (10) what cannot be sent is not an answer the server would give -------------------------------------


def test_an_unsendable_request_claims_no_server_answer() -> None:
    clockify, seen = client()
    unsendable: list[Callable[[], Any]] = [
        lambda: clockify.projects.get_projects(WS, name="y" * 10_000_000),
        lambda: clockify.projects.get_projects(WS, name="\ud800"),
    ]
    for attempt in unsendable:
        with pytest.raises(errors.RequestValidationError) as caught:
            attempt()
        assert "would refuse" not in str(caught.value)
        assert "status 400" not in str(caught.value)
    with pytest.raises(errors.RequestValidationError, match="an object cannot be sent as JSON"):
        clockify.projects.get_projects(WS, extra_query={"x": object()})
    assert seen == []
    with pytest.raises(errors.RequestValidationError, match="the server would refuse it: status 400, code 501"):
        clockify.reports.attendance(WS, {**DATES, "attendanceFilter": {"page": 1, "pageSize": 202}})


def test_the_fake_ignores_an_unknown_key_as_the_server_does_while_the_client_refuses_it() -> None:
    """An unknown key is the client's policy, not a server answer: the fake, as Clockify, ignores it."""
    from clockify_client.testing import FakeClockify, Seed

    fake = FakeClockify()
    seed = Seed.create(fake.store)
    body = {"start": START, "descripton": "typo"}
    with fake.client(seed.api_key) as clockify:
        error = refused(lambda: clockify.call("createTimeEntry", path={"workspaceId": seed.workspace_id}, body=body))
        assert [p.policy for p in error.problems] == [True]
        entry = clockify.call("createTimeEntry", path={"workspaceId": seed.workspace_id}, body=body, validate=False)
    assert not entry.description
