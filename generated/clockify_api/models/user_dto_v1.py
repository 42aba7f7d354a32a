from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status_type_0 import AccountStatusType0
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.membership_dto_v1 import MembershipDtoV1
    from ..models.user_custom_field_value_dto_v1 import UserCustomFieldValueDtoV1
    from ..models.user_settings_dto_v1 import UserSettingsDtoV1


T = TypeVar("T", bound="UserDtoV1")


@_attrs_define
class UserDtoV1:
    """A user.

    Attributes:
        active_workspace (str | Unset):
        custom_fields (list[UserCustomFieldValueDtoV1] | Unset):
        default_workspace (str | Unset):
        email (str | Unset):
        id (str | Unset):
        memberships (list[MembershipDtoV1] | Unset):
        name (str | Unset):
        profile_picture (str | Unset):
        settings (UserSettingsDtoV1 | Unset):
        status (AccountStatusType0 | Unset):
    """

    active_workspace: str | Unset = UNSET
    custom_fields: list[UserCustomFieldValueDtoV1] | Unset = UNSET
    default_workspace: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    memberships: list[MembershipDtoV1] | Unset = UNSET
    name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    settings: UserSettingsDtoV1 | Unset = UNSET
    status: AccountStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active_workspace = self.active_workspace

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        default_workspace = self.default_workspace

        email = self.email

        id = self.id

        memberships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memberships, Unset):
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        name = self.name

        profile_picture = self.profile_picture

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_workspace is not UNSET:
            field_dict["activeWorkspace"] = active_workspace
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if default_workspace is not UNSET:
            field_dict["defaultWorkspace"] = default_workspace
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if memberships is not UNSET:
            field_dict["memberships"] = memberships
        if name is not UNSET:
            field_dict["name"] = name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if settings is not UNSET:
            field_dict["settings"] = settings
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membership_dto_v1 import MembershipDtoV1
        from ..models.user_custom_field_value_dto_v1 import UserCustomFieldValueDtoV1
        from ..models.user_settings_dto_v1 import UserSettingsDtoV1

        d = dict(src_dict)
        active_workspace = d.pop("activeWorkspace", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[UserCustomFieldValueDtoV1] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = UserCustomFieldValueDtoV1.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        default_workspace = d.pop("defaultWorkspace", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        _memberships = d.pop("memberships", UNSET)
        memberships: list[MembershipDtoV1] | Unset = UNSET
        if _memberships is not UNSET:
            memberships = []
            for memberships_item_data in _memberships:
                memberships_item = MembershipDtoV1.from_dict(memberships_item_data)

                memberships.append(memberships_item)

        name = d.pop("name", UNSET)

        profile_picture = d.pop("profilePicture", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: UserSettingsDtoV1 | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UserSettingsDtoV1.from_dict(_settings)

        def _parse_status(data: object) -> AccountStatusType0 | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_account_status_type_0 = AccountStatusType0(data)

            return componentsschemas_account_status_type_0

        status = _parse_status(d.pop("status", UNSET))

        user_dto_v1 = cls(
            active_workspace=active_workspace,
            custom_fields=custom_fields,
            default_workspace=default_workspace,
            email=email,
            id=id,
            memberships=memberships,
            name=name,
            profile_picture=profile_picture,
            settings=settings,
            status=status,
        )

        user_dto_v1.additional_properties = d
        return user_dto_v1

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
