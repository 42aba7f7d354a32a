"""`make record`: re-record the contract cassettes against the live Clockify API.

    CLOCKIFY_API_KEY=... make record

Never in CI: it refuses to run when CI is set, and without a key. It talks to the real account the key
belongs to: it creates a client, a project, a tag, a task and a few time entries named "contract-tests
<timestamp>", and deletes the time entries and the project again (the API in scope has no call to delete
clients, tags or tasks: they stay, archived where possible, and are listed at the end).

Each step re-records one interaction of the table in contract_tests/build_cassettes.py: the same request,
with the account's real ids in place of the placeholders. Redaction (contract_tests/recording.py) runs in
vcrpy's hooks before anything is stored, and the interactions are held in memory (no temporary cassette
files); the real ids of everything the run created are mapped back to the placeholders, the result is
scanned for secrets, and only then are the cassettes rewritten. Interactions nobody can record on demand
(403, 429, a core 500) keep their written versions, and so does a success step the account refused
(reported at the end): a cassette never files an error under a success class.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar, cast

import httpx
import yaml
from clockify_client import Clockify, errors
from vcr.persisters.filesystem import CassetteNotFoundError  # type: ignore[import-untyped]

from contract_tests import build_cassettes, cassette_io, catalog, recording, secrets_scan
from contract_tests.catalog import (
    CLIENT_ID,
    DUPLICATE_ENTRY_ID,
    OTHER_ENTRY_ID,
    OTHER_USER_ID,
    PROJECT_ID,
    RUNNING_ENTRY_ID,
    TAG_ID,
    TASK_ID,
    TIME_ENTRY_ID,
    USER_ID,
    WORKSPACE_ID,
    Call,
)

Json = Any
KEY_ENV = "CLOCKIFY_API_KEY"
INVALID_KEY = "invalid-key-sent-by-make-record-0000"  # for the invalid-key scenario; scrubbed like any secret
REFUSE_CI = "make record talks to the live Clockify API with a real key; it never runs in CI (CI is set)."
REFUSE_KEY = f"make record needs a Clockify API key: set {KEY_ENV} (it is never written anywhere)."


@dataclasses.dataclass(frozen=True)
class Step:
    """One request of the recording run: which table interaction it re-records (cassette and outcome)."""

    cassette: str
    outcome: str = catalog.OK
    operation_id: str | None = None  # default: the cassette's name
    creates: str | None = None  # the placeholder id the answer's "id" stands for from now on
    lists_users: bool = False  # the answer lists the workspace's users: learn their ids and names
    auth: str = "key"  # "key", "none" (no credential header), "invalid" (a wrong key)
    record: bool = True  # False: a setup or clean-up request, sent but not stored
    change: Callable[[Call, str], Call] | None = None  # adapt the table's request (unique names, today's dates)

    @property
    def operation(self) -> str:
        return self.operation_id or self.cassette


def _named(call: Call, stamp: str) -> Call:
    return dataclasses.replace(call, body={**call.body, "name": f"contract-tests {stamp}"})


def _today(call: Call, stamp: str) -> Call:
    """Time entries on the day of recording (old days may be locked by the workspace)."""
    text = json.dumps(call.body).replace("2024-01-15", stamp[:10])
    return dataclasses.replace(call, body=json.loads(text))


def _utc(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _running(call: Call, stamp: str) -> Call:
    """A timer started five minutes ago (no end): the one getInProgressTimeEntries lists and the next step stops."""
    body = {k: v for k, v in call.body.items() if k != "end"}
    start = _utc(datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=5))
    return dataclasses.replace(call, body={**body, "start": start, "description": "contract-tests running timer"})


def _stop(call: Call, stamp: str) -> Call:
    return dataclasses.replace(call, body={"end": _utc(datetime.datetime.now(datetime.UTC))})


def _archive(call: Call, stamp: str) -> Call:
    return dataclasses.replace(call, body={"name": f"contract-tests {stamp}", "archived": True})


def _the_running_one(call: Call, stamp: str) -> Call:
    return dataclasses.replace(call, path={**call.path, "id": RUNNING_ENTRY_ID})


def plan() -> list[Step]:
    """Every step, in an order in which each one's ids exist."""
    core = [
        Step("getLoggedUser"),
        Step("getWorkspacesOfUser"),
        Step("getWorkspaceOfUser"),
        Step("getUsersOfWorkspace", lists_users=True),
        Step("createClient", creates=CLIENT_ID, change=_named),
        Step("getClients"),
        Step("createNewProject", creates=PROJECT_ID, change=_named),
        Step("getProjects"),
        Step("getProject"),
        Step("createNewTag", creates=TAG_ID, change=_named),
        Step("getTags"),
        Step("createTask", creates=TASK_ID, change=_named),
        Step("getTasks"),
        Step("createTimeEntry", creates=TIME_ENTRY_ID, change=_today),
        Step("getTimeEntry"),
        Step("getTimeEntries"),
        Step("updateTimeEntry", change=_today),
        Step("replaceMany", change=_today),
        Step("duplicateTimeEntry", creates=DUPLICATE_ENTRY_ID),
        Step("createForOthers", creates=OTHER_ENTRY_ID, change=_today),
        Step("updateInvoicedStatus"),
        Step("deleteMany"),
        Step("createTimeEntry", creates=RUNNING_ENTRY_ID, record=False, change=_running),
        Step("getInProgressTimeEntries"),
        Step("stopRunningTimeEntry", change=_stop),
        Step("deleteTimeEntry", record=False, change=_the_running_one),
        Step("deleteTimeEntry"),
        Step("updateProject", change=_archive),  # a project is deleted only once archived (seed 002)
        Step("deleteProject"),
        Step("getLoggedUser", catalog.NO_TOKEN, auth="none"),
        Step("invalid-key", operation_id="getLoggedUser", auth="invalid"),
        Step("invalid-key", operation_id="generateDetailedReport", auth="invalid"),
        Step("not-found", operation_id="getProject"),
        Step("not-found", operation_id="getTimeEntry"),
    ]
    reports = []
    for op in sorted(o for o, spec in catalog.operations().items() if spec.is_report):
        reports += [Step(op), Step(op, catalog.EXPORT_PREFIX + "CSV")]
        for outcome in catalog.documented_outcomes(op):
            reports.append(Step(op, outcome, auth="none" if outcome == catalog.NO_TOKEN else "key"))
    return core + reports


