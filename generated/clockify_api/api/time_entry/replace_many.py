from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.time_entry_dto_v1 import TimeEntryDtoV1
from ...models.update_time_entry_bulk_request import UpdateTimeEntryBulkRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    user_id: str,
    *,
    body: list[UpdateTimeEntryBulkRequest],
    hydrated: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hydrated"] = hydrated

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TimeEntryDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TimeEntryDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TimeEntryDtoV1]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTimeEntryBulkRequest],
    hydrated: bool | Unset = False,
) -> Response[ErrorResponse | list[TimeEntryDtoV1]]:
    """Update several time entries of a user

     Updates a batch of a user's time entries in one request; each item names the entry by `id`.

    Args:
        workspace_id (str):
        user_id (str):
        hydrated (bool | Unset):  Default: False.
        body (list[UpdateTimeEntryBulkRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        body=body,
        hydrated=hydrated,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTimeEntryBulkRequest],
    hydrated: bool | Unset = False,
) -> ErrorResponse | list[TimeEntryDtoV1] | None:
    """Update several time entries of a user

     Updates a batch of a user's time entries in one request; each item names the entry by `id`.

    Args:
        workspace_id (str):
        user_id (str):
        hydrated (bool | Unset):  Default: False.
        body (list[UpdateTimeEntryBulkRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        body=body,
        hydrated=hydrated,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTimeEntryBulkRequest],
    hydrated: bool | Unset = False,
) -> Response[ErrorResponse | list[TimeEntryDtoV1]]:
    """Update several time entries of a user

     Updates a batch of a user's time entries in one request; each item names the entry by `id`.

    Args:
        workspace_id (str):
        user_id (str):
        hydrated (bool | Unset):  Default: False.
        body (list[UpdateTimeEntryBulkRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        body=body,
        hydrated=hydrated,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: list[UpdateTimeEntryBulkRequest],
    hydrated: bool | Unset = False,
) -> ErrorResponse | list[TimeEntryDtoV1] | None:
    """Update several time entries of a user

     Updates a batch of a user's time entries in one request; each item names the entry by `id`.

    Args:
        workspace_id (str):
        user_id (str):
        hydrated (bool | Unset):  Default: False.
        body (list[UpdateTimeEntryBulkRequest]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            body=body,
            hydrated=hydrated,
        )
    ).parsed
