from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_reset_option import EstimateResetOption
from ..models.time_estimate_dto_type import TimeEstimateDtoType
from ..types import UNSET, Unset, duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="TimeEstimateDto")


@_attrs_define
class TimeEstimateDto:
    """
    Attributes:
        active (bool | Unset):
        estimate (datetime.timedelta | Unset):
        include_non_billable (bool | Unset):
        reset_option (EstimateResetOption | None | Unset):
        type_ (TimeEstimateDtoType | Unset):
    """

    active: bool | Unset = UNSET
    estimate: datetime.timedelta | Unset = UNSET
    include_non_billable: bool | Unset = UNSET
    reset_option: EstimateResetOption | None | Unset = UNSET
    type_: TimeEstimateDtoType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        estimate = duration_to_json(self.estimate, "iso8601")

        include_non_billable = self.include_non_billable

        reset_option: None | str | Unset
        if isinstance(self.reset_option, Unset):
            reset_option = UNSET
        elif isinstance(self.reset_option, EstimateResetOption):
            reset_option = self.reset_option.value
        else:
            reset_option = self.reset_option

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if include_non_billable is not UNSET:
            field_dict["includeNonBillable"] = include_non_billable
        if reset_option is not UNSET:
            field_dict["resetOption"] = reset_option
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        estimate = duration_from_json(d.pop("estimate", UNSET), ("iso8601",))

        include_non_billable = d.pop("includeNonBillable", UNSET)

        def _parse_reset_option(data: object) -> EstimateResetOption | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_option_type_1 = EstimateResetOption(data)

                return reset_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EstimateResetOption | None | Unset, data)

        reset_option = _parse_reset_option(d.pop("resetOption", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TimeEstimateDtoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TimeEstimateDtoType(_type_)

        time_estimate_dto = cls(
            active=active,
            estimate=estimate,
            include_non_billable=include_non_billable,
            reset_option=reset_option,
            type_=type_,
        )

        time_estimate_dto.additional_properties = d
        return time_estimate_dto

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
