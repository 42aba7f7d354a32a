from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UserDto")


@_attrs_define
class UserDto:
    """
    Attributes:
        date_format (str | Unset):
        email (str | Unset):
        id (str | Unset):
        name (str | Unset):
        time_format (str | Unset):
        time_zone (str | Unset):
        week_start (str | Unset):
    """

    date_format: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    time_format: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    week_start: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_format = self.date_format

        email = self.email

        id = self.id

        name = self.name

        time_format = self.time_format

        time_zone = self.time_zone

        week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_format is not UNSET:
            field_dict["dateFormat"] = date_format
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if time_format is not UNSET:
            field_dict["timeFormat"] = time_format
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if week_start is not UNSET:
            field_dict["weekStart"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_format = d.pop("dateFormat", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        time_format = d.pop("timeFormat", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        week_start = d.pop("weekStart", UNSET)

        user_dto = cls(
            date_format=date_format,
            email=email,
            id=id,
            name=name,
            time_format=time_format,
            time_zone=time_zone,
            week_start=week_start,
        )

        user_dto.additional_properties = d
        return user_dto

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
