from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_request_membership_status import MembershipRequestMembershipStatus
from ..models.membership_request_membership_type import MembershipRequestMembershipType
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hourly_rate_request import HourlyRateRequest


T = TypeVar("T", bound="MembershipRequest")


@_attrs_define
class MembershipRequest:
    """
    Attributes:
        hourly_rate (HourlyRateRequest | Unset):
        membership_status (MembershipRequestMembershipStatus | Unset):
        membership_type (MembershipRequestMembershipType | Unset):
        user_id (str | Unset):
    """

    hourly_rate: HourlyRateRequest | Unset = UNSET
    membership_status: MembershipRequestMembershipStatus | Unset = UNSET
    membership_type: MembershipRequestMembershipType | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_rate, Unset):
            hourly_rate = self.hourly_rate.to_dict()

        membership_status: str | Unset = UNSET
        if not isinstance(self.membership_status, Unset):
            membership_status = self.membership_status.value

        membership_type: str | Unset = UNSET
        if not isinstance(self.membership_type, Unset):
            membership_type = self.membership_type.value

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if membership_status is not UNSET:
            field_dict["membershipStatus"] = membership_status
        if membership_type is not UNSET:
            field_dict["membershipType"] = membership_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hourly_rate_request import HourlyRateRequest

        d = dict(src_dict)
        _hourly_rate = d.pop("hourlyRate", UNSET)
        hourly_rate: HourlyRateRequest | Unset
        if isinstance(_hourly_rate, Unset):
            hourly_rate = UNSET
        else:
            hourly_rate = HourlyRateRequest.from_dict(_hourly_rate)

        _membership_status = d.pop("membershipStatus", UNSET)
        membership_status: MembershipRequestMembershipStatus | Unset
        if isinstance(_membership_status, Unset):
            membership_status = UNSET
        else:
            membership_status = MembershipRequestMembershipStatus(_membership_status)

        _membership_type = d.pop("membershipType", UNSET)
        membership_type: MembershipRequestMembershipType | Unset
        if isinstance(_membership_type, Unset):
            membership_type = UNSET
        else:
            membership_type = MembershipRequestMembershipType(_membership_type)

        user_id = d.pop("userId", UNSET)

        membership_request = cls(
            hourly_rate=hourly_rate,
            membership_status=membership_status,
            membership_type=membership_type,
            user_id=user_id,
        )

        membership_request.additional_properties = d
        return membership_request

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
