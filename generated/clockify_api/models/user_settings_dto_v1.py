from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_settings_dto_v1_dashboard_selection import UserSettingsDtoV1DashboardSelection
from ..models.user_settings_dto_v1_dashboard_view_type import UserSettingsDtoV1DashboardViewType
from ..models.user_settings_dto_v1_theme import UserSettingsDtoV1Theme
from ..models.user_settings_dto_v1_time_format import UserSettingsDtoV1TimeFormat
from ..models.user_settings_dto_v1_week_start import UserSettingsDtoV1WeekStart
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.summary_report_settings_dto_v1 import SummaryReportSettingsDtoV1


T = TypeVar("T", bound="UserSettingsDtoV1")


@_attrs_define
class UserSettingsDtoV1:
    """
    Attributes:
        date_format (str):
        time_format (UserSettingsDtoV1TimeFormat):
        time_zone (str):
        alerts (bool | Unset):  Default: False.
        approval (bool | Unset):  Default: False.
        collapse_all_project_lists (bool | Unset):  Default: False.
        dashboard_pin_to_top (bool | Unset):  Default: False.
        dashboard_selection (UserSettingsDtoV1DashboardSelection | Unset):
        dashboard_view_type (UserSettingsDtoV1DashboardViewType | Unset):
        group_similar_entries_disabled (bool | Unset):  Default: False.
        invoice_reminders (bool | Unset):  Default: False.
        is_compact_view_on (bool | Unset):  Default: False.
        lang (None | str | Unset):
        long_running (bool | Unset):  Default: False.
        multi_factor_enabled (bool | Unset):  Default: False.
        my_start_of_day (str | Unset):
        onboarding (bool | Unset):  Default: False.
        project_list_collapse (int | Unset):
        project_picker_task_filter (bool | Unset):  Default: False.
        pto (bool | Unset):  Default: False.
        reminders (bool | Unset):  Default: False.
        scheduled_reports (bool | Unset):  Default: False.
        scheduling (bool | Unset):  Default: False.
        send_newsletter (bool | Unset):  Default: False.
        show_only_working_days (bool | Unset):  Default: False.
        summary_report_settings (SummaryReportSettingsDtoV1 | Unset):
        theme (UserSettingsDtoV1Theme | Unset):
        time_tracking_manual (bool | Unset):  Default: False.
        week_start (UserSettingsDtoV1WeekStart | Unset):
        weekly_updates (bool | Unset):  Default: False.
    """

    date_format: str
    time_format: UserSettingsDtoV1TimeFormat
    time_zone: str
    alerts: bool | Unset = False
    approval: bool | Unset = False
    collapse_all_project_lists: bool | Unset = False
    dashboard_pin_to_top: bool | Unset = False
    dashboard_selection: UserSettingsDtoV1DashboardSelection | Unset = UNSET
    dashboard_view_type: UserSettingsDtoV1DashboardViewType | Unset = UNSET
    group_similar_entries_disabled: bool | Unset = False
    invoice_reminders: bool | Unset = False
    is_compact_view_on: bool | Unset = False
    lang: None | str | Unset = UNSET
    long_running: bool | Unset = False
    multi_factor_enabled: bool | Unset = False
    my_start_of_day: str | Unset = UNSET
    onboarding: bool | Unset = False
    project_list_collapse: int | Unset = UNSET
    project_picker_task_filter: bool | Unset = False
    pto: bool | Unset = False
    reminders: bool | Unset = False
    scheduled_reports: bool | Unset = False
    scheduling: bool | Unset = False
    send_newsletter: bool | Unset = False
    show_only_working_days: bool | Unset = False
    summary_report_settings: SummaryReportSettingsDtoV1 | Unset = UNSET
    theme: UserSettingsDtoV1Theme | Unset = UNSET
    time_tracking_manual: bool | Unset = False
    week_start: UserSettingsDtoV1WeekStart | Unset = UNSET
    weekly_updates: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_format = self.date_format

        try:
            time_format = self.time_format.value
        except (AttributeError, TypeError, ValueError):
            time_format = cast(Any, self.time_format)

        time_zone = self.time_zone

        alerts = self.alerts

        approval = self.approval

        collapse_all_project_lists = self.collapse_all_project_lists

        dashboard_pin_to_top = self.dashboard_pin_to_top

        dashboard_selection: str | Unset = UNSET
        if not isinstance(self.dashboard_selection, Unset):
            dashboard_selection = self.dashboard_selection.value

        dashboard_view_type: str | Unset = UNSET
        if not isinstance(self.dashboard_view_type, Unset):
            dashboard_view_type = self.dashboard_view_type.value

        group_similar_entries_disabled = self.group_similar_entries_disabled

        invoice_reminders = self.invoice_reminders

        is_compact_view_on = self.is_compact_view_on

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        long_running = self.long_running

        multi_factor_enabled = self.multi_factor_enabled

        my_start_of_day = self.my_start_of_day

        onboarding = self.onboarding

        project_list_collapse = self.project_list_collapse

        project_picker_task_filter = self.project_picker_task_filter

        pto = self.pto

        reminders = self.reminders

        scheduled_reports = self.scheduled_reports

        scheduling = self.scheduling

        send_newsletter = self.send_newsletter

        show_only_working_days = self.show_only_working_days

        summary_report_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary_report_settings, Unset):
            summary_report_settings = self.summary_report_settings.to_dict()

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        time_tracking_manual = self.time_tracking_manual

        week_start: str | Unset = UNSET
        if not isinstance(self.week_start, Unset):
            week_start = self.week_start.value

        weekly_updates = self.weekly_updates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateFormat": date_format,
                "timeFormat": time_format,
                "timeZone": time_zone,
            }
        )
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if approval is not UNSET:
            field_dict["approval"] = approval
        if collapse_all_project_lists is not UNSET:
            field_dict["collapseAllProjectLists"] = collapse_all_project_lists
        if dashboard_pin_to_top is not UNSET:
            field_dict["dashboardPinToTop"] = dashboard_pin_to_top
        if dashboard_selection is not UNSET:
            field_dict["dashboardSelection"] = dashboard_selection
        if dashboard_view_type is not UNSET:
            field_dict["dashboardViewType"] = dashboard_view_type
        if group_similar_entries_disabled is not UNSET:
            field_dict["groupSimilarEntriesDisabled"] = group_similar_entries_disabled
        if invoice_reminders is not UNSET:
            field_dict["invoiceReminders"] = invoice_reminders
        if is_compact_view_on is not UNSET:
            field_dict["isCompactViewOn"] = is_compact_view_on
        if lang is not UNSET:
            field_dict["lang"] = lang
        if long_running is not UNSET:
            field_dict["longRunning"] = long_running
        if multi_factor_enabled is not UNSET:
            field_dict["multiFactorEnabled"] = multi_factor_enabled
        if my_start_of_day is not UNSET:
            field_dict["myStartOfDay"] = my_start_of_day
        if onboarding is not UNSET:
            field_dict["onboarding"] = onboarding
        if project_list_collapse is not UNSET:
            field_dict["projectListCollapse"] = project_list_collapse
        if project_picker_task_filter is not UNSET:
            field_dict["projectPickerTaskFilter"] = project_picker_task_filter
        if pto is not UNSET:
            field_dict["pto"] = pto
        if reminders is not UNSET:
            field_dict["reminders"] = reminders
        if scheduled_reports is not UNSET:
            field_dict["scheduledReports"] = scheduled_reports
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if send_newsletter is not UNSET:
            field_dict["sendNewsletter"] = send_newsletter
        if show_only_working_days is not UNSET:
            field_dict["showOnlyWorkingDays"] = show_only_working_days
        if summary_report_settings is not UNSET:
            field_dict["summaryReportSettings"] = summary_report_settings
        if theme is not UNSET:
            field_dict["theme"] = theme
        if time_tracking_manual is not UNSET:
            field_dict["timeTrackingManual"] = time_tracking_manual
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start
        if weekly_updates is not UNSET:
            field_dict["weeklyUpdates"] = weekly_updates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.summary_report_settings_dto_v1 import SummaryReportSettingsDtoV1

        d = dict(src_dict)
        date_format = d.pop("dateFormat")

        time_format = UserSettingsDtoV1TimeFormat(d.pop("timeFormat"))

        time_zone = d.pop("timeZone")

        alerts = d.pop("alerts", UNSET)

        approval = d.pop("approval", UNSET)

        collapse_all_project_lists = d.pop("collapseAllProjectLists", UNSET)

        dashboard_pin_to_top = d.pop("dashboardPinToTop", UNSET)

        _dashboard_selection = d.pop("dashboardSelection", UNSET)
        dashboard_selection: UserSettingsDtoV1DashboardSelection | Unset
        if isinstance(_dashboard_selection, Unset):
            dashboard_selection = UNSET
        else:
            dashboard_selection = UserSettingsDtoV1DashboardSelection(_dashboard_selection)

        _dashboard_view_type = d.pop("dashboardViewType", UNSET)
        dashboard_view_type: UserSettingsDtoV1DashboardViewType | Unset
        if isinstance(_dashboard_view_type, Unset):
            dashboard_view_type = UNSET
        else:
            dashboard_view_type = UserSettingsDtoV1DashboardViewType(_dashboard_view_type)

        group_similar_entries_disabled = d.pop("groupSimilarEntriesDisabled", UNSET)

        invoice_reminders = d.pop("invoiceReminders", UNSET)

        is_compact_view_on = d.pop("isCompactViewOn", UNSET)

        def _parse_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        long_running = d.pop("longRunning", UNSET)

        multi_factor_enabled = d.pop("multiFactorEnabled", UNSET)

        my_start_of_day = d.pop("myStartOfDay", UNSET)

        onboarding = d.pop("onboarding", UNSET)

        project_list_collapse = d.pop("projectListCollapse", UNSET)

        project_picker_task_filter = d.pop("projectPickerTaskFilter", UNSET)

        pto = d.pop("pto", UNSET)

        reminders = d.pop("reminders", UNSET)

        scheduled_reports = d.pop("scheduledReports", UNSET)

        scheduling = d.pop("scheduling", UNSET)

        send_newsletter = d.pop("sendNewsletter", UNSET)

        show_only_working_days = d.pop("showOnlyWorkingDays", UNSET)

        _summary_report_settings = d.pop("summaryReportSettings", UNSET)
        summary_report_settings: SummaryReportSettingsDtoV1 | Unset
        if isinstance(_summary_report_settings, Unset):
            summary_report_settings = UNSET
        else:
            summary_report_settings = SummaryReportSettingsDtoV1.from_dict(_summary_report_settings)

        _theme = d.pop("theme", UNSET)
        theme: UserSettingsDtoV1Theme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = UserSettingsDtoV1Theme(_theme)

        time_tracking_manual = d.pop("timeTrackingManual", UNSET)

        _week_start = d.pop("weekStart", UNSET)
        week_start: UserSettingsDtoV1WeekStart | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = UserSettingsDtoV1WeekStart(_week_start)

        weekly_updates = d.pop("weeklyUpdates", UNSET)

        user_settings_dto_v1 = cls(
            date_format=date_format,
            time_format=time_format,
            time_zone=time_zone,
            alerts=alerts,
            approval=approval,
            collapse_all_project_lists=collapse_all_project_lists,
            dashboard_pin_to_top=dashboard_pin_to_top,
            dashboard_selection=dashboard_selection,
            dashboard_view_type=dashboard_view_type,
            group_similar_entries_disabled=group_similar_entries_disabled,
            invoice_reminders=invoice_reminders,
            is_compact_view_on=is_compact_view_on,
            lang=lang,
            long_running=long_running,
            multi_factor_enabled=multi_factor_enabled,
            my_start_of_day=my_start_of_day,
            onboarding=onboarding,
            project_list_collapse=project_list_collapse,
            project_picker_task_filter=project_picker_task_filter,
            pto=pto,
            reminders=reminders,
            scheduled_reports=scheduled_reports,
            scheduling=scheduling,
            send_newsletter=send_newsletter,
            show_only_working_days=show_only_working_days,
            summary_report_settings=summary_report_settings,
            theme=theme,
            time_tracking_manual=time_tracking_manual,
            week_start=week_start,
            weekly_updates=weekly_updates,
        )

        user_settings_dto_v1.additional_properties = d
        return user_settings_dto_v1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
