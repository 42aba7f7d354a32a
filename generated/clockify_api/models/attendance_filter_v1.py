from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance_filter_v1_sort_column import AttendanceFilterV1SortColumn
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.compare_break_filter import CompareBreakFilter
    from ..models.compare_capacity_filter import CompareCapacityFilter
    from ..models.compare_end_filter import CompareEndFilter
    from ..models.compare_overtime_filter import CompareOvertimeFilter
    from ..models.compare_start_filter import CompareStartFilter
    from ..models.compare_work_filter import CompareWorkFilter


T = TypeVar("T", bound="AttendanceFilterV1")


@_attrs_define
class AttendanceFilterV1:
    """Paging, sorting and daily-total filters of the attendance report. The filters apply to each user's daily totals, not
    to single entries.

        Attributes:
            break_filters (list[CompareBreakFilter] | Unset):
            capacity_filters (list[CompareCapacityFilter] | Unset):
            end_filters (list[CompareEndFilter] | Unset):
            has_time_off (bool | Unset):
            overtime_filters (list[CompareOvertimeFilter] | Unset):
            page (int | Unset):  Default: 1.
            page_size (int | Unset):
            sort_column (AttendanceFilterV1SortColumn | Unset):
            start_filters (list[CompareStartFilter] | Unset):
            work_filters (list[CompareWorkFilter] | Unset):
    """

    break_filters: list[CompareBreakFilter] | Unset = UNSET
    capacity_filters: list[CompareCapacityFilter] | Unset = UNSET
    end_filters: list[CompareEndFilter] | Unset = UNSET
    has_time_off: bool | Unset = UNSET
    overtime_filters: list[CompareOvertimeFilter] | Unset = UNSET
    page: int | Unset = 1
    page_size: int | Unset = UNSET
    sort_column: AttendanceFilterV1SortColumn | Unset = UNSET
    start_filters: list[CompareStartFilter] | Unset = UNSET
    work_filters: list[CompareWorkFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        break_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.break_filters, Unset):
            break_filters = []
            for break_filters_item_data in self.break_filters:
                break_filters_item = break_filters_item_data.to_dict()
                break_filters.append(break_filters_item)

        capacity_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacity_filters, Unset):
            capacity_filters = []
            for capacity_filters_item_data in self.capacity_filters:
                capacity_filters_item = capacity_filters_item_data.to_dict()
                capacity_filters.append(capacity_filters_item)

        end_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.end_filters, Unset):
            end_filters = []
            for end_filters_item_data in self.end_filters:
                end_filters_item = end_filters_item_data.to_dict()
                end_filters.append(end_filters_item)

        has_time_off = self.has_time_off

        overtime_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overtime_filters, Unset):
            overtime_filters = []
            for overtime_filters_item_data in self.overtime_filters:
                overtime_filters_item = overtime_filters_item_data.to_dict()
                overtime_filters.append(overtime_filters_item)

        page = self.page

        page_size = self.page_size

        sort_column: str | Unset = UNSET
        if not isinstance(self.sort_column, Unset):
            sort_column = self.sort_column.value

        start_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.start_filters, Unset):
            start_filters = []
            for start_filters_item_data in self.start_filters:
                start_filters_item = start_filters_item_data.to_dict()
                start_filters.append(start_filters_item)

        work_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_filters, Unset):
            work_filters = []
            for work_filters_item_data in self.work_filters:
                work_filters_item = work_filters_item_data.to_dict()
                work_filters.append(work_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if break_filters is not UNSET:
            field_dict["breakFilters"] = break_filters
        if capacity_filters is not UNSET:
            field_dict["capacityFilters"] = capacity_filters
        if end_filters is not UNSET:
            field_dict["endFilters"] = end_filters
        if has_time_off is not UNSET:
            field_dict["hasTimeOff"] = has_time_off
        if overtime_filters is not UNSET:
            field_dict["overtimeFilters"] = overtime_filters
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sort_column is not UNSET:
            field_dict["sortColumn"] = sort_column
        if start_filters is not UNSET:
            field_dict["startFilters"] = start_filters
        if work_filters is not UNSET:
            field_dict["workFilters"] = work_filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compare_break_filter import CompareBreakFilter
        from ..models.compare_capacity_filter import CompareCapacityFilter
        from ..models.compare_end_filter import CompareEndFilter
        from ..models.compare_overtime_filter import CompareOvertimeFilter
        from ..models.compare_start_filter import CompareStartFilter
        from ..models.compare_work_filter import CompareWorkFilter

        d = dict(src_dict)
        _break_filters = d.pop("breakFilters", UNSET)
        break_filters: list[CompareBreakFilter] | Unset = UNSET
        if _break_filters is not UNSET:
            break_filters = []
            for break_filters_item_data in _break_filters:
                break_filters_item = CompareBreakFilter.from_dict(break_filters_item_data)

                break_filters.append(break_filters_item)

        _capacity_filters = d.pop("capacityFilters", UNSET)
        capacity_filters: list[CompareCapacityFilter] | Unset = UNSET
        if _capacity_filters is not UNSET:
            capacity_filters = []
            for capacity_filters_item_data in _capacity_filters:
                capacity_filters_item = CompareCapacityFilter.from_dict(capacity_filters_item_data)

                capacity_filters.append(capacity_filters_item)

        _end_filters = d.pop("endFilters", UNSET)
        end_filters: list[CompareEndFilter] | Unset = UNSET
        if _end_filters is not UNSET:
            end_filters = []
            for end_filters_item_data in _end_filters:
                end_filters_item = CompareEndFilter.from_dict(end_filters_item_data)

                end_filters.append(end_filters_item)

        has_time_off = d.pop("hasTimeOff", UNSET)

        _overtime_filters = d.pop("overtimeFilters", UNSET)
        overtime_filters: list[CompareOvertimeFilter] | Unset = UNSET
        if _overtime_filters is not UNSET:
            overtime_filters = []
            for overtime_filters_item_data in _overtime_filters:
                overtime_filters_item = CompareOvertimeFilter.from_dict(overtime_filters_item_data)

                overtime_filters.append(overtime_filters_item)

        page = d.pop("page", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _sort_column = d.pop("sortColumn", UNSET)
        sort_column: AttendanceFilterV1SortColumn | Unset
        if isinstance(_sort_column, Unset):
            sort_column = UNSET
        else:
            sort_column = AttendanceFilterV1SortColumn(_sort_column)

        _start_filters = d.pop("startFilters", UNSET)
        start_filters: list[CompareStartFilter] | Unset = UNSET
        if _start_filters is not UNSET:
            start_filters = []
            for start_filters_item_data in _start_filters:
                start_filters_item = CompareStartFilter.from_dict(start_filters_item_data)

                start_filters.append(start_filters_item)

        _work_filters = d.pop("workFilters", UNSET)
        work_filters: list[CompareWorkFilter] | Unset = UNSET
        if _work_filters is not UNSET:
            work_filters = []
            for work_filters_item_data in _work_filters:
                work_filters_item = CompareWorkFilter.from_dict(work_filters_item_data)

                work_filters.append(work_filters_item)

        attendance_filter_v1 = cls(
            break_filters=break_filters,
            capacity_filters=capacity_filters,
            end_filters=end_filters,
            has_time_off=has_time_off,
            overtime_filters=overtime_filters,
            page=page,
            page_size=page_size,
            sort_column=sort_column,
            start_filters=start_filters,
            work_filters=work_filters,
        )

        attendance_filter_v1.additional_properties = d
        return attendance_filter_v1

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
