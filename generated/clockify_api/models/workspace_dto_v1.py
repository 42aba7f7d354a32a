from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.currency_with_default_info_dto_v1 import CurrencyWithDefaultInfoDtoV1
    from ..models.feature_plan import FeaturePlan
    from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
    from ..models.membership_dto_v1 import MembershipDtoV1
    from ..models.rate_dto_v1 import RateDtoV1
    from ..models.workspace_settings_dto_v1 import WorkspaceSettingsDtoV1
    from ..models.workspace_subdomain_dto_v1 import WorkspaceSubdomainDtoV1


T = TypeVar("T", bound="WorkspaceDtoV1")


@_attrs_define
class WorkspaceDtoV1:
    """A workspace and its settings.

    Attributes:
        cost_rate (None | RateDtoV1):
        currencies (list[CurrencyWithDefaultInfoDtoV1]):
        features (list[str]):
        hourly_rate (HourlyRateDtoV1 | None):
        id (str):
        image_url (str):
        memberships (list[MembershipDtoV1]):
        name (str):
        subdomain (WorkspaceSubdomainDtoV1):
        workspace_settings (WorkspaceSettingsDtoV1):
        cake_organization_id (str | Unset):
        feature_subscription_type (FeaturePlan | Unset):
    """

    cost_rate: None | RateDtoV1
    currencies: list[CurrencyWithDefaultInfoDtoV1]
    features: list[str]
    hourly_rate: HourlyRateDtoV1 | None
    id: str
    image_url: str
    memberships: list[MembershipDtoV1]
    name: str
    subdomain: WorkspaceSubdomainDtoV1
    workspace_settings: WorkspaceSettingsDtoV1
    cake_organization_id: str | Unset = UNSET
    feature_subscription_type: FeaturePlan | Unset = UNSET
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
            currencies = []
            for currencies_item_data in self.currencies:
                currencies_item = currencies_item_data.to_dict()
                currencies.append(currencies_item)

        except (AttributeError, TypeError, ValueError):
            currencies = cast(Any, self.currencies)

        try:
            features = self.features

        except (AttributeError, TypeError, ValueError):
            features = cast(Any, self.features)

        try:
            hourly_rate: dict[str, Any] | None
            if isinstance(self.hourly_rate, HourlyRateDtoV1):
                hourly_rate = self.hourly_rate.to_dict()
            else:
                hourly_rate = self.hourly_rate
        except (AttributeError, TypeError, ValueError):
            hourly_rate = cast(Any, self.hourly_rate)

        id = self.id

        image_url = self.image_url

        try:
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        except (AttributeError, TypeError, ValueError):
            memberships = cast(Any, self.memberships)

        name = self.name

        try:
            subdomain = self.subdomain.to_dict()
        except (AttributeError, TypeError, ValueError):
            subdomain = cast(Any, self.subdomain)

        try:
            workspace_settings = self.workspace_settings.to_dict()
        except (AttributeError, TypeError, ValueError):
            workspace_settings = cast(Any, self.workspace_settings)

        cake_organization_id = self.cake_organization_id

        feature_subscription_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_subscription_type, Unset):
            feature_subscription_type = self.feature_subscription_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costRate": cost_rate,
                "currencies": currencies,
                "features": features,
                "hourlyRate": hourly_rate,
                "id": id,
                "imageUrl": image_url,
                "memberships": memberships,
                "name": name,
                "subdomain": subdomain,
                "workspaceSettings": workspace_settings,
            }
        )
        if cake_organization_id is not UNSET:
            field_dict["cakeOrganizationId"] = cake_organization_id
        if feature_subscription_type is not UNSET:
            field_dict["featureSubscriptionType"] = feature_subscription_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_with_default_info_dto_v1 import CurrencyWithDefaultInfoDtoV1
        from ..models.feature_plan import FeaturePlan
        from ..models.hourly_rate_dto_v1 import HourlyRateDtoV1
        from ..models.membership_dto_v1 import MembershipDtoV1
        from ..models.rate_dto_v1 import RateDtoV1
        from ..models.workspace_settings_dto_v1 import WorkspaceSettingsDtoV1
        from ..models.workspace_subdomain_dto_v1 import WorkspaceSubdomainDtoV1

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

        currencies = []
        _currencies = d.pop("currencies")
        for currencies_item_data in _currencies:
            currencies_item = CurrencyWithDefaultInfoDtoV1.from_dict(currencies_item_data)

            currencies.append(currencies_item)

        features = cast(list[str], d.pop("features"))

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

        id = d.pop("id")

        image_url = d.pop("imageUrl")

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipDtoV1.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        name = d.pop("name")

        subdomain = WorkspaceSubdomainDtoV1.from_dict(d.pop("subdomain"))

        workspace_settings = WorkspaceSettingsDtoV1.from_dict(d.pop("workspaceSettings"))

        cake_organization_id = d.pop("cakeOrganizationId", UNSET)

        _feature_subscription_type = d.pop("featureSubscriptionType", UNSET)
        feature_subscription_type: FeaturePlan | Unset
        if isinstance(_feature_subscription_type, Unset):
            feature_subscription_type = UNSET
        else:
            feature_subscription_type = FeaturePlan.from_dict(_feature_subscription_type)

        workspace_dto_v1 = cls(
            cost_rate=cost_rate,
            currencies=currencies,
            features=features,
            hourly_rate=hourly_rate,
            id=id,
            image_url=image_url,
            memberships=memberships,
            name=name,
            subdomain=subdomain,
            workspace_settings=workspace_settings,
            cake_organization_id=cake_organization_id,
            feature_subscription_type=feature_subscription_type,
        )

        workspace_dto_v1.additional_properties = d
        return workspace_dto_v1

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
