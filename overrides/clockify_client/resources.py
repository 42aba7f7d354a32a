"""The typed surface, per API area, on ``Clockify`` and ``AsyncClockify``.

Every operation's typed method is written by the generator from the spec
(``clockify_api.api.<tag>``, project template ``scripts/templates/endpoint_init.py.jinja``): path
parameters positional, query parameters and body fields as keywords in Python spelling, the
documented model as the return type; ``run_arguments`` below turns such a call into ``call``'s
arguments. Each area here inherits its tags' generated methods and adds only what is a quirk of the
API: short names, paging through every page, file exports, and report bodies given whole (a mapping
or a model) read into typed rows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

import attrs
from clockify_api.api.client import AsyncClientOperations, ClientOperations
from clockify_api.api.expense_report import AsyncExpenseReportOperations, ExpenseReportOperations
from clockify_api.api.project import AsyncProjectOperations, ProjectOperations
from clockify_api.api.tag import AsyncTagOperations, TagOperations
from clockify_api.api.task import AsyncTaskOperations, TaskOperations
from clockify_api.api.team_report import AsyncTeamReportOperations, TeamReportOperations
from clockify_api.api.time_entry import AsyncTimeEntryOperations, TimeEntryOperations
from clockify_api.api.time_entry_report import AsyncTimeEntryReportOperations, TimeEntryReportOperations
from clockify_api.api.user import AsyncUserOperations, UserOperations
from clockify_api.api.workspace import AsyncWorkspaceOperations, WorkspaceOperations
from clockify_api.types import Unset

from clockify_client import _spec
from clockify_client._client import FILE_EXPORTS
from clockify_client.errors import ConfigurationError

if TYPE_CHECKING:
    from clockify_api.models import (
        AttendanceReportFilterV1,
        ClientWithCurrencyDtoV1,
        DetailedReportFilterV1,
        ExpenseReportFilterV1,
        ProjectDtoV1,
        SummaryReportFilterV1,
        TagDtoV1,
        TaskDtoV1,
        TimeEntrySummaryReportDto,
        TimeEntryWeeklyReportDto,
        TimeEntryWithRatesDtoV1,
        UserDtoV1,
        WeeklyReportFilterV1,
    )

    from clockify_client._reading import (
        AttendancePage,
        AttendanceRow,
        DetailedEntry,
        DetailedReportPage,
        ExpensePage,
        ExpenseRow,
    )
    from clockify_client.clockify import AsyncClockify, Clockify

# A report filter, given whole: a mapping in the spec's names, or the report's generated model (per method).
ReportBody = Mapping[str, object]
AnyReportFilter: TypeAlias = (
    "DetailedReportFilterV1 | SummaryReportFilterV1 | WeeklyReportFilterV1 | ExpenseReportFilterV1"
    " | AttendanceReportFilterV1 | ReportBody"
)
Report = Literal["detailed", "summary", "weekly", "expenses", "attendance"]
REPORTS: Mapping[str, str] = {
    "detailed": "generateDetailedReport",
    "summary": "generateSummaryReport",
    "weekly": "generateWeeklyReport",
    "expenses": "generateDetailedReportV1",
    "attendance": "generateAttendanceReport",
}


def kebab(name: str) -> str:
    return name.replace("_", "-")


def fields(values: Mapping[str, Any], convert: Any = kebab) -> dict[str, Any]:
    """Keyword filters in the spec's spelling; None means 'not given' and is not sent."""
    return {convert(k): v for k, v in values.items() if v is not None}


def _route(method: str, path: str) -> str:
    return method.upper() + " " + re.sub(r"\{[^}]*\}", "{}", path)


@functools.cache
def _by_route() -> Mapping[str, str]:
    return {_route(op.method, op.path): op_id for op_id, op in _spec.operations().items()}


@functools.lru_cache(maxsize=1024)  # a generated method passes the same "METHOD /path" on every call
def _operation_id(operation: str) -> str:
    """The operationId a generated method's "METHOD /path" names; anything else is taken as an id."""
    method, _, route = operation.partition(" ")
    return _by_route().get(_route(method, route), operation) if route else operation