def table_call(step: Step) -> Call:
    """The table's request for a step (placeholders still in it)."""
    op = step.operation
    call = build_cassettes.SUCCESS[op][0]
    if step.cassette == "not-found":
        return Call(op, build_cassettes.NOT_FOUND_PATHS[op], call.query, call.body)
    if step.outcome.startswith(catalog.EXPORT_PREFIX):
        return Call(op, call.path, call.query, {**call.body, "exportType": step.outcome[len(catalog.EXPORT_PREFIX) :]})
    if step.outcome != catalog.OK:
        return Call(op, call.path, call.query, build_cassettes.error_body(op, step.outcome))
    return call


def _swap(value: Json, ids: Mapping[str, str]) -> Json:
    text = json.dumps(value)
    for placeholder, real in ids.items():
        text = text.replace(placeholder, real)
    return json.loads(text)


class _Memory:
    """A vcrpy persister that keeps what it is given in memory: nothing reaches the disk before the scan."""

    stored: ClassVar[dict[str, str]] = {}

    @classmethod
    def load_cassette(cls, cassette_path: str, serializer: Any) -> Any:
        raise CassetteNotFoundError()

    @classmethod
    def save_cassette(cls, cassette_path: str, cassette_dict: Any, serializer: Any) -> None:
        import vcr.serialize  # type: ignore[import-untyped]

        cls.stored[str(cassette_path)] = vcr.serialize.serialize(cassette_dict, serializer)


@dataclasses.dataclass
class Outcome:
    recorded: dict[str, list[dict[str, Any]]]  # cassette -> interactions
    kept_written: list[str]  # steps whose live answer was not a success
    leftovers: list[str]  # entities the run created and could not delete


def record(
    out_dir: Path = cassette_io.CASSETTES,
    *,
    api_key: str,
    base_url: str | None = None,
    reports_base_url: str | None = None,
    existing: Path | None = None,
    rate_limit: float | None = 5.0,
    today: datetime.date | None = None,
    steps: list[Step] | None = None,
) -> Outcome:
    """Run the plan against the API at the given hosts, then rewrite the cassettes in ``out_dir``."""
    day = today or datetime.date.today()
    stamp = f"{day.isoformat()}T{datetime.datetime.now(datetime.UTC).strftime('%H%M%S')}"
    options: dict[str, Any] = {"base_url": base_url, "reports_base_url": reports_base_url}
    with Clockify(api_key=api_key, max_retries=0, rate_limit=rate_limit, **options) as client:
        me = client.call("getLoggedUser")  # not recorded: the ids the scrubber must know before anything is
        workspace = next(w for w in (me.active_workspace, me.default_workspace) if isinstance(w, str) and w)
        ids = {WORKSPACE_ID: workspace, USER_ID: str(me.id), OTHER_USER_ID: str(me.id)}
        scrubber = recording.Scrubber(
            secrets=[api_key, INVALID_KEY], ids={workspace: WORKSPACE_ID, str(me.id): USER_ID}
        )
        if isinstance(me.name, str) and len(me.name) >= 4:
            scrubber.add_id(me.name, "John Smith")  # the key owner's name, like a colleague's (learn_users)
        recorder = recording.make_vcr(scrubber)
        recorder.register_persister(_Memory)
        _Memory.stored = {}
        outcome = Outcome({}, [], [])
        with (
            Clockify(api_key=INVALID_KEY, max_retries=0, rate_limit=rate_limit, **options) as wrong,
            httpx.Client() as raw,
        ):
            for index, step in enumerate(steps if steps is not None else plan()):
                call = table_call(step)
                if step.change is not None:
                    call = step.change(call, stamp)
                call = Call(call.operation_id, _swap(call.path, ids), _swap(call.query, ids), _swap(call.body, ids))
                name = f"step-{index:03d}"
                if step.record:
                    with recorder.use_cassette(name, record_mode="all"):
                        result = _send(step, call, client, wrong, raw)
                else:
                    result = _send(step, call, client, wrong, raw)
                if step.creates and result is not None and getattr(result, "id", None):
                    ids[step.creates] = str(result.id)
                    scrubber.add_id(str(result.id), step.creates)
                if step.lists_users and isinstance(result, list):
                    learn_users(scrubber, result, me_id=str(me.id))
                if step.record:
                    _collect(step, name, scrubber, outcome, f"{cassette_io.RECORDED}{day.isoformat()} by `make record`")
    outcome.leftovers = [
        f"{n} {ids[p]}" for n, p in (("client", CLIENT_ID), ("tag", TAG_ID), ("task", TASK_ID)) if p in ids
    ]
    files = build_cassettes.build(existing=existing or out_dir, recorded=outcome.recorded)
    real = [api_key, INVALID_KEY, *scrubber.real_values]
    found = [f for rel, text in files.items() for f in secrets_scan.scan_text(text, Path(rel), real)]
    if found:
        raise RuntimeError("refusing to write cassettes that hold secrets:\n" + "\n".join(map(str, found)))
    build_cassettes.write(files, out_dir)
    return outcome


