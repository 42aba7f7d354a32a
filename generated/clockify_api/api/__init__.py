"""Every operation of the spec: one attribute per tag, each a class of typed methods, and ``call`` and
``iterate`` typed per operation id (written by the generator from the spec; ``clockify_client``
supplies ``run``, ``_call`` and ``_iterate``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
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
    from ..models.client_with_currency_dto_v1 import ClientWithCurrencyDtoV1
    from ..models.error_response import ErrorResponse
    from ..models.expense_detailed_report_dto_v1 import ExpenseDetailedReportDtoV1
    from ..models.project_dto_impl_v1 import ProjectDtoImplV1
    from ..models.project_dto_v1 import ProjectDtoV1
    from ..models.tag_dto_v1 import TagDtoV1
    from ..models.task_dto_v1 import TaskDtoV1
    from ..models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
    from ..models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
    from ..models.time_entry_dto_v1 import TimeEntryDtoV1
    from ..models.time_entry_summary_report_dto import TimeEntrySummaryReportDto
    from ..models.time_entry_weekly_report_dto import TimeEntryWeeklyReportDto
    from ..models.time_entry_with_rates_dto_v1 import TimeEntryWithRatesDtoV1
    from ..models.user_dto_v1 import UserDtoV1
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
    """``call``'s keyword arguments, with parameter names exactly as the spec spells them."""

    path: Mapping[str, Any] | None
    query: Mapping[str, Any] | None
    body: Any
    validate: bool
    timeout: httpx.Timeout | float | None
    deadline: float | None
    extra_body: Mapping[str, Any] | None
    extra_query: Mapping[str, Any] | None


class IterateOptions(TypedDict, total=False):
    """``iterate``'s keyword arguments: ``call``'s for a list, the page size, and a bound on the pages."""

    path: Mapping[str, Any] | None
    query: Mapping[str, Any] | None
    page_size: int
    validate: bool
    max_pages: int
    extra_query: Mapping[str, Any] | None


