from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ClientWithCurrencyDtoV1")


@_attrs_define
class ClientWithCurrencyDtoV1:
    """A client and its currency.

    Attributes:
        address (None | str):
        archived (bool):  Default: False.
        cc_emails (list[str] | None):
        currency_code (str):
        currency_id (str):
        email (str):
        id (str):
        name (str):
        note (str):
        workspace_id (str):
    """

    address: None | str
    cc_emails: list[str] | None
    currency_code: str
    currency_id: str
    email: str
    id: str
    name: str
    note: str
    workspace_id: str
    archived: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        try:
            address: None | str
            address = self.address
        except (AttributeError, TypeError, ValueError):
            address = cast(Any, self.address)

        archived = self.archived

        try:
            cc_emails: list[str] | None
            if isinstance(self.cc_emails, list):
                cc_emails = self.cc_emails

            else:
                cc_emails = self.cc_emails
        except (AttributeError, TypeError, ValueError):
            cc_emails = cast(Any, self.cc_emails)

        currency_code = self.currency_code

        currency_id = self.currency_id

        email = self.email

        id = self.id

        name = self.name

        note = self.note

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "archived": archived,
                "ccEmails": cc_emails,
                "currencyCode": currency_code,
                "currencyId": currency_id,
                "email": email,
                "id": id,
                "name": name,
                "note": note,
                "workspaceId": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        archived = d.pop("archived")

        def _parse_cc_emails(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_emails_type_0 = cast(list[str], data)

                return cc_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        cc_emails = _parse_cc_emails(d.pop("ccEmails"))

        currency_code = d.pop("currencyCode")

        currency_id = d.pop("currencyId")

        email = d.pop("email")

        id = d.pop("id")

        name = d.pop("name")

        note = d.pop("note")

        workspace_id = d.pop("workspaceId")

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
