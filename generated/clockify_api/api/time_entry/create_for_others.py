from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_time_entry_request import CreateTimeEntryRequest
from ...models.error_response import ErrorResponse
from ...models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    user_id: str,
    *,
    body: CreateTimeEntryRequest,
    from_entry: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["from-entry"] = from_entry

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TimeEntryDtoImplV1 | None:
    if response.status_code == 201:
        response_201 = TimeEntryDtoImplV1.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | TimeEntryDtoImplV1]:
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
    body: CreateTimeEntryRequest,
    from_entry: str | Unset = UNSET,
) -> Response[ErrorResponse | TimeEntryDtoImplV1]:
    """Create a time entry for another user

     Creates a time entry on behalf of another user; needs the permission to add time for others.

    Args:
        workspace_id (str):
        user_id (str):
        from_entry (str | Unset):
        body (CreateTimeEntryRequest): Request body for creating a time entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimeEntryDtoImplV1]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        body=body,
        from_entry=from_entry,
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
    body: CreateTimeEntryRequest,
    from_entry: str | Unset = UNSET,
) -> ErrorResponse | TimeEntryDtoImplV1 | None:
    """Create a time entry for another user

     Creates a time entry on behalf of another user; needs the permission to add time for others.

    Args:
        workspace_id (str):
        user_id (str):
        from_entry (str | Unset):
        body (CreateTimeEntryRequest): Request body for creating a time entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimeEntryDtoImplV1
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        body=body,
        from_entry=from_entry,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTimeEntryRequest,
    from_entry: str | Unset = UNSET,
) -> Response[ErrorResponse | TimeEntryDtoImplV1]:
    """Create a time entry for another user

     Creates a time entry on behalf of another user; needs the permission to add time for others.

    Args:
        workspace_id (str):
        user_id (str):
        from_entry (str | Unset):
        body (CreateTimeEntryRequest): Request body for creating a time entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TimeEntryDtoImplV1]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        body=body,
        from_entry=from_entry,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTimeEntryRequest,
    from_entry: str | Unset = UNSET,
) -> ErrorResponse | TimeEntryDtoImplV1 | None:
    """Create a time entry for another user

     Creates a time entry on behalf of another user; needs the permission to add time for others.

    Args:
        workspace_id (str):
        user_id (str):
        from_entry (str | Unset):
        body (CreateTimeEntryRequest): Request body for creating a time entry.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TimeEntryDtoImplV1
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            body=body,
            from_entry=from_entry,
        )
    ).parsed
