from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detailed_options_v1_totals import DetailedOptionsV1Totals
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="DetailedOptionsV1")


@_attrs_define
class DetailedOptionsV1:
    """
    Attributes:
        totals (DetailedOptionsV1Totals | Unset):
    """

    totals: DetailedOptionsV1Totals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        totals: str | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _totals = d.pop("totals", UNSET)
        totals: DetailedOptionsV1Totals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = DetailedOptionsV1Totals(_totals)

        detailed_options_v1 = cls(
            totals=totals,
        )

        detailed_options_v1.additional_properties = d
        return detailed_options_v1

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
