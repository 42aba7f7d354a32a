"""The fake Clockify answers every recorded request as the recording does, and the check has teeth: a fake
whose rule data is changed (a rule dropped, a message changed) fails it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from clockify_client import errors
from clockify_client.testing import FakeClockify

from contract_tests import cassette_io, fake_replay

pytestmark = pytest.mark.contract

Json = Any


@pytest.fixture(scope="module")
def fake() -> FakeClockify:
    return FakeClockify()


@pytest.mark.parametrize("cassette", cassette_io.names())
def test_the_fake_answers_each_recorded_request_as_recorded(fake: FakeClockify, cassette: str) -> None:
    assert fake_replay.problems(fake, fake_replay.cases([cassette])) == []


# --- teeth: the same check against fakes built from changed rule data -----------------------------------


def _annotations(node: Json) -> Iterator[dict[str, Json]]:
    """Every server-error entry of the spec: ``x-clockify-errors`` values and ``x-clockify-rules`` errors."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-clockify-errors" and isinstance(value, dict):
                yield from (v for v in value.values() if isinstance(v, dict) and "status" in v)
            elif key == "x-clockify-rules" and isinstance(value, list):
                yield from (r["error"] for r in value if isinstance(r, dict) and isinstance(r.get("error"), dict))
            else:
                yield from _annotations(value)
    elif isinstance(node, list):
        for item in node:
            yield from _annotations(item)


def _messages() -> list[str]:
    return sorted({entry["message"] for entry in _annotations(fake_replay.broken_spec(lambda d: None))})


MESSAGES = _messages()


def _exercising(message: str) -> list[fake_replay.Case]:
    """The recorded interactions whose answer is this documented error (its placeholders as wildcards)."""
    head = message.split("{", 1)[0]
    tail = message.rsplit("}", 1)[-1] if "}" in message else ""
    found = []
    for case in fake_replay.cases():
        answer = cassette_io.answer(case.interaction)
        if answer.status >= 400:
            text = errors.error_from_response(answer.status, answer.body).message or ""
            if text.startswith(head) and text.endswith(tail):
                found.append(case)
    return found


@pytest.mark.parametrize("message", MESSAGES)
def test_every_documented_error_is_recorded_and_answered_from_its_annotation(message: str) -> None:
    """Changing the message of one documented error in the fake's spec makes every recorded interaction
    of that error fail the faithfulness check: the answer comes from the data, not from code."""
    exercised = _exercising(message)
    assert exercised, f"no recorded interaction answers {message!r}"

    def change(document: Json) -> None:
        for entry in _annotations(document):
            if entry["message"] == message:
                entry["message"] = "changed: " + message

    changed = fake_replay.problems(FakeClockify(spec=fake_replay.broken_spec(change)), exercised)
    assert len(changed) == len(exercised), changed


@pytest.mark.parametrize("message", MESSAGES)
def test_dropping_a_documented_rule_fails_the_check(message: str) -> None:
    def drop(node: Json) -> None:
        if isinstance(node, dict):
            errors_ = node.get("x-clockify-errors")
            if isinstance(errors_, dict):
                for keyword in [k for k, v in errors_.items() if isinstance(v, dict) and v.get("message") == message]:
                    del errors_[keyword]
            rules = node.get("x-clockify-rules")
            if isinstance(rules, list):
                node["x-clockify-rules"] = [r for r in rules if r.get("error", {}).get("message") != message]
            for value in node.values():
                drop(value)
        elif isinstance(node, list):
            for item in node:
                drop(item)

    exercised = _exercising(message)
    dropped = fake_replay.problems(FakeClockify(spec=fake_replay.broken_spec(drop)), exercised)
    assert len(dropped) == len(exercised), dropped


def test_a_server_state_annotated_in_the_spec_replaces_the_fallback() -> None:
    """Conditions (credentials, missing entities) are looked up in the spec first, so evidence added there as
    ``x-clockify-errors`` (here: a distinct 401 code for a wrong key) changes the fake without code."""
    live = {"status": 401, "code": 4003, "message": "Api key does not exist"}

    def annotate(document: Json) -> None:
        document["components"]["responses"]["Unauthorized"]["x-clockify-errors"] = {"auth:invalid-key": live}

    fake = FakeClockify(spec=fake_replay.broken_spec(annotate))
    case = fake_replay.cases(["invalid-key"])[0]
    fake_replay.prepare(fake, "invalid-key")
    answer = errors.error_from_response(401, fake_replay.send(fake, case.interaction).content)
    assert (answer.status_code, answer.code, answer.message) == (401, 4003, "Api key does not exist")
    assert fake_replay.problems(fake, [case]) != []  # and the recorded 401 no longer matches it


def test_a_missing_entity_is_answered_as_its_path_parameter_annotates() -> None:
    """The live API answers most missing entities 400/501 "... doesn't belong to Workspace": a correction that
    says so on the path parameter makes the fake answer that, for that parameter only."""
    belongs = {"status": 400, "code": 501, "message": "Project doesn't belong to Workspace ({value})"}

    def annotate(document: Json) -> None:
        for parameter in document["paths"]["/v1/workspaces/{workspaceId}/projects/{projectId}"]["get"]["parameters"]:
            if parameter["name"] == "projectId":
                parameter["x-clockify-errors"] = {"not-found": belongs}

    fake = FakeClockify(spec=fake_replay.broken_spec(annotate))
    project, entry = fake_replay.cases(["not-found"])
    fake_replay.prepare(fake, "not-found")
    answered = errors.error_from_response(400, fake_replay.send(fake, project.interaction).content)
    assert (answered.code, answered.message) == (501, "Project doesn't belong to Workspace (000000000000000000000000)")
    assert fake_replay.problems(fake, [entry]) == []  # the time entry's 404 is untouched
