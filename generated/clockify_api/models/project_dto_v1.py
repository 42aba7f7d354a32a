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
        archived (bool):  Default: False.
        billable (bool):  Default: False.
        color (str):
        cost_rate (None | RateDtoV1):
        duration (datetime.timedelta):
        estimate (EstimateDtoV1):
        hourly_rate (None | RateDtoV1):
        id (str):
        memberships (list[MembershipDtoV1]):
        name (str):
        note (str):
        public (bool):  Default: False.
        template (bool):  Default: False.
        workspace_id (str):
        client_id (str):
        client_name (str):
        budget_estimate (EstimateWithOptionsDto | None | Unset):
        time_estimate (TimeEstimateDto | Unset):
        estimate_reset (EstimateResetDto | None | Unset):
    """

    color: str
    cost_rate: None | RateDtoV1
    duration: datetime.timedelta
    estimate: EstimateDtoV1
    hourly_rate: None | RateDtoV1
    id: str
    memberships: list[MembershipDtoV1]
    name: str
    note: str
    workspace_id: str
    client_id: str
    client_name: str
    archived: bool = False
    billable: bool = False
    public: bool = False
    template: bool = False
    budget_estimate: EstimateWithOptionsDto | None | Unset = UNSET
    time_estimate: TimeEstimateDto | Unset = UNSET
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

        color = self.color

        try:
            cost_rate: dict[str, Any] | None
            if isinstance(self.cost_rate, RateDtoV1):
                cost_rate = self.cost_rate.to_dict()
            else:
                cost_rate = self.cost_rate
        except (AttributeError, TypeError, ValueError):
            cost_rate = cast(Any, self.cost_rate)

        duration = duration_to_json(self.duration, "iso8601")

        try:
            estimate = self.estimate.to_dict()
        except (AttributeError, TypeError, ValueError):
            estimate = cast(Any, self.estimate)

        try:
            hourly_rate: dict[str, Any] | None
            if isinstance(self.hourly_rate, RateDtoV1):
                hourly_rate = self.hourly_rate.to_dict()
            else:
                hourly_rate = self.hourly_rate
        except (AttributeError, TypeError, ValueError):
            hourly_rate = cast(Any, self.hourly_rate)

        id = self.id

        try:
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        except (AttributeError, TypeError, ValueError):
            memberships = cast(Any, self.memberships)

        name = self.name

        note = self.note

        public = self.public

        template = self.template

        workspace_id = self.workspace_id

        client_id = self.client_id

        client_name = self.client_name

        budget_estimate: dict[str, Any] | None | Unset
        if isinstance(self.budget_estimate, Unset):
            budget_estimate = UNSET
        elif isinstance(self.budget_estimate, EstimateWithOptionsDto):
            budget_estimate = self.budget_estimate.to_dict()
        else:
            budget_estimate = self.budget_estimate

        time_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_estimate, Unset):
            time_estimate = self.time_estimate.to_dict()

        estimate_reset: dict[str, Any] | None | Unset
        if isinstance(self.estimate_reset, Unset):
            estimate_reset = UNSET
        elif isinstance(self.estimate_reset, EstimateResetDto):
            estimate_reset = self.estimate_reset.to_dict()
        else:
            estimate_reset = self.estimate_reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
                "billable": billable,
                "color": color,
                "costRate": cost_rate,
                "duration": duration,
                "estimate": estimate,
                "hourlyRate": hourly_rate,
                "id": id,
                "memberships": memberships,
                "name": name,
                "note": note,
                "public": public,
                "template": template,
                "workspaceId": workspace_id,
                "clientId": client_id,
                "clientName": client_name,
            }
        )
        if budget_estimate is not UNSET:
            field_dict["budgetEstimate"] = budget_estimate
        if time_estimate is not UNSET:
            field_dict["timeEstimate"] = time_estimate
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
        archived = d.pop("archived")

        billable = d.pop("billable")

        color = d.pop("color")

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

        estimate = EstimateDtoV1.from_dict(d.pop("estimate"))

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

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipDtoV1.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        name = d.pop("name")

        note = d.pop("note")

        public = d.pop("public")

        template = d.pop("template")

        workspace_id = d.pop("workspaceId")

        client_id = d.pop("clientId")

        client_name = d.pop("clientName")

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

        _time_estimate = d.pop("timeEstimate", UNSET)
        time_estimate: TimeEstimateDto | Unset
        if isinstance(_time_estimate, Unset):
            time_estimate = UNSET
        else:
            time_estimate = TimeEstimateDto.from_dict(_time_estimate)

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
            workspace_id=workspace_id,
            client_id=client_id,
            client_name=client_name,
            budget_estimate=budget_estimate,
            time_estimate=time_estimate,
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
