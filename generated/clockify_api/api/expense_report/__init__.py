"""Typed methods for the operations tagged ``expense_report``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.contains_archived_filter_v1 import ContainsArchivedFilterV1
    from ...models.contains_task_filter_v1 import ContainsTaskFilterV1
    from ...models.contains_users_filter_v1 import ContainsUsersFilterV1
    from ...models.error_response import ErrorResponse
    from ...models.expense_detailed_report_dto_v1 import ExpenseDetailedReportDtoV1
    from ...models.expense_report_filter_v1 import ExpenseReportFilterV1
    from ...models.expense_report_filter_v1_approval_state import ExpenseReportFilterV1ApprovalState
    from ...models.expense_report_filter_v1_date_range_type import ExpenseReportFilterV1DateRangeType
    from ...models.expense_report_filter_v1_export_type import ExpenseReportFilterV1ExportType
    from ...models.expense_report_filter_v1_invoicing_state import ExpenseReportFilterV1InvoicingState
    from ...models.expense_report_filter_v1_sort_column import ExpenseReportFilterV1SortColumn
    from ...models.expense_report_filter_v1_sort_order import ExpenseReportFilterV1SortOrder
    from ...models.expense_report_filter_v1_week_start import ExpenseReportFilterV1WeekStart
    from ...models.expense_report_filter_v1_zoom_level import ExpenseReportFilterV1ZoomLevel

__all__ = ["AsyncExpenseReportOperations", "ExpenseReportOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class ExpenseReportOperations:
    """Operations tagged ``expense_report``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def generate_detailed_report_v1(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        approval_state: ExpenseReportFilterV1ApprovalState | Unset = UNSET,
        billable: bool | Unset = UNSET,
        categories: ContainsArchivedFilterV1 | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        date_range_type: ExpenseReportFilterV1DateRangeType | Unset = UNSET,
        export_type: ExpenseReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: ExpenseReportFilterV1InvoicingState | Unset = UNSET,
        note: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        sort_column: ExpenseReportFilterV1SortColumn | Unset = UNSET,
        sort_order: ExpenseReportFilterV1SortOrder | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: ExpenseReportFilterV1WeekStart | Unset = UNSET,
        without_note: bool | Unset = UNSET,
        zoom_level: ExpenseReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ExpenseDetailedReportDtoV1:
        """Detailed expense report

        ``POST /v1/workspaces/{workspace_id}/reports/expenses/detailed``
        """

        return cast(
            "ExpenseDetailedReportDtoV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/reports/expenses/detailed",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "approvalState": approval_state,
                    "billable": billable,
                    "categories": categories,
                    "clients": clients,
                    "currency": currency,
                    "dateRangeType": date_range_type,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "note": note,
                    "page": page,
                    "pageSize": page_size,
                    "projects": projects,
                    "sortColumn": sort_column,
                    "sortOrder": sort_order,
                    "tasks": tasks,
                    "timeZone": time_zone,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutNote": without_note,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncExpenseReportOperations:
    """Operations tagged ``expense_report``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def generate_detailed_report_v1(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        approval_state: ExpenseReportFilterV1ApprovalState | Unset = UNSET,
        billable: bool | Unset = UNSET,
        categories: ContainsArchivedFilterV1 | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        date_range_type: ExpenseReportFilterV1DateRangeType | Unset = UNSET,
        export_type: ExpenseReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: ExpenseReportFilterV1InvoicingState | Unset = UNSET,
        note: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        sort_column: ExpenseReportFilterV1SortColumn | Unset = UNSET,
        sort_order: ExpenseReportFilterV1SortOrder | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: ExpenseReportFilterV1WeekStart | Unset = UNSET,
        without_note: bool | Unset = UNSET,
        zoom_level: ExpenseReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ExpenseDetailedReportDtoV1:
        """Detailed expense report

        ``POST /v1/workspaces/{workspace_id}/reports/expenses/detailed``
        """

        return cast(
            "ExpenseDetailedReportDtoV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/reports/expenses/detailed",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "approvalState": approval_state,
                    "billable": billable,
                    "categories": categories,
                    "clients": clients,
                    "currency": currency,
                    "dateRangeType": date_range_type,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "note": note,
                    "page": page,
                    "pageSize": page_size,
                    "projects": projects,
                    "sortColumn": sort_column,
                    "sortOrder": sort_order,
                    "tasks": tasks,
                    "timeZone": time_zone,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutNote": without_note,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
