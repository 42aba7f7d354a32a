"""Every operation, in every server state the fake can be switched into, answers with a status the corrected
spec documents for it, a body that conforms to the spec's ``ErrorResponse``, and the answer its state
gives (the spec's annotation for the state, else ``clockify_client.testing.FALLBACK``), mapped by the client
to the exception class of its status."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_client import errors
from clockify_client.testing import FakeClockify
from clockify_client.testing import _answers as conditions
from clockify_client.testing._answers import answer_for

from contract_tests import catalog, checks, fake_replay

pytestmark = pytest.mark.contract

OK_CASES = {
    case.cassette: case
    for case in fake_replay.cases(sorted(catalog.operations()))
    if case.interaction["request_class"].endswith("/ok")
}
Json = Any
Change = Callable[[FakeClockify, dict[str, str], str, bytes], tuple[dict[str, str], str, bytes]]


def _no_credential(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    return {k: v for k, v in headers.items() if k.lower() != "x-api-key"}, url, body


def _both_credentials(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    return {**headers, "X-Addon-Token": "also-sent"}, url, body


def _state(name: str) -> Change:
    def change(fake: FakeClockify, headers: dict[str, str], url: str, body: bytes) -> tuple[dict[str, str], str, bytes]:
        fake_replay.prepare(fake, name)
        return headers, url, body

    return change


def _missing_workspace(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    return headers, url.replace(catalog.WORKSPACE_ID, catalog.MISSING_ID), body


def _malformed(fake: FakeClockify, headers: dict[str, str], url: str, body: bytes) -> tuple[dict[str, str], str, bytes]:
    return headers, url, b"{not json"


def _typed_query(operation_id: str) -> dict[str, Json] | None:
    """A query parameter of the operation whose value must be a number or a boolean."""
    for parameter in catalog.operations()[operation_id].definition.get("parameters", []):
        if parameter["in"] == "query" and parameter.get("schema", {}).get("type") in ("integer", "boolean"):
            return dict(parameter)
    return None


def _wrong_query_type(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    parameter = _typed_query(str(catalog.route("GET", url)))  # only GET operations get this state
    assert parameter is not None
    return headers, str(httpx.URL(url).copy_set_param(parameter["name"], "not-a-value")), body


def _no_running_timer(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    fake_replay.WORLDS["no-running-timer"](fake.store)
    return headers, url, body


def _unknown_route(
    fake: FakeClockify, headers: dict[str, str], url: str, body: bytes
) -> tuple[dict[str, str], str, bytes]:
    parsed = httpx.URL(url)
    return headers, str(parsed.copy_with(path=parsed.path + "/nothing/routed/here")), body


def _after_base(url: str) -> str:
    """The path as the live "No static resource" message quotes it: from v1, without the base path."""
    path = httpx.URL(url).path
    return path[path.index("/v1") + 1 :]


def _template(template: str) -> str:
    """A path template as a regular expression, each ``{name}`` a named group of one segment."""
    return re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))


def _path_values(operation_id: str, url: str) -> dict[str, str]:
    """The path parameters of a request to the operation, read off its URL by the operation's template."""
    found = re.search(_template(catalog.operations()[operation_id].path) + "$", httpx.URL(url).path)
    return found.groupdict() if found else {}


def _unchanged(fake: FakeClockify, headers: dict[str, str], url: str, body: bytes) -> tuple[dict[str, str], str, bytes]:
    return headers, url, body


def _missing_method(operation_id: str) -> str | None:
    """A method no operation of the spec (the contract's scope or not) takes on this operation's recorded path."""
    path = _after_base(OK_CASES[operation_id].interaction["request"]["uri"])
    taken = {
        method.upper()
        for template, item in catalog.spec()["paths"].items()
        if re.fullmatch(_template(template.lstrip("/")), path)
        for method in item
    }
    return next((m for m in ("GET", "POST", "PUT", "PATCH", "DELETE") if m not in taken), None)


