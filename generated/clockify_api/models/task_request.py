from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

if TYPE_CHECKING:
    from ..models.cost_rate_request import CostRateRequest
    from ..models.hourly_rate_request import HourlyRateRequest


T = TypeVar("T", bound="TaskRequest")


@_attrs_define
class TaskRequest:
    """
    Attributes:
        name (str):
        assignee_id (str | Unset):
        assignee_ids (list[str] | Unset):
        billable (bool | Unset):  Default: False.
        budget_estimate (int | Unset):
        cost_rate (CostRateRequest | Unset):
        estimate (datetime.timedelta | Unset):
        hourly_rate (HourlyRateRequest | Unset):
        id (str | Unset):
        project_id (str | Unset):
        status (str | Unset):
        user_group_ids (list[str] | Unset):
    """

    name: str
    assignee_id: str | Unset = UNSET
    assignee_ids: list[str] | Unset = UNSET
    billable: bool | Unset = False
    budget_estimate: int | Unset = UNSET
    cost_rate: CostRateRequest | Unset = UNSET
    estimate: datetime.timedelta | Unset = UNSET
    hourly_rate: HourlyRateRequest | Unset = UNSET
    id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    status: str | Unset = UNSET
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

        billable = self.billable

        budget_estimate = self.budget_estimate

        cost_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_rate, Unset):
            cost_rate = self.cost_rate.to_dict()

        estimate = duration_to_json(self.estimate, "iso8601")

        hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_rate, Unset):
            hourly_rate = self.hourly_rate.to_dict()

        id = self.id

        project_id = self.project_id

        status = self.status

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
        if billable is not UNSET:
            field_dict["billable"] = billable
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if status is not UNSET:
            field_dict["status"] = status
        if user_group_ids is not UNSET:
            field_dict["userGroupIds"] = user_group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_rate_request import CostRateRequest
        from ..models.hourly_rate_request import HourlyRateRequest

        d = dict(src_dict)
        name = d.pop("name")

        assignee_id = d.pop("assigneeId", UNSET)

        assignee_ids = cast(list[str], d.pop("assigneeIds", UNSET))

        billable = d.pop("billable", UNSET)

        budget_estimate = d.pop("budgetEstimate", UNSET)

        _cost_rate = d.pop("costRate", UNSET)
        cost_rate: CostRateRequest | Unset
        if isinstance(_cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = CostRateRequest.from_dict(_cost_rate)

        estimate = duration_from_json(d.pop("estimate", UNSET), ("iso8601",))

        _hourly_rate = d.pop("hourlyRate", UNSET)
        hourly_rate: HourlyRateRequest | Unset
        if isinstance(_hourly_rate, Unset):
            hourly_rate = UNSET
        else:
            hourly_rate = HourlyRateRequest.from_dict(_hourly_rate)

        id = d.pop("id", UNSET)

        project_id = d.pop("projectId", UNSET)

        status = d.pop("status", UNSET)

        user_group_ids = cast(list[str], d.pop("userGroupIds", UNSET))

        task_request = cls(
            name=name,
            assignee_id=assignee_id,
            assignee_ids=assignee_ids,
            billable=billable,
            budget_estimate=budget_estimate,
            cost_rate=cost_rate,
            estimate=estimate,
            hourly_rate=hourly_rate,
            id=id,
            project_id=project_id,
            status=status,
            user_group_ids=user_group_ids,
        )

        task_request.additional_properties = d
        return task_request

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
