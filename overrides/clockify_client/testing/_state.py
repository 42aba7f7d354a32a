"""What the fake Clockify remembers: the core resources, held as the JSON the API answers with.

Entities are plain dicts in the shape of the corrected spec's response models (``ProjectDtoImplV1``,
``TimeEntryDtoImplV1``, ...), so answering is ``json.dumps``; the seeding helpers (``add_*``) build
them the way the server would after the matching create call.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

Json = Any
Entity = dict[str, Any]

KINDS = ("workspace", "user", "client", "project", "task", "tag", "entry", "expense")
DEFAULT_CURRENCY = "USD"
DEFAULT_CAPACITY = 8 * 3600  # seconds a day, for the attendance report


def parse_instant(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if not isinstance(value, str):
        return None
    return _parse_text(value)


@functools.lru_cache(maxsize=4096)  # reports read the same instants again and again
def _parse_text(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def wire_instant(value: dt.datetime) -> str:
    """How the core API writes an instant: UTC, seconds, ``Z``."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_duration(seconds: int) -> str:
    """``PT1H30M``: how the core API writes a duration."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    text = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    return "PT" + (text or "0S")


def _rate(amount: int | None) -> Entity | None:
    return None if amount is None else {"amount": int(amount), "currency": DEFAULT_CURRENCY}


class Store:
    """Every entity by kind and id; ids are 24 hex digits, counted (deterministic across runs)."""

    def __init__(self) -> None:
        self.entities: dict[str, dict[str, Entity]] = {kind: {} for kind in KINDS}
        self.keys: dict[str, str] = {}  # API key -> user id
        self.tokens: dict[str, str] = {}  # add-on token -> user id
        self.invoiced: set[str] = set()  # time entry ids marked invoiced
        self.derived: dict[Any, Any] = {}  # what reports compute from the state, until it changes
        self._ids = itertools.count(1)
        self._keys = itertools.count(1)

    def new_id(self) -> str:
        return f"{0x6600000000000000 + next(self._ids):024x}"

    def get(self, kind: str, entity_id: str) -> Entity | None:
        return self.entities[kind].get(entity_id)

    def put(self, kind: str, entity: Entity) -> Entity:
        self.entities[kind][entity["id"]] = entity
        self.changed()
        return entity

    def changed(self) -> None:
        """Forget what was derived from the state. The fake calls it after every request that may write
        (anything but a GET or a report) and every ``put``; call it after changing an entity in place."""
        self.derived.clear()

    def of_workspace(self, kind: str, workspace_id: str) -> list[Entity]:
        return [e for e in self.entities[kind].values() if e.get("workspaceId") == workspace_id]

    # --- seeding helpers: what a test sets up before it runs ------------------------------------------

    def add_workspace(
        self, name: str = "Workspace", *, workspace_id: str | None = None, hourly_rate: int = 0
    ) -> Entity:
        workspace_id = workspace_id or self.new_id()
        return self.put(
            "workspace",
            {
                "id": workspace_id,
                "name": name,
                "hourlyRate": _rate(hourly_rate),
                "costRate": _rate(0),
                "memberships": [],
                "workspaceSettings": {"timeRoundingInReports": False, "trackTimeDownToSecond": True},
            },
        )

    def add_user(
        self,
        workspace_id: str,
        name: str = "User",
        *,
        email: str | None = None,
        user_id: str | None = None,
        api_key: str | None = None,
        hourly_rate: int | None = None,
    ) -> Entity:
        """A member of ``workspace_id`` (created if it does not exist), with an API key of its own
        (``api_key`` or a generated one, in the returned entity's ``"apiKey"`` only: never answered)."""
        if self.get("workspace", workspace_id) is None:
            self.add_workspace(workspace_id=workspace_id)
        user_id = user_id or self.new_id()
        existing = self.get("user", user_id)
        user = existing or {
            "id": user_id,
            "email": email or f"user{len(self.entities['user']) + 1}@example.com",
            "name": name,
            "activeWorkspace": workspace_id,
            "defaultWorkspace": workspace_id,
            "profilePicture": "",
            "memberships": [],
            "settings": {
                "weekStart": "MONDAY",
                "timeZone": "UTC",
                "timeFormat": "HOUR24",
                "dateFormat": "YYYY-MM-DD",
            },
            "customFields": [],
            "status": "ACTIVE",
        }
        membership = {
            "userId": user_id,
            "targetId": workspace_id,
            "membershipType": "WORKSPACE",
            "membershipStatus": "ACTIVE",
            "hourlyRate": _rate(hourly_rate),
            "costRate": None,
        }
        if all(m["targetId"] != workspace_id for m in user["memberships"]):
            user["memberships"].append(membership)
            self.entities["workspace"][workspace_id]["memberships"].append(membership)
        self.put("user", user)
        key = api_key or f"fake-key-{next(self._keys):04d}"
        self.keys[key] = user_id
        return {**user, "apiKey": key}

    def add_token(self, user_id: str, token: str) -> None:
        """An add-on token that acts as ``user_id``."""
        self.tokens[token] = user_id

    def add_client(self, workspace_id: str, name: str, *, client_id: str | None = None, **fields: Any) -> Entity:
        return self.put(
            "client",
            {
                "id": client_id or self.new_id(),
                "name": name,
                "workspaceId": workspace_id,
                "archived": bool(fields.get("archived", False)),
                "address": fields.get("address", ""),
                "note": fields.get("note", ""),
                "email": fields.get("email", ""),
                "ccEmails": [],
                "currencyId": "",
                "currencyCode": DEFAULT_CURRENCY,
            },
        )

    def add_project(
        self,
        workspace_id: str,
        name: str,
        *,
        project_id: str | None = None,
        client_id: str | None = None,
        billable: bool = False,
        hourly_rate: int | None = None,
        color: str = "#03A9F4",
        **fields: Any,
    ) -> Entity:
        client = self.get("client", client_id) if client_id else None
        return self.put(
            "project",
            {
                "id": project_id or self.new_id(),
                "name": name,
                "workspaceId": workspace_id,
                "clientId": client_id or "",
                "clientName": client["name"] if client else "",
                "billable": billable,
                "color": color,
                "archived": bool(fields.get("archived", False)),
                "duration": "PT0S",
                "note": fields.get("note", ""),
                "public": bool(fields.get("isPublic", False)),
                "template": False,
                "hourlyRate": _rate(hourly_rate),
                "costRate": None,
                "memberships": [],
            },
        )

    def add_task(
        self, workspace_id: str, project_id: str, name: str, *, task_id: str | None = None, **fields: Any
    ) -> Entity:
        project = self.entities["project"][project_id]
        assignees = list(fields.get("assigneeIds") or [])
        return self.put(
            "task",
            {
                "id": task_id or self.new_id(),
                "name": name,
                "projectId": project_id,
                "workspaceId": workspace_id,
                "assigneeIds": assignees,
                "assigneeId": assignees[0] if assignees else "",
                "userGroupIds": list(fields.get("userGroupIds") or []),
                "estimate": fields.get("estimate") or "PT0S",
                "billable": project["billable"],
                "duration": "PT0S",
                "hourlyRate": project["hourlyRate"],
                "costRate": None,
                "status": fields.get("status") or "ACTIVE",
            },
        )

    def add_tag(self, workspace_id: str, name: str, *, tag_id: str | None = None, archived: bool = False) -> Entity:
        return self.put(
            "tag", {"id": tag_id or self.new_id(), "name": name, "workspaceId": workspace_id, "archived": archived}
        )

    def add_time_entry(
        self,
        workspace_id: str,
        user_id: str,
        start: dt.datetime | str,
        end: dt.datetime | str | None = None,
        *,
        entry_id: str | None = None,
        description: str = "",
        project_id: str | None = None,
        task_id: str | None = None,
        tag_ids: Iterable[str] = (),
        billable: bool | None = None,
    ) -> Entity:
        """A time entry; ``end=None`` makes it the user's running timer (stopping any other)."""
        begin = parse_instant(start)
        finish = parse_instant(end) if end is not None else None
        if begin is None:
            raise ValueError(f"not an instant: {start!r}")
        if finish is None:
            self._stop_running(workspace_id, user_id, begin)
        project = self.get("project", project_id) if project_id else None
        entry: Entity = {
            "id": entry_id or self.new_id(),
            "description": description,
            "userId": user_id,
            "workspaceId": workspace_id,
            "projectId": project_id or None,
            "taskId": task_id or None,
            "tagIds": list(tag_ids),
            "billable": bool(project["billable"]) if billable is None and project else bool(billable),
            "isLocked": False,
            "type": "REGULAR",
            "customFieldValues": [],
            "timeInterval": self.interval(begin, finish),
        }
        return self.put("entry", entry)

    def add_expense(
        self,
        workspace_id: str,
        user_id: str,
        date: dt.date | str,
        amount: float,
        *,
        project_id: str | None = None,
        category: str = "General",
        billable: bool = True,
        notes: str = "",
        expense_id: str | None = None,
    ) -> Entity:
        """An expense (no core operation of the scope creates one; the expense report reads them)."""
        user = self.entities["user"][user_id]
        project = self.get("project", project_id) if project_id else None
        return self.put(
            "expense",
            {
                "id": expense_id or self.new_id(),
                "date": date.isoformat() if isinstance(date, dt.date) else str(date),
                "amount": float(amount),
                "quantity": 1.0,
                "billable": billable,
                "locked": False,
                "categoryId": "",
                "categoryName": category,
                "categoryHasUnitPrice": False,
                "notes": notes,
                "projectId": project_id or "",
                "projectName": project["name"] if project else "",
                "projectColor": project["color"] if project else "",
                "userId": user_id,
                "userName": user["name"],
                "userEmail": user["email"],
                "workspaceId": workspace_id,
            },
        )

    # --- time entry helpers ------------------------------------------------------------------------------

    @staticmethod
    def interval(start: dt.datetime, end: dt.datetime | None) -> Entity:
        return {
            "start": wire_instant(start),
            "end": wire_instant(end) if end else None,
            "duration": iso_duration(int((end - start).total_seconds())) if end else None,
        }

    def running(self, workspace_id: str, user_id: str | None = None) -> list[Entity]:
        return [
            e
            for e in self.of_workspace("entry", workspace_id)
            if e["timeInterval"]["end"] is None and (user_id is None or e["userId"] == user_id)
        ]

    def _stop_running(self, workspace_id: str, user_id: str, at: dt.datetime) -> None:
        for entry in self.running(workspace_id, user_id):
            start = parse_instant(entry["timeInterval"]["start"])
            assert start is not None
            entry["timeInterval"] = self.interval(start, max(at, start))

    def with_rates(self, entry: Mapping[str, Any]) -> Entity:
        """A time entry as the read operations answer it (``TimeEntryWithRatesDtoV1``)."""
        project = self.get("project", entry["projectId"]) if entry.get("projectId") else None
        return {**entry, "hourlyRate": project["hourlyRate"] if project else None, "costRate": None}