class Calls:
    """``call`` and ``iterate``, typed per operation id."""

    # Supplied by clockify_client: run an operation by its id; read every page of a paged list.
    _call: Callable[..., Any]
    _iterate: Callable[..., Iterator[Any]]

    @overload
    def call(self, operation_id: Literal["getLoggedUser"], **options: Unpack[CallOptions]) -> UserDtoV1: ...

    @overload
    def call(self, operation_id: Literal["getUsersOfWorkspace"], **options: Unpack[CallOptions]) -> list[UserDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["getWorkspacesOfUser"], **options: Unpack[CallOptions]
    ) -> list[WorkspaceDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["getWorkspaceOfUser"], **options: Unpack[CallOptions]) -> WorkspaceDtoV1: ...

    @overload
    def call(self, operation_id: Literal["getProjects"], **options: Unpack[CallOptions]) -> list[ProjectDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["createNewProject"], **options: Unpack[CallOptions]) -> ProjectDtoImplV1: ...

    @overload
    def call(self, operation_id: Literal["getProject"], **options: Unpack[CallOptions]) -> ProjectDtoV1: ...

    @overload
    def call(self, operation_id: Literal["updateProject"], **options: Unpack[CallOptions]) -> ProjectDtoImplV1: ...

    @overload
    def call(self, operation_id: Literal["deleteProject"], **options: Unpack[CallOptions]) -> ProjectDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getClients"], **options: Unpack[CallOptions]
    ) -> list[ClientWithCurrencyDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["createClient"], **options: Unpack[CallOptions]
    ) -> ClientWithCurrencyDtoV1: ...

    @overload
    def call(self, operation_id: Literal["getTags"], **options: Unpack[CallOptions]) -> list[TagDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["createNewTag"], **options: Unpack[CallOptions]) -> TagDtoV1: ...

    @overload
    def call(self, operation_id: Literal["getTasks"], **options: Unpack[CallOptions]) -> list[TaskDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["createTask"], **options: Unpack[CallOptions]) -> TaskDtoV1: ...

    @overload
    def call(self, operation_id: Literal["createTimeEntry"], **options: Unpack[CallOptions]) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTimeEntries"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["replaceMany"], **options: Unpack[CallOptions]) -> list[TimeEntryDtoV1]: ...

    @overload
    def call(self, operation_id: Literal["createForOthers"], **options: Unpack[CallOptions]) -> TimeEntryDtoImplV1: ...

    @overload
    def call(self, operation_id: Literal["deleteMany"], **options: Unpack[CallOptions]) -> list[TimeEntryDtoImplV1]: ...

    @overload
    def call(
        self, operation_id: Literal["stopRunningTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(
        self, operation_id: Literal["getTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryWithRatesDtoV1: ...

    @overload
    def call(self, operation_id: Literal["updateTimeEntry"], **options: Unpack[CallOptions]) -> TimeEntryDtoImplV1: ...

    @overload
    def call(self, operation_id: Literal["deleteTimeEntry"], **options: Unpack[CallOptions]) -> None: ...

    @overload
    def call(
        self, operation_id: Literal["getInProgressTimeEntries"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    def call(
        self, operation_id: Literal["duplicateTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    def call(self, operation_id: Literal["updateInvoicedStatus"], **options: Unpack[CallOptions]) -> None: ...

    @overload
    def call(
        self, operation_id: Literal["generateDetailedReport"], **options: Unpack[CallOptions]
    ) -> TimeEntryDetailedReportDto | bytes: ...

    @overload
    def call(
        self, operation_id: Literal["generateSummaryReport"], **options: Unpack[CallOptions]
    ) -> TimeEntrySummaryReportDto | bytes: ...

    @overload
    def call(
        self, operation_id: Literal["generateWeeklyReport"], **options: Unpack[CallOptions]
    ) -> TimeEntryWeeklyReportDto | bytes: ...

    @overload
    def call(
        self, operation_id: Literal["generateDetailedReportV1"], **options: Unpack[CallOptions]
    ) -> ExpenseDetailedReportDtoV1 | bytes: ...

    @overload
    def call(
        self, operation_id: Literal["generateAttendanceReport"], **options: Unpack[CallOptions]
    ) -> AttendanceReportDtoV1 | bytes: ...

    def call(self, operation_id: str, **options: Unpack[CallOptions]) -> Any:
        """Run any operation of the spec by its operationId, with parameter names as the spec spells them
        (``path=``, ``query=``, ``body=``; ``validate=False`` skips the check before sending).

        Returns the operation's generated model (a list of them for lists), ``bytes`` for a file export
        (``exportType`` CSV, XLSX, PDF, ZIP), or None. ``timeout`` and ``deadline`` override the client's
        for this call. An id the spec does not have is a ``ConfigurationError`` (and a type error).
        ``extra_body``/``extra_query`` send, unchecked, top-level names the spec does not know yet.
        """
        return self._call(operation_id, **options)

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
    async def call(self, operation_id: Literal["getLoggedUser"], **options: Unpack[CallOptions]) -> UserDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getUsersOfWorkspace"], **options: Unpack[CallOptions]
    ) -> list[UserDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["getWorkspacesOfUser"], **options: Unpack[CallOptions]
    ) -> list[WorkspaceDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["getWorkspaceOfUser"], **options: Unpack[CallOptions]
    ) -> WorkspaceDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getProjects"], **options: Unpack[CallOptions]
    ) -> list[ProjectDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["createNewProject"], **options: Unpack[CallOptions]
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(self, operation_id: Literal["getProject"], **options: Unpack[CallOptions]) -> ProjectDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["updateProject"], **options: Unpack[CallOptions]
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["deleteProject"], **options: Unpack[CallOptions]
    ) -> ProjectDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getClients"], **options: Unpack[CallOptions]
    ) -> list[ClientWithCurrencyDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["createClient"], **options: Unpack[CallOptions]
    ) -> ClientWithCurrencyDtoV1: ...

    @overload
    async def call(self, operation_id: Literal["getTags"], **options: Unpack[CallOptions]) -> list[TagDtoV1]: ...

    @overload
    async def call(self, operation_id: Literal["createNewTag"], **options: Unpack[CallOptions]) -> TagDtoV1: ...

    @overload
    async def call(self, operation_id: Literal["getTasks"], **options: Unpack[CallOptions]) -> list[TaskDtoV1]: ...

    @overload
    async def call(self, operation_id: Literal["createTask"], **options: Unpack[CallOptions]) -> TaskDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["createTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTimeEntries"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["replaceMany"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["createForOthers"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["deleteMany"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryDtoImplV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["stopRunningTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(
        self, operation_id: Literal["getTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryWithRatesDtoV1: ...

    @overload
    async def call(
        self, operation_id: Literal["updateTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(self, operation_id: Literal["deleteTimeEntry"], **options: Unpack[CallOptions]) -> None: ...

    @overload
    async def call(
        self, operation_id: Literal["getInProgressTimeEntries"], **options: Unpack[CallOptions]
    ) -> list[TimeEntryWithRatesDtoV1]: ...

    @overload
    async def call(
        self, operation_id: Literal["duplicateTimeEntry"], **options: Unpack[CallOptions]
    ) -> TimeEntryDtoImplV1: ...

    @overload
    async def call(self, operation_id: Literal["updateInvoicedStatus"], **options: Unpack[CallOptions]) -> None: ...

    @overload
    async def call(
        self, operation_id: Literal["generateDetailedReport"], **options: Unpack[CallOptions]
    ) -> TimeEntryDetailedReportDto | bytes: ...

    @overload
    async def call(
        self, operation_id: Literal["generateSummaryReport"], **options: Unpack[CallOptions]
    ) -> TimeEntrySummaryReportDto | bytes: ...

    @overload
    async def call(
        self, operation_id: Literal["generateWeeklyReport"], **options: Unpack[CallOptions]
    ) -> TimeEntryWeeklyReportDto | bytes: ...

    @overload
    async def call(
        self, operation_id: Literal["generateDetailedReportV1"], **options: Unpack[CallOptions]
    ) -> ExpenseDetailedReportDtoV1 | bytes: ...

    @overload
    async def call(
        self, operation_id: Literal["generateAttendanceReport"], **options: Unpack[CallOptions]
    ) -> AttendanceReportDtoV1 | bytes: ...

    async def call(self, operation_id: str, **options: Unpack[CallOptions]) -> Any:
        """See ``Calls.call``."""
        return await self._call(operation_id, **options)

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
