"""Typed methods for the operations tagged ``user``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.error_response import ErrorResponse
    from ...models.get_users_of_workspace_memberships import GetUsersOfWorkspaceMemberships
    from ...models.get_users_of_workspace_sort_column import GetUsersOfWorkspaceSortColumn
    from ...models.get_users_of_workspace_sort_order import GetUsersOfWorkspaceSortOrder
    from ...models.get_users_of_workspace_status import GetUsersOfWorkspaceStatus
    from ...models.user_dto_v1 import UserDtoV1

__all__ = ["AsyncUserOperations", "UserOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class UserOperations:
    """Operations tagged ``user``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_logged_user(
        self,
        *,
        include_memberships: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> UserDtoV1:
        """The user who owns the credentials

        ``GET /v1/user``
        """

        return cast(
            "UserDtoV1",
            self._run(
                "GET /v1/user",
                {},
                {
                    "include-memberships": include_memberships,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def get_users_of_workspace(
        self,
        workspace_id: str,
        *,
        email: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        status: GetUsersOfWorkspaceStatus | Unset = UNSET,
        account_statuses: str | Unset = UNSET,
        name: str | Unset = UNSET,
        sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
        sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
        include_roles: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[UserDtoV1]:
        """Members of a workspace

        ``GET /v1/workspaces/{workspace_id}/users``
        """

        return cast(
            "list[UserDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/users",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "email": email,
                    "project-id": project_id,
                    "status": status,
                    "account-statuses": account_statuses,
                    "name": name,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "memberships": memberships,
                    "include-roles": include_roles,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )


class AsyncUserOperations:
    """Operations tagged ``user``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_logged_user(
        self,
        *,
        include_memberships: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> UserDtoV1:
        """The user who owns the credentials

        ``GET /v1/user``
        """

        return cast(
            "UserDtoV1",
            await self._run(
                "GET /v1/user",
                {},
                {
                    "include-memberships": include_memberships,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def get_users_of_workspace(
        self,
        workspace_id: str,
        *,
        email: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        status: GetUsersOfWorkspaceStatus | Unset = UNSET,
        account_statuses: str | Unset = UNSET,
        name: str | Unset = UNSET,
        sort_column: GetUsersOfWorkspaceSortColumn | Unset = UNSET,
        sort_order: GetUsersOfWorkspaceSortOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        memberships: GetUsersOfWorkspaceMemberships | Unset = UNSET,
        include_roles: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[UserDtoV1]:
        """Members of a workspace

        ``GET /v1/workspaces/{workspace_id}/users``
        """

        return cast(
            "list[UserDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/users",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "email": email,
                    "project-id": project_id,
                    "status": status,
                    "account-statuses": account_statuses,
                    "name": name,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "memberships": memberships,
                    "include-roles": include_roles,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )
