from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_reset_option import EstimateResetOption
from ..models.time_estimate_dto_type import TimeEstimateDtoType
from ..types import duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="TimeEstimateDto")


@_attrs_define
class TimeEstimateDto:
    """
    Attributes:
        active (bool):
        estimate (datetime.timedelta):
        include_non_billable (bool):
        reset_option (EstimateResetOption | None):
        type_ (TimeEstimateDtoType):
    """

    active: bool
    estimate: datetime.timedelta
    include_non_billable: bool
    reset_option: EstimateResetOption | None
    type_: TimeEstimateDtoType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        estimate = duration_to_json(self.estimate, "iso8601")

        include_non_billable = self.include_non_billable

        try:
            reset_option: None | str
            if isinstance(self.reset_option, EstimateResetOption):
                reset_option = self.reset_option.value
            else:
                reset_option = self.reset_option
        except (AttributeError, TypeError, ValueError):
            reset_option = cast(Any, self.reset_option)

        try:
            type_ = self.type_.value
        except (AttributeError, TypeError, ValueError):
            type_ = cast(Any, self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "estimate": estimate,
                "includeNonBillable": include_non_billable,
                "resetOption": reset_option,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        estimate = duration_from_json(d.pop("estimate"), ("iso8601",))

        include_non_billable = d.pop("includeNonBillable")

        def _parse_reset_option(data: object) -> EstimateResetOption | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reset_option_type_1 = EstimateResetOption(data)

                return reset_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EstimateResetOption | None, data)

        reset_option = _parse_reset_option(d.pop("resetOption"))

        type_ = TimeEstimateDtoType(d.pop("type"))

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