STATES: dict[str, tuple[Change, str]] = {
    "no credential": (_no_credential, conditions.NONE_OR_BOTH),
    "both credentials": (_both_credentials, conditions.NONE_OR_BOTH),
    "unknown key": (_state("invalid-key"), conditions.INVALID_KEY),
    "not a member": (_state("forbidden"), conditions.FORBIDDEN),
    "no such workspace": (_missing_workspace, conditions.FORBIDDEN),
    "rate limited": (_state("rate-limited"), conditions.RATE_LIMITED),
    "server failing": (_state("server-error"), conditions.SERVER_ERROR),
    "malformed body": (_malformed, conditions.MALFORMED_BODY),
    "wrong query type": (_wrong_query_type, conditions.PARAMETER_TYPE),
    "nothing to act on": (_no_running_timer, conditions.NOT_FOUND),
    "unknown route": (_unknown_route, conditions.NO_ROUTE),
    "method the path lacks": (_unchanged, conditions.METHOD_NOT_ALLOWED),  # the method changes: see the test
}
ROUTING = (conditions.NO_ROUTE, conditions.METHOD_NOT_ALLOWED)  # no operation answers these: none documents them


def _applies(state: str, operation_id: str) -> bool:
    op = catalog.operations()[operation_id]
    if state in ("not a member", "no such workspace"):
        return "{workspaceId}" in op.path
    if state == "malformed body":
        return op.body_schema is not None
    if state == "wrong query type":
        return op.method == "GET" and _typed_query(operation_id) is not None
    if state == "nothing to act on":  # an operation whose subject may be absent: stopping the running timer
        return operation_id == "stopRunningTimeEntry"
    if state == "method the path lacks":
        return _missing_method(operation_id) is not None
    return True


CASES = [(state, op) for state in STATES for op in sorted(OK_CASES) if _applies(state, op)]


@pytest.fixture(scope="module")
def fake() -> FakeClockify:
    return FakeClockify()


@pytest.mark.parametrize(("state", "operation_id"), CASES)
def test_each_operation_answers_each_server_state_as_documented(
    fake: FakeClockify, state: str, operation_id: str
) -> None:
    case = OK_CASES[operation_id]
    fake_replay.prepare(fake, operation_id)
    recorded = case.interaction["request"]
    headers = {name: values[0] for name, values in (recorded.get("headers") or {}).items()}
    change, condition = STATES[state]
    headers, url, body = change(fake, headers, recorded["uri"], (recorded.get("body") or "").encode())
    method = _missing_method(operation_id) if condition == conditions.METHOD_NOT_ALLOWED else recorded["method"]
    response = fake.handle_request(httpx.Request(str(method), url, headers=headers, content=body))

    # What the state is answered with: the spec's annotation for it when there is one, else the fallback.
    definition = catalog.operations()[operation_id].definition
    parameter = next((p for p in definition.get("parameters", []) if p["name"] == "workspaceId"), None)
    fill = {
        **_path_values(operation_id, url),
        "value": catalog.MISSING_ID,
        "method": str(method),
        "path": _after_base(url),
    }
    if condition == conditions.PARAMETER_TYPE:
        parameter = _typed_query(operation_id)
        assert parameter is not None
        condition += parameter["schema"]["type"]
        fill = {"name": parameter["name"], "value": "not-a-value"}
    expected = answer_for(catalog.spec(), condition, operation=definition, parameter=parameter, **fill)
    assert response.status_code == expected.status, response.text
    if condition not in ROUTING:
        assert str(response.status_code) in definition["responses"]
    error = errors.error_from_response(response.status_code, response.content)
    assert type(error) is errors.class_for_answer(expected.status, expected.code, expected.message)
    assert (error.code, error.message) == (expected.code, expected.message)
    assert "{" not in expected.message, expected.message  # every placeholder filled
    if response.status_code == 429:
        assert float(response.headers["Retry-After"]) >= 1
    interaction = {
        "request": {**recorded, "uri": url, "headers": {"X-Api-Key": ["x"]}},
        "response": {
            "status": {"code": response.status_code},
            "headers": {k: [v] for k, v in response.headers.items()},
            "body": {"string": response.text},
        },
    }
    if condition in ROUTING:  # no operation: the body is still Clockify's error body
        assert set(json.loads(response.content)) == {"code", "message"}
    else:
        assert checks.conformance_problems(interaction) == []
