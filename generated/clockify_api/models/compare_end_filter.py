from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compare_end_filter_filtration_type import CompareEndFilterFiltrationType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CompareEndFilter")


@_attrs_define
class CompareEndFilter:
    """
    Attributes:
        filtration_type (CompareEndFilterFiltrationType | Unset):
        value (str | Unset):
    """

    filtration_type: CompareEndFilterFiltrationType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        filtration_type: str | Unset = UNSET
        if not isinstance(self.filtration_type, Unset):
            filtration_type = self.filtration_type.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filtration_type is not UNSET:
            field_dict["filtrationType"] = filtration_type
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _filtration_type = d.pop("filtrationType", UNSET)
        filtration_type: CompareEndFilterFiltrationType | Unset
        if isinstance(_filtration_type, Unset):
            filtration_type = UNSET
        else:
            filtration_type = CompareEndFilterFiltrationType(_filtration_type)

        value = d.pop("value", UNSET)

        compare_end_filter = cls(
            filtration_type=filtration_type,
            value=value,
        )

        compare_end_filter.additional_properties = d
        return compare_end_filter

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
