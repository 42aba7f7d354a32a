from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status_type_0 import AccountStatusType0
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.membership_dto_v1 import MembershipDtoV1
    from ..models.user_custom_field_value_dto_v1 import UserCustomFieldValueDtoV1
    from ..models.user_settings_dto_v1 import UserSettingsDtoV1


T = TypeVar("T", bound="UserDtoV1")


@_attrs_define
class UserDtoV1:
    """A user.

    Attributes:
        active_workspace (str):
        custom_fields (list[UserCustomFieldValueDtoV1]):
        default_workspace (str):
        email (str):
        id (str):
        memberships (list[MembershipDtoV1]):
        name (str):
        profile_picture (str):
        settings (UserSettingsDtoV1):
        status (AccountStatusType0):
    """

    active_workspace: str
    custom_fields: list[UserCustomFieldValueDtoV1]
    default_workspace: str
    email: str
    id: str
    memberships: list[MembershipDtoV1]
    name: str
    profile_picture: str
    settings: UserSettingsDtoV1
    status: AccountStatusType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        active_workspace = self.active_workspace

        try:
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        except (AttributeError, TypeError, ValueError):
            custom_fields = cast(Any, self.custom_fields)

        default_workspace = self.default_workspace

        email = self.email

        id = self.id

        try:
            memberships = []
            for memberships_item_data in self.memberships:
                memberships_item = memberships_item_data.to_dict()
                memberships.append(memberships_item)

        except (AttributeError, TypeError, ValueError):
            memberships = cast(Any, self.memberships)

        name = self.name

        profile_picture = self.profile_picture

        try:
            settings = self.settings.to_dict()
        except (AttributeError, TypeError, ValueError):
            settings = cast(Any, self.settings)

        try:
            status: str
            if isinstance(self.status, AccountStatusType0):
                status = self.status.value

        except (AttributeError, TypeError, ValueError):
            status = cast(Any, self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeWorkspace": active_workspace,
                "customFields": custom_fields,
                "defaultWorkspace": default_workspace,
                "email": email,
                "id": id,
                "memberships": memberships,
                "name": name,
                "profilePicture": profile_picture,
                "settings": settings,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.membership_dto_v1 import MembershipDtoV1
        from ..models.user_custom_field_value_dto_v1 import UserCustomFieldValueDtoV1
        from ..models.user_settings_dto_v1 import UserSettingsDtoV1

        d = dict(src_dict)
        active_workspace = d.pop("activeWorkspace")

        custom_fields = []
        _custom_fields = d.pop("customFields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = UserCustomFieldValueDtoV1.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        default_workspace = d.pop("defaultWorkspace")

        email = d.pop("email")

        id = d.pop("id")

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipDtoV1.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        name = d.pop("name")

        profile_picture = d.pop("profilePicture")

        settings = UserSettingsDtoV1.from_dict(d.pop("settings"))

        def _parse_status(data: object) -> AccountStatusType0:
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_account_status_type_0 = AccountStatusType0(data)

            return componentsschemas_account_status_type_0

        status = _parse_status(d.pop("status"))

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
