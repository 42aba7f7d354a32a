from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="AuditFilterV1")


@_attrs_define
class AuditFilterV1:
    """
    Attributes:
        duration (datetime.timedelta | Unset):
        duration_shorter (bool | Unset):
        without_project (bool | Unset):
        without_task (bool | Unset):
    """

    duration: datetime.timedelta | Unset = UNSET
    duration_shorter: bool | Unset = UNSET
    without_project: bool | Unset = UNSET
    without_task: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration = duration_to_json(self.duration, "seconds")

        duration_shorter = self.duration_shorter

        without_project = self.without_project

        without_task = self.without_task

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_shorter is not UNSET:
            field_dict["durationShorter"] = duration_shorter
        if without_project is not UNSET:
            field_dict["withoutProject"] = without_project
        if without_task is not UNSET:
            field_dict["withoutTask"] = without_task

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = duration_from_json(d.pop("duration", UNSET), ("seconds",))

        duration_shorter = d.pop("durationShorter", UNSET)

        without_project = d.pop("withoutProject", UNSET)

        without_task = d.pop("withoutTask", UNSET)

        audit_filter_v1 = cls(
            duration=duration,
            duration_shorter=duration_shorter,
            without_project=without_project,
            without_task=without_task,
        )

        audit_filter_v1.additional_properties = d
        return audit_filter_v1

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
