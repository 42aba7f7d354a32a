from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="UpdateInvoicedStatusRequest")


@_attrs_define
class UpdateInvoicedStatusRequest:
    """Which time entries to mark, and whether they are invoiced.

    Attributes:
        invoiced (bool):  Default: False.
        time_entry_ids (list[str]):
    """

    time_entry_ids: list[str]
    invoiced: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        invoiced = self.invoiced

        try:
            time_entry_ids = self.time_entry_ids

        except (AttributeError, TypeError, ValueError):
            time_entry_ids = cast(Any, self.time_entry_ids)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiced": invoiced,
                "timeEntryIds": time_entry_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoiced = d.pop("invoiced")

        time_entry_ids = cast(list[str], d.pop("timeEntryIds"))

        update_invoiced_status_request = cls(
            invoiced=invoiced,
            time_entry_ids=time_entry_ids,
        )

        update_invoiced_status_request.additional_properties = d
        return update_invoiced_status_request

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
