from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_filter_v1_number_condition import CustomFieldFilterV1NumberCondition
from ..models.custom_field_filter_v1_type import CustomFieldFilterV1Type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.custom_field_filter_v1_value import CustomFieldFilterV1Value


T = TypeVar("T", bound="CustomFieldFilterV1")


@_attrs_define
class CustomFieldFilterV1:
    """Filter on one custom field's value.

    Attributes:
        id (str | Unset):
        is_empty (bool | Unset):
        number_condition (CustomFieldFilterV1NumberCondition | Unset):
        type_ (CustomFieldFilterV1Type | Unset):
        value (CustomFieldFilterV1Value | Unset):
    """

    id: str | Unset = UNSET
    is_empty: bool | Unset = UNSET
    number_condition: CustomFieldFilterV1NumberCondition | Unset = UNSET
    type_: CustomFieldFilterV1Type | Unset = UNSET
    value: CustomFieldFilterV1Value | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_empty = self.is_empty

        number_condition: str | Unset = UNSET
        if not isinstance(self.number_condition, Unset):
            number_condition = self.number_condition.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if is_empty is not UNSET:
            field_dict["isEmpty"] = is_empty
        if number_condition is not UNSET:
            field_dict["numberCondition"] = number_condition
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_filter_v1_value import CustomFieldFilterV1Value

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        is_empty = d.pop("isEmpty", UNSET)

        _number_condition = d.pop("numberCondition", UNSET)
        number_condition: CustomFieldFilterV1NumberCondition | Unset
        if isinstance(_number_condition, Unset):
            number_condition = UNSET
        else:
            number_condition = CustomFieldFilterV1NumberCondition(_number_condition)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldFilterV1Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldFilterV1Type(_type_)

        _value = d.pop("value", UNSET)
        value: CustomFieldFilterV1Value | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CustomFieldFilterV1Value.from_dict(_value)

        custom_field_filter_v1 = cls(
            id=id,
            is_empty=is_empty,
            number_condition=number_condition,
            type_=type_,
            value=value,
        )

        custom_field_filter_v1.additional_properties = d
        return custom_field_filter_v1

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
