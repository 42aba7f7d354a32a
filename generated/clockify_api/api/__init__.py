"""Every operation of the spec, one attribute per tag, each a class of typed methods (written by the
generator from the spec; ``clockify_client`` supplies ``run``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

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

__all__ = ["AsyncOperations", "Operations"]


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
