from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_projects_access import GetProjectsAccess
from ...models.get_projects_client_status import GetProjectsClientStatus
from ...models.get_projects_sort_column import GetProjectsSortColumn
from ...models.get_projects_sort_order import GetProjectsSortOrder
from ...models.get_projects_user_status import GetProjectsUserStatus
from ...models.project_dto_v1 import ProjectDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    *,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    archived: bool | Unset = False,
    billable: bool | Unset = False,
    clients: list[str] | Unset = UNSET,
    contains_client: bool | Unset = True,
    client_status: GetProjectsClientStatus | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    contains_user: bool | Unset = True,
    user_status: GetProjectsUserStatus | Unset = UNSET,
    is_template: bool | Unset = False,
    sort_column: GetProjectsSortColumn | Unset = UNSET,
    sort_order: GetProjectsSortOrder | Unset = UNSET,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    access: GetProjectsAccess | Unset = UNSET,
    expense_limit: int | Unset = 20,
    expense_date: str | Unset = UNSET,
    user_groups: list[str] | Unset = UNSET,
    contains_group: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["strict-name-search"] = strict_name_search

    params["archived"] = archived

    params["billable"] = billable

    json_clients: list[str] | Unset = UNSET
    if not isinstance(clients, Unset):
        json_clients = clients

    params["clients"] = json_clients

    params["contains-client"] = contains_client

    json_client_status: str | Unset = UNSET
    if not isinstance(client_status, Unset):
        json_client_status = client_status.value

    params["client-status"] = json_client_status

    json_users: list[str] | Unset = UNSET
    if not isinstance(users, Unset):
        json_users = users

    params["users"] = json_users

    params["contains-user"] = contains_user

    json_user_status: str | Unset = UNSET
    if not isinstance(user_status, Unset):
        json_user_status = user_status.value

    params["user-status"] = json_user_status

    params["is-template"] = is_template

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort-column"] = json_sort_column

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort-order"] = json_sort_order

    params["hydrated"] = hydrated

    params["page"] = page

    params["page-size"] = page_size

    json_access: str | Unset = UNSET
    if not isinstance(access, Unset):
        json_access = access.value

    params["access"] = json_access

    params["expense-limit"] = expense_limit

    params["expense-date"] = expense_date

    json_user_groups: list[str] | Unset = UNSET
    if not isinstance(user_groups, Unset):
        json_user_groups = user_groups

    params["userGroups"] = json_user_groups

    params["contains-group"] = contains_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/projects".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ProjectDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[ProjectDtoV1]]:
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
    strict_name_search: bool | Unset = False,
    archived: bool | Unset = False,
    billable: bool | Unset = False,
    clients: list[str] | Unset = UNSET,
    contains_client: bool | Unset = True,
    client_status: GetProjectsClientStatus | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    contains_user: bool | Unset = True,
    user_status: GetProjectsUserStatus | Unset = UNSET,
    is_template: bool | Unset = False,
    sort_column: GetProjectsSortColumn | Unset = UNSET,
    sort_order: GetProjectsSortOrder | Unset = UNSET,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    access: GetProjectsAccess | Unset = UNSET,
    expense_limit: int | Unset = 20,
    expense_date: str | Unset = UNSET,
    user_groups: list[str] | Unset = UNSET,
    contains_group: bool | Unset = True,
) -> Response[ErrorResponse | list[ProjectDtoV1]]:
    """Projects of a workspace

     Lists projects, with filters on name, client, user, billability and archive state. Paged with `page`
    and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        clients (list[str] | Unset):
        contains_client (bool | Unset):  Default: True.
        client_status (GetProjectsClientStatus | Unset):
        users (list[str] | Unset):
        contains_user (bool | Unset):  Default: True.
        user_status (GetProjectsUserStatus | Unset):
        is_template (bool | Unset):  Default: False.
        sort_column (GetProjectsSortColumn | Unset):
        sort_order (GetProjectsSortOrder | Unset):
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        access (GetProjectsAccess | Unset):
        expense_limit (int | Unset):  Default: 20.
        expense_date (str | Unset):
        user_groups (list[str] | Unset):
        contains_group (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ProjectDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        name=name,
        strict_name_search=strict_name_search,
        archived=archived,
        billable=billable,
        clients=clients,
        contains_client=contains_client,
        client_status=client_status,
        users=users,
        contains_user=contains_user,
        user_status=user_status,
        is_template=is_template,
        sort_column=sort_column,
        sort_order=sort_order,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        access=access,
        expense_limit=expense_limit,
        expense_date=expense_date,
        user_groups=user_groups,
        contains_group=contains_group,
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
    strict_name_search: bool | Unset = False,
    archived: bool | Unset = False,
    billable: bool | Unset = False,
    clients: list[str] | Unset = UNSET,
    contains_client: bool | Unset = True,
    client_status: GetProjectsClientStatus | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    contains_user: bool | Unset = True,
    user_status: GetProjectsUserStatus | Unset = UNSET,
    is_template: bool | Unset = False,
    sort_column: GetProjectsSortColumn | Unset = UNSET,
    sort_order: GetProjectsSortOrder | Unset = UNSET,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    access: GetProjectsAccess | Unset = UNSET,
    expense_limit: int | Unset = 20,
    expense_date: str | Unset = UNSET,
    user_groups: list[str] | Unset = UNSET,
    contains_group: bool | Unset = True,
) -> ErrorResponse | list[ProjectDtoV1] | None:
    """Projects of a workspace

     Lists projects, with filters on name, client, user, billability and archive state. Paged with `page`
    and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        clients (list[str] | Unset):
        contains_client (bool | Unset):  Default: True.
        client_status (GetProjectsClientStatus | Unset):
        users (list[str] | Unset):
        contains_user (bool | Unset):  Default: True.
        user_status (GetProjectsUserStatus | Unset):
        is_template (bool | Unset):  Default: False.
        sort_column (GetProjectsSortColumn | Unset):
        sort_order (GetProjectsSortOrder | Unset):
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        access (GetProjectsAccess | Unset):
        expense_limit (int | Unset):  Default: 20.
        expense_date (str | Unset):
        user_groups (list[str] | Unset):
        contains_group (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ProjectDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        name=name,
        strict_name_search=strict_name_search,
        archived=archived,
        billable=billable,
        clients=clients,
        contains_client=contains_client,
        client_status=client_status,
        users=users,
        contains_user=contains_user,
        user_status=user_status,
        is_template=is_template,
        sort_column=sort_column,
        sort_order=sort_order,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        access=access,
        expense_limit=expense_limit,
        expense_date=expense_date,
        user_groups=user_groups,
        contains_group=contains_group,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    archived: bool | Unset = False,
    billable: bool | Unset = False,
    clients: list[str] | Unset = UNSET,
    contains_client: bool | Unset = True,
    client_status: GetProjectsClientStatus | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    contains_user: bool | Unset = True,
    user_status: GetProjectsUserStatus | Unset = UNSET,
    is_template: bool | Unset = False,
    sort_column: GetProjectsSortColumn | Unset = UNSET,
    sort_order: GetProjectsSortOrder | Unset = UNSET,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    access: GetProjectsAccess | Unset = UNSET,
    expense_limit: int | Unset = 20,
    expense_date: str | Unset = UNSET,
    user_groups: list[str] | Unset = UNSET,
    contains_group: bool | Unset = True,
) -> Response[ErrorResponse | list[ProjectDtoV1]]:
    """Projects of a workspace

     Lists projects, with filters on name, client, user, billability and archive state. Paged with `page`
    and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        clients (list[str] | Unset):
        contains_client (bool | Unset):  Default: True.
        client_status (GetProjectsClientStatus | Unset):
        users (list[str] | Unset):
        contains_user (bool | Unset):  Default: True.
        user_status (GetProjectsUserStatus | Unset):
        is_template (bool | Unset):  Default: False.
        sort_column (GetProjectsSortColumn | Unset):
        sort_order (GetProjectsSortOrder | Unset):
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        access (GetProjectsAccess | Unset):
        expense_limit (int | Unset):  Default: 20.
        expense_date (str | Unset):
        user_groups (list[str] | Unset):
        contains_group (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ProjectDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        name=name,
        strict_name_search=strict_name_search,
        archived=archived,
        billable=billable,
        clients=clients,
        contains_client=contains_client,
        client_status=client_status,
        users=users,
        contains_user=contains_user,
        user_status=user_status,
        is_template=is_template,
        sort_column=sort_column,
        sort_order=sort_order,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        access=access,
        expense_limit=expense_limit,
        expense_date=expense_date,
        user_groups=user_groups,
        contains_group=contains_group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    archived: bool | Unset = False,
    billable: bool | Unset = False,
    clients: list[str] | Unset = UNSET,
    contains_client: bool | Unset = True,
    client_status: GetProjectsClientStatus | Unset = UNSET,
    users: list[str] | Unset = UNSET,
    contains_user: bool | Unset = True,
    user_status: GetProjectsUserStatus | Unset = UNSET,
    is_template: bool | Unset = False,
    sort_column: GetProjectsSortColumn | Unset = UNSET,
    sort_order: GetProjectsSortOrder | Unset = UNSET,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    access: GetProjectsAccess | Unset = UNSET,
    expense_limit: int | Unset = 20,
    expense_date: str | Unset = UNSET,
    user_groups: list[str] | Unset = UNSET,
    contains_group: bool | Unset = True,
) -> ErrorResponse | list[ProjectDtoV1] | None:
    """Projects of a workspace

     Lists projects, with filters on name, client, user, billability and archive state. Paged with `page`
    and `page-size`.

    Args:
        workspace_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        archived (bool | Unset):  Default: False.
        billable (bool | Unset):  Default: False.
        clients (list[str] | Unset):
        contains_client (bool | Unset):  Default: True.
        client_status (GetProjectsClientStatus | Unset):
        users (list[str] | Unset):
        contains_user (bool | Unset):  Default: True.
        user_status (GetProjectsUserStatus | Unset):
        is_template (bool | Unset):  Default: False.
        sort_column (GetProjectsSortColumn | Unset):
        sort_order (GetProjectsSortOrder | Unset):
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        access (GetProjectsAccess | Unset):
        expense_limit (int | Unset):  Default: 20.
        expense_date (str | Unset):
        user_groups (list[str] | Unset):
        contains_group (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ProjectDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            name=name,
            strict_name_search=strict_name_search,
            archived=archived,
            billable=billable,
            clients=clients,
            contains_client=contains_client,
            client_status=client_status,
            users=users,
            contains_user=contains_user,
            user_status=user_status,
            is_template=is_template,
            sort_column=sort_column,
            sort_order=sort_order,
            hydrated=hydrated,
            page=page,
            page_size=page_size,
            access=access,
            expense_limit=expense_limit,
            expense_date=expense_date,
            user_groups=user_groups,
            contains_group=contains_group,
        )
    ).parsed
