from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_reset_dto_day_of_week import EstimateResetDtoDayOfWeek
from ..models.estimate_reset_dto_interval import EstimateResetDtoInterval
from ..models.estimate_reset_dto_month import EstimateResetDtoMonth
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EstimateResetDto")


@_attrs_define
class EstimateResetDto:
    """
    Attributes:
        day_of_month (int | Unset):
        day_of_week (EstimateResetDtoDayOfWeek | Unset):
        hour (int | Unset):
        interval (EstimateResetDtoInterval | Unset):
        month (EstimateResetDtoMonth | Unset):
    """

    day_of_month: int | Unset = UNSET
    day_of_week: EstimateResetDtoDayOfWeek | Unset = UNSET
    hour: int | Unset = UNSET
    interval: EstimateResetDtoInterval | Unset = UNSET
    month: EstimateResetDtoMonth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        day_of_month = self.day_of_month

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        hour = self.hour

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        month: str | Unset = UNSET
        if not isinstance(self.month, Unset):
            month = self.month.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if hour is not UNSET:
            field_dict["hour"] = hour
        if interval is not UNSET:
            field_dict["interval"] = interval
        if month is not UNSET:
            field_dict["month"] = month

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        day_of_month = d.pop("dayOfMonth", UNSET)

        _day_of_week = d.pop("dayOfWeek", UNSET)
        day_of_week: EstimateResetDtoDayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = EstimateResetDtoDayOfWeek(_day_of_week)

        hour = d.pop("hour", UNSET)

        _interval = d.pop("interval", UNSET)
        interval: EstimateResetDtoInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = EstimateResetDtoInterval(_interval)

        _month = d.pop("month", UNSET)
        month: EstimateResetDtoMonth | Unset
        if isinstance(_month, Unset):
            month = UNSET
        else:
            month = EstimateResetDtoMonth(_month)

        estimate_reset_dto = cls(
            day_of_month=day_of_month,
            day_of_week=day_of_week,
            hour=hour,
            interval=interval,
            month=month,
        )

        estimate_reset_dto.additional_properties = d
        return estimate_reset_dto

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
