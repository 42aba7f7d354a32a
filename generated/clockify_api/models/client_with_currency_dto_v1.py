from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ClientWithCurrencyDtoV1")


@_attrs_define
class ClientWithCurrencyDtoV1:
    """A client and its currency.

    Attributes:
        address (None | str | Unset):
        archived (bool | Unset):  Default: False.
        cc_emails (list[str] | None | Unset):
        currency_code (str | Unset):
        currency_id (str | Unset):
        email (str | Unset):
        id (str | Unset):
        name (str | Unset):
        note (str | Unset):
        workspace_id (str | Unset):
    """

    address: None | str | Unset = UNSET
    archived: bool | Unset = False
    cc_emails: list[str] | None | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    note: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        archived = self.archived

        cc_emails: list[str] | None | Unset
        if isinstance(self.cc_emails, Unset):
            cc_emails = UNSET
        elif isinstance(self.cc_emails, list):
            cc_emails = self.cc_emails

        else:
            cc_emails = self.cc_emails

        currency_code = self.currency_code

        currency_id = self.currency_id

        email = self.email

        id = self.id

        name = self.name

        note = self.note

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if archived is not UNSET:
            field_dict["archived"] = archived
        if cc_emails is not UNSET:
            field_dict["ccEmails"] = cc_emails
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        archived = d.pop("archived", UNSET)

        def _parse_cc_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_emails_type_0 = cast(list[str], data)

                return cc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cc_emails = _parse_cc_emails(d.pop("ccEmails", UNSET))

        currency_code = d.pop("currencyCode", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        note = d.pop("note", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        client_with_currency_dto_v1 = cls(
            address=address,
            archived=archived,
            cc_emails=cc_emails,
            currency_code=currency_code,
            currency_id=currency_id,
            email=email,
            id=id,
            name=name,
            note=note,
            workspace_id=workspace_id,
        )

        client_with_currency_dto_v1.additional_properties = d
        return client_with_currency_dto_v1

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
