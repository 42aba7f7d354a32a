from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_dto_v1_membership_status import MembershipDtoV1MembershipStatus
from ..models.membership_dto_v1_membership_type import MembershipDtoV1MembershipType
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
    from ..models.rate_dto_v1 import RateDtoV1


T = TypeVar("T", bound="MembershipDtoV1")


@_attrs_define
class MembershipDtoV1:
    """
    Attributes:
        cost_rate (None | RateDtoV1 | Unset):
        hourly_rate (HourlyRateDtoV1 | None | Unset):
        membership_status (MembershipDtoV1MembershipStatus | Unset):
        membership_type (MembershipDtoV1MembershipType | Unset):
        target_id (str | Unset):
        user_id (str | Unset):
    """

    cost_rate: None | RateDtoV1 | Unset = UNSET
    hourly_rate: HourlyRateDtoV1 | None | Unset = UNSET
    membership_status: MembershipDtoV1MembershipStatus | Unset = UNSET
    membership_type: MembershipDtoV1MembershipType | Unset = UNSET
    target_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
        from ..models.rate_dto_v1 import RateDtoV1

        cost_rate: dict[str, Any] | None | Unset
        if isinstance(self.cost_rate, Unset):
            cost_rate = UNSET
        elif isinstance(self.cost_rate, RateDtoV1):
            cost_rate = self.cost_rate.to_dict()
        else:
            cost_rate = self.cost_rate

        hourly_rate: dict[str, Any] | None | Unset
        if isinstance(self.hourly_rate, Unset):
            hourly_rate = UNSET
        elif isinstance(self.hourly_rate, HourlyRateDtoV1):
            hourly_rate = self.hourly_rate.to_dict()
        else:
            hourly_rate = self.hourly_rate

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

        def _parse_hourly_rate(data: object) -> HourlyRateDtoV1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_rate_type_1 = HourlyRateDtoV1.from_dict(data)

                return hourly_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HourlyRateDtoV1 | None | Unset, data)

        hourly_rate = _parse_hourly_rate(d.pop("hourlyRate", UNSET))

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