def _export_type(body: Any) -> str:
    value = body.get("exportType") if isinstance(body, Mapping) else getattr(body, "export_type", None)
    return str(getattr(value, "value", value) or "JSON").upper()


def run_arguments(
    operation: str,
    path: Mapping[str, Any],
    query: Mapping[str, Any],
    body: Any,
    extra_body: Mapping[str, Any] | None,
    extra_query: Mapping[str, Any] | None,
    unknown: Mapping[str, Any],
    *,
    file: bool = False,
) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """A typed method's call as ``call``'s operation id and keyword arguments, and the query
    parameters given in ``extra_query`` (which the spec's check would refuse as unknown).

    ``operation`` is an operationId or, from the generated methods, "METHOD /path". Arguments left
    ``UNSET`` are not sent. Refused with ``ConfigurationError`` before anything is sent: a keyword the
    method does not know (a misspelling would otherwise be lost), and a file export from a method
    that returns a model (``reports.export`` returns the file).
    """
    operation_id = _operation_id(operation)
    _spec.operation(operation_id)  # ConfigurationError for an unknown id
    if unknown:
        raise ConfigurationError(
            f"{operation_id}: unknown keyword argument(s) {', '.join(sorted(unknown))}; a field the spec does not "
            "know yet goes in extra_body= (or extra_query=)"
        )
    for name, extra in (("extra_body", extra_body), ("extra_query", extra_query)):
        if extra is not None and not isinstance(extra, Mapping):
            raise ConfigurationError(f"{operation_id}: {name} must be a mapping, not {type(extra).__name__}")
    sent_query = {k: v for k, v in query.items() if not isinstance(v, Unset)}
    if isinstance(body, Unset):
        body = None
    if isinstance(body, Mapping):
        body = {k: v for k, v in body.items() if not isinstance(v, Unset)} | dict(extra_body or {})
    elif extra_body:
        if not attrs.has(type(body)):
            raise ConfigurationError(f"{operation_id}: extra_body= goes with an object body, not a list")
        body = attrs.evolve(body)
        body.additional_properties = {**body.additional_properties, **extra_body}
    if body is not None and (_export_type(body) in FILE_EXPORTS) != file:
        raise ConfigurationError(
            f"{operation_id}: exportType {_export_type(body)} answers a file: use reports.export()"
            if not file
            else f"{operation_id}: reports.export() needs a file exportType ({', '.join(sorted(FILE_EXPORTS))})"
        )
    return operation_id, {"path": dict(path), "query": sent_query, "body": body}, dict(extra_query or {})


# --- the areas: the generated methods of their tags, short names, and the quirks ----------------------


class _Area:
    """Hands the generated methods the client's run hook; ``_client`` serves the quirks."""

    def __init__(self, client: Clockify | AsyncClockify) -> None:
        super().__init__(client._run)  # type: ignore[call-arg]  # the generated classes take ``run``
        self._client = client

    def _pages(self, operation_id: str, path: Mapping[str, str], filters: Mapping[str, Any], page_size: int) -> Any:
        return self._client._iterate(operation_id, path=path, query=fields(filters), page_size=page_size)

    def _report_pages(
        self, report: Report, workspace_id: str, body: Any, page_size: int | None, concurrency: int | None
    ) -> Any:
        args: dict[str, Any] = {"path": {"workspaceId": workspace_id}, "body": body, "page_size": page_size}
        if concurrency is None:
            return self._client.iterate_report(REPORTS[report], **args)
        if not hasattr(self._client, "iterate_report_concurrently"):
            raise ConfigurationError("concurrency= is for AsyncClockify")
        return self._client.iterate_report_concurrently(REPORTS[report], concurrency=concurrency, **args)

    def _report_page(self, report: Report, workspace_id: str, body: Any) -> Any:
        """One page of a paged report, its rows typed as its ``iterate_`` method gives them."""
        operation_id, arguments, _ = run_arguments(
            REPORTS[report], {"workspaceId": workspace_id}, {}, body, None, None, {}
        )
        return self._client._report_page(operation_id, arguments["path"], arguments["body"])

    def _report(self, report: Report, workspace_id: str, body: Any, *, file: bool = False) -> Any:
        return self._client._run(REPORTS[report], {"workspaceId": workspace_id}, {}, body, None, None, {}, file=file)


