from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance_report_filter_v1_amount_shown import AttendanceReportFilterV1AmountShown
from ..models.attendance_report_filter_v1_amounts_item import AttendanceReportFilterV1AmountsItem
from ..models.attendance_report_filter_v1_approval_state import AttendanceReportFilterV1ApprovalState
from ..models.attendance_report_filter_v1_date_range_type import AttendanceReportFilterV1DateRangeType
from ..models.attendance_report_filter_v1_export_type import AttendanceReportFilterV1ExportType
from ..models.attendance_report_filter_v1_invoicing_state import AttendanceReportFilterV1InvoicingState
from ..models.attendance_report_filter_v1_sort_order import AttendanceReportFilterV1SortOrder
from ..models.attendance_report_filter_v1_week_start import AttendanceReportFilterV1WeekStart
from ..models.attendance_report_filter_v1_zoom_level import AttendanceReportFilterV1ZoomLevel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.attendance_filter_v1 import AttendanceFilterV1
    from ..models.contains_archived_filter_v1 import ContainsArchivedFilterV1
    from ..models.contains_tag_filter_v1 import ContainsTagFilterV1
    from ..models.contains_task_filter_v1 import ContainsTaskFilterV1
    from ..models.contains_users_filter_v1 import ContainsUsersFilterV1
    from ..models.custom_field_filter_v1 import CustomFieldFilterV1


T = TypeVar("T", bound="AttendanceReportFilterV1")


