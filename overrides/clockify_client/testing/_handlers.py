"""Each operation's effect on the fake's state. Errors, paging, access and rules are decided before a
handler runs (``_fake``); a handler returns the JSON to answer (a list is paged for paged operations),
None for no body, or a ``Reply``."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from clockify_client.testing import _reports
from clockify_client.testing._state import Entity, parse_instant, wire_instant

if TYPE_CHECKING:
    from clockify_client.testing._fake import FakeClockify, Reply, Request

Json = Any
Handler = Callable[["FakeClockify", "Request"], Any]
HANDLERS: dict[str, Handler] = {}

# What a body field names, and how Clockify's messages name it.
REFERENCES: Mapping[str, str] = {"projectId": "project", "taskId": "task", "clientId": "client", "tagIds": "tag"}


@dataclasses.dataclass(frozen=True)
class Paged:
    """A list answer whose items are shaped for the wire only once paged (only the page pays for it)."""

    items: list[Entity]
    present: Callable[[Entity], Json]


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register


def _by_name(items: Iterable[Entity], query: Mapping[str, Json]) -> list[Entity]:
    """The ``name`` / ``strict-name-search`` / ``archived`` filters the core lists share."""
    name = query.get("name")
    strict = query.get("strict-name-search") is True
    archived = query.get("archived")
    found = []
    for item in items:
        mismatch = (item["name"] != name) if strict else (str(name).lower() not in item["name"].lower())
        if isinstance(name, str) and name and mismatch:
            continue
        if isinstance(archived, bool) and bool(item.get("archived", False)) != archived:
            continue
        found.append(item)
    return sorted(found, key=lambda i: (i["name"].lower(), i["id"]))


def _check_references(fake: FakeClockify, request: Request, body: Mapping[str, Json]) -> None:
    workspace_id = request.path["workspaceId"]
    for field, kind in REFERENCES.items():
        value = body.get(field)
        for ident in value if isinstance(value, list) else [value]:
            if isinstance(ident, str) and ident:
                entity = fake.store.get(kind, ident)
                if entity is None or entity.get("workspaceId") != workspace_id:
                    raise fake.missing_reference(request.operation, kind, ident)


# --- users and workspaces -----------------------------------------------------------------------------


@handles("getLoggedUser")
def logged_user(fake: FakeClockify, request: Request) -> Json:
    return fake.store.entities["user"][request.user_id]


@handles("getWorkspacesOfUser")
def workspaces_of_user(fake: FakeClockify, request: Request) -> Json:
    user = fake.store.entities["user"][request.user_id]
    return [fake.store.entities["workspace"][m["targetId"]] for m in user["memberships"]]


@handles("getWorkspaceOfUser")
def workspace_of_user(fake: FakeClockify, request: Request) -> Json:
    return fake.store.entities["workspace"][request.path["workspaceId"]]


@handles("getUsersOfWorkspace")
def users_of_workspace(fake: FakeClockify, request: Request) -> Json:
    workspace_id = request.path["workspaceId"]
    users = [
        u for u in fake.store.entities["user"].values() if any(m["targetId"] == workspace_id for m in u["memberships"])
    ]
    email = request.query.get("email")
    if isinstance(email, str) and email:
        users = [u for u in users if email.lower() in u["email"].lower()]
    return _by_name(users, {"name": request.query.get("name")})


# --- projects, clients, tags, tasks -------------------------------------------------------------------


@handles("getProjects")
def projects(fake: FakeClockify, request: Request) -> Json:
    found = _by_name(fake.store.of_workspace("project", request.path["workspaceId"]), request.query)
    billable = request.query.get("billable")
    clients = request.query.get("clients")
    return [
        p
        for p in found
        if (not isinstance(billable, bool) or p["billable"] == billable) and (not clients or p["clientId"] in clients)
    ]


def _project_fields(body: Mapping[str, Json]) -> dict[str, Json]:
    rate = body.get("hourlyRate")
    fields: dict[str, Json] = {
        "billable": bool(body.get("billable", False)),
        "color": body.get("color") or "#03A9F4",
        "note": body.get("note") or "",
        "isPublic": bool(body.get("isPublic", False)),
        "hourly_rate": rate.get("amount") if isinstance(rate, Mapping) else None,
    }
    return fields


@handles("createNewProject")
def create_project(fake: FakeClockify, request: Request) -> Json:
    _check_references(fake, request, request.body)
    fields = _project_fields(request.body)
    return fake.store.add_project(
        request.path["workspaceId"], request.body["name"], client_id=request.body.get("clientId") or None, **fields
    )


@handles("getProject")
def get_project(fake: FakeClockify, request: Request) -> Json:
    return fake.store.entities["project"][request.path["projectId"]]


@handles("updateProject")
def update_project(fake: FakeClockify, request: Request) -> Json:
    _check_references(fake, request, request.body)
    project = fake.store.entities["project"][request.path["projectId"]]
    body = request.body
    for field in ("name", "billable", "color", "note", "archived"):
        if field in body and body[field] is not None:
            project[field] = body[field]
    if "isPublic" in body:
        project["public"] = bool(body["isPublic"])
    if isinstance(body.get("hourlyRate"), Mapping):
        project["hourlyRate"] = {"amount": body["hourlyRate"]["amount"], "currency": "USD"}
    if "clientId" in body:
        client = fake.store.get("client", body["clientId"] or "")
        project["clientId"], project["clientName"] = (client["id"], client["name"]) if client else ("", "")
    return project


@handles("deleteProject")
def delete_project(fake: FakeClockify, request: Request) -> Json:
    return fake.store.entities["project"].pop(request.path["projectId"])


@handles("getClients")
def clients(fake: FakeClockify, request: Request) -> Json:
    return _by_name(fake.store.of_workspace("client", request.path["workspaceId"]), request.query)


@handles("createClient")
def create_client(fake: FakeClockify, request: Request) -> Json:
    body = request.body
    extra = {k: body[k] for k in ("address", "note", "email") if isinstance(body.get(k), str)}
    return fake.store.add_client(request.path["workspaceId"], body.get("name") or "", **extra)


@handles("getTags")
def tags(fake: FakeClockify, request: Request) -> Json:
    found = _by_name(fake.store.of_workspace("tag", request.path["workspaceId"]), request.query)
    excluded = request.query.get("excluded-ids") or []
    return [t for t in found if t["id"] not in excluded]


@handles("createNewTag")
def create_tag(fake: FakeClockify, request: Request) -> Json:
    return fake.store.add_tag(request.path["workspaceId"], request.body.get("name") or "")


@handles("getTasks")
def get_tasks(fake: FakeClockify, request: Request) -> Json:
    project_id = request.path["projectId"]
    found = [t for t in fake.store.of_workspace("task", request.path["workspaceId"]) if t["projectId"] == project_id]
    active = request.query.get("is-active")
    if isinstance(active, bool):
        found = [t for t in found if (t["status"] == "ACTIVE") == active]
    return _by_name(found, request.query)


@handles("createTask")
def create_task(fake: FakeClockify, request: Request) -> Json:
    body = dict(request.body)
    body.pop("id", None)
    name = body.pop("name")
    return fake.store.add_task(request.path["workspaceId"], request.path["projectId"], name, **body)


# --- time entries ---------------------------------------------------------------------------------------


def _create_entry(fake: FakeClockify, request: Request, user_id: str) -> Json:
    body = request.body
    _check_references(fake, request, body)
    entry = fake.store.add_time_entry(
        request.path["workspaceId"],
        user_id,
        body["start"],
        body.get("end"),
        description=body.get("description") or "",
        project_id=body.get("projectId") or None,
        task_id=body.get("taskId") or None,
        tag_ids=body.get("tagIds") or (),
        billable=body.get("billable"),
    )
    return entry


@handles("createTimeEntry")
def create_entry(fake: FakeClockify, request: Request) -> Json:
    return _create_entry(fake, request, request.user_id)


@handles("createForOthers")
def create_for_others(fake: FakeClockify, request: Request) -> Json:
    return _create_entry(fake, request, request.path["userId"])


@handles("getTimeEntries")
def time_entries(fake: FakeClockify, request: Request) -> Json:
    query = request.query
    found = [
        e
        for e in fake.store.of_workspace("entry", request.path["workspaceId"])
        if e["userId"] == request.path["userId"]
    ]
    start, end = parse_instant(query.get("start")), parse_instant(query.get("end"))
    low, high = wire_instant(start) if start else "", wire_instant(end) if end else "~"  # stored alike: text compares
    text = query.get("description")
    kept = []
    for entry in found:
        if not low <= entry["timeInterval"]["start"] <= high:
            continue
        if isinstance(text, str) and text and text.lower() not in entry["description"].lower():
            continue
        if query.get("project") and entry["projectId"] != query["project"]:
            continue
        if query.get("task") and entry["taskId"] != query["task"]:
            continue
        if query.get("in-progress") is True and entry["timeInterval"]["end"] is not None:
            continue
        kept.append(entry)
    newest_first = sorted(kept, key=lambda e: (e["timeInterval"]["start"], e["id"]), reverse=True)
    return Paged(newest_first, fake.store.with_rates)


@handles("getTimeEntry")
def get_entry(fake: FakeClockify, request: Request) -> Json:
    return fake.store.with_rates(fake.store.entities["entry"][request.path["id"]])


def _apply(fake: FakeClockify, request: Request, entry: Entity, body: Mapping[str, Json]) -> Entity:
    """An update's fields onto an entry (PUT semantics: the body describes the whole entry)."""
    _check_references(fake, request, body)
    start = parse_instant(body.get("start")) or parse_instant(entry["timeInterval"]["start"])
    end = parse_instant(body.get("end")) if body.get("end") else None
    if start is None or (end is not None and end < start):
        raise fake.invalid(request.operation, "end must not be before start")
    entry.update(
        description=body.get("description") or "",
        projectId=body.get("projectId") or None,
        taskId=body.get("taskId") or None,
        tagIds=list(body.get("tagIds") or []),
        billable=bool(body.get("billable", False)),
        timeInterval=fake.store.interval(start, end),
    )
    return entry


