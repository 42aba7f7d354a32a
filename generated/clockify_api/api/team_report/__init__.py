"""Typed methods for the operations tagged ``team_report``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.attendance_filter_v1 import AttendanceFilterV1
    from ...models.attendance_report_dto_v1 import AttendanceReportDtoV1
    from ...models.attendance_report_filter_v1 import AttendanceReportFilterV1
    from ...models.attendance_report_filter_v1_amount_shown import AttendanceReportFilterV1AmountShown
    from ...models.attendance_report_filter_v1_amounts_item import AttendanceReportFilterV1AmountsItem
    from ...models.attendance_report_filter_v1_approval_state import AttendanceReportFilterV1ApprovalState
    from ...models.attendance_report_filter_v1_date_range_type import AttendanceReportFilterV1DateRangeType
    from ...models.attendance_report_filter_v1_export_type import AttendanceReportFilterV1ExportType
    from ...models.attendance_report_filter_v1_invoicing_state import AttendanceReportFilterV1InvoicingState
    from ...models.attendance_report_filter_v1_sort_order import AttendanceReportFilterV1SortOrder
    from ...models.attendance_report_filter_v1_week_start import AttendanceReportFilterV1WeekStart
    from ...models.attendance_report_filter_v1_zoom_level import AttendanceReportFilterV1ZoomLevel
    from ...models.contains_archived_filter_v1 import ContainsArchivedFilterV1
    from ...models.contains_tag_filter_v1 import ContainsTagFilterV1
    from ...models.contains_task_filter_v1 import ContainsTaskFilterV1
    from ...models.contains_users_filter_v1 import ContainsUsersFilterV1
    from ...models.custom_field_filter_v1 import CustomFieldFilterV1
    from ...models.error_response import ErrorResponse

__all__ = ["AsyncTeamReportOperations", "TeamReportOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class TeamReportOperations:
    """Operations tagged ``team_report``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def generate_attendance_report(
        self,
        workspace_id: str,
        *,
        attendance_filter: AttendanceFilterV1,
        date_range_end: str,
        date_range_start: str,
        amount_shown: AttendanceReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[AttendanceReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: AttendanceReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: AttendanceReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: AttendanceReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: AttendanceReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: AttendanceReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: AttendanceReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: AttendanceReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> AttendanceReportDtoV1:
        """Attendance report

        ``POST /v1/workspaces/{workspace_id}/reports/attendance``
        """

        return cast(
            "AttendanceReportDtoV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/reports/attendance",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "attendanceFilter": attendance_filter,
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
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


class AsyncTeamReportOperations:
    """Operations tagged ``team_report``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def generate_attendance_report(
        self,
        workspace_id: str,
        *,
        attendance_filter: AttendanceFilterV1,
        date_range_end: str,
        date_range_start: str,
        amount_shown: AttendanceReportFilterV1AmountShown | Unset = UNSET,
        amounts: list[AttendanceReportFilterV1AmountsItem] | Unset = UNSET,
        approval_state: AttendanceReportFilterV1ApprovalState | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: ContainsArchivedFilterV1 | Unset = UNSET,
        currency: ContainsArchivedFilterV1 | Unset = UNSET,
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET,
        date_format: str | Unset = UNSET,
        date_range_type: AttendanceReportFilterV1DateRangeType | Unset = UNSET,
        description: str | Unset = UNSET,
        export_type: AttendanceReportFilterV1ExportType | Unset = UNSET,
        invoicing_state: AttendanceReportFilterV1InvoicingState | Unset = UNSET,
        projects: ContainsArchivedFilterV1 | Unset = UNSET,
        rounding: bool | Unset = UNSET,
        sort_order: AttendanceReportFilterV1SortOrder | Unset = UNSET,
        tags: ContainsTagFilterV1 | Unset = UNSET,
        tasks: ContainsTaskFilterV1 | Unset = UNSET,
        time_format: str | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        user_groups: ContainsUsersFilterV1 | Unset = UNSET,
        user_locale: str | Unset = UNSET,
        users: ContainsUsersFilterV1 | Unset = UNSET,
        week_start: AttendanceReportFilterV1WeekStart | Unset = UNSET,
        without_description: bool | Unset = UNSET,
        zoom_level: AttendanceReportFilterV1ZoomLevel | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> AttendanceReportDtoV1:
        """Attendance report

        ``POST /v1/workspaces/{workspace_id}/reports/attendance``
        """

        return cast(
            "AttendanceReportDtoV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/reports/attendance",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "attendanceFilter": attendance_filter,
                    "dateRangeEnd": date_range_end,
                    "dateRangeStart": date_range_start,
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
