from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

if TYPE_CHECKING:
    from ..models.amount_dto import AmountDto


T = TypeVar("T", bound="TimeEntryReportTotals")


@_attrs_define
class TimeEntryReportTotals:
    """Totals over every row that matched, not only the current page.

    Attributes:
        amounts (list[AmountDto] | Unset):
        entries_count (int | Unset):
        id (str | Unset):
        total_billable_time (datetime.timedelta | Unset):
        total_time (datetime.timedelta | Unset):
    """

    amounts: list[AmountDto] | Unset = UNSET
    entries_count: int | Unset = UNSET
    id: str | Unset = UNSET
    total_billable_time: datetime.timedelta | Unset = UNSET
    total_time: datetime.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amounts, Unset):
            amounts = []
            for amounts_item_data in self.amounts:
                amounts_item = amounts_item_data.to_dict()
                amounts.append(amounts_item)

        entries_count = self.entries_count

        id = self.id

        total_billable_time = duration_to_json(self.total_billable_time, "seconds")

        total_time = duration_to_json(self.total_time, "seconds")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amounts is not UNSET:
            field_dict["amounts"] = amounts
        if entries_count is not UNSET:
            field_dict["entriesCount"] = entries_count
        if id is not UNSET:
            field_dict["id"] = id
        if total_billable_time is not UNSET:
            field_dict["totalBillableTime"] = total_billable_time
        if total_time is not UNSET:
            field_dict["totalTime"] = total_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.amount_dto import AmountDto

        d = dict(src_dict)
        _amounts = d.pop("amounts", UNSET)
        amounts: list[AmountDto] | Unset = UNSET
        if _amounts is not UNSET:
            amounts = []
            for amounts_item_data in _amounts:
                amounts_item = AmountDto.from_dict(amounts_item_data)

                amounts.append(amounts_item)

        entries_count = d.pop("entriesCount", UNSET)

        id = d.pop("id", UNSET)

        total_billable_time = duration_from_json(d.pop("totalBillableTime", UNSET), ("seconds",))

        total_time = duration_from_json(d.pop("totalTime", UNSET), ("seconds",))

        time_entry_report_totals = cls(
            amounts=amounts,
            entries_count=entries_count,
            id=id,
            total_billable_time=total_billable_time,
            total_time=total_time,
        )

        time_entry_report_totals.additional_properties = d
        return time_entry_report_totals

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
