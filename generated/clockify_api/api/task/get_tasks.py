from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_tasks_sort_column import GetTasksSortColumn
from ...models.get_tasks_sort_order import GetTasksSortOrder
from ...models.task_dto_v1 import TaskDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    project_id: str,
    *,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    is_active: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_column: GetTasksSortColumn | Unset = UNSET,
    sort_order: GetTasksSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["strict-name-search"] = strict_name_search

    params["is-active"] = is_active

    params["page"] = page

    params["page-size"] = page_size

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort-column"] = json_sort_column

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort-order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/projects/{project_id}/tasks".format(
            workspace_id=quote(str(workspace_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TaskDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TaskDtoV1]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    is_active: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_column: GetTasksSortColumn | Unset = UNSET,
    sort_order: GetTasksSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | list[TaskDtoV1]]:
    """Tasks of a project

     Lists the tasks of one project. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        project_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        is_active (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_column (GetTasksSortColumn | Unset):
        sort_order (GetTasksSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TaskDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        name=name,
        strict_name_search=strict_name_search,
        is_active=is_active,
        page=page,
        page_size=page_size,
        sort_column=sort_column,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    is_active: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_column: GetTasksSortColumn | Unset = UNSET,
    sort_order: GetTasksSortOrder | Unset = UNSET,
) -> ErrorResponse | list[TaskDtoV1] | None:
    """Tasks of a project

     Lists the tasks of one project. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        project_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        is_active (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_column (GetTasksSortColumn | Unset):
        sort_order (GetTasksSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TaskDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        project_id=project_id,
        client=client,
        name=name,
        strict_name_search=strict_name_search,
        is_active=is_active,
        page=page,
        page_size=page_size,
        sort_column=sort_column,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    is_active: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_column: GetTasksSortColumn | Unset = UNSET,
    sort_order: GetTasksSortOrder | Unset = UNSET,
) -> Response[ErrorResponse | list[TaskDtoV1]]:
    """Tasks of a project

     Lists the tasks of one project. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        project_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        is_active (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_column (GetTasksSortColumn | Unset):
        sort_order (GetTasksSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TaskDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        name=name,
        strict_name_search=strict_name_search,
        is_active=is_active,
        page=page,
        page_size=page_size,
        sort_column=sort_column,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    strict_name_search: bool | Unset = False,
    is_active: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_column: GetTasksSortColumn | Unset = UNSET,
    sort_order: GetTasksSortOrder | Unset = UNSET,
) -> ErrorResponse | list[TaskDtoV1] | None:
    """Tasks of a project

     Lists the tasks of one project. Paged with `page` and `page-size`.

    Args:
        workspace_id (str):
        project_id (str):
        name (str | Unset):
        strict_name_search (bool | Unset):  Default: False.
        is_active (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_column (GetTasksSortColumn | Unset):
        sort_order (GetTasksSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TaskDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            project_id=project_id,
            client=client,
            name=name,
            strict_name_search=strict_name_search,
            is_active=is_active,
            page=page,
            page_size=page_size,
            sort_column=sort_column,
            sort_order=sort_order,
        )
    ).parsed
