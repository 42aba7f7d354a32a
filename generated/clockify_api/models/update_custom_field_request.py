from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_custom_field_request_source_type import UpdateCustomFieldRequestSourceType
from ..types import UNSET, JsonValue, Unset, model_repr

T = TypeVar("T", bound="UpdateCustomFieldRequest")


@_attrs_define
class UpdateCustomFieldRequest:
    """
    Attributes:
        custom_field_id (str):
        source_type (UpdateCustomFieldRequestSourceType | Unset):
        value (JsonValue | Unset):
    """

    custom_field_id: str
    source_type: UpdateCustomFieldRequestSourceType | Unset = UNSET
    value: JsonValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFieldId": custom_field_id,
            }
        )
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_field_id = d.pop("customFieldId")

        _source_type = d.pop("sourceType", UNSET)
        source_type: UpdateCustomFieldRequestSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = UpdateCustomFieldRequestSourceType(_source_type)

        value = d.pop("value", UNSET)

        update_custom_field_request = cls(
            custom_field_id=custom_field_id,
            source_type=source_type,
            value=value,
        )

        update_custom_field_request.additional_properties = d
        return update_custom_field_request

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
