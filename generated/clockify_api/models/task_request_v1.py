from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_request_v1_status import TaskRequestV1Status
from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="TaskRequestV1")


@_attrs_define
class TaskRequestV1:
    """Request body for creating a task.

    Attributes:
        name (str):
        assignee_id (str | Unset):
        assignee_ids (list[str] | Unset):
        budget_estimate (int | Unset):
        estimate (datetime.timedelta | Unset):
        id (str | Unset):
        status (TaskRequestV1Status | Unset):
        user_group_ids (list[str] | Unset):
    """

    name: str
    assignee_id: str | Unset = UNSET
    assignee_ids: list[str] | Unset = UNSET
    budget_estimate: int | Unset = UNSET
    estimate: datetime.timedelta | Unset = UNSET
    id: str | Unset = UNSET
    status: TaskRequestV1Status | Unset = UNSET
    user_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        assignee_id = self.assignee_id

        assignee_ids: list[str] | Unset = UNSET
        if not isinstance(self.assignee_ids, Unset):
            assignee_ids = self.assignee_ids

        budget_estimate = self.budget_estimate

        estimate = duration_to_json(self.estimate, "iso8601")

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        user_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_group_ids, Unset):
            user_group_ids = self.user_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if assignee_ids is not UNSET:
            field_dict["assigneeIds"] = assignee_ids
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if user_group_ids is not UNSET:
            field_dict["userGroupIds"] = user_group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        assignee_id = d.pop("assigneeId", UNSET)

        assignee_ids = cast(list[str], d.pop("assigneeIds", UNSET))

        budget_estimate = d.pop("budgetEstimate", UNSET)

        estimate = duration_from_json(d.pop("estimate", UNSET), ("iso8601",))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskRequestV1Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskRequestV1Status(_status)

        user_group_ids = cast(list[str], d.pop("userGroupIds", UNSET))

        task_request_v1 = cls(
            name=name,
            assignee_id=assignee_id,
            assignee_ids=assignee_ids,
            budget_estimate=budget_estimate,
            estimate=estimate,
            id=id,
            status=status,
            user_group_ids=user_group_ids,
        )

        task_request_v1.additional_properties = d
        return task_request_v1

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
