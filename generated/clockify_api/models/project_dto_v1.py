from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

if TYPE_CHECKING:
    from ..models.estimate_dto_v1 import EstimateDtoV1
    from ..models.estimate_reset_dto import EstimateResetDto
    from ..models.estimate_with_options_dto import EstimateWithOptionsDto
    from ..models.membership_dto_v1 import MembershipDtoV1
    from ..models.rate_dto_v1 import RateDtoV1
    from ..models.time_estimate_dto import TimeEstimateDto


T = TypeVar("T", bound="ProjectDtoV1")


@_attrs_define
class ProjectDtoV1:
    """A project.

    Attributes:
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        budget_estimate (EstimateWithOptionsDto | None | Unset):
        color (str | Unset):
        cost_rate (None | RateDtoV1 | Unset):
        duration (datetime.timedelta | Unset):
        estimate (EstimateDtoV1 | Unset):
        hourly_rate (None | RateDtoV1 | Unset):
        id (str | Unset):
        memberships (list[MembershipDtoV1] | Unset):
        name (str | Unset):
        note (str | Unset):
        public (bool | Unset):  Default: False.
        template (bool | Unset):  Default: False.
        time_estimate (TimeEstimateDto | Unset):
        workspace_id (str | Unset):
        client_id (str | Unset):
        client_name (str | Unset):
        estimate_reset (EstimateResetDto | None | Unset):
    """

    archived: bool | Unset = False
    billable: bool | Unset = False
    budget_estimate: EstimateWithOptionsDto | None | Unset = UNSET
    color: str | Unset = UNSET
    cost_rate: None | RateDtoV1 | Unset = UNSET
    duration: datetime.timedelta | Unset = UNSET
    estimate: EstimateDtoV1 | Unset = UNSET
    hourly_rate: None | RateDtoV1 | Unset = UNSET
    id: str | Unset = UNSET
    memberships: list[MembershipDtoV1] | Unset = UNSET
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    public: bool | Unset = False
    template: bool | Unset = False
    time_estimate: TimeEstimateDto | Unset = UNSET
    workspace_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_name: str | Unset = UNSET
    estimate_reset: EstimateResetDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.estimate_reset_dto import EstimateResetDto
        from ..models.estimate_with_options_dto import EstimateWithOptionsDto
        from ..models.rate_dto_v1 import RateDtoV1

        archived = self.archived

        billable = self.billable

        budget_estimate: dict[str, Any] | None | Unset
        if isinstance(self.budget_estimate, Unset):
            budget_estimate = UNSET
        elif isinstance(self.budget_estimate, EstimateWithOptionsDto):
            budget_estimate = self.budget_estimate.to_dict()
        else:
            budget_estimate = self.budget_estimate

        color = self.color

        cost_rate: dict[str, Any] | None | Unset
        if isinstance(self.cost_rate, Unset):
            cost_rate = UNSET
        elif isinstance(self.cost_rate, RateDtoV1):
            cost_rate = self.cost_rate.to_dict()
        else:
            cost_rate = self.cost_rate

        duration = duration_to_json(self.duration, "iso8601")

        estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimate, Unset):
            estimate = self.estimate.to_dict()

        hourly_rate: dict[str, Any] | None | Unset
        if isinstance(self.hourly_rate, Unset):
            hourly_rate = UNSET
        elif isinstance(self.hourly_rate, RateDtoV1):
            hourly_rate = self.hourly_rate.to_dict()
        else:
            hourly_rate = self.hourly_rate

        id = self.id

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        name = self.name

        note = self.note

        public = self.public

        template = self.template

        time_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_estimate, Unset):
            time_estimate = self.time_estimate.to_dict()

        workspace_id = self.workspace_id

        client_id = self.client_id

        client_name = self.client_name

        estimate_reset: dict[str, Any] | None | Unset
        if isinstance(self.estimate_reset, Unset):
            estimate_reset = UNSET
        elif isinstance(self.estimate_reset, EstimateResetDto):
            estimate_reset = self.estimate_reset.to_dict()
        else:
            estimate_reset = self.estimate_reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if billable is not UNSET:
            field_dict["billable"] = billable
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate
        if color is not UNSET:
            field_dict["color"] = color
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
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if public is not UNSET:
            field_dict["public"] = public
        if template is not UNSET:
            field_dict["template"] = template
        if time_estimate is not UNSET:
            field_dict["timeEstimate"] = time_estimate
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if estimate_reset is not UNSET:
            field_dict["estimateReset"] = estimate_reset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.estimate_dto_v1 import EstimateDtoV1
        from ..models.estimate_reset_dto import EstimateResetDto
        from ..models.estimate_with_options_dto import EstimateWithOptionsDto
        from ..models.membership_dto_v1 import MembershipDtoV1
        from ..models.rate_dto_v1 import RateDtoV1
        from ..models.time_estimate_dto import TimeEstimateDto

        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        billable = d.pop("billable", UNSET)

        def _parse_budget_estimate(data: object) -> EstimateWithOptionsDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_estimate_type_1 = EstimateWithOptionsDto.from_dict(data)

                return budget_estimate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EstimateWithOptionsDto | None | Unset, data)

        budget_estimate = _parse_budget_estimate(d.pop("budgetEstimate", UNSET))

        color = d.pop("color", UNSET)

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

        _estimate = d.pop("estimate", UNSET)
        estimate: EstimateDtoV1 | Unset
        if isinstance(_estimate, Unset):
            estimate = UNSET
        else:
            estimate = EstimateDtoV1.from_dict(_estimate)

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

        _memberships = d.pop("memberships", UNSET)
        memberships: list[MembershipDtoV1] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = MembershipDtoV1.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        name = d.pop("name", UNSET)

        note = d.pop("note", UNSET)

        public = d.pop("public", UNSET)

        template = d.pop("template", UNSET)

        _time_estimate = d.pop("timeEstimate", UNSET)
        time_estimate: TimeEstimateDto | Unset
        if isinstance(_time_estimate, Unset):
            time_estimate = UNSET
        else:
            time_estimate = TimeEstimateDto.from_dict(_time_estimate)

        workspace_id = d.pop("workspaceId", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        def _parse_estimate_reset(data: object) -> EstimateResetDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimate_reset_type_1 = EstimateResetDto.from_dict(data)

                return estimate_reset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EstimateResetDto | None | Unset, data)

        estimate_reset = _parse_estimate_reset(d.pop("estimateReset", UNSET))

        project_dto_v1 = cls(
            archived=archived,
            billable=billable,
            budget_estimate=budget_estimate,
            color=color,
            cost_rate=cost_rate,
            duration=duration,
            estimate=estimate,
            hourly_rate=hourly_rate,
            id=id,
            memberships=memberships,
            name=name,
            note=note,
            public=public,
            template=template,
            time_estimate=time_estimate,
            workspace_id=workspace_id,
            client_id=client_id,
            client_name=client_name,
            estimate_reset=estimate_reset,
        )

        project_dto_v1.additional_properties = d
        return project_dto_v1

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
