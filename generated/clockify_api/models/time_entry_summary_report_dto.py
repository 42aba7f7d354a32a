from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.group_one_dto import GroupOneDto
    from ..models.summary_report_chart_dto import SummaryReportChartDto
    from ..models.time_entry_report_totals import TimeEntryReportTotals


T = TypeVar("T", bound="TimeEntrySummaryReportDto")


@_attrs_define
class TimeEntrySummaryReportDto:
    """Summary report: nested groups and totals.

    Attributes:
        chart (list[SummaryReportChartDto] | Unset):
        group_one (list[GroupOneDto] | Unset):
        totals (list[TimeEntryReportTotals] | Unset):
    """

    chart: list[SummaryReportChartDto] | Unset = UNSET
    group_one: list[GroupOneDto] | Unset = UNSET
    totals: list[TimeEntryReportTotals] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chart: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chart, Unset):
            chart = []
            for chart_item_data in self.chart:
                chart_item = chart_item_data.to_dict()
                chart.append(chart_item)

        group_one: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_one, Unset):
            group_one = []
            for group_one_item_data in self.group_one:
                group_one_item = group_one_item_data.to_dict()
                group_one.append(group_one_item)

        totals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = []
            for totals_item_data in self.totals:
                totals_item = totals_item_data.to_dict()
                totals.append(totals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chart is not UNSET:
            field_dict["chart"] = chart
        if group_one is not UNSET:
            field_dict["groupOne"] = group_one
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_one_dto import GroupOneDto
        from ..models.summary_report_chart_dto import SummaryReportChartDto
        from ..models.time_entry_report_totals import TimeEntryReportTotals

        d = dict(src_dict)
        _chart = d.pop("chart", UNSET)
        chart: list[SummaryReportChartDto] | Unset = UNSET
        if _chart is not UNSET:
            chart = []
            for chart_item_data in _chart:
                chart_item = SummaryReportChartDto.from_dict(chart_item_data)

                chart.append(chart_item)

        _group_one = d.pop("groupOne", UNSET)
        group_one: list[GroupOneDto] | Unset = UNSET
        if _group_one is not UNSET:
            group_one = []
            for group_one_item_data in _group_one:
                group_one_item = GroupOneDto.from_dict(group_one_item_data)

                group_one.append(group_one_item)

        _totals = d.pop("totals", UNSET)
        totals: list[TimeEntryReportTotals] | Unset = UNSET
        if _totals is not UNSET:
            totals = []
            for totals_item_data in _totals:
                totals_item = TimeEntryReportTotals.from_dict(totals_item_data)

                totals.append(totals_item)

        time_entry_summary_report_dto = cls(
            chart=chart,
            group_one=group_one,
            totals=totals,
        )

        time_entry_summary_report_dto.additional_properties = d
        return time_entry_summary_report_dto

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
