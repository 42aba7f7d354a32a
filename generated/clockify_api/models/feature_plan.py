from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_plan_addon_subscription_plan import FeaturePlanAddonSubscriptionPlan
from ..models.feature_plan_feature_permissions_item import FeaturePlanFeaturePermissionsItem
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FeaturePlan")


@_attrs_define
class FeaturePlan:
    """
    Attributes:
        addon_subscription_plan (FeaturePlanAddonSubscriptionPlan | Unset):
        feature_permissions (list[FeaturePlanFeaturePermissionsItem] | Unset):
        legacy (bool | Unset):
        paid_plan (bool | Unset):
        regional_allowed (bool | Unset):
        weight (int | Unset):
    """

    addon_subscription_plan: FeaturePlanAddonSubscriptionPlan | Unset = UNSET
    feature_permissions: list[FeaturePlanFeaturePermissionsItem] | Unset = UNSET
    legacy: bool | Unset = UNSET
    paid_plan: bool | Unset = UNSET
    regional_allowed: bool | Unset = UNSET
    weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        addon_subscription_plan: str | Unset = UNSET
        if not isinstance(self.addon_subscription_plan, Unset):
            addon_subscription_plan = self.addon_subscription_plan.value

        feature_permissions: list[str] | Unset = UNSET
        if not isinstance(self.feature_permissions, Unset):
            feature_permissions = []
            for feature_permissions_item_data in self.feature_permissions:
                feature_permissions_item = feature_permissions_item_data.value
                feature_permissions.append(feature_permissions_item)

        legacy = self.legacy

        paid_plan = self.paid_plan

        regional_allowed = self.regional_allowed

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addon_subscription_plan is not UNSET:
            field_dict["addonSubscriptionPlan"] = addon_subscription_plan
        if feature_permissions is not UNSET:
            field_dict["featurePermissions"] = feature_permissions
        if legacy is not UNSET:
            field_dict["legacy"] = legacy
        if paid_plan is not UNSET:
            field_dict["paidPlan"] = paid_plan
        if regional_allowed is not UNSET:
            field_dict["regionalAllowed"] = regional_allowed
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _addon_subscription_plan = d.pop("addonSubscriptionPlan", UNSET)
        addon_subscription_plan: FeaturePlanAddonSubscriptionPlan | Unset
        if isinstance(_addon_subscription_plan, Unset):
            addon_subscription_plan = UNSET
        else:
            addon_subscription_plan = FeaturePlanAddonSubscriptionPlan(_addon_subscription_plan)

        _feature_permissions = d.pop("featurePermissions", UNSET)
        feature_permissions: list[FeaturePlanFeaturePermissionsItem] | Unset = UNSET
        if _feature_permissions is not UNSET:
            feature_permissions = []
            for feature_permissions_item_data in _feature_permissions:
                feature_permissions_item = FeaturePlanFeaturePermissionsItem(feature_permissions_item_data)

                feature_permissions.append(feature_permissions_item)

        legacy = d.pop("legacy", UNSET)

        paid_plan = d.pop("paidPlan", UNSET)

        regional_allowed = d.pop("regionalAllowed", UNSET)

        weight = d.pop("weight", UNSET)

        feature_plan = cls(
            addon_subscription_plan=addon_subscription_plan,
            feature_permissions=feature_permissions,
            legacy=legacy,
            paid_plan=paid_plan,
            regional_allowed=regional_allowed,
            weight=weight,
        )

        feature_plan.additional_properties = d
        return feature_plan

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
