"""Typed methods for the operations tagged ``project``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.cost_rate_request_v1 import CostRateRequestV1
    from ...models.error_response import ErrorResponse
    from ...models.estimate_request import EstimateRequest
    from ...models.get_projects_access import GetProjectsAccess
    from ...models.get_projects_client_status import GetProjectsClientStatus
    from ...models.get_projects_sort_column import GetProjectsSortColumn
    from ...models.get_projects_sort_order import GetProjectsSortOrder
    from ...models.get_projects_user_status import GetProjectsUserStatus
    from ...models.hourly_rate_request_v1 import HourlyRateRequestV1
    from ...models.membership_request import MembershipRequest
    from ...models.project_dto_impl_v1 import ProjectDtoImplV1
    from ...models.project_dto_v1 import ProjectDtoV1
    from ...models.project_request import ProjectRequest
    from ...models.task_request import TaskRequest
    from ...models.update_project_request import UpdateProjectRequest

__all__ = ["AsyncProjectOperations", "ProjectOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class ProjectOperations:
    """Operations tagged ``project``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_projects(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: list[str] | Unset = UNSET,
        contains_client: bool | Unset = UNSET,
        client_status: GetProjectsClientStatus | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        contains_user: bool | Unset = UNSET,
        user_status: GetProjectsUserStatus | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        sort_column: GetProjectsSortColumn | Unset = UNSET,
        sort_order: GetProjectsSortOrder | Unset = UNSET,
        hydrated: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        access: GetProjectsAccess | Unset = UNSET,
        expense_limit: int | Unset = UNSET,
        expense_date: str | Unset = UNSET,
        user_groups: list[str] | Unset = UNSET,
        contains_group: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[ProjectDtoV1]:
        """Projects of a workspace

        ``GET /v1/workspaces/{workspace_id}/projects``
        """

        return cast(
            "list[ProjectDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/projects",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "contains-client": contains_client,
                    "client-status": client_status,
                    "users": users,
                    "contains-user": contains_user,
                    "user-status": user_status,
                    "is-template": is_template,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "hydrated": hydrated,
                    "page": page,
                    "page-size": page_size,
                    "access": access,
                    "expense-limit": expense_limit,
                    "expense-date": expense_date,
                    "userGroups": user_groups,
                    "contains-group": contains_group,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def create_new_project(
        self,
        workspace_id: str,
        *,
        name: str,
        billable: bool | Unset = UNSET,
        client_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        cost_rate: CostRateRequestV1 | Unset = UNSET,
        estimate: EstimateRequest | Unset = UNSET,
        hourly_rate: HourlyRateRequestV1 | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        memberships: list[MembershipRequest] | Unset = UNSET,
        note: str | Unset = UNSET,
        tasks: list[TaskRequest] | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Create a project

        ``POST /v1/workspaces/{workspace_id}/projects``
        """

        return cast(
            "ProjectDtoImplV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/projects",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "name": name,
                    "billable": billable,
                    "clientId": client_id,
                    "color": color,
                    "costRate": cost_rate,
                    "estimate": estimate,
                    "hourlyRate": hourly_rate,
                    "isPublic": is_public,
                    "memberships": memberships,
                    "note": note,
                    "tasks": tasks,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def get_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        hydrated: bool | Unset = UNSET,
        custom_field_entity_type: str | Unset = UNSET,
        expense_limit: int | Unset = UNSET,
        expense_date: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoV1:
        """One project

        ``GET /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoV1",
            self._run(
                "GET /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "hydrated": hydrated,
                    "custom-field-entity-type": custom_field_entity_type,
                    "expense-limit": expense_limit,
                    "expense-date": expense_date,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def update_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        client_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        cost_rate: CostRateRequestV1 | Unset = UNSET,
        hourly_rate: HourlyRateRequestV1 | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Update a project

        ``PUT /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoImplV1",
            self._run(
                "PUT /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {},
                {
                    "archived": archived,
                    "billable": billable,
                    "clientId": client_id,
                    "color": color,
                    "costRate": cost_rate,
                    "hourlyRate": hourly_rate,
                    "isPublic": is_public,
                    "name": name,
                    "note": note,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def delete_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Delete a project

        ``DELETE /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoImplV1",
            self._run(
                "DELETE /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )


class AsyncProjectOperations:
    """Operations tagged ``project``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_projects(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        clients: list[str] | Unset = UNSET,
        contains_client: bool | Unset = UNSET,
        client_status: GetProjectsClientStatus | Unset = UNSET,
        users: list[str] | Unset = UNSET,
        contains_user: bool | Unset = UNSET,
        user_status: GetProjectsUserStatus | Unset = UNSET,
        is_template: bool | Unset = UNSET,
        sort_column: GetProjectsSortColumn | Unset = UNSET,
        sort_order: GetProjectsSortOrder | Unset = UNSET,
        hydrated: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        access: GetProjectsAccess | Unset = UNSET,
        expense_limit: int | Unset = UNSET,
        expense_date: str | Unset = UNSET,
        user_groups: list[str] | Unset = UNSET,
        contains_group: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[ProjectDtoV1]:
        """Projects of a workspace

        ``GET /v1/workspaces/{workspace_id}/projects``
        """

        return cast(
            "list[ProjectDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/projects",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "archived": archived,
                    "billable": billable,
                    "clients": clients,
                    "contains-client": contains_client,
                    "client-status": client_status,
                    "users": users,
                    "contains-user": contains_user,
                    "user-status": user_status,
                    "is-template": is_template,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "hydrated": hydrated,
                    "page": page,
                    "page-size": page_size,
                    "access": access,
                    "expense-limit": expense_limit,
                    "expense-date": expense_date,
                    "userGroups": user_groups,
                    "contains-group": contains_group,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def create_new_project(
        self,
        workspace_id: str,
        *,
        name: str,
        billable: bool | Unset = UNSET,
        client_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        cost_rate: CostRateRequestV1 | Unset = UNSET,
        estimate: EstimateRequest | Unset = UNSET,
        hourly_rate: HourlyRateRequestV1 | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        memberships: list[MembershipRequest] | Unset = UNSET,
        note: str | Unset = UNSET,
        tasks: list[TaskRequest] | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Create a project

        ``POST /v1/workspaces/{workspace_id}/projects``
        """

        return cast(
            "ProjectDtoImplV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/projects",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "name": name,
                    "billable": billable,
                    "clientId": client_id,
                    "color": color,
                    "costRate": cost_rate,
                    "estimate": estimate,
                    "hourlyRate": hourly_rate,
                    "isPublic": is_public,
                    "memberships": memberships,
                    "note": note,
                    "tasks": tasks,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def get_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        hydrated: bool | Unset = UNSET,
        custom_field_entity_type: str | Unset = UNSET,
        expense_limit: int | Unset = UNSET,
        expense_date: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoV1:
        """One project

        ``GET /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoV1",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {
                    "hydrated": hydrated,
                    "custom-field-entity-type": custom_field_entity_type,
                    "expense-limit": expense_limit,
                    "expense-date": expense_date,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def update_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        archived: bool | Unset = UNSET,
        billable: bool | Unset = UNSET,
        client_id: str | Unset = UNSET,
        color: str | Unset = UNSET,
        cost_rate: CostRateRequestV1 | Unset = UNSET,
        hourly_rate: HourlyRateRequestV1 | Unset = UNSET,
        is_public: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        note: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Update a project

        ``PUT /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoImplV1",
            await self._run(
                "PUT /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {},
                {
                    "archived": archived,
                    "billable": billable,
                    "clientId": client_id,
                    "color": color,
                    "costRate": cost_rate,
                    "hourlyRate": hourly_rate,
                    "isPublic": is_public,
                    "name": name,
                    "note": note,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def delete_project(
        self,
        workspace_id: str,
        project_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> ProjectDtoImplV1:
        """Delete a project

        ``DELETE /v1/workspaces/{workspace_id}/projects/{project_id}``
        """

        return cast(
            "ProjectDtoImplV1",
            await self._run(
                "DELETE /v1/workspaces/{workspace_id}/projects/{project_id}",
                {
                    "workspaceId": workspace_id,
                    "projectId": project_id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )
