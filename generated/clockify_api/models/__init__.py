"""Contains all the data models used in inputs/outputs.

Project template (scripts/templates/models_init.py.jinja): a model's module is imported when its name is
first asked for (PEP 562 ``__getattr__``), not all of them with the package: the first call of a process
pays only for the models it reads. Type checkers and editors see every name through the imports below.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_status_type_0 import AccountStatusType0
    from .amount_dto import AmountDto
    from .amount_dto_type import AmountDtoType
    from .attendance_dto import AttendanceDto
    from .attendance_filter_v1 import AttendanceFilterV1
    from .attendance_filter_v1_sort_column import AttendanceFilterV1SortColumn
    from .attendance_report_dto_v1 import AttendanceReportDtoV1
    from .attendance_report_filter_v1 import AttendanceReportFilterV1
    from .attendance_report_filter_v1_amount_shown import AttendanceReportFilterV1AmountShown
    from .attendance_report_filter_v1_amounts_item import AttendanceReportFilterV1AmountsItem
    from .attendance_report_filter_v1_approval_state import AttendanceReportFilterV1ApprovalState
    from .attendance_report_filter_v1_date_range_type import AttendanceReportFilterV1DateRangeType
    from .attendance_report_filter_v1_export_type import AttendanceReportFilterV1ExportType
    from .attendance_report_filter_v1_invoicing_state import AttendanceReportFilterV1InvoicingState
    from .attendance_report_filter_v1_sort_order import AttendanceReportFilterV1SortOrder
    from .attendance_report_filter_v1_week_start import AttendanceReportFilterV1WeekStart
    from .attendance_report_filter_v1_zoom_level import AttendanceReportFilterV1ZoomLevel
    from .audit_filter_v1 import AuditFilterV1
    from .automatic_lock_dto_v1 import AutomaticLockDtoV1
    from .automatic_lock_dto_v1_change_day import AutomaticLockDtoV1ChangeDay
    from .automatic_lock_dto_v1_first_day import AutomaticLockDtoV1FirstDay
    from .automatic_lock_dto_v1_older_than_period import AutomaticLockDtoV1OlderThanPeriod
    from .automatic_lock_dto_v1_type import AutomaticLockDtoV1Type
    from .client_with_currency_dto_v1 import ClientWithCurrencyDtoV1
    from .compare_break_filter import CompareBreakFilter
    from .compare_break_filter_filtration_type import CompareBreakFilterFiltrationType
    from .compare_capacity_filter import CompareCapacityFilter
    from .compare_capacity_filter_filtration_type import CompareCapacityFilterFiltrationType
    from .compare_end_filter import CompareEndFilter
    from .compare_end_filter_filtration_type import CompareEndFilterFiltrationType
    from .compare_overtime_filter import CompareOvertimeFilter
    from .compare_overtime_filter_filtration_type import CompareOvertimeFilterFiltrationType
    from .compare_start_filter import CompareStartFilter
    from .compare_start_filter_filtration_type import CompareStartFilterFiltrationType
    from .compare_work_filter import CompareWorkFilter
    from .compare_work_filter_filtration_type import CompareWorkFilterFiltrationType
    from .contains_archived_filter_v1 import ContainsArchivedFilterV1
    from .contains_archived_filter_v1_contains import ContainsArchivedFilterV1Contains
    from .contains_archived_filter_v1_status import ContainsArchivedFilterV1Status
    from .contains_tag_filter_v1 import ContainsTagFilterV1
    from .contains_tag_filter_v1_contained_in_timeentry import ContainsTagFilterV1ContainedInTimeentry
    from .contains_tag_filter_v1_contains import ContainsTagFilterV1Contains
    from .contains_tag_filter_v1_status import ContainsTagFilterV1Status
    from .contains_task_filter_v1 import ContainsTaskFilterV1
    from .contains_task_filter_v1_contains import ContainsTaskFilterV1Contains
    from .contains_task_filter_v1_status import ContainsTaskFilterV1Status
    from .contains_users_filter_v1 import ContainsUsersFilterV1
    from .contains_users_filter_v1_contains import ContainsUsersFilterV1Contains
    from .contains_users_filter_v1_status import ContainsUsersFilterV1Status
    from .cost_rate_request import CostRateRequest
    from .cost_rate_request_v1 import CostRateRequestV1
    from .create_client_request_v1 import CreateClientRequestV1
    from .create_custom_attribute_request import CreateCustomAttributeRequest
    from .create_time_entry_request import CreateTimeEntryRequest
    from .create_time_entry_request_type import CreateTimeEntryRequestType
    from .currency_with_default_info_dto_v1 import CurrencyWithDefaultInfoDtoV1
    from .custom_field_filter_v1 import CustomFieldFilterV1
    from .custom_field_filter_v1_number_condition import CustomFieldFilterV1NumberCondition
    from .custom_field_filter_v1_type import CustomFieldFilterV1Type
    from .custom_field_filter_v1_value import CustomFieldFilterV1Value
    from .custom_field_type_type_0 import CustomFieldTypeType0
    from .custom_field_value_dto_v1 import CustomFieldValueDtoV1
    from .daily_total_dto import DailyTotalDto
    from .detailed_filter_v1 import DetailedFilterV1
    from .detailed_filter_v1_sort_column import DetailedFilterV1SortColumn
    from .detailed_options_v1 import DetailedOptionsV1
    from .detailed_options_v1_totals import DetailedOptionsV1Totals
    from .detailed_report_filter_v1 import DetailedReportFilterV1
    from .detailed_report_filter_v1_amount_shown import DetailedReportFilterV1AmountShown
    from .detailed_report_filter_v1_amounts_item import DetailedReportFilterV1AmountsItem
    from .detailed_report_filter_v1_approval_state import DetailedReportFilterV1ApprovalState
    from .detailed_report_filter_v1_date_range_type import DetailedReportFilterV1DateRangeType
    from .detailed_report_filter_v1_export_type import DetailedReportFilterV1ExportType
    from .detailed_report_filter_v1_invoicing_state import DetailedReportFilterV1InvoicingState
    from .detailed_report_filter_v1_sort_order import DetailedReportFilterV1SortOrder
    from .detailed_report_filter_v1_week_start import DetailedReportFilterV1WeekStart
    from .detailed_report_filter_v1_zoom_level import DetailedReportFilterV1ZoomLevel
    from .entity_creation_permission_type_0 import EntityCreationPermissionType0
    from .entity_creation_permissions_dto_v1 import EntityCreationPermissionsDtoV1
    from .error_response import ErrorResponse
    from .estimate_dto_v1 import EstimateDtoV1
    from .estimate_dto_v1_type import EstimateDtoV1Type
    from .estimate_request import EstimateRequest
    from .estimate_request_type import EstimateRequestType
    from .estimate_reset_dto import EstimateResetDto
    from .estimate_reset_dto_day_of_week import EstimateResetDtoDayOfWeek
    from .estimate_reset_dto_interval import EstimateResetDtoInterval
    from .estimate_reset_dto_month import EstimateResetDtoMonth
    from .estimate_reset_option import EstimateResetOption
    from .estimate_with_options_dto import EstimateWithOptionsDto
    from .estimate_with_options_dto_type import EstimateWithOptionsDtoType
    from .expense_detailed_report_dto_v1 import ExpenseDetailedReportDtoV1
    from .expense_report_dto_v1 import ExpenseReportDtoV1
    from .expense_report_dto_v1_export_fields_item import ExpenseReportDtoV1ExportFieldsItem
    from .expense_report_filter_v1 import ExpenseReportFilterV1
    from .expense_report_filter_v1_approval_state import ExpenseReportFilterV1ApprovalState
    from .expense_report_filter_v1_date_range_type import ExpenseReportFilterV1DateRangeType
    from .expense_report_filter_v1_export_type import ExpenseReportFilterV1ExportType
    from .expense_report_filter_v1_invoicing_state import ExpenseReportFilterV1InvoicingState
    from .expense_report_filter_v1_sort_column import ExpenseReportFilterV1SortColumn
    from .expense_report_filter_v1_sort_order import ExpenseReportFilterV1SortOrder
    from .expense_report_filter_v1_week_start import ExpenseReportFilterV1WeekStart
    from .expense_report_filter_v1_zoom_level import ExpenseReportFilterV1ZoomLevel
    from .expense_totals_dto_v1 import ExpenseTotalsDtoV1
    from .feature_plan import FeaturePlan
    from .feature_plan_addon_subscription_plan import FeaturePlanAddonSubscriptionPlan
    from .feature_plan_feature_permissions_item import FeaturePlanFeaturePermissionsItem
    from .get_projects_access import GetProjectsAccess
    from .get_projects_client_status import GetProjectsClientStatus
    from .get_projects_sort_column import GetProjectsSortColumn
    from .get_projects_sort_order import GetProjectsSortOrder
    from .get_projects_user_status import GetProjectsUserStatus
    from .get_tags_sort_column import GetTagsSortColumn
    from .get_tags_sort_order import GetTagsSortOrder
    from .get_tasks_sort_column import GetTasksSortColumn
    from .get_tasks_sort_order import GetTasksSortOrder
    from .get_users_of_workspace_memberships import GetUsersOfWorkspaceMemberships
    from .get_users_of_workspace_sort_column import GetUsersOfWorkspaceSortColumn
    from .get_users_of_workspace_sort_order import GetUsersOfWorkspaceSortOrder
    from .get_users_of_workspace_status import GetUsersOfWorkspaceStatus
    from .get_workspaces_of_user_roles import GetWorkspacesOfUserRoles
    from .group_one_dto import GroupOneDto
    from .hourly_rate_dto_v1 import HourlyRateDtoV1
    from .hourly_rate_request import HourlyRateRequest
    from .hourly_rate_request_v1 import HourlyRateRequestV1
    from .invoicing_info import InvoicingInfo
    from .membership_dto_v1 import MembershipDtoV1
    from .membership_dto_v1_membership_status import MembershipDtoV1MembershipStatus
    from .membership_dto_v1_membership_type import MembershipDtoV1MembershipType
    from .membership_request import MembershipRequest
    from .membership_request_membership_status import MembershipRequestMembershipStatus
    from .membership_request_membership_type import MembershipRequestMembershipType
    from .project_dto_impl_v1 import ProjectDtoImplV1
    from .project_dto_v1 import ProjectDtoV1
    from .project_request import ProjectRequest
    from .rate_dto_v1 import RateDtoV1
    from .report_tag_dto import ReportTagDto
    from .report_time_interval_dto import ReportTimeIntervalDto
    from .round_dto import RoundDto
    from .stop_time_entry_request import StopTimeEntryRequest
    from .summary_filter_v1 import SummaryFilterV1
    from .summary_filter_v1_groups_item import SummaryFilterV1GroupsItem
    from .summary_filter_v1_sort_column import SummaryFilterV1SortColumn
    from .summary_filter_v1_summary_chart_type import SummaryFilterV1SummaryChartType
    from .summary_report_chart_dto import SummaryReportChartDto
    from .summary_report_filter_v1 import SummaryReportFilterV1
    from .summary_report_filter_v1_amount_shown import SummaryReportFilterV1AmountShown
    from .summary_report_filter_v1_amounts_item import SummaryReportFilterV1AmountsItem
    from .summary_report_filter_v1_approval_state import SummaryReportFilterV1ApprovalState
    from .summary_report_filter_v1_date_range_type import SummaryReportFilterV1DateRangeType
    from .summary_report_filter_v1_export_type import SummaryReportFilterV1ExportType
    from .summary_report_filter_v1_invoicing_state import SummaryReportFilterV1InvoicingState
    from .summary_report_filter_v1_sort_order import SummaryReportFilterV1SortOrder
    from .summary_report_filter_v1_week_start import SummaryReportFilterV1WeekStart
    from .summary_report_filter_v1_zoom_level import SummaryReportFilterV1ZoomLevel
    from .summary_report_settings_dto_v1 import SummaryReportSettingsDtoV1
    from .tag_dto_v1 import TagDtoV1
    from .tag_request import TagRequest
    from .task_dto_v1 import TaskDtoV1
    from .task_request import TaskRequest
    from .task_request_v1 import TaskRequestV1
    from .task_request_v1_status import TaskRequestV1Status
    from .task_status_type_0 import TaskStatusType0
    from .time_entry_detailed_report_dto import TimeEntryDetailedReportDto
    from .time_entry_dto import TimeEntryDto
    from .time_entry_dto_impl_v1 import TimeEntryDtoImplV1
    from .time_entry_dto_impl_v1_type import TimeEntryDtoImplV1Type
    from .time_entry_dto_v1 import TimeEntryDtoV1
    from .time_entry_dto_v1_type import TimeEntryDtoV1Type
    from .time_entry_id import TimeEntryId
    from .time_entry_report_totals import TimeEntryReportTotals
    from .time_entry_summary_report_dto import TimeEntrySummaryReportDto
    from .time_entry_weekly_report_dto import TimeEntryWeeklyReportDto
    from .time_entry_with_rates_dto_v1 import TimeEntryWithRatesDtoV1
    from .time_entry_with_rates_dto_v1_type import TimeEntryWithRatesDtoV1Type
    from .time_estimate_dto import TimeEstimateDto
    from .time_estimate_dto_type import TimeEstimateDtoType
    from .time_interval_dto_v1 import TimeIntervalDtoV1
    from .update_custom_field_request import UpdateCustomFieldRequest
    from .update_custom_field_request_source_type import UpdateCustomFieldRequestSourceType
    from .update_invoiced_status_request import UpdateInvoicedStatusRequest
    from .update_project_request import UpdateProjectRequest
    from .update_time_entry_bulk_request import UpdateTimeEntryBulkRequest
    from .update_time_entry_bulk_request_type import UpdateTimeEntryBulkRequestType
    from .update_time_entry_request import UpdateTimeEntryRequest
    from .update_time_entry_request_type import UpdateTimeEntryRequestType
    from .user_custom_field_value_dto_v1 import UserCustomFieldValueDtoV1
    from .user_custom_field_value_dto_v1_value import UserCustomFieldValueDtoV1Value
    from .user_dto import UserDto
    from .user_dto_v1 import UserDtoV1
    from .user_settings_dto_v1 import UserSettingsDtoV1
    from .user_settings_dto_v1_dashboard_selection import UserSettingsDtoV1DashboardSelection
    from .user_settings_dto_v1_dashboard_view_type import UserSettingsDtoV1DashboardViewType
    from .user_settings_dto_v1_theme import UserSettingsDtoV1Theme
    from .user_settings_dto_v1_time_format import UserSettingsDtoV1TimeFormat
    from .user_settings_dto_v1_week_start import UserSettingsDtoV1WeekStart
    from .weekly_filter_v1 import WeeklyFilterV1
    from .weekly_filter_v1_group import WeeklyFilterV1Group
    from .weekly_filter_v1_subgroup import WeeklyFilterV1Subgroup
    from .weekly_report_filter_v1 import WeeklyReportFilterV1
    from .weekly_report_filter_v1_amount_shown import WeeklyReportFilterV1AmountShown
    from .weekly_report_filter_v1_amounts_item import WeeklyReportFilterV1AmountsItem
    from .weekly_report_filter_v1_approval_state import WeeklyReportFilterV1ApprovalState
    from .weekly_report_filter_v1_date_range_type import WeeklyReportFilterV1DateRangeType
    from .weekly_report_filter_v1_export_type import WeeklyReportFilterV1ExportType
    from .weekly_report_filter_v1_invoicing_state import WeeklyReportFilterV1InvoicingState
    from .weekly_report_filter_v1_sort_order import WeeklyReportFilterV1SortOrder
    from .weekly_report_filter_v1_week_start import WeeklyReportFilterV1WeekStart
    from .weekly_report_filter_v1_zoom_level import WeeklyReportFilterV1ZoomLevel
    from .workspace_dto_v1 import WorkspaceDtoV1
    from .workspace_settings_dto_v1 import WorkspaceSettingsDtoV1
    from .workspace_settings_dto_v1_admin_only_pages_item import WorkspaceSettingsDtoV1AdminOnlyPagesItem
    from .workspace_settings_dto_v1_currency_format import WorkspaceSettingsDtoV1CurrencyFormat
    from .workspace_settings_dto_v1_duration_format import WorkspaceSettingsDtoV1DurationFormat
    from .workspace_settings_dto_v1_number_format import WorkspaceSettingsDtoV1NumberFormat
    from .workspace_settings_dto_v1_time_tracking_mode import WorkspaceSettingsDtoV1TimeTrackingMode
    from .workspace_settings_dto_v1_working_days_item import WorkspaceSettingsDtoV1WorkingDaysItem
    from .workspace_subdomain_dto_v1 import WorkspaceSubdomainDtoV1

# Each model's module, by model name.
_MODULES = {
    "AccountStatusType0": ".account_status_type_0",
    "AmountDto": ".amount_dto",
    "AmountDtoType": ".amount_dto_type",
    "AttendanceDto": ".attendance_dto",
    "AttendanceFilterV1": ".attendance_filter_v1",
    "AttendanceFilterV1SortColumn": ".attendance_filter_v1_sort_column",
    "AttendanceReportDtoV1": ".attendance_report_dto_v1",
    "AttendanceReportFilterV1": ".attendance_report_filter_v1",
    "AttendanceReportFilterV1AmountShown": ".attendance_report_filter_v1_amount_shown",
    "AttendanceReportFilterV1AmountsItem": ".attendance_report_filter_v1_amounts_item",
    "AttendanceReportFilterV1ApprovalState": ".attendance_report_filter_v1_approval_state",
    "AttendanceReportFilterV1DateRangeType": ".attendance_report_filter_v1_date_range_type",
    "AttendanceReportFilterV1ExportType": ".attendance_report_filter_v1_export_type",
    "AttendanceReportFilterV1InvoicingState": ".attendance_report_filter_v1_invoicing_state",
    "AttendanceReportFilterV1SortOrder": ".attendance_report_filter_v1_sort_order",
    "AttendanceReportFilterV1WeekStart": ".attendance_report_filter_v1_week_start",
    "AttendanceReportFilterV1ZoomLevel": ".attendance_report_filter_v1_zoom_level",
    "AuditFilterV1": ".audit_filter_v1",
    "AutomaticLockDtoV1": ".automatic_lock_dto_v1",
    "AutomaticLockDtoV1ChangeDay": ".automatic_lock_dto_v1_change_day",
    "AutomaticLockDtoV1FirstDay": ".automatic_lock_dto_v1_first_day",
    "AutomaticLockDtoV1OlderThanPeriod": ".automatic_lock_dto_v1_older_than_period",
    "AutomaticLockDtoV1Type": ".automatic_lock_dto_v1_type",
    "ClientWithCurrencyDtoV1": ".client_with_currency_dto_v1",
    "CompareBreakFilter": ".compare_break_filter",
    "CompareBreakFilterFiltrationType": ".compare_break_filter_filtration_type",
    "CompareCapacityFilter": ".compare_capacity_filter",
    "CompareCapacityFilterFiltrationType": ".compare_capacity_filter_filtration_type",
    "CompareEndFilter": ".compare_end_filter",
    "CompareEndFilterFiltrationType": ".compare_end_filter_filtration_type",
    "CompareOvertimeFilter": ".compare_overtime_filter",
    "CompareOvertimeFilterFiltrationType": ".compare_overtime_filter_filtration_type",
    "CompareStartFilter": ".compare_start_filter",
    "CompareStartFilterFiltrationType": ".compare_start_filter_filtration_type",
    "CompareWorkFilter": ".compare_work_filter",
    "CompareWorkFilterFiltrationType": ".compare_work_filter_filtration_type",
    "ContainsArchivedFilterV1": ".contains_archived_filter_v1",
    "ContainsArchivedFilterV1Contains": ".contains_archived_filter_v1_contains",
    "ContainsArchivedFilterV1Status": ".contains_archived_filter_v1_status",
    "ContainsTagFilterV1": ".contains_tag_filter_v1",
    "ContainsTagFilterV1ContainedInTimeentry": ".contains_tag_filter_v1_contained_in_timeentry",
    "ContainsTagFilterV1Contains": ".contains_tag_filter_v1_contains",
    "ContainsTagFilterV1Status": ".contains_tag_filter_v1_status",
    "ContainsTaskFilterV1": ".contains_task_filter_v1",
    "ContainsTaskFilterV1Contains": ".contains_task_filter_v1_contains",
    "ContainsTaskFilterV1Status": ".contains_task_filter_v1_status",
    "ContainsUsersFilterV1": ".contains_users_filter_v1",
    "ContainsUsersFilterV1Contains": ".contains_users_filter_v1_contains",
    "ContainsUsersFilterV1Status": ".contains_users_filter_v1_status",
    "CostRateRequest": ".cost_rate_request",
    "CostRateRequestV1": ".cost_rate_request_v1",
    "CreateClientRequestV1": ".create_client_request_v1",
    "CreateCustomAttributeRequest": ".create_custom_attribute_request",
    "CreateTimeEntryRequest": ".create_time_entry_request",
    "CreateTimeEntryRequestType": ".create_time_entry_request_type",
    "CurrencyWithDefaultInfoDtoV1": ".currency_with_default_info_dto_v1",
    "CustomFieldFilterV1": ".custom_field_filter_v1",
    "CustomFieldFilterV1NumberCondition": ".custom_field_filter_v1_number_condition",
    "CustomFieldFilterV1Type": ".custom_field_filter_v1_type",
    "CustomFieldFilterV1Value": ".custom_field_filter_v1_value",
    "CustomFieldTypeType0": ".custom_field_type_type_0",
    "CustomFieldValueDtoV1": ".custom_field_value_dto_v1",
    "DailyTotalDto": ".daily_total_dto",
    "DetailedFilterV1": ".detailed_filter_v1",
    "DetailedFilterV1SortColumn": ".detailed_filter_v1_sort_column",
    "DetailedOptionsV1": ".detailed_options_v1",
    "DetailedOptionsV1Totals": ".detailed_options_v1_totals",
    "DetailedReportFilterV1": ".detailed_report_filter_v1",
    "DetailedReportFilterV1AmountShown": ".detailed_report_filter_v1_amount_shown",
    "DetailedReportFilterV1AmountsItem": ".detailed_report_filter_v1_amounts_item",
    "DetailedReportFilterV1ApprovalState": ".detailed_report_filter_v1_approval_state",
    "DetailedReportFilterV1DateRangeType": ".detailed_report_filter_v1_date_range_type",
    "DetailedReportFilterV1ExportType": ".detailed_report_filter_v1_export_type",
    "DetailedReportFilterV1InvoicingState": ".detailed_report_filter_v1_invoicing_state",
    "DetailedReportFilterV1SortOrder": ".detailed_report_filter_v1_sort_order",
    "DetailedReportFilterV1WeekStart": ".detailed_report_filter_v1_week_start",
    "DetailedReportFilterV1ZoomLevel": ".detailed_report_filter_v1_zoom_level",
    "EntityCreationPermissionType0": ".entity_creation_permission_type_0",
    "EntityCreationPermissionsDtoV1": ".entity_creation_permissions_dto_v1",
    "ErrorResponse": ".error_response",
    "EstimateDtoV1": ".estimate_dto_v1",
    "EstimateDtoV1Type": ".estimate_dto_v1_type",
    "EstimateRequest": ".estimate_request",
    "EstimateRequestType": ".estimate_request_type",
    "EstimateResetDto": ".estimate_reset_dto",
    "EstimateResetDtoDayOfWeek": ".estimate_reset_dto_day_of_week",
    "EstimateResetDtoInterval": ".estimate_reset_dto_interval",
    "EstimateResetDtoMonth": ".estimate_reset_dto_month",
    "EstimateResetOption": ".estimate_reset_option",
    "EstimateWithOptionsDto": ".estimate_with_options_dto",
    "EstimateWithOptionsDtoType": ".estimate_with_options_dto_type",
    "ExpenseDetailedReportDtoV1": ".expense_detailed_report_dto_v1",
    "ExpenseReportDtoV1": ".expense_report_dto_v1",
    "ExpenseReportDtoV1ExportFieldsItem": ".expense_report_dto_v1_export_fields_item",
    "ExpenseReportFilterV1": ".expense_report_filter_v1",
    "ExpenseReportFilterV1ApprovalState": ".expense_report_filter_v1_approval_state",
    "ExpenseReportFilterV1DateRangeType": ".expense_report_filter_v1_date_range_type",
    "ExpenseReportFilterV1ExportType": ".expense_report_filter_v1_export_type",
    "ExpenseReportFilterV1InvoicingState": ".expense_report_filter_v1_invoicing_state",
    "ExpenseReportFilterV1SortColumn": ".expense_report_filter_v1_sort_column",
    "ExpenseReportFilterV1SortOrder": ".expense_report_filter_v1_sort_order",
    "ExpenseReportFilterV1WeekStart": ".expense_report_filter_v1_week_start",
    "ExpenseReportFilterV1ZoomLevel": ".expense_report_filter_v1_zoom_level",
    "ExpenseTotalsDtoV1": ".expense_totals_dto_v1",
    "FeaturePlan": ".feature_plan",
    "FeaturePlanAddonSubscriptionPlan": ".feature_plan_addon_subscription_plan",
    "FeaturePlanFeaturePermissionsItem": ".feature_plan_feature_permissions_item",
    "GetProjectsAccess": ".get_projects_access",
    "GetProjectsClientStatus": ".get_projects_client_status",
    "GetProjectsSortColumn": ".get_projects_sort_column",
    "GetProjectsSortOrder": ".get_projects_sort_order",
    "GetProjectsUserStatus": ".get_projects_user_status",
    "GetTagsSortColumn": ".get_tags_sort_column",
    "GetTagsSortOrder": ".get_tags_sort_order",
    "GetTasksSortColumn": ".get_tasks_sort_column",
    "GetTasksSortOrder": ".get_tasks_sort_order",
    "GetUsersOfWorkspaceMemberships": ".get_users_of_workspace_memberships",
    "GetUsersOfWorkspaceSortColumn": ".get_users_of_workspace_sort_column",
    "GetUsersOfWorkspaceSortOrder": ".get_users_of_workspace_sort_order",
    "GetUsersOfWorkspaceStatus": ".get_users_of_workspace_status",
    "GetWorkspacesOfUserRoles": ".get_workspaces_of_user_roles",
    "GroupOneDto": ".group_one_dto",
    "HourlyRateDtoV1": ".hourly_rate_dto_v1",
    "HourlyRateRequest": ".hourly_rate_request",
    "HourlyRateRequestV1": ".hourly_rate_request_v1",
    "InvoicingInfo": ".invoicing_info",
    "MembershipDtoV1": ".membership_dto_v1",
    "MembershipDtoV1MembershipStatus": ".membership_dto_v1_membership_status",
    "MembershipDtoV1MembershipType": ".membership_dto_v1_membership_type",
    "MembershipRequest": ".membership_request",
    "MembershipRequestMembershipStatus": ".membership_request_membership_status",
    "MembershipRequestMembershipType": ".membership_request_membership_type",
    "ProjectDtoImplV1": ".project_dto_impl_v1",
    "ProjectDtoV1": ".project_dto_v1",
    "ProjectRequest": ".project_request",
    "RateDtoV1": ".rate_dto_v1",
    "ReportTagDto": ".report_tag_dto",
    "ReportTimeIntervalDto": ".report_time_interval_dto",
    "RoundDto": ".round_dto",
    "StopTimeEntryRequest": ".stop_time_entry_request",
    "SummaryFilterV1": ".summary_filter_v1",
    "SummaryFilterV1GroupsItem": ".summary_filter_v1_groups_item",
    "SummaryFilterV1SortColumn": ".summary_filter_v1_sort_column",
    "SummaryFilterV1SummaryChartType": ".summary_filter_v1_summary_chart_type",
    "SummaryReportChartDto": ".summary_report_chart_dto",
    "SummaryReportFilterV1": ".summary_report_filter_v1",
    "SummaryReportFilterV1AmountShown": ".summary_report_filter_v1_amount_shown",
    "SummaryReportFilterV1AmountsItem": ".summary_report_filter_v1_amounts_item",
    "SummaryReportFilterV1ApprovalState": ".summary_report_filter_v1_approval_state",
    "SummaryReportFilterV1DateRangeType": ".summary_report_filter_v1_date_range_type",
    "SummaryReportFilterV1ExportType": ".summary_report_filter_v1_export_type",
    "SummaryReportFilterV1InvoicingState": ".summary_report_filter_v1_invoicing_state",
    "SummaryReportFilterV1SortOrder": ".summary_report_filter_v1_sort_order",
    "SummaryReportFilterV1WeekStart": ".summary_report_filter_v1_week_start",
    "SummaryReportFilterV1ZoomLevel": ".summary_report_filter_v1_zoom_level",
    "SummaryReportSettingsDtoV1": ".summary_report_settings_dto_v1",
    "TagDtoV1": ".tag_dto_v1",
    "TagRequest": ".tag_request",
    "TaskDtoV1": ".task_dto_v1",
    "TaskRequest": ".task_request",
    "TaskRequestV1": ".task_request_v1",
    "TaskRequestV1Status": ".task_request_v1_status",
    "TaskStatusType0": ".task_status_type_0",
    "TimeEntryDetailedReportDto": ".time_entry_detailed_report_dto",
    "TimeEntryDto": ".time_entry_dto",
    "TimeEntryDtoImplV1": ".time_entry_dto_impl_v1",
    "TimeEntryDtoImplV1Type": ".time_entry_dto_impl_v1_type",
    "TimeEntryDtoV1": ".time_entry_dto_v1",
    "TimeEntryDtoV1Type": ".time_entry_dto_v1_type",
    "TimeEntryId": ".time_entry_id",
    "TimeEntryReportTotals": ".time_entry_report_totals",
    "TimeEntrySummaryReportDto": ".time_entry_summary_report_dto",
    "TimeEntryWeeklyReportDto": ".time_entry_weekly_report_dto",
    "TimeEntryWithRatesDtoV1": ".time_entry_with_rates_dto_v1",
    "TimeEntryWithRatesDtoV1Type": ".time_entry_with_rates_dto_v1_type",
    "TimeEstimateDto": ".time_estimate_dto",
    "TimeEstimateDtoType": ".time_estimate_dto_type",
    "TimeIntervalDtoV1": ".time_interval_dto_v1",
    "UpdateCustomFieldRequest": ".update_custom_field_request",
    "UpdateCustomFieldRequestSourceType": ".update_custom_field_request_source_type",
    "UpdateInvoicedStatusRequest": ".update_invoiced_status_request",
    "UpdateProjectRequest": ".update_project_request",
    "UpdateTimeEntryBulkRequest": ".update_time_entry_bulk_request",
    "UpdateTimeEntryBulkRequestType": ".update_time_entry_bulk_request_type",
    "UpdateTimeEntryRequest": ".update_time_entry_request",
    "UpdateTimeEntryRequestType": ".update_time_entry_request_type",
    "UserCustomFieldValueDtoV1": ".user_custom_field_value_dto_v1",
    "UserCustomFieldValueDtoV1Value": ".user_custom_field_value_dto_v1_value",
    "UserDto": ".user_dto",
    "UserDtoV1": ".user_dto_v1",
    "UserSettingsDtoV1": ".user_settings_dto_v1",
    "UserSettingsDtoV1DashboardSelection": ".user_settings_dto_v1_dashboard_selection",
    "UserSettingsDtoV1DashboardViewType": ".user_settings_dto_v1_dashboard_view_type",
    "UserSettingsDtoV1Theme": ".user_settings_dto_v1_theme",
    "UserSettingsDtoV1TimeFormat": ".user_settings_dto_v1_time_format",
    "UserSettingsDtoV1WeekStart": ".user_settings_dto_v1_week_start",
    "WeeklyFilterV1": ".weekly_filter_v1",
    "WeeklyFilterV1Group": ".weekly_filter_v1_group",
    "WeeklyFilterV1Subgroup": ".weekly_filter_v1_subgroup",
    "WeeklyReportFilterV1": ".weekly_report_filter_v1",
    "WeeklyReportFilterV1AmountShown": ".weekly_report_filter_v1_amount_shown",
    "WeeklyReportFilterV1AmountsItem": ".weekly_report_filter_v1_amounts_item",
    "WeeklyReportFilterV1ApprovalState": ".weekly_report_filter_v1_approval_state",
    "WeeklyReportFilterV1DateRangeType": ".weekly_report_filter_v1_date_range_type",
    "WeeklyReportFilterV1ExportType": ".weekly_report_filter_v1_export_type",
    "WeeklyReportFilterV1InvoicingState": ".weekly_report_filter_v1_invoicing_state",
    "WeeklyReportFilterV1SortOrder": ".weekly_report_filter_v1_sort_order",
    "WeeklyReportFilterV1WeekStart": ".weekly_report_filter_v1_week_start",
    "WeeklyReportFilterV1ZoomLevel": ".weekly_report_filter_v1_zoom_level",
    "WorkspaceDtoV1": ".workspace_dto_v1",
    "WorkspaceSettingsDtoV1": ".workspace_settings_dto_v1",
    "WorkspaceSettingsDtoV1AdminOnlyPagesItem": ".workspace_settings_dto_v1_admin_only_pages_item",
    "WorkspaceSettingsDtoV1CurrencyFormat": ".workspace_settings_dto_v1_currency_format",
    "WorkspaceSettingsDtoV1DurationFormat": ".workspace_settings_dto_v1_duration_format",
    "WorkspaceSettingsDtoV1NumberFormat": ".workspace_settings_dto_v1_number_format",
    "WorkspaceSettingsDtoV1TimeTrackingMode": ".workspace_settings_dto_v1_time_tracking_mode",
    "WorkspaceSettingsDtoV1WorkingDaysItem": ".workspace_settings_dto_v1_working_days_item",
    "WorkspaceSubdomainDtoV1": ".workspace_subdomain_dto_v1",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # asked once: later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AccountStatusType0",
    "AmountDto",
    "AmountDtoType",
    "AttendanceDto",
    "AttendanceFilterV1",
    "AttendanceFilterV1SortColumn",
    "AttendanceReportDtoV1",
    "AttendanceReportFilterV1",
    "AttendanceReportFilterV1AmountShown",
    "AttendanceReportFilterV1AmountsItem",
    "AttendanceReportFilterV1ApprovalState",
    "AttendanceReportFilterV1DateRangeType",
    "AttendanceReportFilterV1ExportType",
    "AttendanceReportFilterV1InvoicingState",
    "AttendanceReportFilterV1SortOrder",
    "AttendanceReportFilterV1WeekStart",
    "AttendanceReportFilterV1ZoomLevel",
    "AuditFilterV1",
    "AutomaticLockDtoV1",
    "AutomaticLockDtoV1ChangeDay",
    "AutomaticLockDtoV1FirstDay",
    "AutomaticLockDtoV1OlderThanPeriod",
    "AutomaticLockDtoV1Type",
    "ClientWithCurrencyDtoV1",
    "CompareBreakFilter",
    "CompareBreakFilterFiltrationType",
    "CompareCapacityFilter",
    "CompareCapacityFilterFiltrationType",
    "CompareEndFilter",
    "CompareEndFilterFiltrationType",
    "CompareOvertimeFilter",
    "CompareOvertimeFilterFiltrationType",
    "CompareStartFilter",
    "CompareStartFilterFiltrationType",
    "CompareWorkFilter",
    "CompareWorkFilterFiltrationType",
    "ContainsArchivedFilterV1",
    "ContainsArchivedFilterV1Contains",
    "ContainsArchivedFilterV1Status",
    "ContainsTagFilterV1",
    "ContainsTagFilterV1ContainedInTimeentry",
    "ContainsTagFilterV1Contains",
    "ContainsTagFilterV1Status",
    "ContainsTaskFilterV1",
    "ContainsTaskFilterV1Contains",
    "ContainsTaskFilterV1Status",
    "ContainsUsersFilterV1",
    "ContainsUsersFilterV1Contains",
    "ContainsUsersFilterV1Status",
    "CostRateRequest",
    "CostRateRequestV1",
    "CreateClientRequestV1",
    "CreateCustomAttributeRequest",
    "CreateTimeEntryRequest",
    "CreateTimeEntryRequestType",
    "CurrencyWithDefaultInfoDtoV1",
    "CustomFieldFilterV1",
    "CustomFieldFilterV1NumberCondition",
    "CustomFieldFilterV1Type",
    "CustomFieldFilterV1Value",
    "CustomFieldTypeType0",
    "CustomFieldValueDtoV1",
    "DailyTotalDto",
    "DetailedFilterV1",
    "DetailedFilterV1SortColumn",
    "DetailedOptionsV1",
    "DetailedOptionsV1Totals",
    "DetailedReportFilterV1",
    "DetailedReportFilterV1AmountShown",
    "DetailedReportFilterV1AmountsItem",
    "DetailedReportFilterV1ApprovalState",
    "DetailedReportFilterV1DateRangeType",
    "DetailedReportFilterV1ExportType",
    "DetailedReportFilterV1InvoicingState",
    "DetailedReportFilterV1SortOrder",
    "DetailedReportFilterV1WeekStart",
    "DetailedReportFilterV1ZoomLevel",
    "EntityCreationPermissionType0",
    "EntityCreationPermissionsDtoV1",
    "ErrorResponse",
    "EstimateDtoV1",
    "EstimateDtoV1Type",
    "EstimateRequest",
    "EstimateRequestType",
    "EstimateResetDto",
    "EstimateResetDtoDayOfWeek",
    "EstimateResetDtoInterval",
    "EstimateResetDtoMonth",
    "EstimateResetOption",
    "EstimateWithOptionsDto",
    "EstimateWithOptionsDtoType",
    "ExpenseDetailedReportDtoV1",
    "ExpenseReportDtoV1",
    "ExpenseReportDtoV1ExportFieldsItem",
    "ExpenseReportFilterV1",
    "ExpenseReportFilterV1ApprovalState",
    "ExpenseReportFilterV1DateRangeType",
    "ExpenseReportFilterV1ExportType",
    "ExpenseReportFilterV1InvoicingState",
    "ExpenseReportFilterV1SortColumn",
    "ExpenseReportFilterV1SortOrder",
    "ExpenseReportFilterV1WeekStart",
    "ExpenseReportFilterV1ZoomLevel",
    "ExpenseTotalsDtoV1",
    "FeaturePlan",
    "FeaturePlanAddonSubscriptionPlan",
    "FeaturePlanFeaturePermissionsItem",
    "GetProjectsAccess",
    "GetProjectsClientStatus",
    "GetProjectsSortColumn",
    "GetProjectsSortOrder",
    "GetProjectsUserStatus",
    "GetTagsSortColumn",
    "GetTagsSortOrder",
    "GetTasksSortColumn",
    "GetTasksSortOrder",
    "GetUsersOfWorkspaceMemberships",
    "GetUsersOfWorkspaceSortColumn",
    "GetUsersOfWorkspaceSortOrder",
    "GetUsersOfWorkspaceStatus",
    "GetWorkspacesOfUserRoles",
    "GroupOneDto",
    "HourlyRateDtoV1",
    "HourlyRateRequest",
    "HourlyRateRequestV1",
    "InvoicingInfo",
    "MembershipDtoV1",
    "MembershipDtoV1MembershipStatus",
    "MembershipDtoV1MembershipType",
    "MembershipRequest",
    "MembershipRequestMembershipStatus",
    "MembershipRequestMembershipType",
    "ProjectDtoImplV1",
    "ProjectDtoV1",
    "ProjectRequest",
    "RateDtoV1",
    "ReportTagDto",
    "ReportTimeIntervalDto",
    "RoundDto",
    "StopTimeEntryRequest",
    "SummaryFilterV1",
    "SummaryFilterV1GroupsItem",
    "SummaryFilterV1SortColumn",
    "SummaryFilterV1SummaryChartType",
    "SummaryReportChartDto",
    "SummaryReportFilterV1",
    "SummaryReportFilterV1AmountShown",
    "SummaryReportFilterV1AmountsItem",
    "SummaryReportFilterV1ApprovalState",
    "SummaryReportFilterV1DateRangeType",
    "SummaryReportFilterV1ExportType",
    "SummaryReportFilterV1InvoicingState",
    "SummaryReportFilterV1SortOrder",
    "SummaryReportFilterV1WeekStart",
    "SummaryReportFilterV1ZoomLevel",
    "SummaryReportSettingsDtoV1",
    "TagDtoV1",
    "TagRequest",
    "TaskDtoV1",
    "TaskRequest",
    "TaskRequestV1",
    "TaskRequestV1Status",
    "TaskStatusType0",
    "TimeEntryDetailedReportDto",
    "TimeEntryDto",
    "TimeEntryDtoImplV1",
    "TimeEntryDtoImplV1Type",
    "TimeEntryDtoV1",
    "TimeEntryDtoV1Type",
    "TimeEntryId",
    "TimeEntryReportTotals",
    "TimeEntrySummaryReportDto",
    "TimeEntryWeeklyReportDto",
    "TimeEntryWithRatesDtoV1",
    "TimeEntryWithRatesDtoV1Type",
    "TimeEstimateDto",
    "TimeEstimateDtoType",
    "TimeIntervalDtoV1",
    "UpdateCustomFieldRequest",
    "UpdateCustomFieldRequestSourceType",
    "UpdateInvoicedStatusRequest",
    "UpdateProjectRequest",
    "UpdateTimeEntryBulkRequest",
    "UpdateTimeEntryBulkRequestType",
    "UpdateTimeEntryRequest",
    "UpdateTimeEntryRequestType",
    "UserCustomFieldValueDtoV1",
    "UserCustomFieldValueDtoV1Value",
    "UserDto",
    "UserDtoV1",
    "UserSettingsDtoV1",
    "UserSettingsDtoV1DashboardSelection",
    "UserSettingsDtoV1DashboardViewType",
    "UserSettingsDtoV1Theme",
    "UserSettingsDtoV1TimeFormat",
    "UserSettingsDtoV1WeekStart",
    "WeeklyFilterV1",
    "WeeklyFilterV1Group",
    "WeeklyFilterV1Subgroup",
    "WeeklyReportFilterV1",
    "WeeklyReportFilterV1AmountShown",
    "WeeklyReportFilterV1AmountsItem",
    "WeeklyReportFilterV1ApprovalState",
    "WeeklyReportFilterV1DateRangeType",
    "WeeklyReportFilterV1ExportType",
    "WeeklyReportFilterV1InvoicingState",
    "WeeklyReportFilterV1SortOrder",
    "WeeklyReportFilterV1WeekStart",
    "WeeklyReportFilterV1ZoomLevel",
    "WorkspaceDtoV1",
    "WorkspaceSettingsDtoV1",
    "WorkspaceSettingsDtoV1AdminOnlyPagesItem",
    "WorkspaceSettingsDtoV1CurrencyFormat",
    "WorkspaceSettingsDtoV1DurationFormat",
    "WorkspaceSettingsDtoV1NumberFormat",
    "WorkspaceSettingsDtoV1TimeTrackingMode",
    "WorkspaceSettingsDtoV1WorkingDaysItem",
    "WorkspaceSubdomainDtoV1",
)
