from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.automatic_lock_dto_v1_change_day import AutomaticLockDtoV1ChangeDay
from ..models.automatic_lock_dto_v1_first_day import AutomaticLockDtoV1FirstDay
from ..models.automatic_lock_dto_v1_older_than_period import AutomaticLockDtoV1OlderThanPeriod
from ..models.automatic_lock_dto_v1_type import AutomaticLockDtoV1Type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AutomaticLockDtoV1")


@_attrs_define
class AutomaticLockDtoV1:
    """
    Attributes:
        change_day (AutomaticLockDtoV1ChangeDay | Unset):
        day_of_month (int | Unset):
        first_day (AutomaticLockDtoV1FirstDay | Unset):
        older_than_period (AutomaticLockDtoV1OlderThanPeriod | Unset):
        older_than_value (int | Unset):
        type_ (AutomaticLockDtoV1Type | Unset):
    """

    change_day: AutomaticLockDtoV1ChangeDay | Unset = UNSET
    day_of_month: int | Unset = UNSET
    first_day: AutomaticLockDtoV1FirstDay | Unset = UNSET
    older_than_period: AutomaticLockDtoV1OlderThanPeriod | Unset = UNSET
    older_than_value: int | Unset = UNSET
    type_: AutomaticLockDtoV1Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        change_day: str | Unset = UNSET
        if not isinstance(self.change_day, Unset):
            change_day = self.change_day.value

        day_of_month = self.day_of_month

        first_day: str | Unset = UNSET
        if not isinstance(self.first_day, Unset):
            first_day = self.first_day.value

        older_than_period: str | Unset = UNSET
        if not isinstance(self.older_than_period, Unset):
            older_than_period = self.older_than_period.value

        older_than_value = self.older_than_value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_day is not UNSET:
            field_dict["changeDay"] = change_day
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if first_day is not UNSET:
            field_dict["firstDay"] = first_day
        if older_than_period is not UNSET:
            field_dict["olderThanPeriod"] = older_than_period
        if older_than_value is not UNSET:
            field_dict["olderThanValue"] = older_than_value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _change_day = d.pop("changeDay", UNSET)
        change_day: AutomaticLockDtoV1ChangeDay | Unset
        if isinstance(_change_day, Unset):
            change_day = UNSET
        else:
            change_day = AutomaticLockDtoV1ChangeDay(_change_day)

        day_of_month = d.pop("dayOfMonth", UNSET)

        _first_day = d.pop("firstDay", UNSET)
        first_day: AutomaticLockDtoV1FirstDay | Unset
        if isinstance(_first_day, Unset):
            first_day = UNSET
        else:
            first_day = AutomaticLockDtoV1FirstDay(_first_day)

        _older_than_period = d.pop("olderThanPeriod", UNSET)
        older_than_period: AutomaticLockDtoV1OlderThanPeriod | Unset
        if isinstance(_older_than_period, Unset):
            older_than_period = UNSET
        else:
            older_than_period = AutomaticLockDtoV1OlderThanPeriod(_older_than_period)

        older_than_value = d.pop("olderThanValue", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AutomaticLockDtoV1Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AutomaticLockDtoV1Type(_type_)

        automatic_lock_dto_v1 = cls(
            change_day=change_day,
            day_of_month=day_of_month,
            first_day=first_day,
            older_than_period=older_than_period,
            older_than_value=older_than_value,
            type_=type_,
        )

        automatic_lock_dto_v1.additional_properties = d
        return automatic_lock_dto_v1

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
