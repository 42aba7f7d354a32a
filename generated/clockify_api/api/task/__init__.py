"""Typed methods for the operations tagged ``task``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    import datetime
    from typing import cast

    from ...models.error_response import ErrorResponse
    from ...models.get_tasks_sort_column import GetTasksSortColumn
    from ...models.get_tasks_sort_order import GetTasksSortOrder
    from ...models.task_dto_v1 import TaskDtoV1
    from ...models.task_request_v1 import TaskRequestV1
    from ...models.task_request_v1_status import TaskRequestV1Status

__all__ = ["AsyncTaskOperations", "TaskOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class TaskOperations:
    """Operations tagged ``task``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_tasks(
        self,
        workspace_id: str,
        project_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_column: GetTasksSortColumn | Unset = UNSET,
        sort_order: GetTasksSortOrder | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TaskDtoV1]:
        """Tasks of a project

        ``GET /v1/workspaces/{workspace_id}/projects/{project_id}/tasks``
        """

        return cast(
            "list[TaskDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/projects/{project_id}/tasks",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "is-active": is_active,
                    "page": page,
                    "page-size": page_size,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def create_task(
        self,
        workspace_id: str,
        project_id: str,
        *,
        name: str,
        assignee_id: str | Unset = UNSET,
        assignee_ids: list[str] | Unset = UNSET,
        budget_estimate: int | Unset = UNSET,
        estimate: datetime.timedelta | Unset = UNSET,
        id: str | Unset = UNSET,
        status: TaskRequestV1Status | Unset = UNSET,
        user_group_ids: list[str] | Unset = UNSET,
        contains_assignee: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TaskDtoV1:
        """Create a task

        ``POST /v1/workspaces/{workspace_id}/projects/{project_id}/tasks``
        """

        return cast(
            "TaskDtoV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/projects/{project_id}/tasks",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "contains-assignee": contains_assignee,
                },
                {
                    "name": name,
                    "assigneeId": assignee_id,
                    "assigneeIds": assignee_ids,
                    "budgetEstimate": budget_estimate,
                    "estimate": estimate,
                    "id": id,
                    "status": status,
                    "userGroupIds": user_group_ids,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncTaskOperations:
    """Operations tagged ``task``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_tasks(
        self,
        workspace_id: str,
        project_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_column: GetTasksSortColumn | Unset = UNSET,
        sort_order: GetTasksSortOrder | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TaskDtoV1]:
        """Tasks of a project

        ``GET /v1/workspaces/{workspace_id}/projects/{project_id}/tasks``
        """

        return cast(
            "list[TaskDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/projects/{project_id}/tasks",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "is-active": is_active,
                    "page": page,
                    "page-size": page_size,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def create_task(
        self,
        workspace_id: str,
        project_id: str,
        *,
        name: str,
        assignee_id: str | Unset = UNSET,
        assignee_ids: list[str] | Unset = UNSET,
        budget_estimate: int | Unset = UNSET,
        estimate: datetime.timedelta | Unset = UNSET,
        id: str | Unset = UNSET,
        status: TaskRequestV1Status | Unset = UNSET,
        user_group_ids: list[str] | Unset = UNSET,
        contains_assignee: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TaskDtoV1:
        """Create a task

        ``POST /v1/workspaces/{workspace_id}/projects/{project_id}/tasks``
        """

        return cast(
            "TaskDtoV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/projects/{project_id}/tasks",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "contains-assignee": contains_assignee,
                },
                {
                    "name": name,
                    "assigneeId": assignee_id,
                    "assigneeIds": assignee_ids,
                    "budgetEstimate": budget_estimate,
                    "estimate": estimate,
                    "id": id,
                    "status": status,
                    "userGroupIds": user_group_ids,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