class Users(_Area, UserOperations):
    me = UserOperations.get_logged_user

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Iterator[UserDtoV1]:
        """Every member of a workspace (filters as ``get_users_of_workspace`` takes them), page after page."""
        return cast(
            "Iterator[UserDtoV1]", self._pages("getUsersOfWorkspace", {"workspaceId": workspace_id}, filters, page_size)
        )


class AsyncUsers(_Area, AsyncUserOperations):
    me = AsyncUserOperations.get_logged_user

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> AsyncIterator[UserDtoV1]:
        """Every member of a workspace (filters as ``get_users_of_workspace`` takes them), page after page."""
        return cast(
            "AsyncIterator[UserDtoV1]",
            self._pages("getUsersOfWorkspace", {"workspaceId": workspace_id}, filters, page_size),
        )


class Workspaces(_Area, WorkspaceOperations):
    list = WorkspaceOperations.get_workspaces_of_user
    get = WorkspaceOperations.get_workspace_of_user


class AsyncWorkspaces(_Area, AsyncWorkspaceOperations):
    list = AsyncWorkspaceOperations.get_workspaces_of_user
    get = AsyncWorkspaceOperations.get_workspace_of_user


class Projects(_Area, ProjectOperations):
    get = ProjectOperations.get_project
    create = ProjectOperations.create_new_project
    update = ProjectOperations.update_project
    delete = ProjectOperations.delete_project

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Iterator[ProjectDtoV1]:
        """Every project matching the filters (``name``, ``archived``, ``billable``, ``clients`` ...)."""
        return cast(
            "Iterator[ProjectDtoV1]", self._pages("getProjects", {"workspaceId": workspace_id}, filters, page_size)
        )


class AsyncProjects(_Area, AsyncProjectOperations):
    get = AsyncProjectOperations.get_project
    create = AsyncProjectOperations.create_new_project
    update = AsyncProjectOperations.update_project
    delete = AsyncProjectOperations.delete_project

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> AsyncIterator[ProjectDtoV1]:
        """Every project matching the filters (``name``, ``archived``, ``billable``, ``clients`` ...)."""
        return cast(
            "AsyncIterator[ProjectDtoV1]", self._pages("getProjects", {"workspaceId": workspace_id}, filters, page_size)
        )


class Clients(_Area, ClientOperations):
    create = ClientOperations.create_client

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Iterator[ClientWithCurrencyDtoV1]:
        """Every client of a workspace matching the filters, page after page."""
        return cast(
            "Iterator[ClientWithCurrencyDtoV1]",
            self._pages("getClients", {"workspaceId": workspace_id}, filters, page_size),
        )


class AsyncClients(_Area, AsyncClientOperations):
    create = AsyncClientOperations.create_client

    def iterate(
        self, workspace_id: str, *, page_size: int = 50, **filters: Any
    ) -> AsyncIterator[ClientWithCurrencyDtoV1]:
        """Every client of a workspace matching the filters, page after page."""
        return cast(
            "AsyncIterator[ClientWithCurrencyDtoV1]",
            self._pages("getClients", {"workspaceId": workspace_id}, filters, page_size),
        )


class Tags(_Area, TagOperations):
    create = TagOperations.create_new_tag

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> Iterator[TagDtoV1]:
        """Every tag of a workspace matching the filters, page after page."""
        return cast("Iterator[TagDtoV1]", self._pages("getTags", {"workspaceId": workspace_id}, filters, page_size))


