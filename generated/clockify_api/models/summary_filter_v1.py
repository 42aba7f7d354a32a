from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_filter_v1_groups_item import SummaryFilterV1GroupsItem
from ..models.summary_filter_v1_sort_column import SummaryFilterV1SortColumn
from ..models.summary_filter_v1_summary_chart_type import SummaryFilterV1SummaryChartType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SummaryFilterV1")


@_attrs_define
class SummaryFilterV1:
    """Grouping and sorting of the summary report.

    Attributes:
        groups (list[SummaryFilterV1GroupsItem] | Unset):
        sort_column (SummaryFilterV1SortColumn | Unset):
        summary_chart_type (SummaryFilterV1SummaryChartType | Unset):
    """

    groups: list[SummaryFilterV1GroupsItem] | Unset = UNSET
    sort_column: SummaryFilterV1SortColumn | Unset = UNSET
    summary_chart_type: SummaryFilterV1SummaryChartType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.value
                groups.append(groups_item)

        sort_column: str | Unset = UNSET
        if not isinstance(self.sort_column, Unset):
            sort_column = self.sort_column.value

        summary_chart_type: str | Unset = UNSET
        if not isinstance(self.summary_chart_type, Unset):
            summary_chart_type = self.summary_chart_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups
        if sort_column is not UNSET:
            field_dict["sortColumn"] = sort_column
        if summary_chart_type is not UNSET:
            field_dict["summaryChartType"] = summary_chart_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        groups: list[SummaryFilterV1GroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = SummaryFilterV1GroupsItem(groups_item_data)

                groups.append(groups_item)

        _sort_column = d.pop("sortColumn", UNSET)
        sort_column: SummaryFilterV1SortColumn | Unset
        if isinstance(_sort_column, Unset):
            sort_column = UNSET
        else:
            sort_column = SummaryFilterV1SortColumn(_sort_column)

        _summary_chart_type = d.pop("summaryChartType", UNSET)
        summary_chart_type: SummaryFilterV1SummaryChartType | Unset
        if isinstance(_summary_chart_type, Unset):
            summary_chart_type = UNSET
        else:
            summary_chart_type = SummaryFilterV1SummaryChartType(_summary_chart_type)

        summary_filter_v1 = cls(
            groups=groups,
            sort_column=sort_column,
            summary_chart_type=summary_chart_type,
        )

        summary_filter_v1.additional_properties = d
        return summary_filter_v1

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
