from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_dto_v1 import UserDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_memberships: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include-memberships"] = include_memberships

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserDtoV1 | None:
    if response.status_code == 200:
        response_200 = UserDtoV1.from_dict(response.json())

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
) -> Response[ErrorResponse | UserDtoV1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_memberships: bool | Unset = False,
) -> Response[ErrorResponse | UserDtoV1]:
    """The user who owns the credentials

     Returns the profile of the user the API key or add-on token belongs to.

    Args:
        include_memberships (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserDtoV1]
    """

    kwargs = _get_kwargs(
        include_memberships=include_memberships,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include_memberships: bool | Unset = False,
) -> ErrorResponse | UserDtoV1 | None:
    """The user who owns the credentials

     Returns the profile of the user the API key or add-on token belongs to.

    Args:
        include_memberships (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserDtoV1
    """

    return sync_detailed(
        client=client,
        include_memberships=include_memberships,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_memberships: bool | Unset = False,
) -> Response[ErrorResponse | UserDtoV1]:
    """The user who owns the credentials

     Returns the profile of the user the API key or add-on token belongs to.

    Args:
        include_memberships (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserDtoV1]
    """

    kwargs = _get_kwargs(
        include_memberships=include_memberships,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_memberships: bool | Unset = False,
) -> ErrorResponse | UserDtoV1 | None:
    """The user who owns the credentials

     Returns the profile of the user the API key or add-on token belongs to.

    Args:
        include_memberships (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserDtoV1
    """

    return (
        await asyncio_detailed(
            client=client,
            include_memberships=include_memberships,
        )
    ).parsed