def learn_users(scrubber: recording.Scrubber, users: list[Any], *, me_id: str) -> None:
    """Map every colleague's id (and name, when it is long enough to replace safely) to a placeholder: the
    first to OTHER_USER_ID ("Ana Lopez"), the next ones to numbered ids ("User 2", ...)."""
    others = [u for u in users if isinstance(getattr(u, "id", None), str) and u.id != me_id]
    for number, user in enumerate(others, start=1):
        placeholder = OTHER_USER_ID if number == 1 else f"{int(OTHER_USER_ID, 16) + number - 1:024x}"
        scrubber.add_id(user.id, placeholder)
        name = getattr(user, "name", None)
        if isinstance(name, str) and len(name) >= 4:
            scrubber.add_id(name, "Ana Lopez" if number == 1 else f"User {number}")


def _send(step: Step, call: Call, client: Clockify, wrong: Clockify, raw: httpx.Client) -> Any:
    """Send one call; an error answer is what the step records, not a failure of the run."""
    try:
        if step.auth == "none":
            url = call.url(client.hosts.core, client.hosts.reports)
            raw.request(catalog.operations()[call.operation_id].method, url, json=call.body)
            return None
        sender = wrong if step.auth == "invalid" else client
        return sender.call(
            cast(Any, call.operation_id), path=call.path, query=call.query, body=call.body, validate=False
        )
    except errors.APIError:
        return None


def _collect(step: Step, name: str, scrubber: recording.Scrubber, outcome: Outcome, provenance: str) -> None:
    stored = _Memory.stored.pop(name, None)
    if stored is None:
        outcome.kept_written.append(f"{step.cassette}/{step.outcome}: nothing was recorded")
        return
    for interaction in yaml.safe_load(stored)["interactions"]:
        interaction = _rescrub(interaction, scrubber)  # ids learnt after the request went out
        cls = cassette_io.request_class(interaction)
        status = int(interaction["response"]["status"]["code"])
        success_class = step.outcome == catalog.OK or step.outcome.startswith(catalog.EXPORT_PREFIX)
        if success_class and step.cassette not in cassette_io.SCENARIOS and not 200 <= status < 300:
            outcome.kept_written.append(f"{step.cassette}/{step.outcome}: the server answered HTTP {status}")
            continue
        if cls.outcome != step.outcome:
            outcome.kept_written.append(f"{step.cassette}/{step.outcome}: the request recorded as {cls}")
            continue
        item = {"provenance": provenance, "request_class": str(cls), **interaction}
        outcome.recorded.setdefault(step.cassette, []).append(item)


def _rescrub(interaction: dict[str, Any], scrubber: recording.Scrubber) -> dict[str, Any]:
    request, response = interaction["request"], interaction["response"]
    request["uri"] = scrubber.text(request["uri"])
    if isinstance(request.get("body"), str):
        request["body"] = scrubber.body(request["body"])
    body = response.get("body", {})
    if isinstance(body.get("string"), str):
        body["string"] = scrubber.body(body["string"])
    return {"request": request, "response": response}


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m scripts.record", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args(argv)
    if os.environ.get("CI"):
        print(REFUSE_CI, file=sys.stderr)
        return 2
    key = os.environ.get(KEY_ENV, "").strip()
    if not key:
        print(REFUSE_KEY, file=sys.stderr)
        return 2
    outcome = record(api_key=key)
    total = sum(map(len, outcome.recorded.values()))
    print(f"recorded {total} interactions into {cassette_io.CASSETTES}", file=sys.stderr)
    for line in outcome.kept_written:
        print(f"kept the written interaction: {line}", file=sys.stderr)
    for line in outcome.leftovers:
        print(f"left in the workspace (no delete call in scope): {line}", file=sys.stderr)
    print("now run: make contract", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
