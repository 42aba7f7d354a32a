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
import inspect
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Coroutine, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeAlias, TypeVar, cast

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
from clockify_client._client import FILE_EXPORTS, export_type, whole_number
from clockify_client._pagination import DEFAULT_MAX_PAGES
from clockify_client._strict import strict_generated_surface, strict_surface
from clockify_client.errors import ConfigurationError

if TYPE_CHECKING:
    from clockify_api.models import (
        AttendanceReportFilterV1,
        DetailedReportFilterV1,
        ExpenseReportFilterV1,
        SummaryReportFilterV1,
        TimeEntrySummaryReportDto,
        TimeEntryWeeklyReportDto,
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

strict_generated_surface()  # before the areas below take short names from the generated methods

Extra = Mapping[str, object] | None  # fields the spec does not know yet, sent as given (``extra_body=``)
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
) -> tuple[str, dict[str, Any]]:
    """A typed method's call as ``call``'s operation id and keyword arguments, with ``extra_body`` and
    ``extra_query`` (sent unchecked, after the rest is checked: ``_client.with_extras``).

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
    sent_query = {k: v for k, v in query.items() if not isinstance(v, Unset)}
    if isinstance(body, Unset):
        body = None
    if isinstance(body, Mapping):
        body = {k: v for k, v in body.items() if not isinstance(v, Unset)}
    asked = export_type(body, sent_query)
    if (body is not None or "exportType" in sent_query) and (asked in FILE_EXPORTS) != file:
        raise ConfigurationError(
            f"{operation_id}: exportType {asked} answers a file: use reports.export() for a report body, or "
            f"call({operation_id!r}), which returns it as bytes"
            if not file
            else f"{operation_id}: reports.export() needs a body with a file exportType "
            f"({', '.join(sorted(FILE_EXPORTS))})"
        )
    return operation_id, {
        "path": dict(path),
        "query": sent_query,
        "body": body,
        "extra_body": extra_body,
        "extra_query": extra_query,
    }


# --- the areas: the generated methods of their tags, short names, and the quirks ----------------------


class _Area:
    """Hands the generated methods the client's run hook; ``_client`` serves the quirks."""

    def __init__(self, client: Clockify | AsyncClockify) -> None:
        super().__init__(client._run)  # type: ignore[call-arg]  # the generated classes take ``run``
        self._client = client

    def _every_page(self, list_method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Every page of a generated list method's call (``Paged``, or ``AsyncPaged``): its arguments mapped
        to the spec's names by the method itself (``_Capture``), ``page`` the first page to read,
        ``page_size`` the size of each."""
        if "max_pages" in kwargs:
            raise ConfigurationError(
                f"{list_method.__name__}: an area's iterate takes the list's filters; the most pages to read is "
                "its .limit(max_pages=...) (iterate(...).limit(max_pages=5))"
            )
        operation, *parts = captured(list_method, args, kwargs)
        operation_id, a = run_arguments(operation, *parts)
        query = dict(a["query"])
        page_size = query.pop("page-size", 50)

        def read(max_pages: int) -> Any:
            return self._client._iterate(
                operation_id,
                path=a["path"],
                query=query,
                page_size=page_size,
                max_pages=max_pages,
                extra_query=a["extra_query"],
            )

        return (AsyncPaged if inspect.iscoroutinefunction(inspect.unwrap(list_method)) else Paged)(read)

    def _report_pages(
        self,
        report: Report,
        workspace_id: str,
        body: Any,
        page_size: int | None,
        concurrency: int | None,
        extra_body: Mapping[str, Any] | None,
    ) -> Any:
        args: dict[str, Any] = {
            "path": {"workspaceId": workspace_id},
            "body": body,
            "page_size": page_size,
            "extra_body": extra_body,
        }
        if concurrency is None:
            return self._client.iterate_report(report_operation(report), **args)
        if not hasattr(self._client, "iterate_report_concurrently"):
            raise ConfigurationError("concurrency= is for AsyncClockify")
        return self._client.iterate_report_concurrently(report_operation(report), concurrency=concurrency, **args)

    def _report_page(self, report: Report, workspace_id: str, body: Any, extra_body: Mapping[str, Any] | None) -> Any:
        """One page of a paged report, its rows typed as its ``iterate_`` method gives them."""
        operation_id, a = run_arguments(
            report_operation(report), {"workspaceId": workspace_id}, {}, body, None, None, {}
        )
        return self._client._report_page(operation_id, a["path"], a["body"], extra_body)

    def _report(
        self,
        report: Report,
        workspace_id: str,
        body: Any,
        extra_body: Mapping[str, Any] | None,
        *,
        file: bool = False,
    ) -> Any:
        path = {"workspaceId": workspace_id}
        return self._client._run(report_operation(report), path, {}, body, extra_body, None, {}, file=file)


class _Captured(tuple[Any, ...]):
    """What a generated method would have run; awaitable at once, for the async methods."""

    def __await__(self) -> Generator[Any, None, _Captured]:
        return self
        yield  # a generator that never suspends


class _Capture:
    """Stands in for an area: a generated method called on it gives back what it would have run."""

    @staticmethod
    def _run(*parts: Any) -> _Captured:
        return _Captured(parts)


_CAPTURE = _Capture()
P = ParamSpec("P")
T = TypeVar("T")


def captured(list_method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """The arguments a generated method hands to ``run``: its own mapping of Python names to the spec's."""
    result = inspect.unwrap(list_method)(_CAPTURE, *args, **kwargs)  # wrong arguments: the area's method says so
    if isinstance(result, Coroutine):
        try:
            result.send(None)
        except StopIteration as done:
            return tuple(done.value)
    return tuple(result)


def _iterate_like(list_method: Callable[..., Any]) -> Any:
    @functools.wraps(inspect.unwrap(list_method))  # its signature, not its strict wrapper's marks
    def iterate(self: _Area, *args: Any, **kwargs: Any) -> Any:
        return self._every_page(list_method, args, kwargs)

    iterate.__doc__ = (
        f"Every item of ``{list_method.__name__}``, page after page: the same keyword filters, ``page`` the first "
        "page to read (default 1), ``page_size`` the size of each (default 50); ``.limit(max_pages=...)`` on "
        "the result caps the pages read."
    )
    return iterate


class Paged(Iterator[T]):
    """Every item of a paged list, read page after page as they are asked for (what an area's ``iterate``
    returns). At most ``DEFAULT_MAX_PAGES`` pages are read (then ``TooManyPagesError``), unless
    ``.limit(max_pages=...)`` says otherwise before the first item."""

    def __init__(self, read: Callable[[int], Iterator[T]], max_pages: int = DEFAULT_MAX_PAGES) -> None:
        self._read, self._max_pages = read, max_pages
        self._items: Iterator[T] | None = None

    def limit(self, *, max_pages: int) -> Paged[T]:
        """The same items, reading at most ``max_pages`` pages: a list with more raises ``TooManyPagesError``
        (no item is lost in silence). Before the first item only."""
        if self._items is not None:
            raise ConfigurationError("limit() comes before the first item is read")
        return type(self)(self._read, whole_number(max_pages, "max_pages", 1))

    def __iter__(self) -> Paged[T]:
        return self

    def __next__(self) -> T:
        if self._items is None:
            self._items = self._read(self._max_pages)
        return next(self._items)

    def close(self) -> None:
        """Stop reading: no further page is requested."""
        if self._items is not None:
            cast("Generator[T, None, None]", self._items).close()


class AsyncPaged(AsyncIterator[T]):
    """``Paged`` for the async areas."""

    def __init__(self, read: Callable[[int], AsyncIterator[T]], max_pages: int = DEFAULT_MAX_PAGES) -> None:
        self._read, self._max_pages = read, max_pages
        self._items: AsyncIterator[T] | None = None

    def limit(self, *, max_pages: int) -> AsyncPaged[T]:
        """See ``Paged.limit``."""
        if self._items is not None:
            raise ConfigurationError("limit() comes before the first item is read")
        return type(self)(self._read, whole_number(max_pages, "max_pages", 1))

    def __aiter__(self) -> AsyncPaged[T]:
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._read(self._max_pages)
        return await anext(self._items)

    async def aclose(self) -> None:
        """Stop reading: no further page is requested."""
        if self._items is not None:
            await cast("AsyncGenerator[T, None]", self._items).aclose()


def paged(list_method: Callable[P, list[T]]) -> Callable[P, Paged[T]]:
    """An area's ``iterate``, from the generated list method of its paged list: the same parameters (so
    mypy and an editor know the filters), spelled for the spec by the generated method itself."""
    return cast("Callable[P, Paged[T]]", _iterate_like(list_method))


def paged_async(list_method: Callable[P, Coroutine[Any, Any, list[T]]]) -> Callable[P, AsyncPaged[T]]:
    """``paged`` for the async areas."""
    return cast("Callable[P, AsyncPaged[T]]", _iterate_like(list_method))


def report_operation(report: str) -> str:
    """The operation id of a report by its short name, or a ConfigurationError naming the known ones."""
    try:
        return REPORTS[report]
    except (KeyError, TypeError):
        raise ConfigurationError(f"unknown report {report!r}: one of {', '.join(REPORTS)}") from None


class Users(_Area, UserOperations):
    me = UserOperations.get_logged_user
    iterate = paged(UserOperations.get_users_of_workspace)


class AsyncUsers(_Area, AsyncUserOperations):
    me = AsyncUserOperations.get_logged_user
    iterate = paged_async(AsyncUserOperations.get_users_of_workspace)


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
    iterate = paged(ProjectOperations.get_projects)


class AsyncProjects(_Area, AsyncProjectOperations):
    get = AsyncProjectOperations.get_project
    create = AsyncProjectOperations.create_new_project
    update = AsyncProjectOperations.update_project
    delete = AsyncProjectOperations.delete_project
    iterate = paged_async(AsyncProjectOperations.get_projects)


class Clients(_Area, ClientOperations):
    create = ClientOperations.create_client
    iterate = paged(ClientOperations.get_clients)


class AsyncClients(_Area, AsyncClientOperations):
    create = AsyncClientOperations.create_client
    iterate = paged_async(AsyncClientOperations.get_clients)


class Tags(_Area, TagOperations):
    create = TagOperations.create_new_tag
    iterate = paged(TagOperations.get_tags)


class AsyncTags(_Area, AsyncTagOperations):
    create = AsyncTagOperations.create_new_tag
    iterate = paged_async(AsyncTagOperations.get_tags)


class Tasks(_Area, TaskOperations):
    create = TaskOperations.create_task
    iterate = paged(TaskOperations.get_tasks)


class AsyncTasks(_Area, AsyncTaskOperations):
    create = AsyncTaskOperations.create_task
    iterate = paged_async(AsyncTaskOperations.get_tasks)


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
    iterate = paged(TimeEntryOperations.get_time_entries)
    in_progress = paged(TimeEntryOperations.get_in_progress_time_entries)


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
    iterate = paged_async(AsyncTimeEntryOperations.get_time_entries)
    in_progress = paged_async(AsyncTimeEntryOperations.get_in_progress_time_entries)


class Reports(_Area, TimeEntryReportOperations, ExpenseReportOperations, TeamReportOperations):
    """Reports API. Besides the generated methods (a keyword per filter field), each report takes its
    filter whole: a mapping in the spec's names or the generated model; datetimes may be aware
    ``datetime`` objects. ``export`` returns a file (``exportType`` CSV, XLSX, PDF or ZIP) as bytes. A key the
    spec does not know is refused, at any depth; ``extra_body=`` sends top-level fields it does not know yet."""

    def detailed(
        self, workspace_id: str, body: DetailedReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> DetailedReportPage:
        """One page of the detailed report: its rows as ``iterate_detailed`` gives them (DetailedEntry), totals."""
        return cast("DetailedReportPage", self._report_page("detailed", workspace_id, body, extra_body))

    def summary(
        self, workspace_id: str, body: SummaryReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> TimeEntrySummaryReportDto:
        """The summary report."""
        return cast("TimeEntrySummaryReportDto", self._report("summary", workspace_id, body, extra_body))

    def weekly(
        self, workspace_id: str, body: WeeklyReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> TimeEntryWeeklyReportDto:
        """The weekly report."""
        return cast("TimeEntryWeeklyReportDto", self._report("weekly", workspace_id, body, extra_body))

    def expenses(
        self, workspace_id: str, body: ExpenseReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> ExpensePage:
        """One page of the expenses report: its rows as ``iterate_expenses`` gives them (ExpenseRow), totals."""
        return cast("ExpensePage", self._report_page("expenses", workspace_id, body, extra_body))

    def attendance(
        self, workspace_id: str, body: AttendanceReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> AttendancePage:
        """One page of the attendance report: its rows as ``iterate_attendance`` gives them (AttendanceRow)."""
        return cast("AttendancePage", self._report_page("attendance", workspace_id, body, extra_body))

    def export(self, report: Report, workspace_id: str, body: AnyReportFilter, *, extra_body: Extra = None) -> bytes:
        """A report as a file: ``body`` names a file ``exportType`` (CSV, XLSX, PDF, ZIP)."""
        return cast(bytes, self._report(report, workspace_id, body, extra_body, file=True))

    def iterate_detailed(
        self,
        workspace_id: str,
        body: DetailedReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        extra_body: Extra = None,
    ) -> Iterator[DetailedEntry]:
        """Every row of the detailed report, up to 1000 per request, as typed views."""
        return cast(
            "Iterator[DetailedEntry]", self._report_pages("detailed", workspace_id, body, page_size, None, extra_body)
        )

    def iterate_expenses(
        self,
        workspace_id: str,
        body: ExpenseReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        extra_body: Extra = None,
    ) -> Iterator[ExpenseRow]:
        """Every row of the expense report, as typed views."""
        return cast(
            "Iterator[ExpenseRow]", self._report_pages("expenses", workspace_id, body, page_size, None, extra_body)
        )

    def iterate_attendance(
        self,
        workspace_id: str,
        body: AttendanceReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        extra_body: Extra = None,
    ) -> Iterator[AttendanceRow]:
        """Every attendance row, up to 201 per request (the server's limit), as typed views."""
        return cast(
            "Iterator[AttendanceRow]", self._report_pages("attendance", workspace_id, body, page_size, None, extra_body)
        )


class AsyncReports(_Area, AsyncTimeEntryReportOperations, AsyncExpenseReportOperations, AsyncTeamReportOperations):
    """See ``Reports``; ``concurrency=`` reads up to that many pages at once, rows still in order."""

    async def detailed(
        self, workspace_id: str, body: DetailedReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> DetailedReportPage:
        """One page of the detailed report: its rows as ``iterate_detailed`` gives them (DetailedEntry), totals."""
        return cast("DetailedReportPage", await self._report_page("detailed", workspace_id, body, extra_body))

    async def summary(
        self, workspace_id: str, body: SummaryReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> TimeEntrySummaryReportDto:
        """The summary report."""
        return cast("TimeEntrySummaryReportDto", await self._report("summary", workspace_id, body, extra_body))

    async def weekly(
        self, workspace_id: str, body: WeeklyReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> TimeEntryWeeklyReportDto:
        """The weekly report."""
        return cast("TimeEntryWeeklyReportDto", await self._report("weekly", workspace_id, body, extra_body))

    async def expenses(
        self, workspace_id: str, body: ExpenseReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> ExpensePage:
        """One page of the expenses report: its rows as ``iterate_expenses`` gives them (ExpenseRow), totals."""
        return cast("ExpensePage", await self._report_page("expenses", workspace_id, body, extra_body))

    async def attendance(
        self, workspace_id: str, body: AttendanceReportFilterV1 | ReportBody, *, extra_body: Extra = None
    ) -> AttendancePage:
        """One page of the attendance report: its rows as ``iterate_attendance`` gives them (AttendanceRow)."""
        return cast("AttendancePage", await self._report_page("attendance", workspace_id, body, extra_body))

    async def export(
        self, report: Report, workspace_id: str, body: AnyReportFilter, *, extra_body: Extra = None
    ) -> bytes:
        """A report as a file: ``body`` names a file ``exportType`` (CSV, XLSX, PDF, ZIP)."""
        return cast(bytes, await self._report(report, workspace_id, body, extra_body, file=True))

    def iterate_detailed(
        self,
        workspace_id: str,
        body: DetailedReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
        extra_body: Extra = None,
    ) -> AsyncIterator[DetailedEntry]:
        """Every row of the detailed report, up to 1000 per request, as typed views."""
        return cast(
            "AsyncIterator[DetailedEntry]",
            self._report_pages("detailed", workspace_id, body, page_size, concurrency, extra_body),
        )

    def iterate_expenses(
        self,
        workspace_id: str,
        body: ExpenseReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
        extra_body: Extra = None,
    ) -> AsyncIterator[ExpenseRow]:
        """Every row of the expense report, as typed views."""
        return cast(
            "AsyncIterator[ExpenseRow]",
            self._report_pages("expenses", workspace_id, body, page_size, concurrency, extra_body),
        )

    def iterate_attendance(
        self,
        workspace_id: str,
        body: AttendanceReportFilterV1 | ReportBody,
        *,
        page_size: int | None = None,
        concurrency: int | None = None,
        extra_body: Extra = None,
    ) -> AsyncIterator[AttendanceRow]:
        """Every attendance row, up to 201 per request (the server's limit), as typed views."""
        return cast(
            "AsyncIterator[AttendanceRow]",
            self._report_pages("attendance", workspace_id, body, page_size, concurrency, extra_body),
        )


for _area in (
    Users, AsyncUsers, Workspaces, AsyncWorkspaces, Projects, AsyncProjects, Clients, AsyncClients,
    Tags, AsyncTags, Tasks, AsyncTasks, TimeEntries, AsyncTimeEntries, Reports, AsyncReports, Paged, AsyncPaged,
):  # fmt: skip
    strict_surface(_area)


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
