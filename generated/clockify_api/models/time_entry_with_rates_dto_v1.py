from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_entry_with_rates_dto_v1_type import TimeEntryWithRatesDtoV1Type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.custom_field_value_dto_v1 import CustomFieldValueDtoV1
    from ..models.rate_dto_v1 import RateDtoV1
    from ..models.time_interval_dto_v1 import TimeIntervalDtoV1


T = TypeVar("T", bound="TimeEntryWithRatesDtoV1")


@_attrs_define
class TimeEntryWithRatesDtoV1:
    """A time entry with its hourly and cost rates.

    Attributes:
        billable (bool):  Default: False.
        description (str):
        id (str):
        is_locked (bool):  Default: False.
        project_id (None | str):
        tag_ids (list[str] | None):
        time_interval (TimeIntervalDtoV1): Start, end and ISO-8601 duration of a time entry.
        type_ (TimeEntryWithRatesDtoV1Type):
        user_id (str):
        workspace_id (str):
        cost_rate (None | RateDtoV1 | Unset):
        custom_field_values (list[CustomFieldValueDtoV1] | Unset):
        hourly_rate (None | RateDtoV1 | Unset):
        kiosk_id (str | Unset):
        task_id (str | Unset):
    """

    description: str
    id: str
    project_id: None | str
    tag_ids: list[str] | None
    time_interval: TimeIntervalDtoV1
    type_: TimeEntryWithRatesDtoV1Type
    user_id: str
    workspace_id: str
    billable: bool = False
    is_locked: bool = False
    cost_rate: None | RateDtoV1 | Unset = UNSET
    custom_field_values: list[CustomFieldValueDtoV1] | Unset = UNSET
    hourly_rate: None | RateDtoV1 | Unset = UNSET
    kiosk_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_dto_v1 import RateDtoV1

        billable = self.billable

        description = self.description

        id = self.id

        is_locked = self.is_locked

        try:
            project_id: None | str
            project_id = self.project_id
        except (AttributeError, TypeError, ValueError):
            project_id = cast(Any, self.project_id)

        try:
            tag_ids: list[str] | None
            if isinstance(self.tag_ids, list):
                tag_ids = self.tag_ids

            else:
                tag_ids = self.tag_ids
        except (AttributeError, TypeError, ValueError):
            tag_ids = cast(Any, self.tag_ids)

        try:
            time_interval = self.time_interval.to_dict()
        except (AttributeError, TypeError, ValueError):
            time_interval = cast(Any, self.time_interval)

        try:
            type_ = self.type_.value
        except (AttributeError, TypeError, ValueError):
            type_ = cast(Any, self.type_)

        user_id = self.user_id

        workspace_id = self.workspace_id

        cost_rate: dict[str, Any] | None | Unset
        if isinstance(self.cost_rate, Unset):
            cost_rate = UNSET
        elif isinstance(self.cost_rate, RateDtoV1):
            cost_rate = self.cost_rate.to_dict()
        else:
            cost_rate = self.cost_rate

        custom_field_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = []
            for custom_field_values_item_data in self.custom_field_values:
                custom_field_values_item = custom_field_values_item_data.to_dict()
                custom_field_values.append(custom_field_values_item)

        hourly_rate: dict[str, Any] | None | Unset
        if isinstance(self.hourly_rate, Unset):
            hourly_rate = UNSET
        elif isinstance(self.hourly_rate, RateDtoV1):
            hourly_rate = self.hourly_rate.to_dict()
        else:
            hourly_rate = self.hourly_rate

        kiosk_id = self.kiosk_id

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billable": billable,
                "description": description,
                "id": id,
                "isLocked": is_locked,
                "projectId": project_id,
                "tagIds": tag_ids,
                "timeInterval": time_interval,
                "type": type_,
                "userId": user_id,
                "workspaceId": workspace_id,
            }
        )
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if custom_field_values is not UNSET:
            field_dict["customFieldValues"] = custom_field_values
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if kiosk_id is not UNSET:
            field_dict["kioskId"] = kiosk_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value_dto_v1 import CustomFieldValueDtoV1
        from ..models.rate_dto_v1 import RateDtoV1
        from ..models.time_interval_dto_v1 import TimeIntervalDtoV1

        d = dict(src_dict)
        billable = d.pop("billable")

        description = d.pop("description")

        id = d.pop("id")

        is_locked = d.pop("isLocked")

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("projectId"))

        def _parse_tag_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_ids_type_0 = cast(list[str], data)

                return tag_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        tag_ids = _parse_tag_ids(d.pop("tagIds"))

        time_interval = TimeIntervalDtoV1.from_dict(d.pop("timeInterval"))

        type_ = TimeEntryWithRatesDtoV1Type(d.pop("type"))

        user_id = d.pop("userId")

        workspace_id = d.pop("workspaceId")

        def _parse_cost_rate(data: object) -> None | RateDtoV1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_rate_type_1 = RateDtoV1.from_dict(data)

                return cost_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateDtoV1 | Unset, data)

        cost_rate = _parse_cost_rate(d.pop("costRate", UNSET))

        _custom_field_values = d.pop("customFieldValues", UNSET)
        custom_field_values: list[CustomFieldValueDtoV1] | Unset = UNSET
        if _custom_field_values is not UNSET:
            custom_field_values = []
            for custom_field_values_item_data in _custom_field_values:
                custom_field_values_item = CustomFieldValueDtoV1.from_dict(custom_field_values_item_data)

                custom_field_values.append(custom_field_values_item)

        def _parse_hourly_rate(data: object) -> None | RateDtoV1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_rate_type_1 = RateDtoV1.from_dict(data)

                return hourly_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateDtoV1 | Unset, data)

        hourly_rate = _parse_hourly_rate(d.pop("hourlyRate", UNSET))

        kiosk_id = d.pop("kioskId", UNSET)

        task_id = d.pop("taskId", UNSET)

        time_entry_with_rates_dto_v1 = cls(
            billable=billable,
            description=description,
            id=id,
            is_locked=is_locked,
            project_id=project_id,
            tag_ids=tag_ids,
            time_interval=time_interval,
            type_=type_,
            user_id=user_id,
            workspace_id=workspace_id,
            cost_rate=cost_rate,
            custom_field_values=custom_field_values,
            hourly_rate=hourly_rate,
            kiosk_id=kiosk_id,
            task_id=task_id,
        )

        time_entry_with_rates_dto_v1.additional_properties = d
        return time_entry_with_rates_dto_v1

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
