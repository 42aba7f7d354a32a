"""Typed methods per API area, on ``Clockify`` and ``AsyncClockify`` alike.

Each method only names its operation and maps Python arguments to the spec's names (snake_case ->
camelCase in bodies, kebab-case in queries); ``call`` does the rest, so there is one code path for
every operation. On ``AsyncClockify`` the same methods return awaitables and async iterators.
Extra keyword arguments are passed through under their converted names, so a field the spec gains
later is usable before this file learns it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from clockify_client.errors import ConfigurationError

if TYPE_CHECKING:
    from clockify_client.clockify import AsyncClockify, Clockify


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def kebab(name: str) -> str:
    return name.replace("_", "-")


def fields(values: Mapping[str, Any], convert: Any = camel) -> dict[str, Any]:
    """Keyword arguments in the spec's spelling; None means 'not given' and is not sent."""
    if not isinstance(values, Mapping):
        raise ConfigurationError(f"expected a mapping of field names to values, not {type(values).__name__}")
    return {convert(k): v for k, v in values.items() if v is not None}


def listed(values: Sequence[Any], name: str) -> list[Any]:
    """A list argument (ids, entries) as a list; a single value or text in its place is a mistake
    (``list("abc")`` would send three one-letter ids)."""
    if isinstance(values, str | bytes) or not isinstance(values, Sequence | set | frozenset):
        raise ConfigurationError(f"{name} must be a list, not {type(values).__name__}")
    return list(values)


class _Resource:
    def __init__(self, client: Clockify | AsyncClockify) -> None:
        self._client = client

    def _call(self, operation_id: str, **kwargs: Any) -> Any:
        return self._client.call(operation_id, **kwargs)

    def _iterate(self, operation_id: str, *, path: Mapping[str, Any], query: Mapping[str, Any], page_size: int) -> Any:
        return self._client.iterate(operation_id, path=path, query=query, page_size=page_size)


class Users(_Resource):
    def me(self, *, include_memberships: bool | None = None) -> Any:
        """The user the credentials belong to (``UserDtoV1``)."""
        return self._call("getLoggedUser", query=fields({"include_memberships": include_memberships}, kebab))

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        """Every member of a workspace, page after page (``UserDtoV1``)."""
        return self._iterate(
            "getUsersOfWorkspace", path={"workspaceId": workspace_id}, query=fields(filters, kebab), page_size=page_size
        )


class Workspaces(_Resource):
    def list(self, *, roles: Sequence[str] | None = None) -> Any:
        """The current user's workspaces (list of ``WorkspaceDtoV1``)."""
        return self._call("getWorkspacesOfUser", query=fields({"roles": roles}, kebab))

    def get(self, workspace_id: str) -> Any:
        return self._call("getWorkspaceOfUser", path={"workspaceId": workspace_id})


class Projects(_Resource):
    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        """Every project matching the filters (``name``, ``archived``, ``billable``, ``clients`` ...)."""
        return self._iterate(
            "getProjects", path={"workspaceId": workspace_id}, query=fields(filters, kebab), page_size=page_size
        )

    def get(self, workspace_id: str, project_id: str, *, hydrated: bool | None = None) -> Any:
        return self._call(
            "getProject",
            path={"workspaceId": workspace_id, "projectId": project_id},
            query=fields({"hydrated": hydrated}),
        )

    def create(self, workspace_id: str, *, name: str, **body: Any) -> Any:
        """Create a project (``ProjectRequest`` fields as keywords: ``client_id``, ``is_public``, ``color`` ...)."""
        return self._call("createNewProject", path={"workspaceId": workspace_id}, body=fields({"name": name, **body}))

    def update(self, workspace_id: str, project_id: str, **body: Any) -> Any:
        return self._call(
            "updateProject", path={"workspaceId": workspace_id, "projectId": project_id}, body=fields(body)
        )

    def delete(self, workspace_id: str, project_id: str) -> Any:
        """Delete a project; Clockify refuses active projects: archive first (``update(..., archived=True)``)."""
        return self._call("deleteProject", path={"workspaceId": workspace_id, "projectId": project_id})