class AsyncTags(_Area, AsyncTagOperations):
    create = AsyncTagOperations.create_new_tag

    def iterate(self, workspace_id: str, *, page_size: int = 50, **filters: Any) -> AsyncIterator[TagDtoV1]:
        """Every tag of a workspace matching the filters, page after page."""
        return cast(
            "AsyncIterator[TagDtoV1]", self._pages("getTags", {"workspaceId": workspace_id}, filters, page_size)
        )


class Tasks(_Area, TaskOperations):
    create = TaskOperations.create_task

    def iterate(
        self, workspace_id: str, project_id: str, *, page_size: int = 50, **filters: Any
    ) -> Iterator[TaskDtoV1]:
        """Every task of a project matching the filters, page after page."""
        path = {"workspaceId": workspace_id, "projectId": project_id}
        return cast("Iterator[TaskDtoV1]", self._pages("getTasks", path, filters, page_size))


class AsyncTasks(_Area, AsyncTaskOperations):
    create = AsyncTaskOperations.create_task

    def iterate(
        self, workspace_id: str, project_id: str, *, page_size: int = 50, **filters: Any
    ) -> AsyncIterator[TaskDtoV1]:
        """Every task of a project matching the filters, page after page."""
        path = {"workspaceId": workspace_id, "projectId": project_id}
        return cast("AsyncIterator[TaskDtoV1]", self._pages("getTasks", path, filters, page_size))


class TimeEntries(_Area, TimeEntryOperations):
    create = TimeEntryOperations.create_time_entry
    create_for = TimeEntryOperations.create_for_others
    get = TimeEntryOperations.get_time_entry
    update = TimeEntryOperations.update_time_entry
    delete = TimeEntryOperations.delete_time_entry
    stop = TimeEntryOperations.stop_running_time_entry
    duplicate = TimeEntryOperations.duplicate_time_entry
    update_many = TimeEntryOperations.replace_many
    mark_invoiced = TimeEntryOperations.update_invoiced_status

    def iterate(
        self, workspace_id: str, user_id: str, *, page_size: int = 50, **filters: Any
    ) -> Iterator[TimeEntryWithRatesDtoV1]:
        """Every time entry of a user matching the filters (``start``, ``end``, ``project``, ``hydrated`` ...)."""
        path = {"workspaceId": workspace_id, "userId": user_id}
        return cast("Iterator[TimeEntryWithRatesDtoV1]", self._pages("getTimeEntries", path, filters, page_size))

    def in_progress(self, workspace_id: str, *, page_size: int = 50) -> Iterator[TimeEntryWithRatesDtoV1]:
        """Every timer running in the workspace right now."""
        return cast(
            "Iterator[TimeEntryWithRatesDtoV1]",
            self._pages("getInProgressTimeEntries", {"workspaceId": workspace_id}, {}, page_size),
        )


class AsyncTimeEntries(_Area, AsyncTimeEntryOperations):
    create = AsyncTimeEntryOperations.create_time_entry
    create_for = AsyncTimeEntryOperations.create_for_others
    get = AsyncTimeEntryOperations.get_time_entry
    update = AsyncTimeEntryOperations.update_time_entry
    delete = AsyncTimeEntryOperations.delete_time_entry
    stop = AsyncTimeEntryOperations.stop_running_time_entry
    duplicate = AsyncTimeEntryOperations.duplicate_time_entry
    update_many = AsyncTimeEntryOperations.replace_many
    mark_invoiced = AsyncTimeEntryOperations.update_invoiced_status

    def iterate(
        self, workspace_id: str, user_id: str, *, page_size: int = 50, **filters: Any
    ) -> AsyncIterator[TimeEntryWithRatesDtoV1]:
        """Every time entry of a user matching the filters (``start``, ``end``, ``project``, ``hydrated`` ...)."""
        path = {"workspaceId": workspace_id, "userId": user_id}
        return cast("AsyncIterator[TimeEntryWithRatesDtoV1]", self._pages("getTimeEntries", path, filters, page_size))

    def in_progress(self, workspace_id: str, *, page_size: int = 50) -> AsyncIterator[TimeEntryWithRatesDtoV1]:
        """Every timer running in the workspace right now."""
        return cast(
            "AsyncIterator[TimeEntryWithRatesDtoV1]",
            self._pages("getInProgressTimeEntries", {"workspaceId": workspace_id}, {}, page_size),
        )


