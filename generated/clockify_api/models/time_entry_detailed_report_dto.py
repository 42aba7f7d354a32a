from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.time_entry_dto import TimeEntryDto
    from ..models.time_entry_report_totals import TimeEntryReportTotals


T = TypeVar("T", bound="TimeEntryDetailedReportDto")


@_attrs_define
class TimeEntryDetailedReportDto:
    """A page of the detailed report and the totals of the whole result.

    Attributes:
        timeentries (list[TimeEntryDto] | Unset):
        totals (list[TimeEntryReportTotals] | Unset):
        time_entries (list[TimeEntryDto] | Unset): The rows of this page (the spelling measured in 004; 003 shows
            `timeentries`).
    """

    timeentries: list[TimeEntryDto] | Unset = UNSET
    totals: list[TimeEntryReportTotals] | Unset = UNSET
    time_entries: list[TimeEntryDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timeentries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timeentries, Unset):
            timeentries = []
            for timeentries_item_data in self.timeentries:
                timeentries_item = timeentries_item_data.to_dict()
                timeentries.append(timeentries_item)

        totals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = []
            for totals_item_data in self.totals:
                totals_item = totals_item_data.to_dict()
                totals.append(totals_item)

        time_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_entries, Unset):
            time_entries = []
            for time_entries_item_data in self.time_entries:
                time_entries_item = time_entries_item_data.to_dict()
                time_entries.append(time_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeentries is not UNSET:
            field_dict["timeentries"] = timeentries
        if totals is not UNSET:
            field_dict["totals"] = totals
        if time_entries is not UNSET:
            field_dict["timeEntries"] = time_entries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_entry_dto import TimeEntryDto
        from ..models.time_entry_report_totals import TimeEntryReportTotals

        d = dict(src_dict)
        _timeentries = d.pop("timeentries", UNSET)
        timeentries: list[TimeEntryDto] | Unset = UNSET
        if _timeentries is not UNSET:
            timeentries = []
            for timeentries_item_data in _timeentries:
                timeentries_item = TimeEntryDto.from_dict(timeentries_item_data)

                timeentries.append(timeentries_item)

        _totals = d.pop("totals", UNSET)
        totals: list[TimeEntryReportTotals] | Unset = UNSET
        if _totals is not UNSET:
            totals = []
            for totals_item_data in _totals:
                totals_item = TimeEntryReportTotals.from_dict(totals_item_data)

                totals.append(totals_item)

        _time_entries = d.pop("timeEntries", UNSET)
        time_entries: list[TimeEntryDto] | Unset = UNSET
        if _time_entries is not UNSET:
            time_entries = []
            for time_entries_item_data in _time_entries:
                time_entries_item = TimeEntryDto.from_dict(time_entries_item_data)

                time_entries.append(time_entries_item)

        time_entry_detailed_report_dto = cls(
            timeentries=timeentries,
            totals=totals,
            time_entries=time_entries,
        )

        time_entry_detailed_report_dto.additional_properties = d
        return time_entry_detailed_report_dto

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