@handles("updateTimeEntry")
def update_entry(fake: FakeClockify, request: Request) -> Json:
    return _apply(fake, request, fake.store.entities["entry"][request.path["id"]], request.body)


@handles("deleteTimeEntry")
def delete_entry(fake: FakeClockify, request: Request) -> Json:
    fake.store.entities["entry"].pop(request.path["id"])
    fake.store.invoiced.discard(request.path["id"])
    return None


@handles("stopRunningTimeEntry")
def stop_running(fake: FakeClockify, request: Request) -> Json:
    running = fake.store.running(request.path["workspaceId"], request.path["userId"])
    if not running:
        raise fake.not_found(request.operation, "running time entry", **request.path)
    entry = running[0]
    start, end = parse_instant(entry["timeInterval"]["start"]), parse_instant(request.body["end"])
    if start is None or end is None or end < start:
        raise fake.invalid(request.operation, "end must not be before start")
    entry["timeInterval"] = fake.store.interval(start, end)
    return entry


@handles("getInProgressTimeEntries")
def in_progress(fake: FakeClockify, request: Request) -> Json:
    running = fake.store.running(request.path["workspaceId"])
    return Paged(sorted(running, key=lambda e: e["id"]), fake.store.with_rates)


@handles("duplicateTimeEntry")
def duplicate(fake: FakeClockify, request: Request) -> Json:
    entry = fake.store.entities["entry"][request.path["id"]]
    if entry["userId"] != request.path["userId"]:
        raise fake.not_found(request.operation, request.path["id"])
    copy = {
        **entry,
        "id": fake.store.new_id(),
        "tagIds": list(entry["tagIds"]),
        "timeInterval": dict(entry["timeInterval"]),
    }
    return fake.store.put("entry", copy)


