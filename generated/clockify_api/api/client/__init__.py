"""Typed methods for the operations tagged ``client``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.client_with_currency_dto_v1 import ClientWithCurrencyDtoV1
    from ...models.create_client_request_v1 import CreateClientRequestV1
    from ...models.error_response import ErrorResponse

__all__ = ["AsyncClientOperations", "ClientOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class ClientOperations:
    """Operations tagged ``client``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_clients(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        archived: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[ClientWithCurrencyDtoV1]:
        """Clients of a workspace

        ``GET /v1/workspaces/{workspace_id}/clients``
        """

        return cast(
            "list[ClientWithCurrencyDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/clients",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "archived": archived,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def create_client(
        self,
        workspace_id: str,
        *,
        address: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ClientWithCurrencyDtoV1:
        """Create a client

        ``POST /v1/workspaces/{workspace_id}/clients``
        """

        return cast(
            "ClientWithCurrencyDtoV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/clients",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "address": address,
                    "email": email,
                    "name": name,
                    "note": note,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncClientOperations:
    """Operations tagged ``client``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_clients(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        sort_column: str | Unset = UNSET,
        sort_order: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        archived: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[ClientWithCurrencyDtoV1]:
        """Clients of a workspace

        ``GET /v1/workspaces/{workspace_id}/clients``
        """

        return cast(
            "list[ClientWithCurrencyDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/clients",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "archived": archived,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def create_client(
        self,
        workspace_id: str,
        *,
        address: str | Unset = UNSET,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ClientWithCurrencyDtoV1:
        """Create a client

        ``POST /v1/workspaces/{workspace_id}/clients``
        """

        return cast(
            "ClientWithCurrencyDtoV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/clients",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "address": address,
                    "email": email,
                    "name": name,
                    "note": note,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