class Reports(_Area, TimeEntryReportOperations, ExpenseReportOperations, TeamReportOperations):
    """Reports API. Besides the generated methods (a keyword per filter field), each report takes its
    filter whole: a mapping in the spec's names or the generated model; datetimes may be aware
    ``datetime`` objects. ``export`` returns a file (``exportType`` CSV, XLSX, PDF or ZIP) as bytes."""

    def detailed(self, workspace_id: str, body: DetailedReportFilterV1 | ReportBody) -> DetailedReportPage:
        """One page of the detailed report: its rows as ``iterate_detailed`` gives them (DetailedEntry), totals."""
        return cast("DetailedReportPage", self._report_page("detailed", workspace_id, body))

    def summary(self, workspace_id: str, body: SummaryReportFilterV1 | ReportBody) -> TimeEntrySummaryReportDto:
        """The summary report."""
        return cast("TimeEntrySummaryReportDto", self._report("summary", workspace_id, body))

    def weekly(self, workspace_id: str, body: WeeklyReportFilterV1 | ReportBody) -> TimeEntryWeeklyReportDto:
        """The weekly report."""
        return cast("TimeEntryWeeklyReportDto", self._report("weekly", workspace_id, body))

    def expenses(self, workspace_id: str, body: ExpenseReportFilterV1 | ReportBody) -> ExpensePage:
        """One page of the expenses report: its rows as ``iterate_expenses`` gives them (ExpenseRow), totals."""
        return cast("ExpensePage", self._report_page("expenses", workspace_id, body))

    def attendance(self, workspace_id: str, body: AttendanceReportFilterV1 | ReportBody) -> AttendancePage:
        """One page of the attendance report: its rows as ``iterate_attendance`` gives them (AttendanceRow)."""
        return cast("AttendancePage", self._report_page("attendance", workspace_id, body))

    def export(self, report: Report, workspace_id: str, body: AnyReportFilter) -> bytes:
        """A report as a file: ``body`` names a file ``exportType`` (CSV, XLSX, PDF, ZIP)."""
        return cast(bytes, self._report(report, workspace_id, body, file=True))

    def iterate_detailed(
        self, workspace_id: str, body: DetailedReportFilterV1 | ReportBody, *, page_size: int | None = None
    ) -> Iterator[DetailedEntry]:
        """Every row of the detailed report, up to 1000 per request, as typed views."""
        return cast("Iterator[DetailedEntry]", self._report_pages("detailed", workspace_id, body, page_size, None))

    def iterate_expenses(
        self, workspace_id: str, body: ExpenseReportFilterV1 | ReportBody, *, page_size: int | None = None
    ) -> Iterator[ExpenseRow]:
        """Every row of the expense report, as typed views."""
        return cast("Iterator[ExpenseRow]", self._report_pages("expenses", workspace_id, body, page_size, None))

    def iterate_attendance(
        self, workspace_id: str, body: AttendanceReportFilterV1 | ReportBody, *, page_size: int | None = None
    ) -> Iterator[AttendanceRow]:
        """Every attendance row, up to 201 per request (the server's limit), as typed views."""
        return cast("Iterator[AttendanceRow]", self._report_pages("attendance", workspace_id, body, page_size, None))


