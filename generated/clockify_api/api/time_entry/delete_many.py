from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
from ...types import UNSET, Response


def _get_kwargs(
    workspace_id: str,
    user_id: str,
    *,
    time_entry_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_entry_ids = time_entry_ids

    params["time-entry-ids"] = json_time_entry_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TimeEntryDtoImplV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TimeEntryDtoImplV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TimeEntryDtoImplV1]]:
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
    time_entry_ids: list[str],
) -> Response[ErrorResponse | list[TimeEntryDtoImplV1]]:
    """Delete several time entries of a user

     Deletes the listed time entries of a user and returns what was deleted.

    Args:
        workspace_id (str):
        user_id (str):
        time_entry_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryDtoImplV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        time_entry_ids=time_entry_ids,
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
    time_entry_ids: list[str],
) -> ErrorResponse | list[TimeEntryDtoImplV1] | None:
    """Delete several time entries of a user

     Deletes the listed time entries of a user and returns what was deleted.

    Args:
        workspace_id (str):
        user_id (str):
        time_entry_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryDtoImplV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        time_entry_ids=time_entry_ids,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    time_entry_ids: list[str],
) -> Response[ErrorResponse | list[TimeEntryDtoImplV1]]:
    """Delete several time entries of a user

     Deletes the listed time entries of a user and returns what was deleted.

    Args:
        workspace_id (str):
        user_id (str):
        time_entry_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryDtoImplV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        time_entry_ids=time_entry_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    time_entry_ids: list[str],
) -> ErrorResponse | list[TimeEntryDtoImplV1] | None:
    """Delete several time entries of a user

     Deletes the listed time entries of a user and returns what was deleted.

    Args:
        workspace_id (str):
        user_id (str):
        time_entry_ids (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryDtoImplV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            time_entry_ids=time_entry_ids,
        )
    ).parsed
