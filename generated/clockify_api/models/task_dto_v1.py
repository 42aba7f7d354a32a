from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status_type_0 import TaskStatusType0
from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

if TYPE_CHECKING:
    from ..models.rate_dto_v1 import RateDtoV1


T = TypeVar("T", bound="TaskDtoV1")


@_attrs_define
class TaskDtoV1:
    """A task of a project.

    Attributes:
        assignee_id (None | str | Unset):
        assignee_ids (list[str] | Unset):
        billable (bool | Unset):  Default: False.
        budget_estimate (int | Unset):
        cost_rate (None | RateDtoV1 | Unset):
        duration (datetime.timedelta | Unset):
        estimate (datetime.timedelta | Unset):
        hourly_rate (None | RateDtoV1 | Unset):
        id (str | Unset):
        name (str | Unset):
        project_id (str | Unset):
        status (TaskStatusType0 | Unset):
        user_group_ids (list[str] | Unset):
    """

    assignee_id: None | str | Unset = UNSET
    assignee_ids: list[str] | Unset = UNSET
    billable: bool | Unset = False
    budget_estimate: int | Unset = UNSET
    cost_rate: None | RateDtoV1 | Unset = UNSET
    duration: datetime.timedelta | Unset = UNSET
    estimate: datetime.timedelta | Unset = UNSET
    hourly_rate: None | RateDtoV1 | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    status: TaskStatusType0 | Unset = UNSET
    user_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_dto_v1 import RateDtoV1

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        assignee_ids: list[str] | Unset = UNSET
        if not isinstance(self.assignee_ids, Unset):
            assignee_ids = self.assignee_ids

        billable = self.billable

        budget_estimate = self.budget_estimate

        cost_rate: dict[str, Any] | None | Unset
        if isinstance(self.cost_rate, Unset):
            cost_rate = UNSET
        elif isinstance(self.cost_rate, RateDtoV1):
            cost_rate = self.cost_rate.to_dict()
        else:
            cost_rate = self.cost_rate

        duration = duration_to_json(self.duration, "iso8601")

        estimate = duration_to_json(self.estimate, "iso8601")

        hourly_rate: dict[str, Any] | None | Unset
        if isinstance(self.hourly_rate, Unset):
            hourly_rate = UNSET
        elif isinstance(self.hourly_rate, RateDtoV1):
            hourly_rate = self.hourly_rate.to_dict()
        else:
            hourly_rate = self.hourly_rate

        id = self.id

        name = self.name

        project_id = self.project_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status.value

        user_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_group_ids, Unset):
            user_group_ids = self.user_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if assignee_ids is not UNSET:
            field_dict["assigneeIds"] = assignee_ids
        if billable is not UNSET:
            field_dict["billable"] = billable
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if duration is not UNSET:
            field_dict["duration"] = duration
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if status is not UNSET:
            field_dict["status"] = status
        if user_group_ids is not UNSET:
            field_dict["userGroupIds"] = user_group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rate_dto_v1 import RateDtoV1

        d = dict(src_dict)

        def _parse_assignee_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignee_id = _parse_assignee_id(d.pop("assigneeId", UNSET))

        assignee_ids = cast(list[str], d.pop("assigneeIds", UNSET))

        billable = d.pop("billable", UNSET)

        budget_estimate = d.pop("budgetEstimate", UNSET)

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

        duration = duration_from_json(d.pop("duration", UNSET), ("iso8601",))

        estimate = duration_from_json(d.pop("estimate", UNSET), ("iso8601",))

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

        name = d.pop("name", UNSET)

        project_id = d.pop("projectId", UNSET)

        def _parse_status(data: object) -> TaskStatusType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_task_status_type_0 = TaskStatusType0(data)

            return componentsschemas_task_status_type_0

        status = _parse_status(d.pop("status", UNSET))

        user_group_ids = cast(list[str], d.pop("userGroupIds", UNSET))

        task_dto_v1 = cls(
            assignee_id=assignee_id,
            assignee_ids=assignee_ids,
            billable=billable,
            budget_estimate=budget_estimate,
            cost_rate=cost_rate,
            duration=duration,
            estimate=estimate,
            hourly_rate=hourly_rate,
            id=id,
            name=name,
            project_id=project_id,
            status=status,
            user_group_ids=user_group_ids,
        )

        task_dto_v1.additional_properties = d
        return task_dto_v1

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
