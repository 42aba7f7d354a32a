from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_users_of_workspace_memberships import GetUsersOfWorkspaceMemberships
from ...models.get_users_of_workspace_sort_column import GetUsersOfWorkspaceSortColumn
from ...models.get_users_of_workspace_sort_order import GetUsersOfWorkspaceSortOrder
from ...models.get_users_of_workspace_status import GetUsersOfWorkspaceStatus
from ...models.user_dto_v1 import UserDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    *,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    status: GetUsersOfWorkspaceStatus | Unset = UNSET,
    account_statuses: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
    sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
    include_roles: str | Unset = "false",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["project-id"] = project_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["account-statuses"] = account_statuses

    params["name"] = name

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort-column"] = json_sort_column

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort-order"] = json_sort_order

    params["page"] = page

    params["page-size"] = page_size

    json_memberships: str | Unset = UNSET
    if not isinstance(memberships, Unset):
        json_memberships = memberships.value

    params["memberships"] = json_memberships

    params["include-roles"] = include_roles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/users".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[UserDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[UserDtoV1]]:
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
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    status: GetUsersOfWorkspaceStatus | Unset = UNSET,
    account_statuses: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
    sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
    include_roles: str | Unset = "false",
) -> Response[ErrorResponse | list[UserDtoV1]]:
    """Members of a workspace

     Lists the users of a workspace. Paged with `page` and `page-size`; the `Last-Page` header tells
    whether more pages follow.

    Args:
        workspace_id (str):
        email (str | Unset):
        project_id (str | Unset):
        status (GetUsersOfWorkspaceStatus | Unset):
        account_statuses (str | Unset):
        name (str | Unset):
        sort_column (GetUsersOfWorkspaceSortColumn | Unset):
        sort_order (GetUsersOfWorkspaceSortOrder | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        memberships (GetUsersOfWorkspaceMemberships | Unset):
        include_roles (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UserDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        email=email,
        project_id=project_id,
        status=status,
        account_statuses=account_statuses,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        memberships=memberships,
        include_roles=include_roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    status: GetUsersOfWorkspaceStatus | Unset = UNSET,
    account_statuses: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
    sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
    include_roles: str | Unset = "false",
) -> ErrorResponse | list[UserDtoV1] | None:
    """Members of a workspace

     Lists the users of a workspace. Paged with `page` and `page-size`; the `Last-Page` header tells
    whether more pages follow.

    Args:
        workspace_id (str):
        email (str | Unset):
        project_id (str | Unset):
        status (GetUsersOfWorkspaceStatus | Unset):
        account_statuses (str | Unset):
        name (str | Unset):
        sort_column (GetUsersOfWorkspaceSortColumn | Unset):
        sort_order (GetUsersOfWorkspaceSortOrder | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        memberships (GetUsersOfWorkspaceMemberships | Unset):
        include_roles (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UserDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        email=email,
        project_id=project_id,
        status=status,
        account_statuses=account_statuses,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        memberships=memberships,
        include_roles=include_roles,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    status: GetUsersOfWorkspaceStatus | Unset = UNSET,
    account_statuses: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
    sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
    include_roles: str | Unset = "false",
) -> Response[ErrorResponse | list[UserDtoV1]]:
    """Members of a workspace

     Lists the users of a workspace. Paged with `page` and `page-size`; the `Last-Page` header tells
    whether more pages follow.

    Args:
        workspace_id (str):
        email (str | Unset):
        project_id (str | Unset):
        status (GetUsersOfWorkspaceStatus | Unset):
        account_statuses (str | Unset):
        name (str | Unset):
        sort_column (GetUsersOfWorkspaceSortColumn | Unset):
        sort_order (GetUsersOfWorkspaceSortOrder | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        memberships (GetUsersOfWorkspaceMemberships | Unset):
        include_roles (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[UserDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        email=email,
        project_id=project_id,
        status=status,
        account_statuses=account_statuses,
        name=name,
        sort_column=sort_column,
        sort_order=sort_order,
        page=page,
        page_size=page_size,
        memberships=memberships,
        include_roles=include_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    status: GetUsersOfWorkspaceStatus | Unset = UNSET,
    account_statuses: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
    sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
    include_roles: str | Unset = "false",
) -> ErrorResponse | list[UserDtoV1] | None:
    """Members of a workspace

     Lists the users of a workspace. Paged with `page` and `page-size`; the `Last-Page` header tells
    whether more pages follow.

    Args:
        workspace_id (str):
        email (str | Unset):
        project_id (str | Unset):
        status (GetUsersOfWorkspaceStatus | Unset):
        account_statuses (str | Unset):
        name (str | Unset):
        sort_column (GetUsersOfWorkspaceSortColumn | Unset):
        sort_order (GetUsersOfWorkspaceSortOrder | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        memberships (GetUsersOfWorkspaceMemberships | Unset):
        include_roles (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[UserDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            email=email,
            project_id=project_id,
            status=status,
            account_statuses=account_statuses,
            name=name,
            sort_column=sort_column,
            sort_order=sort_order,
            page=page,
            page_size=page_size,
            memberships=memberships,
            include_roles=include_roles,
        )
    ).parsed
