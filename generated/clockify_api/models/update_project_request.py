from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cost_rate_request_v1 import CostRateRequestV1
    from ..models.hourly_rate_request_v1 import HourlyRateRequestV1


T = TypeVar("T", bound="UpdateProjectRequest")


@_attrs_define
class UpdateProjectRequest:
    """Request body for updating a project.

    Attributes:
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        client_id (str | Unset):
        color (str | Unset):
        cost_rate (CostRateRequestV1 | Unset):
        hourly_rate (HourlyRateRequestV1 | Unset):
        is_public (bool | Unset):  Default: False.
        name (str | Unset):
        note (str | Unset):
    """

    archived: bool | Unset = False
    billable: bool | Unset = False
    client_id: str | Unset = UNSET
    color: str | Unset = UNSET
    cost_rate: CostRateRequestV1 | Unset = UNSET
    hourly_rate: HourlyRateRequestV1 | Unset = UNSET
    is_public: bool | Unset = False
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        billable = self.billable

        client_id = self.client_id

        color = self.color

        cost_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_rate, Unset):
            cost_rate = self.cost_rate.to_dict()

        hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_rate, Unset):
            hourly_rate = self.hourly_rate.to_dict()

        is_public = self.is_public

        name = self.name

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if billable is not UNSET:
            field_dict["billable"] = billable
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if color is not UNSET:
            field_dict["color"] = color
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_rate_request_v1 import CostRateRequestV1
        from ..models.hourly_rate_request_v1 import HourlyRateRequestV1

        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        billable = d.pop("billable", UNSET)

        client_id = d.pop("clientId", UNSET)

        color = d.pop("color", UNSET)

        _cost_rate = d.pop("costRate", UNSET)
        cost_rate: CostRateRequestV1 | Unset
        if isinstance(_cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = CostRateRequestV1.from_dict(_cost_rate)

        _hourly_rate = d.pop("hourlyRate", UNSET)
        hourly_rate: HourlyRateRequestV1 | Unset
        if isinstance(_hourly_rate, Unset):
            hourly_rate = UNSET
        else:
            hourly_rate = HourlyRateRequestV1.from_dict(_hourly_rate)

        is_public = d.pop("isPublic", UNSET)

        name = d.pop("name", UNSET)

        note = d.pop("note", UNSET)

        update_project_request = cls(
            archived=archived,
            billable=billable,
            client_id=client_id,
            color=color,
            cost_rate=cost_rate,
            hourly_rate=hourly_rate,
            is_public=is_public,
            name=name,
            note=note,
        )

        update_project_request.additional_properties = d
        return update_project_request

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
