from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_creation_permission_type_0 import EntityCreationPermissionType0
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EntityCreationPermissionsDtoV1")


@_attrs_define
class EntityCreationPermissionsDtoV1:
    """
    Attributes:
        who_can_create_projects_and_clients (EntityCreationPermissionType0 | Unset):
        who_can_create_tags (EntityCreationPermissionType0 | Unset):
        who_can_create_tasks (EntityCreationPermissionType0 | Unset):
    """

    who_can_create_projects_and_clients: EntityCreationPermissionType0 | Unset = UNSET
    who_can_create_tags: EntityCreationPermissionType0 | Unset = UNSET
    who_can_create_tasks: EntityCreationPermissionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        who_can_create_projects_and_clients: str | Unset
        if isinstance(self.who_can_create_projects_and_clients, Unset):
            who_can_create_projects_and_clients = UNSET
        else:
            who_can_create_projects_and_clients = self.who_can_create_projects_and_clients.value

        who_can_create_tags: str | Unset
        if isinstance(self.who_can_create_tags, Unset):
            who_can_create_tags = UNSET
        else:
            who_can_create_tags = self.who_can_create_tags.value

        who_can_create_tasks: str | Unset
        if isinstance(self.who_can_create_tasks, Unset):
            who_can_create_tasks = UNSET
        else:
            who_can_create_tasks = self.who_can_create_tasks.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if who_can_create_projects_and_clients is not UNSET:
            field_dict["whoCanCreateProjectsAndClients"] = who_can_create_projects_and_clients
        if who_can_create_tags is not UNSET:
            field_dict["whoCanCreateTags"] = who_can_create_tags
        if who_can_create_tasks is not UNSET:
            field_dict["whoCanCreateTasks"] = who_can_create_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_who_can_create_projects_and_clients(data: object) -> EntityCreationPermissionType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_entity_creation_permission_type_0 = EntityCreationPermissionType0(data)

            return componentsschemas_entity_creation_permission_type_0

        who_can_create_projects_and_clients = _parse_who_can_create_projects_and_clients(
            d.pop("whoCanCreateProjectsAndClients", UNSET)
        )

        def _parse_who_can_create_tags(data: object) -> EntityCreationPermissionType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_entity_creation_permission_type_0 = EntityCreationPermissionType0(data)

            return componentsschemas_entity_creation_permission_type_0

        who_can_create_tags = _parse_who_can_create_tags(d.pop("whoCanCreateTags", UNSET))

        def _parse_who_can_create_tasks(data: object) -> EntityCreationPermissionType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_entity_creation_permission_type_0 = EntityCreationPermissionType0(data)

            return componentsschemas_entity_creation_permission_type_0

        who_can_create_tasks = _parse_who_can_create_tasks(d.pop("whoCanCreateTasks", UNSET))

        entity_creation_permissions_dto_v1 = cls(
            who_can_create_projects_and_clients=who_can_create_projects_and_clients,
            who_can_create_tags=who_can_create_tags,
            who_can_create_tasks=who_can_create_tasks,
        )

        entity_creation_permissions_dto_v1.additional_properties = d
        return entity_creation_permissions_dto_v1

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
