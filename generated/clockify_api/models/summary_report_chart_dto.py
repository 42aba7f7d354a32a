from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="SummaryReportChartDto")


@_attrs_define
class SummaryReportChartDto:
    """
    Attributes:
        earned (float | Unset):
        id (str | Unset):
        total_amount (float | Unset):
        total_billable_time (datetime.timedelta | Unset):
        total_time (datetime.timedelta | Unset):
    """

    earned: float | Unset = UNSET
    id: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    total_billable_time: datetime.timedelta | Unset = UNSET
    total_time: datetime.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        earned = self.earned

        id = self.id

        total_amount = self.total_amount

        total_billable_time = duration_to_json(self.total_billable_time, "seconds")

        total_time = duration_to_json(self.total_time, "seconds")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earned is not UNSET:
            field_dict["earned"] = earned
        if id is not UNSET:
            field_dict["id"] = id
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_billable_time is not UNSET:
            field_dict["totalBillableTime"] = total_billable_time
        if total_time is not UNSET:
            field_dict["totalTime"] = total_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        earned = d.pop("earned", UNSET)

        id = d.pop("id", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        total_billable_time = duration_from_json(d.pop("totalBillableTime", UNSET), ("seconds",))

        total_time = duration_from_json(d.pop("totalTime", UNSET), ("seconds",))

        summary_report_chart_dto = cls(
            earned=earned,
            id=id,
            total_amount=total_amount,
            total_billable_time=total_billable_time,
            total_time=total_time,
        )

        summary_report_chart_dto.additional_properties = d
        return summary_report_chart_dto

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
