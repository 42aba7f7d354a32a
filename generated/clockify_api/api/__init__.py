"""Every operation of the spec: one attribute per tag, each a class of typed methods, and ``call`` and
``iterate`` typed per operation id (written by the generator from the spec; ``clockify_client``
supplies ``run``, ``_call`` and ``_iterate``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, overload

from .client import AsyncClientOperations, ClientOperations
from .expense_report import AsyncExpenseReportOperations, ExpenseReportOperations
from .project import AsyncProjectOperations, ProjectOperations
from .tag import AsyncTagOperations, TagOperations
from .task import AsyncTaskOperations, TaskOperations
from .team_report import AsyncTeamReportOperations, TeamReportOperations
from .time_entry import AsyncTimeEntryOperations, TimeEntryOperations
from .time_entry_report import AsyncTimeEntryReportOperations, TimeEntryReportOperations
from .user import AsyncUserOperations, UserOperations
from .workspace import AsyncWorkspaceOperations, WorkspaceOperations

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import Unpack, cast

    import httpx

    from ..models.attendance_report_dto_v1 import AttendanceReportDtoV1
    from ..models.attendance_report_filter_v1 import AttendanceReportFilterV1
    from ..models.client_with_currency_dto_v1 import ClientWithCurrencyDtoV1
    from ..models.create_client_request_v1 import CreateClientRequestV1
    from ..models.create_time_entry_request import CreateTimeEntryRequest
    from ..models.detailed_report_filter_v1 import DetailedReportFilterV1
    from ..models.error_response import ErrorResponse
    from ..models.expense_detailed_report_dto_v1 import ExpenseDetailedReportDtoV1
    from ..models.expense_report_filter_v1 import ExpenseReportFilterV1
    from ..models.project_dto_impl_v1 import ProjectDtoImplV1
    from ..models.project_dto_v1 import ProjectDtoV1
    from ..models.project_request import ProjectRequest
    from ..models.stop_time_entry_request import StopTimeEntryRequest
    from ..models.summary_report_filter_v1 import SummaryReportFilterV1
    from ..models.tag_dto_v1 import TagDtoV1
    from ..models.tag_request import TagRequest
    from ..models.task_dto_v1 import TaskDtoV1
    from ..models.task_request_v1 import TaskRequestV1
    from ..models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
    from ..models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
    from ..models.time_entry_dto_v1 import TimeEntryDtoV1
    from ..models.time_entry_summary_report_dto import TimeEntrySummaryReportDto
    from ..models.time_entry_weekly_report_dto import TimeEntryWeeklyReportDto
    from ..models.time_entry_with_rates_dto_v1 import TimeEntryWithRatesDtoV1
    from ..models.update_invoiced_status_request import UpdateInvoicedStatusRequest
    from ..models.update_project_request import UpdateProjectRequest
    from ..models.update_time_entry_bulk_request import UpdateTimeEntryBulkRequest
    from ..models.update_time_entry_request import UpdateTimeEntryRequest
    from ..models.user_dto_v1 import UserDtoV1
    from ..models.weekly_report_filter_v1 import WeeklyReportFilterV1
    from ..models.workspace_dto_v1 import WorkspaceDtoV1

__all__ = ["AsyncCalls", "AsyncOperations", "CallOptions", "Calls", "IterateOptions", "OperationId", "Operations"]

# Every operationId of the spec.
OperationId = Literal[
    "getLoggedUser",
    "getUsersOfWorkspace",
    "getWorkspacesOfUser",
    "getWorkspaceOfUser",
    "getProjects",
    "createNewProject",
    "getProject",
    "updateProject",
    "deleteProject",
    "getClients",
    "createClient",
    "getTags",
    "createNewTag",
    "getTasks",
    "createTask",
    "createTimeEntry",
    "getTimeEntries",
    "replaceMany",
    "createForOthers",
    "deleteMany",
    "stopRunningTimeEntry",
    "getTimeEntry",
    "updateTimeEntry",
    "deleteTimeEntry",
    "getInProgressTimeEntries",
    "duplicateTimeEntry",
    "updateInvoicedStatus",
    "generateDetailedReport",
    "generateSummaryReport",
    "generateWeeklyReport",
    "generateDetailedReportV1",
    "generateAttendanceReport",
]


class Operations:
    """One attribute per tag of the spec."""

    def __init__(self, run: Callable[..., Any]) -> None:
        self.user = UserOperations(run)
        self.workspace = WorkspaceOperations(run)
        self.project = ProjectOperations(run)
        self.client = ClientOperations(run)
        self.tag = TagOperations(run)
        self.task = TaskOperations(run)
        self.time_entry = TimeEntryOperations(run)
        self.time_entry_report = TimeEntryReportOperations(run)
        self.expense_report = ExpenseReportOperations(run)
        self.team_report = TeamReportOperations(run)


class AsyncOperations:
    """One attribute per tag of the spec, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self.user = AsyncUserOperations(run)
        self.workspace = AsyncWorkspaceOperations(run)
        self.project = AsyncProjectOperations(run)
        self.client = AsyncClientOperations(run)
        self.tag = AsyncTagOperations(run)
        self.task = AsyncTaskOperations(run)
        self.time_entry = AsyncTimeEntryOperations(run)
        self.time_entry_report = AsyncTimeEntryReportOperations(run)
        self.expense_report = AsyncExpenseReportOperations(run)
        self.team_report = AsyncTeamReportOperations(run)


