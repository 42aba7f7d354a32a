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
        custom_field_id (str):
        time_entry_id (str):
        value (JsonValue):
        name (str | Unset):
        type_ (str | Unset):
    """

    custom_field_id: str
    time_entry_id: str
    value: JsonValue
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        time_entry_id = self.time_entry_id

        value = self.value

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
                "timeEntryId": time_entry_id,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_field_id = d.pop("customFieldId")

        time_entry_id = d.pop("timeEntryId")

        value = d.pop("value")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        custom_field_value_dto_v1 = cls(
            custom_field_id=custom_field_id,
            time_entry_id=time_entry_id,
            value=value,
            name=name,
            type_=type_,
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
