"""The fake Clockify (``clockify_client.testing``) against the recorded answers: every cassette's request is
sent to the fake, in the server state its cassette records, and the fake must give the same answer.

* the state: one world seeded with the placeholder ids every cassette uses (``catalog.PLACEHOLDER_IDS``),
  the cassettes' credential (``REDACTED``) a member's key; a scenario cassette switches the fake into its
  state (no such key, not a member, rate limit 0, a queued 500); ``not-found`` needs nothing: its ids name
  nothing. A fact of the evidence corpus does the same from its request (an unknown key, none, both).
* the cases: every interaction of every cassette (the written ones, the scenarios, the facts observed live),
  and every error fact of the evidence corpus that has no cassette (a wrong method, an unknown route, a
  parameter of the wrong type: answers of no operation), its request built from the fact; ``NOT_ASKED``
  names the error facts the fake cannot be asked, and why.
* the comparison: HTTP status, the exception class the client maps it to, and for an error Clockify's code
  and message (each where the record shows it); for a success the content type, the ``Last-Page`` header,
  and conformance of the body to the corrected spec (the check the cassettes themselves pass,
  ``checks.conformance_problems``).

``problems`` returns what differs (empty when the fake is faithful); the tests assert it is empty for the
shipped fake and not empty for a fake whose rule data was changed.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import httpx
from clockify_client import errors
from clockify_client.testing import FakeClockify, Store

from contract_tests import cassette_io, catalog, checks, evidence
from contract_tests.cassette_io import Interaction

KEY = "REDACTED"  # the credential every cassette carries (recording.REDACTED)
DAY = "2024-01-15"


@dataclasses.dataclass(frozen=True)
class Case:
    cassette: str  # operationId or scenario
    interaction: Interaction

    @property
    def name(self) -> str:
        return f"{self.cassette}:{self.interaction['request_class']}"


@functools.cache
def _cases_of(name: str) -> tuple[Case, ...]:
    path = cassette_io.cassette_path(name)
    if not path.is_file() and cassette_io.OBSERVED_SEPARATOR in name:  # an error fact without a cassette
        return (Case(name, fact_interaction(evidence.fact(*name.split(cassette_io.OBSERVED_SEPARATOR, 1)))),)
    return tuple(Case(name, interaction) for interaction in cassette_io.load(path))


# Error facts of the evidence corpus the fake cannot be asked, and why (every other one is replayed).
NOT_ASKED: Mapping[str, str] = {
    "go-clockify-qa-reports--project-delete-active": "the fake does not model that an active project cannot be deleted",
    "clockify-ts-sdk-discrepancies--entity-not-in-workspace": "a path outside the 32 operations (an expense by id)",
    "clockify-ts-sdk-discrepancies--method-not-supported": "a path outside the 32 operations (a custom field by id)",
    "clockify-ts-sdk-discrepancies--active-entity-delete": "a path outside the 32 operations (a task by id)",
    "clockify-mcp-threads--report-on-core-host": "the fake serves both APIs on whatever host it is given",
    "clockify-cli-threads--rate-limited": "no request recorded; its wording is the written scenario rate-limited's",
    "clockify-cli-threads--stop-404-without-message": "no request recorded (see DECISIONS.md, a 404 without a message)",
    "dd-api-docs-runner--client-not-in-workspace": "a path outside the 32 operations (a client by id)",
    "clockify-ts-sdk-discrepancies--no-running-timer": "the record has no request body (the fake needs the end time)",
    "go-clockify-qa-reports-35-58--all-zero-workspace-projects": (
        "a body-less 404 for an all-zero workspace id; a workspace not the key's is replayed as the 403 (DECISIONS.md)"
    ),
    "sjoerdk-clockifyclient-responses--auth-error-2019": "no request recorded; a 2019 body the 2026 answers supersede",
}


def cases(names: Iterable[str] | None = None) -> list[Case]:
    """Every recorded interaction of the named cassettes (by default all of them, the facts observed live
    included, and the error facts without a cassette)."""
    if names is None:
        return [
            *cases([*cassette_io.names(), *cassette_io.observed_names()]),
            *(c for name in unrecorded_error_facts() for c in _cases_of(name)),
        ]
    return [case for name in names if name not in NOT_ASKED for case in _cases_of(name)]


def unrecorded_error_facts() -> list[str]:
    """The error facts of the evidence corpus that have no cassette and that the fake can be asked."""
    recorded = set(cassette_io.observed_names())
    return [
        f.name
        for f in evidence.facts()
        if f.status is not None and f.status >= 400 and f.name not in recorded and f.name not in NOT_ASKED
    ]


PATH_IDS: Mapping[str, str] = {
    "workspaceId": catalog.WORKSPACE_ID,
    "userId": catalog.USER_ID,
    "projectId": catalog.PROJECT_ID,
    "id": catalog.TIME_ENTRY_ID,
}


def fact_interaction(fact: evidence.Fact) -> Interaction:
    """A fact's request and answer as a cassette interaction, in the cassettes' placeholder ids (its last id one
    nothing has where the fact is about a missing entity); a code or message the record lacks stays out."""
    names = re.findall(r"\{(\w+)\}", fact.path)
    ids = {name: PATH_IDS[name] for name in names}
    if fact.entity == "missing" and names:
        ids[names[-1]] = catalog.MISSING_ID
    path, body = fact.path, json.dumps(fact.error_body())
    for name, value in ids.items():
        path, body = path.replace("{" + name + "}", value), body.replace("{" + name + "}", value)
    reports = fact.operation is not None and catalog.operations()[fact.operation].is_report
    base = "https://reports.api.clockify.me" if reports else "https://api.clockify.me/api"
    url = httpx.URL(base + path, params={k: str(v) for k, v in fact.query.items()})
    headers = {
        None: {"X-Api-Key": [KEY]},
        "unknown-key": {"X-Api-Key": [KEY]},
        "none": {},
        "both": {"X-Api-Key": [KEY], "X-Addon-Token": [KEY]},
    }[fact.credential]
    return {
        "provenance": fact.provenance,
        "request_class": f"{fact.operation or fact.method + ' ' + fact.path}/{fact.id}",
        "request": {"method": fact.method, "uri": str(url), "headers": headers, "body": None},
        "response": {
            "status": {"code": fact.status},
            "headers": {"Content-Type": ["application/json"]},
            "body": {"string": body},
        },
    }


def seed_world(store: Store, *, member: bool = True) -> None:
    """The entities the cassettes name by their placeholder ids."""
    ids = catalog
    workspace = ids.WORKSPACE_ID
    store.add_workspace("Acme Engineering", workspace_id=workspace, hourly_rate=10500)
    if member:
        store.add_user(workspace, "John Smith", email="john.smith@example.com", user_id=ids.USER_ID, api_key=KEY)
    else:  # a valid key of a user who is no member of the workspace: 403
        store.add_user(store.add_workspace("Elsewhere")["id"], "John Smith", user_id=ids.USER_ID, api_key=KEY)
    store.add_user(workspace, "Ana Lopez", email="ana.lopez@example.com", user_id=ids.OTHER_USER_ID)
    store.add_client(workspace, "ABC Corporation", client_id=ids.CLIENT_ID)
    store.add_project(workspace, "Website Redesign", project_id=ids.PROJECT_ID, client_id=ids.CLIENT_ID, billable=True)
    store.add_task(workspace, ids.PROJECT_ID, "Task Name", task_id=ids.TASK_ID)
    store.add_tag(workspace, "urgent", tag_id=ids.TAG_ID)
    for entry_id, hours in (
        (ids.TIME_ENTRY_ID, (9, 17)),
        (ids.DUPLICATE_ENTRY_ID, (7, 8)),
        (ids.OTHER_ENTRY_ID, (17, 18)),
    ):
        start, end = (f"{DAY}T{h:02d}:00:00Z" for h in hours)
        store.add_time_entry(
            workspace,
            ids.USER_ID,
            start,
            end,
            entry_id=entry_id,
            description="Work",
            project_id=ids.PROJECT_ID,
            task_id=ids.TASK_ID,
            tag_ids=[ids.TAG_ID],
        )
    store.add_time_entry(workspace, ids.USER_ID, f"{DAY}T13:00:00Z", entry_id=ids.RUNNING_ENTRY_ID)
    store.add_expense(workspace, ids.USER_ID, DAY, 125.0, project_id=ids.PROJECT_ID, expense_id=ids.EXPENSE_ID)


def _stop_every_timer(store: Store) -> None:
    for entry in list(store.entities["entry"].values()):
        if entry["timeInterval"].get("end") is None:
            del store.entities["entry"][entry["id"]]


# The server states an evidence fact can name (``request.state``), as changes to the replay world.
WORLDS: Mapping[str, Callable[[Store], None]] = {"no-running-timer": _stop_every_timer}


def prepare(fake: FakeClockify, cassette: str) -> None:
    """A fresh world in the server state of ``cassette``."""
    fake.store = Store()
    fake.faults.queued.clear()
    fake.rate_limit = 0 if cassette == "rate-limited" else None
    seed_world(fake.store, member=cassette != "forbidden")
    fact = (
        evidence.fact(*cassette.split(cassette_io.OBSERVED_SEPARATOR, 1))
        if cassette_io.OBSERVED_SEPARATOR in cassette
        else None
    )
    if cassette == "invalid-key" or (fact is not None and fact.credential == "unknown-key"):
        del fake.store.keys[KEY]
    if fact is not None and fact.state is not None:
        WORLDS[fact.state](fake.store)
    if cassette == "server-error":
        fake.faults.fail_next(1, kind=500)


def send(fake: FakeClockify, interaction: Interaction) -> httpx.Response:
    recorded = interaction["request"]
    headers = {name: values[0] for name, values in (recorded.get("headers") or {}).items()}
    body = recorded.get("body")
    request = httpx.Request(recorded["method"], recorded["uri"], headers=headers, content=(body or "").encode())
    return fake.handle_request(request)


def _error(status: int, body: bytes) -> errors.APIError:
    return errors.error_from_response(status, body, operation_id="replay")


def compare(case: Case, response: httpx.Response) -> Iterator[str]:
    """What the fake's answer gets wrong against the recorded one."""
    recorded = cassette_io.answer(case.interaction)
    if response.status_code != recorded.status:
        yield f"{case.name}: HTTP {response.status_code} ({response.content[:120]!r}), recorded {recorded.status}"
        return
    if recorded.status >= 400:
        theirs, ours = _error(recorded.status, recorded.body), _error(response.status_code, response.content)
        shown = json.loads(recorded.body)  # a record may lack the code or the message: that part is not compared
        code = ours.code if "code" in shown else None
        message = ours.message if "message" in shown else theirs.message
        if (type(ours), code, message) != (type(theirs), theirs.code, theirs.message):
            yield (
                f"{case.name}: {type(ours).__name__} {ours.code} {ours.message!r}, "
                f"recorded {type(theirs).__name__} {theirs.code} {theirs.message!r}"
            )
        if recorded.status == 429 and "Retry-After" not in response.headers:
            yield f"{case.name}: a 429 without Retry-After"
        return
    ours_type = response.headers.get("Content-Type", "").split(";")[0] or None
    if ours_type != recorded.content_type:
        yield f"{case.name}: content type {ours_type!r}, recorded {recorded.content_type!r}"
    recorded_last = {k.lower(): v for k, v in recorded.headers.items()}.get("last-page")
    if recorded_last is not None and response.headers.get("Last-Page") != recorded_last[0]:
        yield f"{case.name}: Last-Page {response.headers.get('Last-Page')!r}, recorded {recorded_last[0]!r}"
    answered = {
        **case.interaction,
        "response": {
            "status": {"code": response.status_code},
            "headers": {k: [v] for k, v in response.headers.items()},
            "body": {"string": response.content.decode("utf-8", "replace")},
        },
    }
    yield from checks.conformance_problems(answered)


def problems(fake: FakeClockify, selected: Iterable[Case] | None = None) -> list[str]:
    """Every difference between the fake's answers and the recorded ones, over ``selected`` (all cases)."""
    found: list[str] = []
    for case in selected if selected is not None else cases():
        prepare(fake, case.cassette)
        found.extend(compare(case, send(fake, case.interaction)))
    return found


def broken_spec(change: Any) -> Mapping[str, Any]:
    """A deep copy of the corrected spec with ``change(document)`` applied (for the teeth tests)."""
    document = json.loads(json.dumps(catalog.spec()))
    change(document)
    return dict(document)
