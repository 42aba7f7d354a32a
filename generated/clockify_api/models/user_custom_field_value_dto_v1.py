from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type_type_0 import CustomFieldTypeType0
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.user_custom_field_value_dto_v1_value import UserCustomFieldValueDtoV1Value


T = TypeVar("T", bound="UserCustomFieldValueDtoV1")


@_attrs_define
class UserCustomFieldValueDtoV1:
    """
    Attributes:
        custom_field_id (str | Unset):
        custom_field_name (str | Unset):
        custom_field_type (CustomFieldTypeType0 | Unset):
        user_id (str | Unset):
        value (UserCustomFieldValueDtoV1Value | Unset):
    """

    custom_field_id: str | Unset = UNSET
    custom_field_name: str | Unset = UNSET
    custom_field_type: CustomFieldTypeType0 | Unset = UNSET
    user_id: str | Unset = UNSET
    value: UserCustomFieldValueDtoV1Value | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        custom_field_name = self.custom_field_name

        custom_field_type: str | Unset
        if isinstance(self.custom_field_type, Unset):
            custom_field_type = UNSET
        else:
            custom_field_type = self.custom_field_type.value

        user_id = self.user_id

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_id is not UNSET:
            field_dict["customFieldId"] = custom_field_id
        if custom_field_name is not UNSET:
            field_dict["customFieldName"] = custom_field_name
        if custom_field_type is not UNSET:
            field_dict["customFieldType"] = custom_field_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_custom_field_value_dto_v1_value import UserCustomFieldValueDtoV1Value

        d = dict(src_dict)
        custom_field_id = d.pop("customFieldId", UNSET)

        custom_field_name = d.pop("customFieldName", UNSET)

        def _parse_custom_field_type(data: object) -> CustomFieldTypeType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_custom_field_type_type_0 = CustomFieldTypeType0(data)

            return componentsschemas_custom_field_type_type_0

        custom_field_type = _parse_custom_field_type(d.pop("customFieldType", UNSET))

        user_id = d.pop("userId", UNSET)

        _value = d.pop("value", UNSET)
        value: UserCustomFieldValueDtoV1Value | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = UserCustomFieldValueDtoV1Value.from_dict(_value)

        user_custom_field_value_dto_v1 = cls(
            custom_field_id=custom_field_id,
            custom_field_name=custom_field_name,
            custom_field_type=custom_field_type,
            user_id=user_id,
            value=value,
        )

        user_custom_field_value_dto_v1.additional_properties = d
        return user_custom_field_value_dto_v1

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
