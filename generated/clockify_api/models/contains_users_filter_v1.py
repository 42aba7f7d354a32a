from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contains_users_filter_v1_contains import ContainsUsersFilterV1Contains
from ..models.contains_users_filter_v1_status import ContainsUsersFilterV1Status
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainsUsersFilterV1")


@_attrs_define
class ContainsUsersFilterV1:
    """User or user-group filter.

    Attributes:
        contains (ContainsUsersFilterV1Contains | Unset):
        ids (list[str] | Unset):
        status (ContainsUsersFilterV1Status | Unset):
    """

    contains: ContainsUsersFilterV1Contains | Unset = UNSET
    ids: list[str] | Unset = UNSET
    status: ContainsUsersFilterV1Status | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contains: str | Unset = UNSET
        if not isinstance(self.contains, Unset):
            contains = self.contains.value

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contains is not UNSET:
            field_dict["contains"] = contains
        if ids is not UNSET:
            field_dict["ids"] = ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _contains = d.pop("contains", UNSET)
        contains: ContainsUsersFilterV1Contains | Unset
        if isinstance(_contains, Unset):
            contains = UNSET
        else:
            contains = ContainsUsersFilterV1Contains(_contains)

        ids = cast(list[str], d.pop("ids", UNSET))

        _status = d.pop("status", UNSET)
        status: ContainsUsersFilterV1Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContainsUsersFilterV1Status(_status)

        contains_users_filter_v1 = cls(
            contains=contains,
            ids=ids,
            status=status,
        )

        contains_users_filter_v1.additional_properties = d
        return contains_users_filter_v1

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
