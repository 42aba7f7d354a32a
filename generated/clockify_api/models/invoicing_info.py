from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="InvoicingInfo")


@_attrs_define
class InvoicingInfo:
    """
    Attributes:
        invoice_id (str | Unset):
        manually_invoiced (bool | Unset):
    """

    invoice_id: str | Unset = UNSET
    manually_invoiced: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        manually_invoiced = self.manually_invoiced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if manually_invoiced is not UNSET:
            field_dict["manuallyInvoiced"] = manually_invoiced

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_id = d.pop("invoiceId", UNSET)

        manually_invoiced = d.pop("manuallyInvoiced", UNSET)

        invoicing_info = cls(
            invoice_id=invoice_id,
            manually_invoiced=manually_invoiced,
        )

        invoicing_info.additional_properties = d
        return invoicing_info

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