class Clients(_Resource):
    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        return self._iterate(
            "getClients", path={"workspaceId": workspace_id}, query=fields(filters, kebab), page_size=page_size
        )

    def create(self, workspace_id: str, *, name: str, **body: Any) -> Any:
        return self._call("createClient", path={"workspaceId": workspace_id}, body=fields({"name": name, **body}))


class Tags(_Resource):
    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        return self._iterate(
            "getTags", path={"workspaceId": workspace_id}, query=fields(filters, kebab), page_size=page_size
        )

    def create(self, workspace_id: str, *, name: str) -> Any:
        return self._call("createNewTag", path={"workspaceId": workspace_id}, body={"name": name})


class Tasks(_Resource):
    def iterate(self, workspace_id: str, project_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        return self._iterate(
            "getTasks",
            path={"workspaceId": workspace_id, "projectId": project_id},
            query=fields(filters, kebab),
            page_size=page_size,
        )

    def create(self, workspace_id: str, project_id: str, *, name: str, **body: Any) -> Any:
        return self._call(
            "createTask",
            path={"workspaceId": workspace_id, "projectId": project_id},
            body=fields({"name": name, **body}),
        )


class TimeEntries(_Resource):
    def create(
        self,
        workspace_id: str,
        *,
        start: datetime.datetime,
        end: datetime.datetime | None = None,
        description: str | None = None,
        project_id: str | None = None,
        task_id: str | None = None,
        tag_ids: Sequence[str] | None = None,
        billable: bool | None = None,
        **body: Any,
    ) -> Any:
        """Create a time entry for the current user; without ``end`` it is a running timer.

        Datetimes must be timezone-aware; they are sent in UTC as the API expects.
        """
        values = {
            "start": start, "end": end, "description": description, "project_id": project_id,
            "task_id": task_id, "billable": billable,
            "tag_ids": listed(tag_ids, "tag_ids") if tag_ids is not None else None,
            **body,
        }  # fmt: skip
        return self._call("createTimeEntry", path={"workspaceId": workspace_id}, body=fields(values))

    def create_for(self, workspace_id: str, user_id: str, *, start: datetime.datetime, **body: Any) -> Any:
        """Create a time entry for another user (needs the permission to add time for others)."""
        return self._call(
            "createForOthers",
            path={"workspaceId": workspace_id, "userId": user_id},
            body=fields({"start": start, **body}),
        )

    def iterate(self, workspace_id: str, user_id: str, *, page_size: int = 50, **filters: Any) -> Any:
        """Every time entry of a user matching the filters (``start``, ``end``, ``project``, ``hydrated`` ...)."""
        return self._iterate(
            "getTimeEntries",
            path={"workspaceId": workspace_id, "userId": user_id},
            query=fields(filters, kebab),
            page_size=page_size,
        )

    def get(self, workspace_id: str, entry_id: str, *, hydrated: bool | None = None) -> Any:
        return self._call(
            "getTimeEntry", path={"workspaceId": workspace_id, "id": entry_id}, query=fields({"hydrated": hydrated})
        )

    def update(self, workspace_id: str, entry_id: str, *, start: datetime.datetime, **body: Any) -> Any:
        """Replace a time entry (``start`` is required by the API)."""
        return self._call(
            "updateTimeEntry",
            path={"workspaceId": workspace_id, "id": entry_id},
            body=fields({"start": start, **body}),
        )

    def delete(self, workspace_id: str, entry_id: str) -> Any:
        return self._call("deleteTimeEntry", path={"workspaceId": workspace_id, "id": entry_id})

    def stop(self, workspace_id: str, user_id: str, *, end: datetime.datetime) -> Any:
        """Stop the user's running timer at ``end``."""
        return self._call(
            "stopRunningTimeEntry", path={"workspaceId": workspace_id, "userId": user_id}, body={"end": end}
        )

    def in_progress(self, workspace_id: str, *, page_size: int = 50) -> Any:
        """Every timer running in the workspace right now."""
        return self._iterate(
            "getInProgressTimeEntries", path={"workspaceId": workspace_id}, query={}, page_size=page_size
        )

    def duplicate(self, workspace_id: str, user_id: str, entry_id: str) -> Any:
        return self._call("duplicateTimeEntry", path={"workspaceId": workspace_id, "userId": user_id, "id": entry_id})

    def update_many(self, workspace_id: str, user_id: str, entries: Sequence[Mapping[str, Any]]) -> Any:
        """Update several entries of a user; each item names its entry with ``id``."""
        return self._call(
            "replaceMany",
            path={"workspaceId": workspace_id, "userId": user_id},
            body=[fields(e) for e in listed(entries, "entries")],
        )

    def mark_invoiced(self, workspace_id: str, entry_ids: Sequence[str], *, invoiced: bool = True) -> Any:
        return self._call(
            "updateInvoicedStatus",
            path={"workspaceId": workspace_id},
            body={"timeEntryIds": listed(entry_ids, "entry_ids"), "invoiced": invoiced},
        )

    def delete_many(self, workspace_id: str, user_id: str, entry_ids: Sequence[str]) -> Any:
        """Delete the listed entries of a user (only those: the API never deletes 'all' here)."""
        return self._call(
            "deleteMany",
            path={"workspaceId": workspace_id, "userId": user_id},
            query={"time-entry-ids": listed(entry_ids, "entry_ids")},
        )


class Reports(_Resource):
    """Reports API. ``body`` is the report filter as a dict (spec names) or a generated model; datetimes
    may be aware ``datetime`` objects. With ``exportType`` CSV, XLSX, PDF or ZIP the result is ``bytes``."""

    def detailed(self, workspace_id: str, body: Any) -> Any:
        return self._call("generateDetailedReport", path={"workspaceId": workspace_id}, body=body)

    def iterate_detailed(self, workspace_id: str, body: Mapping[str, Any], *, page_size: int | None = None) -> Any:
        """Every row of the detailed report, up to 1000 per request, as typed ``DetailedEntry`` views."""
        return self._client.iterate_report(
            "generateDetailedReport", path={"workspaceId": workspace_id}, body=body, page_size=page_size
        )

    def summary(self, workspace_id: str, body: Any) -> Any:
        return self._call("generateSummaryReport", path={"workspaceId": workspace_id}, body=body)

    def weekly(self, workspace_id: str, body: Any) -> Any:
        return self._call("generateWeeklyReport", path={"workspaceId": workspace_id}, body=body)

    def expenses(self, workspace_id: str, body: Any) -> Any:
        return self._call("generateDetailedReportV1", path={"workspaceId": workspace_id}, body=body)

    def iterate_expenses(self, workspace_id: str, body: Mapping[str, Any], *, page_size: int | None = None) -> Any:
        return self._client.iterate_report(
            "generateDetailedReportV1", path={"workspaceId": workspace_id}, body=body, page_size=page_size
        )

    def attendance(self, workspace_id: str, body: Any) -> Any:
        return self._call("generateAttendanceReport", path={"workspaceId": workspace_id}, body=body)

    def iterate_attendance(self, workspace_id: str, body: Mapping[str, Any], *, page_size: int | None = None) -> Any:
        """Every attendance row, up to 201 per request (the server's limit)."""
        return self._client.iterate_report(
            "generateAttendanceReport", path={"workspaceId": workspace_id}, body=body, page_size=page_size
        )


class WithResources:
    """The typed methods, one attribute per API area; mixed into both clients."""

    users: Users
    workspaces: Workspaces
    projects: Projects
    clients: Clients
    tags: Tags
    tasks: Tasks
    time_entries: TimeEntries
    reports: Reports

    def _attach_resources(self, client: Clockify | AsyncClockify) -> None:
        for name, cls in WithResources.__annotations__.items():
            setattr(self, name, globals()[cls](client))
