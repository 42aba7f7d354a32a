from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="TimeIntervalDtoV1")


@_attrs_define
class TimeIntervalDtoV1:
    """Start, end and ISO-8601 duration of a time entry.

    Attributes:
        duration (datetime.timedelta | None):
        end (datetime.datetime | None):
        start (datetime.datetime):
    """

    duration: datetime.timedelta | None
    end: datetime.datetime | None
    start: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        duration = duration_to_json(self.duration, "iso8601")

        try:
            end: None | str
            if isinstance(self.end, datetime.datetime):
                end = self.end.isoformat()
            else:
                end = self.end
        except (AttributeError, TypeError, ValueError):
            end = cast(Any, self.end)

        try:
            start = self.start.isoformat()
        except (AttributeError, TypeError, ValueError):
            start = cast(Any, self.start)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "end": end,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration = duration_from_json(d.pop("duration"), ("iso8601",))

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        time_interval_dto_v1 = cls(
            duration=duration,
            end=end,
            start=start,
        )

        time_interval_dto_v1.additional_properties = d
        return time_interval_dto_v1

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
