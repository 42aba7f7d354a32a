from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_with_currency_dto_v1 import ClientWithCurrencyDtoV1
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    *,
    name: str | Unset = UNSET,
    sort_column: str | Unset = "NAME",
    sort_order: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    archived: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["sort-column"] = sort_column

    params["sort-order"] = sort_order

    params["page"] = page

    params["page-size"] = page_size

    params["archived"] = archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/clients".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ClientWithCurrencyDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ClientWithCurrencyDtoV1.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ClientWithCurrencyDtoV1]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    sort_column: str | Unset = "NAME",
    sort_order: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    archived: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ClientWithCurrencyDtoV1]]:
    """Clients of a workspace

     Lists clients. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        sort_column (str | Unset):  Default: 'NAME'.
        sort_order (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        archived (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ClientWithCurrencyDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    sort_column: str | Unset = "NAME",
    sort_order: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    archived: str | Unset = UNSET,
) -> ErrorResponse | list[ClientWithCurrencyDtoV1] | None:
    """Clients of a workspace

     Lists clients. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        sort_column (str | Unset):  Default: 'NAME'.
        sort_order (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        archived (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ClientWithCurrencyDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        archived=archived,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    sort_column: str | Unset = "NAME",
    sort_order: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    archived: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ClientWithCurrencyDtoV1]]:
    """Clients of a workspace

     Lists clients. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        sort_column (str | Unset):  Default: 'NAME'.
        sort_order (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        archived (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ClientWithCurrencyDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    sort_column: str | Unset = "NAME",
    sort_order: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    archived: str | Unset = UNSET,
) -> ErrorResponse | list[ClientWithCurrencyDtoV1] | None:
    """Clients of a workspace

     Lists clients. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        sort_column (str | Unset):  Default: 'NAME'.
        sort_order (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        archived (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ClientWithCurrencyDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            name=name,
            sort_column=sort_column,
            sort_order=sort_order,
            page=page,
            page_size=page_size,
            archived=archived,
        )
    ).parsed
