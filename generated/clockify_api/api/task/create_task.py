from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_dto_v1 import TaskDtoV1
from ...models.task_request_v1 import TaskRequestV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    project_id: str,
    *,
    body: TaskRequestV1,
    contains_assignee: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["contains-assignee"] = contains_assignee

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/projects/{project_id}/tasks".format(
            workspace_id=quote(str(workspace_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskDtoV1 | None:
    if response.status_code == 201:
        response_201 = TaskDtoV1.from_dict(response.json())

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
) -> Response[ErrorResponse | TaskDtoV1]:
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
    body: TaskRequestV1,
    contains_assignee: bool | Unset = True,
) -> Response[ErrorResponse | TaskDtoV1]:
    """Create a task

     Creates a task on a project and returns it.

    Args:
        workspace_id (str):
        project_id (str):
        contains_assignee (bool | Unset):  Default: True.
        body (TaskRequestV1): Request body for creating a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskDtoV1]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        body=body,
        contains_assignee=contains_assignee,
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
    body: TaskRequestV1,
    contains_assignee: bool | Unset = True,
) -> ErrorResponse | TaskDtoV1 | None:
    """Create a task

     Creates a task on a project and returns it.

    Args:
        workspace_id (str):
        project_id (str):
        contains_assignee (bool | Unset):  Default: True.
        body (TaskRequestV1): Request body for creating a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskDtoV1
    """

    return sync_detailed(
        workspace_id=workspace_id,
        project_id=project_id,
        client=client,
        body=body,
        contains_assignee=contains_assignee,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskRequestV1,
    contains_assignee: bool | Unset = True,
) -> Response[ErrorResponse | TaskDtoV1]:
    """Create a task

     Creates a task on a project and returns it.

    Args:
        workspace_id (str):
        project_id (str):
        contains_assignee (bool | Unset):  Default: True.
        body (TaskRequestV1): Request body for creating a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskDtoV1]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        project_id=project_id,
        body=body,
        contains_assignee=contains_assignee,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskRequestV1,
    contains_assignee: bool | Unset = True,
) -> ErrorResponse | TaskDtoV1 | None:
    """Create a task

     Creates a task on a project and returns it.

    Args:
        workspace_id (str):
        project_id (str):
        contains_assignee (bool | Unset):  Default: True.
        body (TaskRequestV1): Request body for creating a task.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskDtoV1
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            project_id=project_id,
            client=client,
            body=body,
            contains_assignee=contains_assignee,
        )
    ).parsed
