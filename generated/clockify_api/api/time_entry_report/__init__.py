"""Typed methods for the operations tagged ``time_entry_report``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.contains_archived_filter_v1 import ContainsArchivedFilterV1
    from ...models.contains_tag_filter_v1 import ContainsTagFilterV1
    from ...models.contains_task_filter_v1 import ContainsTaskFilterV1
    from ...models.contains_users_filter_v1 import ContainsUsersFilterV1
    from ...models.custom_field_filter_v1 import CustomFieldFilterV1
    from ...models.detailed_filter_v1 import DetailedFilterV1
    from ...models.detailed_report_filter_v1 import DetailedReportFilterV1
    from ...models.detailed_report_filter_v1_amount_shown import DetailedReportFilterV1AmountShown
    from ...models.detailed_report_filter_v1_amounts_item import DetailedReportFilterV1AmountsItem
    from ...models.detailed_report_filter_v1_approval_state import DetailedReportFilterV1ApprovalState
    from ...models.detailed_report_filter_v1_date_range_type import DetailedReportFilterV1DateRangeType
    from ...models.detailed_report_filter_v1_export_type import DetailedReportFilterV1ExportType
    from ...models.detailed_report_filter_v1_invoicing_state import DetailedReportFilterV1InvoicingState
    from ...models.detailed_report_filter_v1_sort_order import DetailedReportFilterV1SortOrder
    from ...models.detailed_report_filter_v1_week_start import DetailedReportFilterV1WeekStart
    from ...models.detailed_report_filter_v1_zoom_level import DetailedReportFilterV1ZoomLevel
    from ...models.error_response import ErrorResponse
    from ...models.summary_filter_v1 import SummaryFilterV1
    from ...models.summary_report_filter_v1 import SummaryReportFilterV1
    from ...models.summary_report_filter_v1_amount_shown import SummaryReportFilterV1AmountShown
    from ...models.summary_report_filter_v1_amounts_item import SummaryReportFilterV1AmountsItem
    from ...models.summary_report_filter_v1_approval_state import SummaryReportFilterV1ApprovalState
    from ...models.summary_report_filter_v1_date_range_type import SummaryReportFilterV1DateRangeType
    from ...models.summary_report_filter_v1_export_type import SummaryReportFilterV1ExportType
    from ...models.summary_report_filter_v1_invoicing_state import SummaryReportFilterV1InvoicingState
    from ...models.summary_report_filter_v1_sort_order import SummaryReportFilterV1SortOrder
    from ...models.summary_report_filter_v1_week_start import SummaryReportFilterV1WeekStart
    from ...models.summary_report_filter_v1_zoom_level import SummaryReportFilterV1ZoomLevel
    from ...models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
    from ...models.time_entry_summary_report_dto import TimeEntrySummaryReportDto
    from ...models.time_entry_weekly_report_dto import TimeEntryWeeklyReportDto
    from ...models.weekly_filter_v1 import WeeklyFilterV1
    from ...models.weekly_report_filter_v1 import WeeklyReportFilterV1
    from ...models.weekly_report_filter_v1_amount_shown import WeeklyReportFilterV1AmountShown
    from ...models.weekly_report_filter_v1_amounts_item import WeeklyReportFilterV1AmountsItem
    from ...models.weekly_report_filter_v1_approval_state import WeeklyReportFilterV1ApprovalState
    from ...models.weekly_report_filter_v1_date_range_type import WeeklyReportFilterV1DateRangeType
    from ...models.weekly_report_filter_v1_export_type import WeeklyReportFilterV1ExportType
    from ...models.weekly_report_filter_v1_invoicing_state import WeeklyReportFilterV1InvoicingState
    from ...models.weekly_report_filter_v1_sort_order import WeeklyReportFilterV1SortOrder
    from ...models.weekly_report_filter_v1_week_start import WeeklyReportFilterV1WeekStart
    from ...models.weekly_report_filter_v1_zoom_level import WeeklyReportFilterV1ZoomLevel

__all__ = ["AsyncTimeEntryReportOperations", "TimeEntryReportOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class TimeEntryReportOperations:
    """Operations tagged ``time_entry_report``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def generate_detailed_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        detailed_filter: DetailedFilterV1,
        amount_shown: DetailedReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[DetailedReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: DetailedReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: DetailedReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: DetailedReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: DetailedReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: DetailedReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: DetailedReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: DetailedReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDetailedReportDto:
        """Detailed report

        ``POST /v1/workspaces/{workspace_id}/reports/detailed``
        """

        return cast(
            "TimeEntryDetailedReportDto",
            self._run(
                "POST /v1/workspaces/{workspace_id}/reports/detailed",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "detailedFilter": detailed_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def generate_summary_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        summary_filter: SummaryFilterV1,
        amount_shown: SummaryReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[SummaryReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: SummaryReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: SummaryReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: SummaryReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: SummaryReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: SummaryReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: SummaryReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: SummaryReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntrySummaryReportDto:
        """Summary report

        ``POST /v1/workspaces/{workspace_id}/reports/summary``
        """

        return cast(
            "TimeEntrySummaryReportDto",
            self._run(
                "POST /v1/workspaces/{workspace_id}/reports/summary",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "summaryFilter": summary_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def generate_weekly_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        weekly_filter: WeeklyFilterV1,
        amount_shown: WeeklyReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[WeeklyReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: WeeklyReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: WeeklyReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: WeeklyReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: WeeklyReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: WeeklyReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: WeeklyReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: WeeklyReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryWeeklyReportDto:
        """Weekly report

        ``POST /v1/workspaces/{workspace_id}/reports/weekly``
        """

        return cast(
            "TimeEntryWeeklyReportDto",
            self._run(
                "POST /v1/workspaces/{workspace_id}/reports/weekly",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "weeklyFilter": weekly_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncTimeEntryReportOperations:
    """Operations tagged ``time_entry_report``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def generate_detailed_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        detailed_filter: DetailedFilterV1,
        amount_shown: DetailedReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[DetailedReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: DetailedReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: DetailedReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: DetailedReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: DetailedReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: DetailedReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: DetailedReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: DetailedReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDetailedReportDto:
        """Detailed report

        ``POST /v1/workspaces/{workspace_id}/reports/detailed``
        """

        return cast(
            "TimeEntryDetailedReportDto",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/reports/detailed",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "detailedFilter": detailed_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def generate_summary_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        summary_filter: SummaryFilterV1,
        amount_shown: SummaryReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[SummaryReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: SummaryReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: SummaryReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: SummaryReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: SummaryReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: SummaryReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: SummaryReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: SummaryReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntrySummaryReportDto:
        """Summary report

        ``POST /v1/workspaces/{workspace_id}/reports/summary``
        """

        return cast(
            "TimeEntrySummaryReportDto",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/reports/summary",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "summaryFilter": summary_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def generate_weekly_report(
        self,
        workspace_id: str,
        *,
        date_range_end: str,
        date_range_start: str,
        weekly_filter: WeeklyFilterV1,
        amount_shown: WeeklyReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[WeeklyReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: WeeklyReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: WeeklyReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: WeeklyReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: WeeklyReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: WeeklyReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: WeeklyReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: WeeklyReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryWeeklyReportDto:
        """Weekly report

        ``POST /v1/workspaces/{workspace_id}/reports/weekly``
        """

        return cast(
            "TimeEntryWeeklyReportDto",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/reports/weekly",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
                    "weeklyFilter": weekly_filter,
                    "amountShown": amount_shown,
                    "amounts": amounts,
                    "approvalState": approval_state,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "currency": currency,
                    "customFields": custom_fields,
                    "dateFormat": date_format,
                    "dateRangeType": date_range_type,
                    "description": description,
                    "exportType": export_type,
                    "invoicingState": invoicing_state,
                    "projects": projects,
                    "rounding": rounding,
                    "sortOrder": sort_order,
                    "tags": tags,
                    "tasks": tasks,
                    "timeFormat": time_format,
                    "timeZone": time_zone,
                    "userCustomFields": user_custom_fields,
                    "userGroups": user_groups,
                    "userLocale": user_locale,
                    "users": users,
                    "weekStart": week_start,
                    "withoutDescription": without_description,
                    "zoomLevel": zoom_level,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
