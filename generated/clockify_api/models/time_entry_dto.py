from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.report_tag_dto import ReportTagDto
    from ..models.report_time_interval_dto import ReportTimeIntervalDto


T = TypeVar("T", bound="TimeEntryDto")


@_attrs_define
class TimeEntryDto:
    """One row of the detailed report.

    Attributes:
        approval_request_id (str | Unset):
        billable (bool | Unset):
        client_id (str | Unset):
        client_name (str | Unset):
        description (str | Unset):
        locked (bool | Unset):
        project_color (str | Unset):
        project_id (str | Unset):
        project_name (str | Unset):
        tags (list[ReportTagDto] | Unset):
        task_id (str | Unset):
        task_name (str | Unset):
        time_interval (ReportTimeIntervalDto | Unset): Start, end and duration of a report row.
        user_email (str | Unset):
        user_id (str | Unset):
        user_name (str | Unset):
        id (str | Unset): Identifier of the time entry (004).
        field_id (str | Unset): Identifier of the time entry (003).
    """

    approval_request_id: str | Unset = UNSET
    billable: bool | Unset = UNSET
    client_id: str | Unset = UNSET
    client_name: str | Unset = UNSET
    description: str | Unset = UNSET
    locked: bool | Unset = UNSET
    project_color: str | Unset = UNSET
    project_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    tags: list[ReportTagDto] | Unset = UNSET
    task_id: str | Unset = UNSET
    task_name: str | Unset = UNSET
    time_interval: ReportTimeIntervalDto | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        billable = self.billable

        client_id = self.client_id

        client_name = self.client_name

        description = self.description

        locked = self.locked

        project_color = self.project_color

        project_id = self.project_id

        project_name = self.project_name

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        task_id = self.task_id

        task_name = self.task_name

        time_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_interval, Unset):
            time_interval = self.time_interval.to_dict()

        user_email = self.user_email

        user_id = self.user_id

        user_name = self.user_name

        id = self.id

        field_id = self.field_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approval_request_id is not UNSET:
            field_dict["approvalRequestId"] = approval_request_id
        if billable is not UNSET:
            field_dict["billable"] = billable
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_name is not UNSET:
            field_dict["clientName"] = client_name
        if description is not UNSET:
            field_dict["description"] = description
        if locked is not UNSET:
            field_dict["locked"] = locked
        if project_color is not UNSET:
            field_dict["projectColor"] = project_color
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if time_interval is not UNSET:
            field_dict["timeInterval"] = time_interval
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_tag_dto import ReportTagDto
        from ..models.report_time_interval_dto import ReportTimeIntervalDto

        d = dict(src_dict)
        approval_request_id = d.pop("approvalRequestId", UNSET)

        billable = d.pop("billable", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_name = d.pop("clientName", UNSET)

        description = d.pop("description", UNSET)

        locked = d.pop("locked", UNSET)

        project_color = d.pop("projectColor", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_name = d.pop("projectName", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[ReportTagDto] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ReportTagDto.from_dict(tags_item_data)

                tags.append(tags_item)

        task_id = d.pop("taskId", UNSET)

        task_name = d.pop("taskName", UNSET)

        _time_interval = d.pop("timeInterval", UNSET)
        time_interval: ReportTimeIntervalDto | Unset
        if isinstance(_time_interval, Unset):
            time_interval = UNSET
        else:
            time_interval = ReportTimeIntervalDto.from_dict(_time_interval)

        user_email = d.pop("userEmail", UNSET)

        user_id = d.pop("userId", UNSET)

        user_name = d.pop("userName", UNSET)

        id = d.pop("id", UNSET)

        field_id = d.pop("_id", UNSET)

        time_entry_dto = cls(
            approval_request_id=approval_request_id,
            billable=billable,
            client_id=client_id,
            client_name=client_name,
            description=description,
            locked=locked,
            project_color=project_color,
            project_id=project_id,
            project_name=project_name,
            tags=tags,
            task_id=task_id,
            task_name=task_name,
            time_interval=time_interval,
            user_email=user_email,
            user_id=user_id,
            user_name=user_name,
            id=id,
            field_id=field_id,
        )

        time_entry_dto.additional_properties = d
        return time_entry_dto

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
