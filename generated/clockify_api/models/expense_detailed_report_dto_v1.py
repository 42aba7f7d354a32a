from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.expense_report_dto_v1 import ExpenseReportDtoV1
    from ..models.expense_totals_dto_v1 import ExpenseTotalsDtoV1


T = TypeVar("T", bound="ExpenseDetailedReportDtoV1")


@_attrs_define
class ExpenseDetailedReportDtoV1:
    """A page of the expense report and its totals.

    Attributes:
        expenses (list[ExpenseReportDtoV1] | Unset):
        totals (ExpenseTotalsDtoV1 | Unset):
    """

    expenses: list[ExpenseReportDtoV1] | Unset = UNSET
    totals: ExpenseTotalsDtoV1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expenses, Unset):
            expenses = []
            for expenses_item_data in self.expenses:
                expenses_item = expenses_item_data.to_dict()
                expenses.append(expenses_item)

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expense_report_dto_v1 import ExpenseReportDtoV1
        from ..models.expense_totals_dto_v1 import ExpenseTotalsDtoV1

        d = dict(src_dict)
        _expenses = d.pop("expenses", UNSET)
        expenses: list[ExpenseReportDtoV1] | Unset = UNSET
        if _expenses is not UNSET:
            expenses = []
            for expenses_item_data in _expenses:
                expenses_item = ExpenseReportDtoV1.from_dict(expenses_item_data)

                expenses.append(expenses_item)

        _totals = d.pop("totals", UNSET)
        totals: ExpenseTotalsDtoV1 | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = ExpenseTotalsDtoV1.from_dict(_totals)

        expense_detailed_report_dto_v1 = cls(
            expenses=expenses,
            totals=totals,
        )

        expense_detailed_report_dto_v1.additional_properties = d
        return expense_detailed_report_dto_v1

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
