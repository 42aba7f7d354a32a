from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.amount_dto_type import AmountDtoType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AmountDto")


@_attrs_define
class AmountDto:
    """An amount of one kind (earned, cost, profit).

    Attributes:
        type_ (AmountDtoType | Unset):
        value (float | Unset):
        amount (float | Unset): Amount in minor units (cents).
        currency (str | Unset):
    """

    type_: AmountDtoType | Unset = UNSET
    value: float | Unset = UNSET
    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        amount = self.amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AmountDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AmountDtoType(_type_)

        value = d.pop("value", UNSET)

        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        amount_dto = cls(
            type_=type_,
            value=value,
            amount=amount,
            currency=currency,
        )

        amount_dto.additional_properties = d
        return amount_dto

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
