from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_workspaces_of_user_roles import GetWorkspacesOfUserRoles
from ...models.workspace_dto_v1 import WorkspaceDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    roles: GetWorkspacesOfUserRoles | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_roles: str | Unset = UNSET
    if not isinstance(roles, Unset):
        json_roles = roles.value

    params["roles"] = json_roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[WorkspaceDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkspaceDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[WorkspaceDtoV1]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    roles: GetWorkspacesOfUserRoles | Unset = UNSET,
) -> Response[ErrorResponse | list[WorkspaceDtoV1]]:
    """Workspaces of the current user

     Lists every workspace the current user is a member of, optionally narrowed by role.

    Args:
        roles (GetWorkspacesOfUserRoles | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[WorkspaceDtoV1]]
    """

    kwargs = _get_kwargs(
        roles=roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    roles: GetWorkspacesOfUserRoles | Unset = UNSET,
) -> ErrorResponse | list[WorkspaceDtoV1] | None:
    """Workspaces of the current user

     Lists every workspace the current user is a member of, optionally narrowed by role.

    Args:
        roles (GetWorkspacesOfUserRoles | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[WorkspaceDtoV1]
    """

    return sync_detailed(
        client=client,
        roles=roles,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    roles: GetWorkspacesOfUserRoles | Unset = UNSET,
) -> Response[ErrorResponse | list[WorkspaceDtoV1]]:
    """Workspaces of the current user

     Lists every workspace the current user is a member of, optionally narrowed by role.

    Args:
        roles (GetWorkspacesOfUserRoles | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[WorkspaceDtoV1]]
    """

    kwargs = _get_kwargs(
        roles=roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    roles: GetWorkspacesOfUserRoles | Unset = UNSET,
) -> ErrorResponse | list[WorkspaceDtoV1] | None:
    """Workspaces of the current user

     Lists every workspace the current user is a member of, optionally narrowed by role.

    Args:
        roles (GetWorkspacesOfUserRoles | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[WorkspaceDtoV1]
    """

    return (
        await asyncio_detailed(
            client=client,
            roles=roles,
        )
    ).parsed
