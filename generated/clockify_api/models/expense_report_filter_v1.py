from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_report_filter_v1_approval_state import ExpenseReportFilterV1ApprovalState
from ..models.expense_report_filter_v1_date_range_type import ExpenseReportFilterV1DateRangeType
from ..models.expense_report_filter_v1_export_type import ExpenseReportFilterV1ExportType
from ..models.expense_report_filter_v1_invoicing_state import ExpenseReportFilterV1InvoicingState
from ..models.expense_report_filter_v1_sort_column import ExpenseReportFilterV1SortColumn
from ..models.expense_report_filter_v1_sort_order import ExpenseReportFilterV1SortOrder
from ..models.expense_report_filter_v1_week_start import ExpenseReportFilterV1WeekStart
from ..models.expense_report_filter_v1_zoom_level import ExpenseReportFilterV1ZoomLevel
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.contains_archived_filter_v1 import ContainsArchivedFilterV1
    from ..models.contains_task_filter_v1 import ContainsTaskFilterV1
    from ..models.contains_users_filter_v1 import ContainsUsersFilterV1


T = TypeVar("T", bound="ExpenseReportFilterV1")


@_attrs_define
class ExpenseReportFilterV1:
    """Request body of the detailed expense report, paged with `page` and `pageSize`.

    Attributes:
        date_range_end (str):  Example: 2024-01-01T00:00:00.000Z.
        date_range_start (str):  Example: 2024-01-01T00:00:00.000Z.
        approval_state (ExpenseReportFilterV1ApprovalState | Unset):
        billable (bool | Unset):
        categories (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which
            status of entity.
        clients (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which status
            of entity.
        currency (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which
            status of entity.
        date_range_type (ExpenseReportFilterV1DateRangeType | Unset):
        export_type (ExpenseReportFilterV1ExportType | Unset):
        invoicing_state (ExpenseReportFilterV1InvoicingState | Unset):
        note (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        projects (ContainsArchivedFilterV1 | Unset): Entity filter: which ids to match, how (`contains`) and which
            status of entity.
        sort_column (ExpenseReportFilterV1SortColumn | Unset):
        sort_order (ExpenseReportFilterV1SortOrder | Unset):
        tasks (ContainsTaskFilterV1 | Unset): Task filter.
        time_zone (str | Unset):
        user_groups (ContainsUsersFilterV1 | Unset): User or user-group filter.
        user_locale (str | Unset):
        users (ContainsUsersFilterV1 | Unset): User or user-group filter.
        week_start (ExpenseReportFilterV1WeekStart | Unset):
        without_note (bool | Unset):
        zoom_level (ExpenseReportFilterV1ZoomLevel | Unset):
    """

    date_range_end: str
    date_range_start: str
    approval_state: ExpenseReportFilterV1ApprovalState | Unset = UNSET
    billable: bool | Unset = UNSET
    categories: ContainsArchivedFilterV1 | Unset = UNSET
    clients: ContainsArchivedFilterV1 | Unset = UNSET
    currency: ContainsArchivedFilterV1 | Unset = UNSET
    date_range_type: ExpenseReportFilterV1DateRangeType | Unset = UNSET
    export_type: ExpenseReportFilterV1ExportType | Unset = UNSET
    invoicing_state: ExpenseReportFilterV1InvoicingState | Unset = UNSET
    note: str | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    projects: ContainsArchivedFilterV1 | Unset = UNSET
    sort_column: ExpenseReportFilterV1SortColumn | Unset = UNSET
    sort_order: ExpenseReportFilterV1SortOrder | Unset = UNSET
    tasks: ContainsTaskFilterV1 | Unset = UNSET
    time_zone: str | Unset = UNSET
    user_groups: ContainsUsersFilterV1 | Unset = UNSET
    user_locale: str | Unset = UNSET
    users: ContainsUsersFilterV1 | Unset = UNSET
    week_start: ExpenseReportFilterV1WeekStart | Unset = UNSET
    without_note: bool | Unset = UNSET
    zoom_level: ExpenseReportFilterV1ZoomLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_range_end = self.date_range_end

        date_range_start = self.date_range_start

        approval_state: str | Unset = UNSET
        if not isinstance(self.approval_state, Unset):
            approval_state = self.approval_state.value

        billable = self.billable

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        clients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = self.clients.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        date_range_type: str | Unset = UNSET
        if not isinstance(self.date_range_type, Unset):
            date_range_type = self.date_range_type.value

        export_type: str | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        invoicing_state: str | Unset = UNSET
        if not isinstance(self.invoicing_state, Unset):
            invoicing_state = self.invoicing_state.value

        note = self.note

        page = self.page

        page_size = self.page_size

        projects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects.to_dict()

        sort_column: str | Unset = UNSET
        if not isinstance(self.sort_column, Unset):
            sort_column = self.sort_column.value

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

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

        without_note = self.without_note

        zoom_level: str | Unset = UNSET
        if not isinstance(self.zoom_level, Unset):
            zoom_level = self.zoom_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateRangeEnd": date_range_end,
                "dateRangeStart": date_range_start,
            }
        )
        if approval_state is not UNSET:
            field_dict["approvalState"] = approval_state
        if billable is not UNSET:
            field_dict["billable"] = billable
        if categories is not UNSET:
            field_dict["categories"] = categories
        if clients is not UNSET:
            field_dict["clients"] = clients
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date_range_type is not UNSET:
            field_dict["dateRangeType"] = date_range_type
        if export_type is not UNSET:
            field_dict["exportType"] = export_type
        if invoicing_state is not UNSET:
            field_dict["invoicingState"] = invoicing_state
        if note is not UNSET:
            field_dict["note"] = note
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if projects is not UNSET:
            field_dict["projects"] = projects
        if sort_column is not UNSET:
            field_dict["sortColumn"] = sort_column
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
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
        if without_note is not UNSET:
            field_dict["withoutNote"] = without_note
        if zoom_level is not UNSET:
            field_dict["zoomLevel"] = zoom_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contains_archived_filter_v1 import ContainsArchivedFilterV1
        from ..models.contains_task_filter_v1 import ContainsTaskFilterV1
        from ..models.contains_users_filter_v1 import ContainsUsersFilterV1

        d = dict(src_dict)
        date_range_end = d.pop("dateRangeEnd")

        date_range_start = d.pop("dateRangeStart")

        _approval_state = d.pop("approvalState", UNSET)
        approval_state: ExpenseReportFilterV1ApprovalState | Unset
        if isinstance(_approval_state, Unset):
            approval_state = UNSET
        else:
            approval_state = ExpenseReportFilterV1ApprovalState(_approval_state)

        billable = d.pop("billable", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: ContainsArchivedFilterV1 | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ContainsArchivedFilterV1.from_dict(_categories)

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

        _date_range_type = d.pop("dateRangeType", UNSET)
        date_range_type: ExpenseReportFilterV1DateRangeType | Unset
        if isinstance(_date_range_type, Unset):
            date_range_type = UNSET
        else:
            date_range_type = ExpenseReportFilterV1DateRangeType(_date_range_type)

        _export_type = d.pop("exportType", UNSET)
        export_type: ExpenseReportFilterV1ExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = ExpenseReportFilterV1ExportType(_export_type)

        _invoicing_state = d.pop("invoicingState", UNSET)
        invoicing_state: ExpenseReportFilterV1InvoicingState | Unset
        if isinstance(_invoicing_state, Unset):
            invoicing_state = UNSET
        else:
            invoicing_state = ExpenseReportFilterV1InvoicingState(_invoicing_state)

        note = d.pop("note", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _projects = d.pop("projects", UNSET)
        projects: ContainsArchivedFilterV1 | Unset
        if isinstance(_projects, Unset):
            projects = UNSET
        else:
            projects = ContainsArchivedFilterV1.from_dict(_projects)

        _sort_column = d.pop("sortColumn", UNSET)
        sort_column: ExpenseReportFilterV1SortColumn | Unset
        if isinstance(_sort_column, Unset):
            sort_column = UNSET
        else:
            sort_column = ExpenseReportFilterV1SortColumn(_sort_column)

        _sort_order = d.pop("sortOrder", UNSET)
        sort_order: ExpenseReportFilterV1SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = ExpenseReportFilterV1SortOrder(_sort_order)

        _tasks = d.pop("tasks", UNSET)
        tasks: ContainsTaskFilterV1 | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = ContainsTaskFilterV1.from_dict(_tasks)

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
        week_start: ExpenseReportFilterV1WeekStart | Unset
        if isinstance(_week_start, Unset):
            week_start = UNSET
        else:
            week_start = ExpenseReportFilterV1WeekStart(_week_start)

        without_note = d.pop("withoutNote", UNSET)

        _zoom_level = d.pop("zoomLevel", UNSET)
        zoom_level: ExpenseReportFilterV1ZoomLevel | Unset
        if isinstance(_zoom_level, Unset):
            zoom_level = UNSET
        else:
            zoom_level = ExpenseReportFilterV1ZoomLevel(_zoom_level)

        expense_report_filter_v1 = cls(
            date_range_end=date_range_end,
            date_range_start=date_range_start,
            approval_state=approval_state,
            billable=billable,
            categories=categories,
            clients=clients,
            currency=currency,
            date_range_type=date_range_type,
            export_type=export_type,
            invoicing_state=invoicing_state,
            note=note,
            page=page,
            page_size=page_size,
            projects=projects,
            sort_column=sort_column,
            sort_order=sort_order,
            tasks=tasks,
            time_zone=time_zone,
            user_groups=user_groups,
            user_locale=user_locale,
            users=users,
            week_start=week_start,
            without_note=without_note,
            zoom_level=zoom_level,
        )

        expense_report_filter_v1.additional_properties = d
        return expense_report_filter_v1

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