def _own_entries(fake: FakeClockify, request: Request, ids: Iterable[Json]) -> list[Entity]:
    found = []
    for ident in ids:
        entry = fake.store.get("entry", str(ident))
        if (
            entry is None
            or entry["workspaceId"] != request.path["workspaceId"]
            or ("userId" in request.path and entry["userId"] != request.path["userId"])
        ):
            raise fake.missing_reference(request.operation, "entry", str(ident))
        found.append(entry)
    return found


@handles("replaceMany")
def replace_many(fake: FakeClockify, request: Request) -> Json:
    items = list(request.body)
    entries = _own_entries(fake, request, [item["id"] for item in items])
    return [_apply(fake, request, entry, item) for entry, item in zip(entries, items, strict=True)]


@handles("deleteMany")
def delete_many(fake: FakeClockify, request: Request) -> Json:
    ids = request.query.get("time-entry-ids") or []
    entries = _own_entries(fake, request, ids)
    for entry in entries:
        fake.store.entities["entry"].pop(entry["id"], None)
        fake.store.invoiced.discard(entry["id"])
    return entries


@handles("updateInvoicedStatus")
def invoiced(fake: FakeClockify, request: Request) -> Json:
    entries = _own_entries(fake, request, request.body["timeEntryIds"])
    for entry in entries:
        (fake.store.invoiced.add if request.body["invoiced"] else fake.store.invoiced.discard)(entry["id"])
    return None


# --- reports --------------------------------------------------------------------------------------------


def _report(fake: FakeClockify, request: Request) -> Reply:
    from clockify_client.testing._fake import Reply

    content_type, data = _reports.generate(
        fake.store, request.operation.operation_id, request.path["workspaceId"], request.body
    )
    return Reply(request.operation.success_status, data, content_type)


handles(*_reports.REPORTS)(_report)
