from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_dto_v1_membership_status import MembershipDtoV1MembershipStatus
from ..models.membership_dto_v1_membership_type import MembershipDtoV1MembershipType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
    from ..models.rate_dto_v1 import RateDtoV1


T = TypeVar("T", bound="MembershipDtoV1")


@_attrs_define
class MembershipDtoV1:
    """
    Attributes:
        cost_rate (RateDtoV1 | Unset):
        hourly_rate (HourlyRateDtoV1 | Unset):
        membership_status (MembershipDtoV1MembershipStatus | Unset):
        membership_type (MembershipDtoV1MembershipType | Unset):
        target_id (str | Unset):
        user_id (str | Unset):
    """

    cost_rate: RateDtoV1 | Unset = UNSET
    hourly_rate: HourlyRateDtoV1 | Unset = UNSET
    membership_status: MembershipDtoV1MembershipStatus | Unset = UNSET
    membership_type: MembershipDtoV1MembershipType | Unset = UNSET
    target_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_rate, Unset):
            cost_rate = self.cost_rate.to_dict()

        hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_rate, Unset):
            hourly_rate = self.hourly_rate.to_dict()

        membership_status: str | Unset = UNSET
        if not isinstance(self.membership_status, Unset):
            membership_status = self.membership_status.value

        membership_type: str | Unset = UNSET
        if not isinstance(self.membership_type, Unset):
            membership_type = self.membership_type.value

        target_id = self.target_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_rate is not UNSET:
            field_dict["costRate"] = cost_rate
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if membership_status is not UNSET:
            field_dict["membershipStatus"] = membership_status
        if membership_type is not UNSET:
            field_dict["membershipType"] = membership_type
        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
        from ..models.rate_dto_v1 import RateDtoV1

        d = dict(src_dict)
        _cost_rate = d.pop("costRate", UNSET)
        cost_rate: RateDtoV1 | Unset
        if isinstance(_cost_rate, Unset):
            cost_rate = UNSET
        else:
            cost_rate = RateDtoV1.from_dict(_cost_rate)

        _hourly_rate = d.pop("hourlyRate", UNSET)
        hourly_rate: HourlyRateDtoV1 | Unset
        if isinstance(_hourly_rate, Unset):
            hourly_rate = UNSET
        else:
            hourly_rate = HourlyRateDtoV1.from_dict(_hourly_rate)

        _membership_status = d.pop("membershipStatus", UNSET)
        membership_status: MembershipDtoV1MembershipStatus | Unset
        if isinstance(_membership_status, Unset):
            membership_status = UNSET
        else:
            membership_status = MembershipDtoV1MembershipStatus(_membership_status)

        _membership_type = d.pop("membershipType", UNSET)
        membership_type: MembershipDtoV1MembershipType | Unset
        if isinstance(_membership_type, Unset):
            membership_type = UNSET
        else:
            membership_type = MembershipDtoV1MembershipType(_membership_type)

        target_id = d.pop("targetId", UNSET)

        user_id = d.pop("userId", UNSET)

        membership_dto_v1 = cls(
            cost_rate=cost_rate,
            hourly_rate=hourly_rate,
            membership_status=membership_status,
            membership_type=membership_type,
            target_id=target_id,
            user_id=user_id,
        )

        membership_dto_v1.additional_properties = d
        return membership_dto_v1

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
