from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cost_rate_request_v1 import CostRateRequestV1
    from ..models.estimate_request import EstimateRequest
    from ..models.hourly_rate_request_v1 import HourlyRateRequestV1
    from ..models.membership_request import MembershipRequest
    from ..models.task_request import TaskRequest


T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
class ProjectRequest:
    """Request body for creating a project.

    Attributes:
        name (str):
        billable (bool | Unset):  Default: False.
        client_id (str | Unset):
        color (str | Unset):
        cost_rate (CostRateRequestV1 | Unset):
        estimate (EstimateRequest | Unset):
        hourly_rate (HourlyRateRequestV1 | Unset):
        is_public (bool | Unset):  Default: False.
        memberships (list[MembershipRequest] | Unset):
        note (str | Unset):
        tasks (list[TaskRequest] | Unset):
    """

    name: str
    billable: bool | Unset = False
    client_id: str | Unset = UNSET
    color: str | Unset = UNSET
    cost_rate: CostRateRequestV1 | Unset = UNSET
    estimate: EstimateRequest | Unset = UNSET
    hourly_rate: HourlyRateRequestV1 | Unset = UNSET
    is_public: bool | Unset = False
    memberships: list[MembershipRequest] | Unset = UNSET
    note: str | Unset = UNSET
    tasks: list[TaskRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        billable = self.billable

        client_id = self.client_id

        color = self.color

        cost_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_rate, Unset):
            cost_rate = self.cost_rate.to_dict()

        estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimate, Unset):
            estimate = self.estimate.to_dict()

        hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_rate, Unset):
            hourly_rate = self.hourly_rate.to_dict()

        is_public = self.is_public

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        note = self.note

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if billable is not UNSET:
            field_dict["billable"] = billable
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if color is not UNSET:
            field_dict["color"] = color
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if note is not UNSET:
            field_dict["note"] = note
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_rate_request_v1 import CostRateRequestV1
        from ..models.estimate_request import EstimateRequest
        from ..models.hourly_rate_request_v1 import HourlyRateRequestV1
        from ..models.membership_request import MembershipRequest
        from ..models.task_request import TaskRequest

        d = dict(src_dict)
        name = d.pop("name")

        billable = d.pop("billable", UNSET)

        client_id = d.pop("clientId", UNSET)

        color = d.pop("color", UNSET)

        _cost_rate = d.pop("costRate", UNSET)
        cost_rate: CostRateRequestV1 | Unset
        if isinstance(_cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = CostRateRequestV1.from_dict(_cost_rate)

        _estimate = d.pop("estimate", UNSET)
        estimate: EstimateRequest | Unset
        if isinstance(_estimate, Unset):
            estimate = UNSET
        else:
            estimate = EstimateRequest.from_dict(_estimate)

        _hourly_rate = d.pop("hourlyRate", UNSET)
        hourly_rate: HourlyRateRequestV1 | Unset
        if isinstance(_hourly_rate, Unset):
            hourly_rate = UNSET
        else:
            hourly_rate = HourlyRateRequestV1.from_dict(_hourly_rate)

        is_public = d.pop("isPublic", UNSET)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[MembershipRequest] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = MembershipRequest.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        note = d.pop("note", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TaskRequest] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TaskRequest.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        project_request = cls(
            name=name,
            billable=billable,
            client_id=client_id,
            color=color,
            cost_rate=cost_rate,
            estimate=estimate,
            hourly_rate=hourly_rate,
            is_public=is_public,
            memberships=memberships,
            note=note,
            tasks=tasks,
        )

        project_request.additional_properties = d
        return project_request

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
