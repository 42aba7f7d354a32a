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
        assignee_id (None | str):
        assignee_ids (list[str]):
        billable (bool):  Default: False.
        cost_rate (None | RateDtoV1):
        duration (datetime.timedelta):
        estimate (datetime.timedelta):
        hourly_rate (None | RateDtoV1):
        id (str):
        name (str):
        project_id (str):
        status (TaskStatusType0):
        user_group_ids (list[str]):
        budget_estimate (int | Unset):
    """

    assignee_id: None | str
    assignee_ids: list[str]
    cost_rate: None | RateDtoV1
    duration: datetime.timedelta
    estimate: datetime.timedelta
    hourly_rate: None | RateDtoV1
    id: str
    name: str
    project_id: str
    status: TaskStatusType0
    user_group_ids: list[str]
    billable: bool = False
    budget_estimate: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rate_dto_v1 import RateDtoV1

        try:
            assignee_id: None | str
            assignee_id = self.assignee_id
        except (AttributeError, TypeError, ValueError):
            assignee_id = cast(Any, self.assignee_id)

        try:
            assignee_ids = self.assignee_ids

        except (AttributeError, TypeError, ValueError):
            assignee_ids = cast(Any, self.assignee_ids)

        billable = self.billable

        try:
            cost_rate: dict[str, Any] | None
            if isinstance(self.cost_rate, RateDtoV1):
                cost_rate = self.cost_rate.to_dict()
            else:
                cost_rate = self.cost_rate
        except (AttributeError, TypeError, ValueError):
            cost_rate = cast(Any, self.cost_rate)

        duration = duration_to_json(self.duration, "iso8601")

        estimate = duration_to_json(self.estimate, "iso8601")

        try:
            hourly_rate: dict[str, Any] | None
            if isinstance(self.hourly_rate, RateDtoV1):
                hourly_rate = self.hourly_rate.to_dict()
            else:
                hourly_rate = self.hourly_rate
        except (AttributeError, TypeError, ValueError):
            hourly_rate = cast(Any, self.hourly_rate)

        id = self.id

        name = self.name

        project_id = self.project_id

        try:
            status: str
            if isinstance(self.status, TaskStatusType0):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):
            status = cast(Any, self.status)

        try:
            user_group_ids = self.user_group_ids

        except (AttributeError, TypeError, ValueError):
            user_group_ids = cast(Any, self.user_group_ids)

        budget_estimate = self.budget_estimate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigneeId": assignee_id,
                "assigneeIds": assignee_ids,
                "billable": billable,
                "costRate": cost_rate,
                "duration": duration,
                "estimate": estimate,
                "hourlyRate": hourly_rate,
                "id": id,
                "name": name,
                "projectId": project_id,
                "status": status,
                "userGroupIds": user_group_ids,
            }
        )
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rate_dto_v1 import RateDtoV1

        d = dict(src_dict)

        def _parse_assignee_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assignee_id = _parse_assignee_id(d.pop("assigneeId"))

        assignee_ids = cast(list[str], d.pop("assigneeIds"))

        billable = d.pop("billable")

        def _parse_cost_rate(data: object) -> None | RateDtoV1:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_rate_type_1 = RateDtoV1.from_dict(data)

                return cost_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateDtoV1, data)

        cost_rate = _parse_cost_rate(d.pop("costRate"))

        duration = duration_from_json(d.pop("duration"), ("iso8601",))

        estimate = duration_from_json(d.pop("estimate"), ("iso8601",))

        def _parse_hourly_rate(data: object) -> None | RateDtoV1:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_rate_type_1 = RateDtoV1.from_dict(data)

                return hourly_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RateDtoV1, data)

        hourly_rate = _parse_hourly_rate(d.pop("hourlyRate"))

        id = d.pop("id")

        name = d.pop("name")

        project_id = d.pop("projectId")

        def _parse_status(data: object) -> TaskStatusType0:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_task_status_type_0 = TaskStatusType0(data)

            return componentsschemas_task_status_type_0

        status = _parse_status(d.pop("status"))

        user_group_ids = cast(list[str], d.pop("userGroupIds"))

        budget_estimate = d.pop("budgetEstimate", UNSET)

        task_dto_v1 = cls(
            assignee_id=assignee_id,
            assignee_ids=assignee_ids,
            billable=billable,
            cost_rate=cost_rate,
            duration=duration,
            estimate=estimate,
            hourly_rate=hourly_rate,
            id=id,
            name=name,
            project_id=project_id,
            status=status,
            user_group_ids=user_group_ids,
            budget_estimate=budget_estimate,
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
