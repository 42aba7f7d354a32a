from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_dto_v1_membership_status import MembershipDtoV1MembershipStatus
from ..models.membership_dto_v1_membership_type import MembershipDtoV1MembershipType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
    from ..models.rate_dto_v1 import RateDtoV1


T = TypeVar("T", bound="MembershipDtoV1")


@_attrs_define
class MembershipDtoV1:
    """
    Attributes:
        cost_rate (None | RateDtoV1):
        hourly_rate (HourlyRateDtoV1 | None):
        membership_status (MembershipDtoV1MembershipStatus):
        membership_type (MembershipDtoV1MembershipType):
        target_id (str):
        user_id (str):
    """

    cost_rate: None | RateDtoV1
    hourly_rate: HourlyRateDtoV1 | None
    membership_status: MembershipDtoV1MembershipStatus
    membership_type: MembershipDtoV1MembershipType
    target_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
        from ..models.rate_dto_v1 import RateDtoV1

        try:
            cost_rate: dict[str, Any] | None
            if isinstance(self.cost_rate, RateDtoV1):
                cost_rate = self.cost_rate.to_dict()
            else:
                cost_rate = self.cost_rate
        except (AttributeError, TypeError, ValueError):
            cost_rate = cast(Any, self.cost_rate)

        try:
            hourly_rate: dict[str, Any] | None
            if isinstance(self.hourly_rate, HourlyRateDtoV1):
                hourly_rate = self.hourly_rate.to_dict()
            else:
                hourly_rate = self.hourly_rate
        except (AttributeError, TypeError, ValueError):
            hourly_rate = cast(Any, self.hourly_rate)

        try:
            membership_status = self.membership_status.value
        except (AttributeError, TypeError, ValueError):
            membership_status = cast(Any, self.membership_status)

        try:
            membership_type = self.membership_type.value
        except (AttributeError, TypeError, ValueError):
            membership_type = cast(Any, self.membership_type)

        target_id = self.target_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costRate": cost_rate,
                "hourlyRate": hourly_rate,
                "membershipStatus": membership_status,
                "membershipType": membership_type,
                "targetId": target_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
        from ..models.rate_dto_v1 import RateDtoV1

        d = dict(src_dict)

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

        def _parse_hourly_rate(data: object) -> HourlyRateDtoV1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hourly_rate_type_1 = HourlyRateDtoV1.from_dict(data)

                return hourly_rate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HourlyRateDtoV1 | None, data)

        hourly_rate = _parse_hourly_rate(d.pop("hourlyRate"))

        membership_status = MembershipDtoV1MembershipStatus(d.pop("membershipStatus"))

        membership_type = MembershipDtoV1MembershipType(d.pop("membershipType"))

        target_id = d.pop("targetId")

        user_id = d.pop("userId")

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