class AsyncReports(_Area, AsyncTimeEntryReportOperations, AsyncExpenseReportOperations, AsyncTeamReportOperations):
    """See ``Reports``; ``concurrency=`` reads up to that many pages at once, rows still in order."""

    async def detailed(self, workspace_id: str, body: DetailedReportFilterV1 | ReportBody) -> DetailedReportPage:
        """One page of the detailed report: its rows as ``iterate_detailed`` gives them (DetailedEntry), totals."""
        return cast("DetailedReportPage", await self._report_page("detailed", workspace_id, body))

    async def summary(self, workspace_id: str, body: SummaryReportFilterV1 | ReportBody) -> TimeEntrySummaryReportDto:
        """The summary report."""
        return cast("TimeEntrySummaryReportDto", await self._report("summary", workspace_id, body))

    async def weekly(self, workspace_id: str, body: WeeklyReportFilterV1 | ReportBody) -> TimeEntryWeeklyReportDto:
        """The weekly report."""
        return cast("TimeEntryWeeklyReportDto", await self._report("weekly", workspace_id, body))

    async def expenses(self, workspace_id: str, body: ExpenseReportFilterV1 | ReportBody) -> ExpensePage:
        """One page of the expenses report: its rows as ``iterate_expenses`` gives them (ExpenseRow), totals."""
        return cast("ExpensePage", await self._report_page("expenses", workspace_id, body))

    async def attendance(self, workspace_id: str, body: AttendanceReportFilterV1 | ReportBody) -> AttendancePage:
        """One page of the attendance report: its rows as ``iterate_attendance`` gives them (AttendanceRow)."""
        return cast("AttendancePage", await self._report_page("attendance", workspace_id, body))

    async def export(self, report: Report, workspace_id: str, body: AnyReportFilter) -> bytes:
        """A report as a file: ``body`` names a file ``exportType`` (CSV, XLSX, PDF, ZIP)."""
        return cast(bytes, await self._report(report, workspace_id, body, file=True))

    def iterate_detailed(
        self,
        workspace_id: str,
        body: DetailedReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncIterator[DetailedEntry]:
        """Every row of the detailed report, up to 1000 per request, as typed views."""
        return cast(
            "AsyncIterator[DetailedEntry]", self._report_pages("detailed", workspace_id, body, page_size, concurrency)
        )

    def iterate_expenses(
        self,
        workspace_id: str,
        body: ExpenseReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncIterator[ExpenseRow]:
        """Every row of the expense report, as typed views."""
        return cast(
            "AsyncIterator[ExpenseRow]", self._report_pages("expenses", workspace_id, body, page_size, concurrency)
        )

    def iterate_attendance(
        self,
        workspace_id: str,
        body: AttendanceReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncIterator[AttendanceRow]:
        """Every attendance row, up to 201 per request (the server's limit), as typed views."""
        return cast(
            "AsyncIterator[AttendanceRow]", self._report_pages("attendance", workspace_id, body, page_size, concurrency)
        )


class WithResources:
    """The areas, one attribute each; mixed into ``Clockify``."""

    users: Users
    workspaces: Workspaces
    projects: Projects
    clients: Clients
    tags: Tags
    tasks: Tasks
    time_entries: TimeEntries
    reports: Reports

    def _attach_resources(self, client: Clockify) -> None:
        for name, cls in (
            ("users", Users), ("workspaces", Workspaces), ("projects", Projects), ("clients", Clients),
            ("tags", Tags), ("tasks", Tasks), ("time_entries", TimeEntries), ("reports", Reports),
        ):  # fmt: skip
            setattr(self, name, cls(client))


class WithAsyncResources:
    """The areas, one attribute each; mixed into ``AsyncClockify``."""

    users: AsyncUsers
    workspaces: AsyncWorkspaces
    projects: AsyncProjects
    clients: AsyncClients
    tags: AsyncTags
    tasks: AsyncTasks
    time_entries: AsyncTimeEntries
    reports: AsyncReports

    def _attach_resources(self, client: AsyncClockify) -> None:
        for name, cls in (
            ("users", AsyncUsers), ("workspaces", AsyncWorkspaces), ("projects", AsyncProjects),
            ("clients", AsyncClients), ("tags", AsyncTags), ("tasks", AsyncTasks),
            ("time_entries", AsyncTimeEntries), ("reports", AsyncReports),
        ):  # fmt: skip
            setattr(self, name, cls(client))