@_attrs_define
class AttendanceReportFilterV1:
    """Request body of the attendance report.

    Attributes:
        attendance_filter (AttendanceFilterV1): Paging, sorting and daily-total filters of the attendance report. The
            filters apply to each user's daily totals, not to single entries.
        date_range_end (str):  Example: 2024-01-01T00:00:00.000Z.
        date_range_start (str):  Example: 2024-01-01T00:00:00.000Z.
        amount_shown (AttendanceReportFilterV1AmountShown | Unset):
        amounts (list[AttendanceReportFilterV1AmountsItem] | Unset):
        approval_state (AttendanceReportFilterV1ApprovalState | Unset):
        archived (bool | Unset):
        billable (bool | Unset):
        clients (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which status
            of entity.
        currency (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which
            status of entity.
        custom_fields (list[CustomFieldFilterV1] | Unset):
        date_format (str | Unset):
        date_range_type (AttendanceReportFilterV1DateRangeType | Unset):
        description (str | Unset):
        export_type (AttendanceReportFilterV1ExportType | Unset):
        invoicing_state (AttendanceReportFilterV1InvoicingState | Unset):
        projects (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which
            status of entity.
        rounding (bool | Unset):
        sort_order (AttendanceReportFilterV1SortOrder | Unset):
        tags (ContainsTagFilterV1 | Unset): Tag filter; `containedInTimeentry` decides how the tags of one entry must
            match.
        tasks (ContainsTaskFilterV1 | Unset): Task filter.
        time_format (str | Unset):
        time_zone (str | Unset):
        user_groups (ContainsUsersFilterV1 | Unset): User or user-group filter.
        user_locale (str | Unset):
        users (ContainsUsersFilterV1 | Unset): User or user-group filter.
        week_start (AttendanceReportFilterV1WeekStart | Unset):
        without_description (bool | Unset):
        zoom_level (AttendanceReportFilterV1ZoomLevel | Unset):
    """

    attendance_filter: AttendanceFilterV1
    date_range_end: str
    date_range_start: str
    amount_shown: AttendanceReportFilterV1AmountShown | Unset = UNSET
    amounts: list[AttendanceReportFilterV1AmountsItem] | Unset = UNSET
    approval_state: AttendanceReportFilterV1ApprovalState | Unset = UNSET
    archived: bool | Unset = UNSET
    billable: bool | Unset = UNSET
    clients: ContainsArchivedFilterV1 | Unset = UNSET
    currency: ContainsArchivedFilterV1 | Unset = UNSET
    custom_fields: list[CustomFieldFilterV1] | Unset = UNSET
    date_format: str | Unset = UNSET
    date_range_type: AttendanceReportFilterV1DateRangeType | Unset = UNSET
    description: str | Unset = UNSET
    export_type: AttendanceReportFilterV1ExportType | Unset = UNSET
    invoicing_state: AttendanceReportFilterV1InvoicingState | Unset = UNSET
    projects: ContainsArchivedFilterV1 | Unset = UNSET
    rounding: bool | Unset = UNSET
    sort_order: AttendanceReportFilterV1SortOrder | Unset = UNSET
    tags: ContainsTagFilterV1 | Unset = UNSET
    tasks: ContainsTaskFilterV1 | Unset = UNSET
    time_format: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    user_groups: ContainsUsersFilterV1 | Unset = UNSET
    user_locale: str | Unset = UNSET
    users: ContainsUsersFilterV1 | Unset = UNSET
    week_start: AttendanceReportFilterV1WeekStart | Unset = UNSET
    without_description: bool | Unset = UNSET
    zoom_level: AttendanceReportFilterV1ZoomLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        try:
            attendance_filter = self.attendance_filter.to_dict()
        except (AttributeError, TypeError, ValueError):
            attendance_filter = cast(Any, self.attendance_filter)

        date_range_end = self.date_range_end

        date_range_start = self.date_range_start

        amount_shown: str | Unset = UNSET
        if not isinstance(self.amount_shown, Unset):
            amount_shown = self.amount_shown.value

        amounts: list[str] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = []
            for amounts_item_data in self.amounts:
                amounts_item = amounts_item_data.value
                amounts.append(amounts_item)

        approval_state: str | Unset = UNSET
        if not isinstance(self.approval_state, Unset):
            approval_state = self.approval_state.value

        archived = self.archived

        billable = self.billable

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_format = self.date_format

        date_range_type: str | Unset = UNSET
        if not isinstance(self.date_range_type, Unset):
            date_range_type = self.date_range_type.value

        description = self.description

        export_type: str | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        invoicing_state: str | Unset = UNSET
        if not isinstance(self.invoicing_state, Unset):
            invoicing_state = self.invoicing_state.value

        projects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects.to_dict()

        rounding = self.rounding

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        time_format = self.time_format

        time_zone = self.time_zone

        user_groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_groups, Unset):
            user_groups = self.user_groups.to_dict()

        user_locale = self.user_locale

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        week_start: str | Unset = UNSET
        if not isinstance(self.week_start, Unset):
            week_start = self.week_start.value

        without_description = self.without_description

        zoom_level: str | Unset = UNSET
        if not isinstance(self.zoom_level, Unset):
            zoom_level = self.zoom_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attendanceFilter": attendance_filter,
                "dateRangeEnd": date_range_end,
                "dateRangeStart": date_range_start,
            }
        )
        if amount_shown is not UNSET:
            field_dict["amountShown"] = amount_shown
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if approval_state is not UNSET:
            field_dict["approvalState"] = approval_state
        if archived is not UNSET:
            field_dict["archived"] = archived
        if billable is not UNSET:
            field_dict["billable"] = billable
        if clients is not UNSET:
            field_dict["clients"] = clients
        if currency is not UNSET:
            field_dict["currency"] = currency
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if date_format is not UNSET:
            field_dict["dateFormat"] = date_format
        if date_range_type is not UNSET:
            field_dict["dateRangeType"] = date_range_type
        if description is not UNSET:
            field_dict["description"] = description
        if export_type is not UNSET:
            field_dict["exportType"] = export_type
        if invoicing_state is not UNSET:
            field_dict["invoicingState"] = invoicing_state
        if projects is not UNSET:
            field_dict["projects"] = projects
        if rounding is not UNSET:
            field_dict["rounding"] = rounding
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if user_groups is not UNSET:
            field_dict["userGroups"] = user_groups
        if user_locale is not UNSET:
            field_dict["userLocale"] = user_locale
        if users is not UNSET:
            field_dict["users"] = users
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start
        if without_description is not UNSET:
            field_dict["withoutDescription"] = without_description
        if zoom_level is not UNSET:
            field_dict["zoomLevel"] = zoom_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendance_filter_v1 import AttendanceFilterV1
        from ..models.contains_archived_filter_v1 import ContainsArchivedFilterV1
        from ..models.contains_tag_filter_v1 import ContainsTagFilterV1
        from ..models.contains_task_filter_v1 import ContainsTaskFilterV1
        from ..models.contains_users_filter_v1 import ContainsUsersFilterV1
        from ..models.custom_field_filter_v1 import CustomFieldFilterV1

        d = dict(src_dict)
        attendance_filter = AttendanceFilterV1.from_dict(d.pop("attendanceFilter"))

        date_range_end = d.pop("dateRangeEnd")

        date_range_start = d.pop("dateRangeStart")

        _amount_shown = d.pop("amountShown", UNSET)
        amount_shown: AttendanceReportFilterV1AmountShown | Unset
        if isinstance(_amount_shown, Unset):
            amount_shown = UNSET
        else:
            amount_shown = AttendanceReportFilterV1AmountShown(_amount_shown)

        _amounts = d.pop("amounts", UNSET)
        amounts: list[AttendanceReportFilterV1AmountsItem] | Unset = UNSET
        if _amounts is not UNSET:
            amounts = []
            for amounts_item_data in _amounts:
                amounts_item = AttendanceReportFilterV1AmountsItem(amounts_item_data)

                amounts.append(amounts_item)

        _approval_state = d.pop("approvalState", UNSET)
        approval_state: AttendanceReportFilterV1ApprovalState | Unset
        if isinstance(_approval_state, Unset):
            approval_state = UNSET
        else:
            approval_state = AttendanceReportFilterV1ApprovalState(_approval_state)

        archived = d.pop("archived", UNSET)

        billable = d.pop("billable", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: ContainsArchivedFilterV1 | Unset
        if isinstance(_clients, Unset):
            clients = UNSET
        else:
            clients = ContainsArchivedFilterV1.from_dict(_clients)

        _currency = d.pop("currency", UNSET)
        currency: ContainsArchivedFilterV1 | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ContainsArchivedFilterV1.from_dict(_currency)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldFilterV1] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldFilterV1.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        date_format = d.pop("dateFormat", UNSET)

        _date_range_type = d.pop("dateRangeType", UNSET)
        date_range_type: AttendanceReportFilterV1DateRangeType | Unset
        if isinstance(_date_range_type, Unset):
            date_range_type = UNSET
        else:
            date_range_type = AttendanceReportFilterV1DateRangeType(_date_range_type)

        description = d.pop("description", UNSET)

        _export_type = d.pop("exportType", UNSET)
        export_type: AttendanceReportFilterV1ExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = AttendanceReportFilterV1ExportType(_export_type)

        _invoicing_state = d.pop("invoicingState", UNSET)
        invoicing_state: AttendanceReportFilterV1InvoicingState | Unset
        if isinstance(_invoicing_state, Unset):
            invoicing_state = UNSET
        else:
            invoicing_state = AttendanceReportFilterV1InvoicingState(_invoicing_state)

        _projects = d.pop("projects", UNSET)
        projects: ContainsArchivedFilterV1 | Unset
        if isinstance(_projects, Unset):
            projects = UNSET
        else:
            projects = ContainsArchivedFilterV1.from_dict(_projects)

        rounding = d.pop("rounding", UNSET)

        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: AttendanceReportFilterV1SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = AttendanceReportFilterV1SortOrder(_sort_order)

        _tags = d.pop("tags", UNSET)
        tags: ContainsTagFilterV1 | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ContainsTagFilterV1.from_dict(_tags)

        _tasks = d.pop("tasks", UNSET)
        tasks: ContainsTaskFilterV1 | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = ContainsTaskFilterV1.from_dict(_tasks)

        time_format = d.pop("timeFormat", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        _user_groups = d.pop("userGroups", UNSET)
        user_groups: ContainsUsersFilterV1 | Unset
        if isinstance(_user_groups, Unset):
            user_groups = UNSET
        else:
            user_groups = ContainsUsersFilterV1.from_dict(_user_groups)

        user_locale = d.pop("userLocale", UNSET)

        _users = d.pop("users", UNSET)
        users: ContainsUsersFilterV1 | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = ContainsUsersFilterV1.from_dict(_users)

        _week_start = d.pop("weekStart", UNSET)
        week_start: AttendanceReportFilterV1WeekStart | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = AttendanceReportFilterV1WeekStart(_week_start)

        without_description = d.pop("withoutDescription", UNSET)

        _zoom_level = d.pop("zoomLevel", UNSET)
        zoom_level: AttendanceReportFilterV1ZoomLevel | Unset
        if isinstance(_zoom_level, Unset):
            zoom_level = UNSET
        else:
            zoom_level = AttendanceReportFilterV1ZoomLevel(_zoom_level)

        attendance_report_filter_v1 = cls(
            attendance_filter=attendance_filter,
            date_range_end=date_range_end,
            date_range_start=date_range_start,
            amount_shown=amount_shown,
            amounts=amounts,
            approval_state=approval_state,
            archived=archived,
            billable=billable,
            clients=clients,
            currency=currency,
            custom_fields=custom_fields,
            date_format=date_format,
            date_range_type=date_range_type,
            description=description,
            export_type=export_type,
            invoicing_state=invoicing_state,
            projects=projects,
            rounding=rounding,
            sort_order=sort_order,
            tags=tags,
            tasks=tasks,
            time_format=time_format,
            time_zone=time_zone,
            user_groups=user_groups,
            user_locale=user_locale,
            users=users,
            week_start=week_start,
            without_description=without_description,
            zoom_level=zoom_level,
        )

        attendance_report_filter_v1.additional_properties = d
        return attendance_report_filter_v1

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
