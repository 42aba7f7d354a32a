"""The fake Clockify answers every recorded request as the recording does, and the check has teeth: a fake
whose rule data is changed (a rule dropped, a message changed) fails it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from clockify_client import errors
from clockify_client.testing import FALLBACK, FakeClockify

from contract_tests import cassette_io, evidence, fake_replay

pytestmark = pytest.mark.contract

Json = Any


@pytest.fixture(scope="module")
def fake() -> FakeClockify:
    return FakeClockify()


ASKED = [
    name
    for name in [*cassette_io.names(), *cassette_io.observed_names(), *fake_replay.unrecorded_error_facts()]
    if name not in fake_replay.NOT_ASKED
]


@pytest.mark.parametrize("cassette", ASKED)
def test_the_fake_answers_each_recorded_request_as_recorded(fake: FakeClockify, cassette: str) -> None:
    assert fake_replay.problems(fake, fake_replay.cases([cassette])) == []


def test_every_observed_error_is_asked_of_the_fake_or_says_why_not() -> None:
    """Every error the live API was recorded to give is replayed against the fake, unless NOT_ASKED gives the
    reason it cannot be (and every reason names a real error fact)."""
    errors_ = {f.name for f in evidence.facts() if f.status is not None and f.status >= 400}
    asked = {case.cassette for case in fake_replay.cases()}
    assert set(fake_replay.NOT_ASKED) <= errors_
    assert errors_ - set(fake_replay.NOT_ASKED) <= asked
    assert len(errors_ & asked) >= 15


def test_every_server_state_a_fact_can_name_changes_the_replay_world() -> None:
    assert set(fake_replay.WORLDS) == set(evidence.STATES)
    named = {f.state for f in evidence.facts() if f.state is not None}
    assert named, "a fact names a server state"
    assert named <= set(evidence.STATES)


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
    # The operation cassettes, the scenarios, and the facts observed live (an error the spec annotates from
    # live evidence, such as the core page-size limit, is recorded only there).
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
    fake = FakeClockify(spec=fake_replay.broken_spec(drop))
    still = [c for c in exercised if not fake_replay.problems(fake, [c])]
    assert len(still) < len(exercised), f"dropping {message!r} changes no recorded answer"
    # A server state whose entry is dropped may fall through to FALLBACK, the seeds' answer: only a record
    # showing exactly that answer (seed 004's 401 on the Reports API) may still match.
    fallback = {(a.status, a.code, a.message) for a in FALLBACK.values()}
    assert all(_recorded(c) in fallback for c in still), [c.name for c in still]


def _recorded(case: fake_replay.Case) -> tuple[int, int | None, str | None]:
    answer = cassette_io.answer(case.interaction)
    error = errors.error_from_response(answer.status, answer.body)
    return answer.status, error.code, error.message


def test_a_server_state_is_answered_from_the_spec_not_from_code() -> None:
    """Conditions (credentials, missing entities, routes) are looked up in the spec first: without the live
    taxonomy's entry for a wrong key, the fake answers the seeds' fallback, and the live records fail."""

    def unannotate(document: Json) -> None:
        del document["components"]["responses"]["Unauthorized"]["x-clockify-errors"]["auth:invalid-key"]

    fake = FakeClockify(spec=fake_replay.broken_spec(unannotate))
    live = [*fake_replay.cases(["go-clockify-qa-reports--unknown-api-key"]), *fake_replay.cases(["invalid-key"])]
    assert fake_replay.problems(FakeClockify(), live) == []
    found = fake_replay.problems(fake, live)
    assert len(found) == 2, found  # the fact and the core request of the scenario; its Reports request is seed 004's
    assert all("AuthenticationError 401 'Unauthorized', recorded AuthenticationError 4003" in p for p in found)


def test_a_missing_entity_is_answered_as_its_path_parameter_annotates() -> None:
    """A condition entry on a path parameter is nearer than the taxonomy's default: it changes the fake's answer
    for that parameter only."""
    belongs = {"status": 400, "code": 501, "message": "Project doesn't belong to Workspace ({value})"}

    def annotate(document: Json) -> None:
        for parameter in document["paths"]["/v1/workspaces/{workspaceId}/projects/{projectId}"]["get"]["parameters"]:
            if parameter["name"] == "projectId":
                parameter["x-clockify-errors"] = {"missing-reference": belongs}

    fake = FakeClockify(spec=fake_replay.broken_spec(annotate))
    project, entry = fake_replay.cases(["not-found"])
    fake_replay.prepare(fake, "not-found")
    answered = errors.error_from_response(400, fake_replay.send(fake, project.interaction).content)
    assert (answered.code, answered.message) == (501, "Project doesn't belong to Workspace (000000000000000000000000)")
    assert fake_replay.problems(fake, [entry]) == []  # the time entry's 404 is untouched
