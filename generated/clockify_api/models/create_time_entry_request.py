from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_time_entry_request_type import CreateTimeEntryRequestType
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.create_custom_attribute_request import CreateCustomAttributeRequest
    from ..models.update_custom_field_request import UpdateCustomFieldRequest


T = TypeVar("T", bound="CreateTimeEntryRequest")


@_attrs_define
class CreateTimeEntryRequest:
    """Request body for creating a time entry.

    Attributes:
        start (datetime.datetime):
        billable (bool | Unset):  Default: False.
        custom_attributes (list[CreateCustomAttributeRequest] | Unset):
        custom_fields (list[UpdateCustomFieldRequest] | Unset):
        description (str | Unset):
        end (datetime.datetime | Unset):
        project_id (str | Unset):
        tag_ids (list[str] | Unset):
        task_id (str | Unset):
        type_ (CreateTimeEntryRequestType | Unset):
    """

    start: datetime.datetime
    billable: bool | Unset = False
    custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET
    custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET
    description: str | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    project_id: str | Unset = UNSET
    tag_ids: list[str] | Unset = UNSET
    task_id: str | Unset = UNSET
    type_: CreateTimeEntryRequestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        try:
            start = self.start.isoformat()
        except (AttributeError, TypeError, ValueError):
            start = cast(Any, self.start)

        billable = self.billable

        custom_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_attributes, Unset):
            custom_attributes = []
            for custom_attributes_item_data in self.custom_attributes:
                custom_attributes_item = custom_attributes_item_data.to_dict()
                custom_attributes.append(custom_attributes_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        description = self.description

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        project_id = self.project_id

        tag_ids: list[str] | Unset = UNSET
        if not isinstance(self.tag_ids, Unset):
            tag_ids = self.tag_ids

        task_id = self.task_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
            }
        )
        if billable is not UNSET:
            field_dict["billable"] = billable
        if custom_attributes is not UNSET:
            field_dict["customAttributes"] = custom_attributes
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if end is not UNSET:
            field_dict["end"] = end
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if tag_ids is not UNSET:
            field_dict["tagIds"] = tag_ids
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_custom_attribute_request import CreateCustomAttributeRequest
        from ..models.update_custom_field_request import UpdateCustomFieldRequest

        d = dict(src_dict)
        start = datetime.datetime.fromisoformat(d.pop("start"))

        billable = d.pop("billable", UNSET)

        _custom_attributes = d.pop("customAttributes", UNSET)
        custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET
        if _custom_attributes is not UNSET:
            custom_attributes = []
            for custom_attributes_item_data in _custom_attributes:
                custom_attributes_item = CreateCustomAttributeRequest.from_dict(custom_attributes_item_data)

                custom_attributes.append(custom_attributes_item)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = UpdateCustomFieldRequest.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        description = d.pop("description", UNSET)

        _end = d.pop("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        project_id = d.pop("projectId", UNSET)

        tag_ids = cast(list[str], d.pop("tagIds", UNSET))

        task_id = d.pop("taskId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateTimeEntryRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateTimeEntryRequestType(_type_)

        create_time_entry_request = cls(
            start=start,
            billable=billable,
            custom_attributes=custom_attributes,
            custom_fields=custom_fields,
            description=description,
            end=end,
            project_id=project_id,
            tag_ids=tag_ids,
            task_id=task_id,
            type_=type_,
        )

        create_time_entry_request.additional_properties = d
        return create_time_entry_request

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
