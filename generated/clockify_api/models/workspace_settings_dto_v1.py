from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_settings_dto_v1_admin_only_pages_item import WorkspaceSettingsDtoV1AdminOnlyPagesItem
from ..models.workspace_settings_dto_v1_currency_format import WorkspaceSettingsDtoV1CurrencyFormat
from ..models.workspace_settings_dto_v1_duration_format import WorkspaceSettingsDtoV1DurationFormat
from ..models.workspace_settings_dto_v1_number_format import WorkspaceSettingsDtoV1NumberFormat
from ..models.workspace_settings_dto_v1_time_tracking_mode import WorkspaceSettingsDtoV1TimeTrackingMode
from ..models.workspace_settings_dto_v1_working_days_item import WorkspaceSettingsDtoV1WorkingDaysItem
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.automatic_lock_dto_v1 import AutomaticLockDtoV1
    from ..models.entity_creation_permissions_dto_v1 import EntityCreationPermissionsDtoV1
    from ..models.round_dto import RoundDto


T = TypeVar("T", bound="WorkspaceSettingsDtoV1")


@_attrs_define
class WorkspaceSettingsDtoV1:
    """
    Attributes:
        active_billable_hours (bool | Unset):  Default: False.
        admin_only_pages (list[WorkspaceSettingsDtoV1AdminOnlyPagesItem] | Unset):
        automatic_lock (AutomaticLockDtoV1 | None | Unset):
        can_see_time_sheet (bool | Unset):  Default: False.
        can_see_tracker (bool | Unset):  Default: False.
        currency_format (WorkspaceSettingsDtoV1CurrencyFormat | Unset):
        default_billable_projects (bool | Unset):  Default: False.
        duration_format (WorkspaceSettingsDtoV1DurationFormat | Unset):
        entity_creation_permissions (EntityCreationPermissionsDtoV1 | Unset):
        force_description (bool | Unset):  Default: False.
        force_projects (bool | Unset):  Default: False.
        force_tags (bool | Unset):  Default: False.
        force_tasks (bool | Unset):  Default: False.
        is_project_public_by_default (bool | Unset):
        lock_time_entries (None | str | Unset):
        lock_time_zone (str | Unset):
        multi_factor_enabled (bool | Unset):  Default: False.
        number_format (WorkspaceSettingsDtoV1NumberFormat | Unset):
        only_admins_can_change_billable_status (bool | Unset):  Default: False.
        only_admins_create_project (bool | Unset):  Default: False.
        only_admins_create_tag (bool | Unset):  Default: False.
        only_admins_create_task (bool | Unset):  Default: False.
        only_admins_see_all_time_entries (bool | Unset):  Default: False.
        only_admins_see_billable_rates (bool | Unset):  Default: False.
        only_admins_see_dashboard (bool | Unset):  Default: False.
        only_admins_see_public_projects_entries (bool | Unset):  Default: False.
        project_favorites (bool | Unset):  Default: False.
        project_grouping_label (str | Unset):
        project_label (str | Unset):
        project_picker_special_filter (bool | Unset):  Default: False.
        round_ (RoundDto | Unset):
        task_label (str | Unset):
        time_rounding_in_reports (bool | Unset):  Default: False.
        time_tracking_mode (WorkspaceSettingsDtoV1TimeTrackingMode | Unset):
        track_time_down_to_second (bool | Unset):  Default: False.
        working_days (list[WorkspaceSettingsDtoV1WorkingDaysItem] | Unset):
    """

    active_billable_hours: bool | Unset = False
    admin_only_pages: list[WorkspaceSettingsDtoV1AdminOnlyPagesItem] | Unset = UNSET
    automatic_lock: AutomaticLockDtoV1 | None | Unset = UNSET
    can_see_time_sheet: bool | Unset = False
    can_see_tracker: bool | Unset = False
    currency_format: WorkspaceSettingsDtoV1CurrencyFormat | Unset = UNSET
    default_billable_projects: bool | Unset = False
    duration_format: WorkspaceSettingsDtoV1DurationFormat | Unset = UNSET
    entity_creation_permissions: EntityCreationPermissionsDtoV1 | Unset = UNSET
    force_description: bool | Unset = False
    force_projects: bool | Unset = False
    force_tags: bool | Unset = False
    force_tasks: bool | Unset = False
    is_project_public_by_default: bool | Unset = UNSET
    lock_time_entries: None | str | Unset = UNSET
    lock_time_zone: str | Unset = UNSET
    multi_factor_enabled: bool | Unset = False
    number_format: WorkspaceSettingsDtoV1NumberFormat | Unset = UNSET
    only_admins_can_change_billable_status: bool | Unset = False
    only_admins_create_project: bool | Unset = False
    only_admins_create_tag: bool | Unset = False
    only_admins_create_task: bool | Unset = False
    only_admins_see_all_time_entries: bool | Unset = False
    only_admins_see_billable_rates: bool | Unset = False
    only_admins_see_dashboard: bool | Unset = False
    only_admins_see_public_projects_entries: bool | Unset = False
    project_favorites: bool | Unset = False
    project_grouping_label: str | Unset = UNSET
    project_label: str | Unset = UNSET
    project_picker_special_filter: bool | Unset = False
    round_: RoundDto | Unset = UNSET
    task_label: str | Unset = UNSET
    time_rounding_in_reports: bool | Unset = False
    time_tracking_mode: WorkspaceSettingsDtoV1TimeTrackingMode | Unset = UNSET
    track_time_down_to_second: bool | Unset = False
    working_days: list[WorkspaceSettingsDtoV1WorkingDaysItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.automatic_lock_dto_v1 import AutomaticLockDtoV1

        active_billable_hours = self.active_billable_hours

        admin_only_pages: list[str] | Unset = UNSET
        if not isinstance(self.admin_only_pages, Unset):
            admin_only_pages = []
            for admin_only_pages_item_data in self.admin_only_pages:
                admin_only_pages_item = admin_only_pages_item_data.value
                admin_only_pages.append(admin_only_pages_item)

        automatic_lock: dict[str, Any] | None | Unset
        if isinstance(self.automatic_lock, Unset):
            automatic_lock = UNSET
        elif isinstance(self.automatic_lock, AutomaticLockDtoV1):
            automatic_lock = self.automatic_lock.to_dict()
        else:
            automatic_lock = self.automatic_lock

        can_see_time_sheet = self.can_see_time_sheet

        can_see_tracker = self.can_see_tracker

        currency_format: str | Unset = UNSET
        if not isinstance(self.currency_format, Unset):
            currency_format = self.currency_format.value

        default_billable_projects = self.default_billable_projects

        duration_format: str | Unset = UNSET
        if not isinstance(self.duration_format, Unset):
            duration_format = self.duration_format.value

        entity_creation_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_creation_permissions, Unset):
            entity_creation_permissions = self.entity_creation_permissions.to_dict()

        force_description = self.force_description

        force_projects = self.force_projects

        force_tags = self.force_tags

        force_tasks = self.force_tasks

        is_project_public_by_default = self.is_project_public_by_default

        lock_time_entries: None | str | Unset
        if isinstance(self.lock_time_entries, Unset):
            lock_time_entries = UNSET
        else:
            lock_time_entries = self.lock_time_entries

        lock_time_zone = self.lock_time_zone

        multi_factor_enabled = self.multi_factor_enabled

        number_format: str | Unset = UNSET
        if not isinstance(self.number_format, Unset):
            number_format = self.number_format.value

        only_admins_can_change_billable_status = self.only_admins_can_change_billable_status

        only_admins_create_project = self.only_admins_create_project

        only_admins_create_tag = self.only_admins_create_tag

        only_admins_create_task = self.only_admins_create_task

        only_admins_see_all_time_entries = self.only_admins_see_all_time_entries

        only_admins_see_billable_rates = self.only_admins_see_billable_rates

        only_admins_see_dashboard = self.only_admins_see_dashboard

        only_admins_see_public_projects_entries = self.only_admins_see_public_projects_entries

        project_favorites = self.project_favorites

        project_grouping_label = self.project_grouping_label

        project_label = self.project_label

        project_picker_special_filter = self.project_picker_special_filter

        round_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.round_, Unset):
            round_ = self.round_.to_dict()

        task_label = self.task_label

        time_rounding_in_reports = self.time_rounding_in_reports

        time_tracking_mode: str | Unset = UNSET
        if not isinstance(self.time_tracking_mode, Unset):
            time_tracking_mode = self.time_tracking_mode.value

        track_time_down_to_second = self.track_time_down_to_second

        working_days: list[str] | Unset = UNSET
        if not isinstance(self.working_days, Unset):
            working_days = []
            for working_days_item_data in self.working_days:
                working_days_item = working_days_item_data.value
                working_days.append(working_days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_billable_hours is not UNSET:
            field_dict["activeBillableHours"] = active_billable_hours
        if admin_only_pages is not UNSET:
            field_dict["adminOnlyPages"] = admin_only_pages
        if automatic_lock is not UNSET:
            field_dict["automaticLock"] = automatic_lock
        if can_see_time_sheet is not UNSET:
            field_dict["canSeeTimeSheet"] = can_see_time_sheet
        if can_see_tracker is not UNSET:
            field_dict["canSeeTracker"] = can_see_tracker
        if currency_format is not UNSET:
            field_dict["currencyFormat"] = currency_format
        if default_billable_projects is not UNSET:
            field_dict["defaultBillableProjects"] = default_billable_projects
        if duration_format is not UNSET:
            field_dict["durationFormat"] = duration_format
        if entity_creation_permissions is not UNSET:
            field_dict["entityCreationPermissions"] = entity_creation_permissions
        if force_description is not UNSET:
            field_dict["forceDescription"] = force_description
        if force_projects is not UNSET:
            field_dict["forceProjects"] = force_projects
        if force_tags is not UNSET:
            field_dict["forceTags"] = force_tags
        if force_tasks is not UNSET:
            field_dict["forceTasks"] = force_tasks
        if is_project_public_by_default is not UNSET:
            field_dict["isProjectPublicByDefault"] = is_project_public_by_default
        if lock_time_entries is not UNSET:
            field_dict["lockTimeEntries"] = lock_time_entries
        if lock_time_zone is not UNSET:
            field_dict["lockTimeZone"] = lock_time_zone
        if multi_factor_enabled is not UNSET:
            field_dict["multiFactorEnabled"] = multi_factor_enabled
        if number_format is not UNSET:
            field_dict["numberFormat"] = number_format
        if only_admins_can_change_billable_status is not UNSET:
            field_dict["onlyAdminsCanChangeBillableStatus"] = only_admins_can_change_billable_status
        if only_admins_create_project is not UNSET:
            field_dict["onlyAdminsCreateProject"] = only_admins_create_project
        if only_admins_create_tag is not UNSET:
            field_dict["onlyAdminsCreateTag"] = only_admins_create_tag
        if only_admins_create_task is not UNSET:
            field_dict["onlyAdminsCreateTask"] = only_admins_create_task
        if only_admins_see_all_time_entries is not UNSET:
            field_dict["onlyAdminsSeeAllTimeEntries"] = only_admins_see_all_time_entries
        if only_admins_see_billable_rates is not UNSET:
            field_dict["onlyAdminsSeeBillableRates"] = only_admins_see_billable_rates
        if only_admins_see_dashboard is not UNSET:
            field_dict["onlyAdminsSeeDashboard"] = only_admins_see_dashboard
        if only_admins_see_public_projects_entries is not UNSET:
            field_dict["onlyAdminsSeePublicProjectsEntries"] = only_admins_see_public_projects_entries
        if project_favorites is not UNSET:
            field_dict["projectFavorites"] = project_favorites
        if project_grouping_label is not UNSET:
            field_dict["projectGroupingLabel"] = project_grouping_label
        if project_label is not UNSET:
            field_dict["projectLabel"] = project_label
        if project_picker_special_filter is not UNSET:
            field_dict["projectPickerSpecialFilter"] = project_picker_special_filter
        if round_ is not UNSET:
            field_dict["round"] = round_
        if task_label is not UNSET:
            field_dict["taskLabel"] = task_label
        if time_rounding_in_reports is not UNSET:
            field_dict["timeRoundingInReports"] = time_rounding_in_reports
        if time_tracking_mode is not UNSET:
            field_dict["timeTrackingMode"] = time_tracking_mode
        if track_time_down_to_second is not UNSET:
            field_dict["trackTimeDownToSecond"] = track_time_down_to_second
        if working_days is not UNSET:
            field_dict["workingDays"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automatic_lock_dto_v1 import AutomaticLockDtoV1
        from ..models.entity_creation_permissions_dto_v1 import EntityCreationPermissionsDtoV1
        from ..models.round_dto import RoundDto

        d = dict(src_dict)
        active_billable_hours = d.pop("activeBillableHours", UNSET)

        _admin_only_pages = d.pop("adminOnlyPages", UNSET)
        admin_only_pages: list[WorkspaceSettingsDtoV1AdminOnlyPagesItem] | Unset = UNSET
        if _admin_only_pages is not UNSET:
            admin_only_pages = []
            for admin_only_pages_item_data in _admin_only_pages:
                admin_only_pages_item = WorkspaceSettingsDtoV1AdminOnlyPagesItem(admin_only_pages_item_data)

                admin_only_pages.append(admin_only_pages_item)

        def _parse_automatic_lock(data: object) -> AutomaticLockDtoV1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automatic_lock_type_1 = AutomaticLockDtoV1.from_dict(data)

                return automatic_lock_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutomaticLockDtoV1 | None | Unset, data)

        automatic_lock = _parse_automatic_lock(d.pop("automaticLock", UNSET))

        can_see_time_sheet = d.pop("canSeeTimeSheet", UNSET)

        can_see_tracker = d.pop("canSeeTracker", UNSET)

        _currency_format = d.pop("currencyFormat", UNSET)
        currency_format: WorkspaceSettingsDtoV1CurrencyFormat | Unset
        if isinstance(_currency_format, Unset):
            currency_format = UNSET
        else:
            currency_format = WorkspaceSettingsDtoV1CurrencyFormat(_currency_format)

        default_billable_projects = d.pop("defaultBillableProjects", UNSET)

        _duration_format = d.pop("durationFormat", UNSET)
        duration_format: WorkspaceSettingsDtoV1DurationFormat | Unset
        if isinstance(_duration_format, Unset):
            duration_format = UNSET
        else:
            duration_format = WorkspaceSettingsDtoV1DurationFormat(_duration_format)

        _entity_creation_permissions = d.pop("entityCreationPermissions", UNSET)
        entity_creation_permissions: EntityCreationPermissionsDtoV1 | Unset
        if isinstance(_entity_creation_permissions, Unset):
            entity_creation_permissions = UNSET
        else:
            entity_creation_permissions = EntityCreationPermissionsDtoV1.from_dict(_entity_creation_permissions)

        force_description = d.pop("forceDescription", UNSET)

        force_projects = d.pop("forceProjects", UNSET)

        force_tags = d.pop("forceTags", UNSET)

        force_tasks = d.pop("forceTasks", UNSET)

        is_project_public_by_default = d.pop("isProjectPublicByDefault", UNSET)

        def _parse_lock_time_entries(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lock_time_entries = _parse_lock_time_entries(d.pop("lockTimeEntries", UNSET))

        lock_time_zone = d.pop("lockTimeZone", UNSET)

        multi_factor_enabled = d.pop("multiFactorEnabled", UNSET)

        _number_format = d.pop("numberFormat", UNSET)
        number_format: WorkspaceSettingsDtoV1NumberFormat | Unset
        if isinstance(_number_format, Unset):
            number_format = UNSET
        else:
            number_format = WorkspaceSettingsDtoV1NumberFormat(_number_format)

        only_admins_can_change_billable_status = d.pop("onlyAdminsCanChangeBillableStatus", UNSET)

        only_admins_create_project = d.pop("onlyAdminsCreateProject", UNSET)

        only_admins_create_tag = d.pop("onlyAdminsCreateTag", UNSET)

        only_admins_create_task = d.pop("onlyAdminsCreateTask", UNSET)

        only_admins_see_all_time_entries = d.pop("onlyAdminsSeeAllTimeEntries", UNSET)

        only_admins_see_billable_rates = d.pop("onlyAdminsSeeBillableRates", UNSET)

        only_admins_see_dashboard = d.pop("onlyAdminsSeeDashboard", UNSET)

        only_admins_see_public_projects_entries = d.pop("onlyAdminsSeePublicProjectsEntries", UNSET)

        project_favorites = d.pop("projectFavorites", UNSET)

        project_grouping_label = d.pop("projectGroupingLabel", UNSET)

        project_label = d.pop("projectLabel", UNSET)

        project_picker_special_filter = d.pop("projectPickerSpecialFilter", UNSET)

        _round_ = d.pop("round", UNSET)
        round_: RoundDto | Unset
        if isinstance(_round_, Unset):
            round_ = UNSET
        else:
            round_ = RoundDto.from_dict(_round_)

        task_label = d.pop("taskLabel", UNSET)

        time_rounding_in_reports = d.pop("timeRoundingInReports", UNSET)

        _time_tracking_mode = d.pop("timeTrackingMode", UNSET)
        time_tracking_mode: WorkspaceSettingsDtoV1TimeTrackingMode | Unset
        if isinstance(_time_tracking_mode, Unset):
            time_tracking_mode = UNSET
        else:
            time_tracking_mode = WorkspaceSettingsDtoV1TimeTrackingMode(_time_tracking_mode)

        track_time_down_to_second = d.pop("trackTimeDownToSecond", UNSET)

        _working_days = d.pop("workingDays", UNSET)
        working_days: list[WorkspaceSettingsDtoV1WorkingDaysItem] | Unset = UNSET
        if _working_days is not UNSET:
            working_days = []
            for working_days_item_data in _working_days:
                working_days_item = WorkspaceSettingsDtoV1WorkingDaysItem(working_days_item_data)

                working_days.append(working_days_item)

        workspace_settings_dto_v1 = cls(
            active_billable_hours=active_billable_hours,
            admin_only_pages=admin_only_pages,
            automatic_lock=automatic_lock,
            can_see_time_sheet=can_see_time_sheet,
            can_see_tracker=can_see_tracker,
            currency_format=currency_format,
            default_billable_projects=default_billable_projects,
            duration_format=duration_format,
            entity_creation_permissions=entity_creation_permissions,
            force_description=force_description,
            force_projects=force_projects,
            force_tags=force_tags,
            force_tasks=force_tasks,
            is_project_public_by_default=is_project_public_by_default,
            lock_time_entries=lock_time_entries,
            lock_time_zone=lock_time_zone,
            multi_factor_enabled=multi_factor_enabled,
            number_format=number_format,
            only_admins_can_change_billable_status=only_admins_can_change_billable_status,
            only_admins_create_project=only_admins_create_project,
            only_admins_create_tag=only_admins_create_tag,
            only_admins_create_task=only_admins_create_task,
            only_admins_see_all_time_entries=only_admins_see_all_time_entries,
            only_admins_see_billable_rates=only_admins_see_billable_rates,
            only_admins_see_dashboard=only_admins_see_dashboard,
            only_admins_see_public_projects_entries=only_admins_see_public_projects_entries,
            project_favorites=project_favorites,
            project_grouping_label=project_grouping_label,
            project_label=project_label,
            project_picker_special_filter=project_picker_special_filter,
            round_=round_,
            task_label=task_label,
            time_rounding_in_reports=time_rounding_in_reports,
            time_tracking_mode=time_tracking_mode,
            track_time_down_to_second=track_time_down_to_second,
            working_days=working_days,
        )

        workspace_settings_dto_v1.additional_properties = d
        return workspace_settings_dto_v1

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
