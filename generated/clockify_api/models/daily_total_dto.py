from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="DailyTotalDto")


@_attrs_define
class DailyTotalDto:
    """
    Attributes:
        amount (float | Unset):
        date (str | Unset):
        duration (datetime.timedelta | Unset):
    """

    amount: float | Unset = UNSET
    date: str | Unset = UNSET
    duration: datetime.timedelta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        date = self.date

        duration = duration_to_json(self.duration, "seconds")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if date is not UNSET:
            field_dict["date"] = date
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        date = d.pop("date", UNSET)

        duration = duration_from_json(d.pop("duration", UNSET), ("seconds",))

        daily_total_dto = cls(
            amount=amount,
            date=date,
            duration=duration,
        )

        daily_total_dto.additional_properties = d
        return daily_total_dto

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
