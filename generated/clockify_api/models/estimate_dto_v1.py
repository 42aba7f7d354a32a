from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_dto_v1_type import EstimateDtoV1Type
from ..types import duration_from_json, duration_to_json, model_repr

T = TypeVar("T", bound="EstimateDtoV1")


@_attrs_define
class EstimateDtoV1:
    """
    Attributes:
        estimate (datetime.timedelta):
        type_ (EstimateDtoV1Type):
    """

    estimate: datetime.timedelta
    type_: EstimateDtoV1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        estimate = duration_to_json(self.estimate, "iso8601")

        try:
            type_ = self.type_.value
        except (AttributeError, TypeError, ValueError):
            type_ = cast(Any, self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimate": estimate,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        estimate = duration_from_json(d.pop("estimate"), ("iso8601",))

        type_ = EstimateDtoV1Type(d.pop("type"))

        estimate_dto_v1 = cls(
            estimate=estimate,
            type_=type_,
        )

        estimate_dto_v1.additional_properties = d
        return estimate_dto_v1

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
