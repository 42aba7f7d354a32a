from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="TimeEntryId")


@_attrs_define
class TimeEntryId:
    """
    Attributes:
        date_of_creation_from_object_id (datetime.datetime | Unset):
    """

    date_of_creation_from_object_id: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date_of_creation_from_object_id: str | Unset = UNSET
        if not isinstance(self.date_of_creation_from_object_id, Unset):
            date_of_creation_from_object_id = self.date_of_creation_from_object_id.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_of_creation_from_object_id is not UNSET:
            field_dict["dateOfCreationFromObjectId"] = date_of_creation_from_object_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date_of_creation_from_object_id = d.pop("dateOfCreationFromObjectId", UNSET)
        date_of_creation_from_object_id: datetime.datetime | Unset
        if isinstance(_date_of_creation_from_object_id, Unset):
            date_of_creation_from_object_id = UNSET
        else:
            date_of_creation_from_object_id = datetime.datetime.fromisoformat(_date_of_creation_from_object_id)

        time_entry_id = cls(
            date_of_creation_from_object_id=date_of_creation_from_object_id,
        )

        time_entry_id.additional_properties = d
        return time_entry_id

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
