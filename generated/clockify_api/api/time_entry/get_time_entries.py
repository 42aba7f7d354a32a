import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.time_entry_with_rates_dto_v1 import TimeEntryWithRatesDtoV1
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    user_id: str,
    *,
    description: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    project_required: bool | Unset = False,
    task_required: bool | Unset = False,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    in_progress: str | Unset = UNSET,
    get_week_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["description"] = description

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["project"] = project

    params["task"] = task

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    params["project-required"] = project_required

    params["task-required"] = task_required

    params["hydrated"] = hydrated

    params["page"] = page

    params["page-size"] = page_size

    params["in-progress"] = in_progress

    json_get_week_before: str | Unset = UNSET
    if not isinstance(get_week_before, Unset):
        json_get_week_before = get_week_before.isoformat()
    params["get-week-before"] = json_get_week_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries".format(
            workspace_id=quote(str(workspace_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TimeEntryWithRatesDtoV1] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TimeEntryWithRatesDtoV1.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TimeEntryWithRatesDtoV1]]:
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
    description: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    project_required: bool | Unset = False,
    task_required: bool | Unset = False,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    in_progress: str | Unset = UNSET,
    get_week_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[TimeEntryWithRatesDtoV1]]:
    """Time entries of a user

     Lists a user's time entries with filters on period, description, project, task and tags. Paged with
    `page` and `page-size`.

    Args:
        workspace_id (str):
        user_id (str):
        description (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project (str | Unset):
        task (str | Unset):
        tags (list[str] | Unset):
        project_required (bool | Unset):  Default: False.
        task_required (bool | Unset):  Default: False.
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        in_progress (str | Unset):
        get_week_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryWithRatesDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        description=description,
        start=start,
        end=end,
        project=project,
        task=task,
        tags=tags,
        project_required=project_required,
        task_required=task_required,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        in_progress=in_progress,
        get_week_before=get_week_before,
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
    description: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    project_required: bool | Unset = False,
    task_required: bool | Unset = False,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    in_progress: str | Unset = UNSET,
    get_week_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[TimeEntryWithRatesDtoV1] | None:
    """Time entries of a user

     Lists a user's time entries with filters on period, description, project, task and tags. Paged with
    `page` and `page-size`.

    Args:
        workspace_id (str):
        user_id (str):
        description (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project (str | Unset):
        task (str | Unset):
        tags (list[str] | Unset):
        project_required (bool | Unset):  Default: False.
        task_required (bool | Unset):  Default: False.
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        in_progress (str | Unset):
        get_week_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryWithRatesDtoV1]
    """

    return sync_detailed(
        workspace_id=workspace_id,
        user_id=user_id,
        client=client,
        description=description,
        start=start,
        end=end,
        project=project,
        task=task,
        tags=tags,
        project_required=project_required,
        task_required=task_required,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        in_progress=in_progress,
        get_week_before=get_week_before,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    project_required: bool | Unset = False,
    task_required: bool | Unset = False,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    in_progress: str | Unset = UNSET,
    get_week_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[TimeEntryWithRatesDtoV1]]:
    """Time entries of a user

     Lists a user's time entries with filters on period, description, project, task and tags. Paged with
    `page` and `page-size`.

    Args:
        workspace_id (str):
        user_id (str):
        description (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project (str | Unset):
        task (str | Unset):
        tags (list[str] | Unset):
        project_required (bool | Unset):  Default: False.
        task_required (bool | Unset):  Default: False.
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        in_progress (str | Unset):
        get_week_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TimeEntryWithRatesDtoV1]]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        user_id=user_id,
        description=description,
        start=start,
        end=end,
        project=project,
        task=task,
        tags=tags,
        project_required=project_required,
        task_required=task_required,
        hydrated=hydrated,
        page=page,
        page_size=page_size,
        in_progress=in_progress,
        get_week_before=get_week_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
    description: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    project: str | Unset = UNSET,
    task: str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    project_required: bool | Unset = False,
    task_required: bool | Unset = False,
    hydrated: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    in_progress: str | Unset = UNSET,
    get_week_before: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[TimeEntryWithRatesDtoV1] | None:
    """Time entries of a user

     Lists a user's time entries with filters on period, description, project, task and tags. Paged with
    `page` and `page-size`.

    Args:
        workspace_id (str):
        user_id (str):
        description (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        project (str | Unset):
        task (str | Unset):
        tags (list[str] | Unset):
        project_required (bool | Unset):  Default: False.
        task_required (bool | Unset):  Default: False.
        hydrated (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        in_progress (str | Unset):
        get_week_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TimeEntryWithRatesDtoV1]
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            user_id=user_id,
            client=client,
            description=description,
            start=start,
            end=end,
            project=project,
            task=task,
            tags=tags,
            project_required=project_required,
            task_required=task_required,
            hydrated=hydrated,
            page=page,
            page_size=page_size,
            in_progress=in_progress,
            get_week_before=get_week_before,
        )
    ).parsed
