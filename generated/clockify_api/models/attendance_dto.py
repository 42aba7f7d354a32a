from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="AttendanceDto")


@_attrs_define
class AttendanceDto:
    """One user's attendance on one day.

    Attributes:
        break_ (datetime.timedelta | Unset):
        capacity (datetime.timedelta | Unset):
        date (str | Unset):
        end_time (str | Unset):
        has_running_entry (bool | Unset):
        image_url (str | Unset):
        overtime (datetime.timedelta | Unset):
        remaining_capacity (datetime.timedelta | Unset):
        start_time (str | Unset):
        time_off (datetime.timedelta | Unset):
        total_duration (datetime.timedelta | Unset):
        user_id (str | Unset):
        user_name (str | Unset):
    """

    break_: datetime.timedelta | Unset = UNSET
    capacity: datetime.timedelta | Unset = UNSET
    date: str | Unset = UNSET
    end_time: str | Unset = UNSET
    has_running_entry: bool | Unset = UNSET
    image_url: str | Unset = UNSET
    overtime: datetime.timedelta | Unset = UNSET
    remaining_capacity: datetime.timedelta | Unset = UNSET
    start_time: str | Unset = UNSET
    time_off: datetime.timedelta | Unset = UNSET
    total_duration: datetime.timedelta | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        break_ = duration_to_json(self.break_, "seconds")

        capacity = duration_to_json(self.capacity, "seconds")

        date = self.date

        end_time = self.end_time

        has_running_entry = self.has_running_entry

        image_url = self.image_url

        overtime = duration_to_json(self.overtime, "seconds")

        remaining_capacity = duration_to_json(self.remaining_capacity, "seconds")

        start_time = self.start_time

        time_off = duration_to_json(self.time_off, "seconds")

        total_duration = duration_to_json(self.total_duration, "seconds")

        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if break_ is not UNSET:
            field_dict["break"] = break_
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if date is not UNSET:
            field_dict["date"] = date
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if has_running_entry is not UNSET:
            field_dict["hasRunningEntry"] = has_running_entry
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if overtime is not UNSET:
            field_dict["overtime"] = overtime
        if remaining_capacity is not UNSET:
            field_dict["remainingCapacity"] = remaining_capacity
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if time_off is not UNSET:
            field_dict["timeOff"] = time_off
        if total_duration is not UNSET:
            field_dict["totalDuration"] = total_duration
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        break_ = duration_from_json(d.pop("break", UNSET), ("seconds",))

        capacity = duration_from_json(d.pop("capacity", UNSET), ("seconds",))

        date = d.pop("date", UNSET)

        end_time = d.pop("endTime", UNSET)

        has_running_entry = d.pop("hasRunningEntry", UNSET)

        image_url = d.pop("imageUrl", UNSET)

        overtime = duration_from_json(d.pop("overtime", UNSET), ("seconds",))

        remaining_capacity = duration_from_json(d.pop("remainingCapacity", UNSET), ("seconds",))

        start_time = d.pop("startTime", UNSET)

        time_off = duration_from_json(d.pop("timeOff", UNSET), ("seconds",))

        total_duration = duration_from_json(d.pop("totalDuration", UNSET), ("seconds",))

        user_id = d.pop("userId", UNSET)

        user_name = d.pop("userName", UNSET)

        attendance_dto = cls(
            break_=break_,
            capacity=capacity,
            date=date,
            end_time=end_time,
            has_running_entry=has_running_entry,
            image_url=image_url,
            overtime=overtime,
            remaining_capacity=remaining_capacity,
            start_time=start_time,
            time_off=time_off,
            total_duration=total_duration,
            user_id=user_id,
            user_name=user_name,
        )

        attendance_dto.additional_properties = d
        return attendance_dto

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