class CallOptions(TypedDict, total=False):
    """``call``'s keyword arguments besides ``body`` (typed per operation), with names as the spec spells them."""

    path: Mapping[str, object] | None
    query: Mapping[str, object] | None
    validate: bool
    timeout: httpx.Timeout | float | None
    deadline: float | None
    extra_body: Mapping[str, object] | None
    extra_query: Mapping[str, object] | None


class IterateOptions(TypedDict, total=False):
    """``iterate``'s keyword arguments: ``call``'s for a list, the page size, and a bound on the pages."""

    path: Mapping[str, object] | None
    query: Mapping[str, object] | None
    page_size: int
    validate: bool
    max_pages: int
    extra_query: Mapping[str, object] | None


class Calls:
    """``call`` and ``iterate``, typed per operation id."""

    # Supplied by clockify_client: run an operation by its id; read every page of a paged list.
    _call: Callable[..., Any]
    _iterate: Callable[..., Iterator[Any]]

    @overload
    def call(
        self, operation_id: Literal["getLoggedUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> UserDtoV1: ...

    @overload
    def call(
        self, operation_id: Literal["getUsersOfWorkspace"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[UserDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["getWorkspacesOfUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[WorkspaceDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["getWorkspaceOfUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> WorkspaceDtoV1: ...

    @overload
    def call(
        self, operation_id: Literal["getProjects"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[ProjectDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["createNewProject"],
        *,
        body: ProjectRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ProjectDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getProject"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> ProjectDtoV1: ...

    @overload
    def call(
        self,
        operation_id: Literal["updateProject"],
        *,
        body: UpdateProjectRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ProjectDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["deleteProject"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> ProjectDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getClients"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[ClientWithCurrencyDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["createClient"],
        *,
        body: CreateClientRequestV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ClientWithCurrencyDtoV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTags"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TagDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["createNewTag"],
        *,
        body: TagRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TagDtoV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTasks"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TaskDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["createTask"],
        *,
        body: TaskRequestV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TaskDtoV1: ...

    @overload
    def call(
        self,
        operation_id: Literal["createTimeEntry"],
        *,
        body: CreateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTimeEntries"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["replaceMany"],
        *,
        body: Sequence[UpdateTimeEntryBulkRequest | Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TimeEntryDtoV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["createForOthers"],
        *,
        body: CreateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["deleteMany"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryDtoImplV1]: ...

    @overload
    def call(
        self,
        operation_id: Literal["stopRunningTimeEntry"],
        *,
        body: StopTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> TimeEntryWithRatesDtoV1: ...

    @overload
    def call(
        self,
        operation_id: Literal["updateTimeEntry"],
        *,
        body: UpdateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["deleteTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> None: ...

    @overload
    def call(
        self, operation_id: Literal["getInProgressTimeEntries"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["duplicateTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self,
        operation_id: Literal["updateInvoicedStatus"],
        *,
        body: UpdateInvoicedStatusRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...

    @overload
    def call(
        self,
        operation_id: Literal["generateDetailedReport"],
        *,
        body: DetailedReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDetailedReportDto | bytes: ...

    @overload
    def call(
        self,
        operation_id: Literal["generateSummaryReport"],
        *,
        body: SummaryReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntrySummaryReportDto | bytes: ...

    @overload
    def call(
        self,
        operation_id: Literal["generateWeeklyReport"],
        *,
        body: WeeklyReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryWeeklyReportDto | bytes: ...

    @overload
    def call(
        self,
        operation_id: Literal["generateDetailedReportV1"],
        *,
        body: ExpenseReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExpenseDetailedReportDtoV1 | bytes: ...

    @overload
    def call(
        self,
        operation_id: Literal["generateAttendanceReport"],
        *,
        body: AttendanceReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> AttendanceReportDtoV1 | bytes: ...

    def call(self, operation_id: str, *, body: object = None, **options: Unpack[CallOptions]) -> Any:
        """Run any operation of the spec by its operationId, with parameter names as the spec spells them
        (``path=``, ``query=``, ``body=``; ``validate=False`` skips the check before sending).

        Returns the operation's generated model (a list of them for lists), ``bytes`` for a file export
        (``exportType`` CSV, XLSX, PDF, ZIP), or None. ``timeout`` and ``deadline`` override the client's
        for this call. An id the spec does not have is a ``ConfigurationError`` (and a type error).
        ``extra_body``/``extra_query`` send, unchecked, top-level names the spec does not know yet.
        """
        return self._call(operation_id, body=body, **options)

    @overload
    def iterate(
        self, operation_id: Literal["getUsersOfWorkspace"], **options: Unpack[IterateOptions]
    ) -> Iterator[UserDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getProjects"], **options: Unpack[IterateOptions]
    ) -> Iterator[ProjectDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getClients"], **options: Unpack[IterateOptions]
    ) -> Iterator[ClientWithCurrencyDtoV1]: ...

    @overload
    def iterate(self, operation_id: Literal["getTags"], **options: Unpack[IterateOptions]) -> Iterator[TagDtoV1]: ...

    @overload
    def iterate(self, operation_id: Literal["getTasks"], **options: Unpack[IterateOptions]) -> Iterator[TaskDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getTimeEntries"], **options: Unpack[IterateOptions]
    ) -> Iterator[TimeEntryWithRatesDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getInProgressTimeEntries"], **options: Unpack[IterateOptions]
    ) -> Iterator[TimeEntryWithRatesDtoV1]: ...

    def iterate(self, operation_id: str, **options: Unpack[IterateOptions]) -> Iterator[Any]:
        """Every item of a paged core list (``page``/``page-size``), page after page, at most ``max_pages``
        pages (``query=`` as for ``call``, without the page parameters)."""
        return self._iterate(operation_id, **options)


class AsyncCalls:
    """``call`` and ``iterate``, typed per operation id, awaitable."""

    # See Calls.
    _call: Callable[..., Awaitable[Any]]
    _iterate: Callable[..., AsyncIterator[Any]]

    @overload
    async def call(
        self, operation_id: Literal["getLoggedUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> UserDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getUsersOfWorkspace"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[UserDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["getWorkspacesOfUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[WorkspaceDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["getWorkspaceOfUser"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> WorkspaceDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getProjects"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[ProjectDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createNewProject"],
        *,
        body: ProjectRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getProject"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> ProjectDtoV1: ...

    @overload
    async def call(
        self,
        operation_id: Literal["updateProject"],
        *,
        body: UpdateProjectRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["deleteProject"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getClients"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[ClientWithCurrencyDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createClient"],
        *,
        body: CreateClientRequestV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ClientWithCurrencyDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTags"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TagDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createNewTag"],
        *,
        body: TagRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TagDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTasks"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TaskDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createTask"],
        *,
        body: TaskRequestV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TaskDtoV1: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createTimeEntry"],
        *,
        body: CreateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTimeEntries"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["replaceMany"],
        *,
        body: Sequence[UpdateTimeEntryBulkRequest | Mapping[str, object]] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[TimeEntryDtoV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["createForOthers"],
        *,
        body: CreateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["deleteMany"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryDtoImplV1]: ...

    @overload
    async def call(
        self,
        operation_id: Literal["stopRunningTimeEntry"],
        *,
        body: StopTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> TimeEntryWithRatesDtoV1: ...

    @overload
    async def call(
        self,
        operation_id: Literal["updateTimeEntry"],
        *,
        body: UpdateTimeEntryRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["deleteTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> None: ...

    @overload
    async def call(
        self, operation_id: Literal["getInProgressTimeEntries"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["duplicateTimeEntry"], *, body: None = None, **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self,
        operation_id: Literal["updateInvoicedStatus"],
        *,
        body: UpdateInvoicedStatusRequest | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> None: ...

    @overload
    async def call(
        self,
        operation_id: Literal["generateDetailedReport"],
        *,
        body: DetailedReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryDetailedReportDto | bytes: ...

    @overload
    async def call(
        self,
        operation_id: Literal["generateSummaryReport"],
        *,
        body: SummaryReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntrySummaryReportDto | bytes: ...

    @overload
    async def call(
        self,
        operation_id: Literal["generateWeeklyReport"],
        *,
        body: WeeklyReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> TimeEntryWeeklyReportDto | bytes: ...

    @overload
    async def call(
        self,
        operation_id: Literal["generateDetailedReportV1"],
        *,
        body: ExpenseReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> ExpenseDetailedReportDtoV1 | bytes: ...

    @overload
    async def call(
        self,
        operation_id: Literal["generateAttendanceReport"],
        *,
        body: AttendanceReportFilterV1 | Mapping[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> AttendanceReportDtoV1 | bytes: ...

    async def call(self, operation_id: str, *, body: object = None, **options: Unpack[CallOptions]) -> Any:
        """See ``Calls.call``."""
        return await self._call(operation_id, body=body, **options)

    @overload
    def iterate(
        self, operation_id: Literal["getUsersOfWorkspace"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[UserDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getProjects"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[ProjectDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getClients"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[ClientWithCurrencyDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getTags"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[TagDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getTasks"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[TaskDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getTimeEntries"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[TimeEntryWithRatesDtoV1]: ...

    @overload
    def iterate(
        self, operation_id: Literal["getInProgressTimeEntries"], **options: Unpack[IterateOptions]
    ) -> AsyncIterator[TimeEntryWithRatesDtoV1]: ...

    def iterate(self, operation_id: str, **options: Unpack[IterateOptions]) -> AsyncIterator[Any]:
        """See ``Calls.iterate``."""
        return self._iterate(operation_id, **options)
