from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ExpenseTotalsDtoV1")


@_attrs_define
class ExpenseTotalsDtoV1:
    """
    Attributes:
        expenses_count (int | Unset):
        total_amount (float | Unset):
        total_amount_billable (float | Unset):
    """

    expenses_count: int | Unset = UNSET
    total_amount: float | Unset = UNSET
    total_amount_billable: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expenses_count = self.expenses_count

        total_amount = self.total_amount

        total_amount_billable = self.total_amount_billable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expenses_count is not UNSET:
            field_dict["expensesCount"] = expenses_count
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_amount_billable is not UNSET:
            field_dict["totalAmountBillable"] = total_amount_billable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expenses_count = d.pop("expensesCount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        total_amount_billable = d.pop("totalAmountBillable", UNSET)

        expense_totals_dto_v1 = cls(
            expenses_count=expenses_count,
            total_amount=total_amount,
            total_amount_billable=total_amount_billable,
        )

        expense_totals_dto_v1.additional_properties = d
        return expense_totals_dto_v1

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
