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
        billable (bool | Unset):  Default: False.
        cost_rate (None | RateDtoV1 | Unset):
        custom_field_values (list[CustomFieldValueDtoV1] | Unset):
        description (str | Unset):
        hourly_rate (None | RateDtoV1 | Unset):
        id (str | Unset):
        is_locked (bool | Unset):  Default: False.
        kiosk_id (str | Unset):
        project_id (str | Unset):
        tag_ids (list[str] | Unset):
        task_id (str | Unset):
        time_interval (TimeIntervalDtoV1 | Unset): Start, end and ISO-8601 duration of a time entry.
        type_ (TimeEntryWithRatesDtoV1Type | Unset):
        user_id (str | Unset):
        workspace_id (str | Unset):
    """

    billable: bool | Unset = False
    cost_rate: None | RateDtoV1 | Unset = UNSET
    custom_field_values: list[CustomFieldValueDtoV1] | Unset = UNSET
    description: str | Unset = UNSET
    hourly_rate: None | RateDtoV1 | Unset = UNSET
    id: str | Unset = UNSET
    is_locked: bool | Unset = False
    kiosk_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    task_id: str | Unset = UNSET
    time_interval: TimeIntervalDtoV1 | Unset = UNSET
    type_: TimeEntryWithRatesDtoV1Type | Unset = UNSET
    user_id: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_dto_v1 import RateDtoV1

        billable = self.billable

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

        description = self.description

        hourly_rate: dict[str, Any] | None | Unset
        if isinstance(self.hourly_rate, Unset):
            hourly_rate = UNSET
        elif isinstance(self.hourly_rate, RateDtoV1):
            hourly_rate = self.hourly_rate.to_dict()
        else:
            hourly_rate = self.hourly_rate

        id = self.id

        is_locked = self.is_locked

        kiosk_id = self.kiosk_id

        project_id = self.project_id

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        task_id = self.task_id

        time_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id = self.user_id

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billable is not UNSET:
            field_dict["billable"] = billable
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if custom_field_values is not UNSET:
            field_dict["customFieldValues"] = custom_field_values
        if description is not UNSET:
            field_dict["description"] = description
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if id is not UNSET:
            field_dict["id"] = id
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked
        if kiosk_id is not UNSET:
            field_dict["kioskId"] = kiosk_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_value_dto_v1 import CustomFieldValueDtoV1
        from ..models.rate_dto_v1 import RateDtoV1
        from ..models.time_interval_dto_v1 import TimeIntervalDtoV1

        d = dict(src_dict)
        billable = d.pop("billable", UNSET)

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

        description = d.pop("description", UNSET)

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

        id = d.pop("id", UNSET)

        is_locked = d.pop("isLocked", UNSET)

        kiosk_id = d.pop("kioskId", UNSET)

        project_id = d.pop("projectId", UNSET)

        tag_ids = cast(list[str], d.pop("tagIds", UNSET))

        task_id = d.pop("taskId", UNSET)

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval: TimeIntervalDtoV1 | Unset
        if isinstance(_time_interval, Unset):
            time_interval = UNSET
        else:
            time_interval = TimeIntervalDtoV1.from_dict(_time_interval)

        _type_ = d.pop("type", UNSET)
        type_: TimeEntryWithRatesDtoV1Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TimeEntryWithRatesDtoV1Type(_type_)

        user_id = d.pop("userId", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        time_entry_with_rates_dto_v1 = cls(
            billable=billable,
            cost_rate=cost_rate,
            custom_field_values=custom_field_values,
            description=description,
            hourly_rate=hourly_rate,
            id=id,
            is_locked=is_locked,
            kiosk_id=kiosk_id,
            project_id=project_id,
            tag_ids=tag_ids,
            task_id=task_id,
            time_interval=time_interval,
            type_=type_,
            user_id=user_id,
            workspace_id=workspace_id,
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
