from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekly_filter_v1_group import WeeklyFilterV1Group
from ..models.weekly_filter_v1_subgroup import WeeklyFilterV1Subgroup
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="WeeklyFilterV1")


@_attrs_define
class WeeklyFilterV1:
    """Grouping of the weekly report.

    Attributes:
        group (WeeklyFilterV1Group):
        subgroup (WeeklyFilterV1Subgroup | Unset):  Default: WeeklyFilterV1Subgroup.TIME.
    """

    group: WeeklyFilterV1Group
    subgroup: WeeklyFilterV1Subgroup | Unset = WeeklyFilterV1Subgroup.TIME
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        try:
            group = self.group.value
        except (AttributeError, TypeError, ValueError):
            group = cast(Any, self.group)

        subgroup: str | Unset = UNSET
        if not isinstance(self.subgroup, Unset):
            subgroup = self.subgroup.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
            }
        )
        if subgroup is not UNSET:
            field_dict["subgroup"] = subgroup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group = WeeklyFilterV1Group(d.pop("group"))

        _subgroup = d.pop("subgroup", UNSET)
        subgroup: WeeklyFilterV1Subgroup | Unset
        if isinstance(_subgroup, Unset):
            subgroup = UNSET
        else:
            subgroup = WeeklyFilterV1Subgroup(_subgroup)

        weekly_filter_v1 = cls(
            group=group,
            subgroup=subgroup,
        )

        weekly_filter_v1.additional_properties = d
        return weekly_filter_v1

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
