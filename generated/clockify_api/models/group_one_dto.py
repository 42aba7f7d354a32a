from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

if TYPE_CHECKING:
    from ..models.daily_total_dto import DailyTotalDto


T = TypeVar("T", bound="GroupOneDto")


@_attrs_define
class GroupOneDto:
    """One group of a summary or weekly report; `children` holds the next grouping level.

    Attributes:
        amount (float | Unset):
        children (list[GroupOneDto] | Unset):
        client_name (str | Unset):
        days (list[DailyTotalDto] | Unset):
        duration (datetime.timedelta | Unset):
        id (str | Unset):
        name (str | Unset):
        name_lower_case (str | Unset):
    """

    amount: float | Unset = UNSET
    children: list[GroupOneDto] | Unset = UNSET
    client_name: str | Unset = UNSET
    days: list[DailyTotalDto] | Unset = UNSET
    duration: datetime.timedelta | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    name_lower_case: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        client_name = self.client_name

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        duration = duration_to_json(self.duration, "seconds")

        id = self.id

        name = self.name

        name_lower_case = self.name_lower_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if children is not UNSET:
            field_dict["children"] = children
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if days is not UNSET:
            field_dict["days"] = days
        if duration is not UNSET:
            field_dict["duration"] = duration
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if name_lower_case is not UNSET:
            field_dict["nameLowerCase"] = name_lower_case

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.daily_total_dto import DailyTotalDto

        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        _children = d.pop("children", UNSET)
        children: list[GroupOneDto] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = GroupOneDto.from_dict(children_item_data)

                children.append(children_item)

        client_name = d.pop("clientName", UNSET)

        _days = d.pop("days", UNSET)
        days: list[DailyTotalDto] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = DailyTotalDto.from_dict(days_item_data)

                days.append(days_item)

        duration = duration_from_json(d.pop("duration", UNSET), ("seconds",))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        name_lower_case = d.pop("nameLowerCase", UNSET)

        group_one_dto = cls(
            amount=amount,
            children=children,
            client_name=client_name,
            days=days,
            duration=duration,
            id=id,
            name=name,
            name_lower_case=name_lower_case,
        )

        group_one_dto.additional_properties = d
        return group_one_dto

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
