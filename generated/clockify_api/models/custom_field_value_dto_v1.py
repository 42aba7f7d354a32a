from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonValue, Unset, model_repr

T = TypeVar("T", bound="CustomFieldValueDtoV1")


@_attrs_define
class CustomFieldValueDtoV1:
    """
    Attributes:
        custom_field_id (str | Unset):
        name (str | Unset):
        time_entry_id (str | Unset):
        type_ (str | Unset):
        value (JsonValue | Unset):
    """

    custom_field_id: str | Unset = UNSET
    name: str | Unset = UNSET
    time_entry_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    value: JsonValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        name = self.name

        time_entry_id = self.time_entry_id

        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_id is not UNSET:
            field_dict["customFieldId"] = custom_field_id
        if name is not UNSET:
            field_dict["name"] = name
        if time_entry_id is not UNSET:
            field_dict["timeEntryId"] = time_entry_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_field_id = d.pop("customFieldId", UNSET)

        name = d.pop("name", UNSET)

        time_entry_id = d.pop("timeEntryId", UNSET)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        custom_field_value_dto_v1 = cls(
            custom_field_id=custom_field_id,
            name=name,
            time_entry_id=time_entry_id,
            type_=type_,
            value=value,
        )

        custom_field_value_dto_v1.additional_properties = d
        return custom_field_value_dto_v1

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
