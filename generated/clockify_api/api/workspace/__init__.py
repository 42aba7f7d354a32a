"""Typed methods for the operations tagged ``workspace``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.error_response import ErrorResponse
    from ...models.get_workspaces_of_user_roles import GetWorkspacesOfUserRoles
    from ...models.workspace_dto_v1 import WorkspaceDtoV1

__all__ = ["AsyncWorkspaceOperations", "WorkspaceOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class WorkspaceOperations:
    """Operations tagged ``workspace``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_workspaces_of_user(
        self,
        *,
        roles: GetWorkspacesOfUserRoles | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[WorkspaceDtoV1]:
        """Workspaces of the current user

        ``GET /v1/workspaces``
        """

        return cast(
            "list[WorkspaceDtoV1]",
            self._run(
                "GET /v1/workspaces",
                {},
                {
                    "roles": roles,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def get_workspace_of_user(
        self,
        workspace_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> WorkspaceDtoV1:
        """One workspace

        ``GET /v1/workspaces/{workspace_id}``
        """

        return cast(
            "WorkspaceDtoV1",
            self._run(
                "GET /v1/workspaces/{workspace_id}",
                {
                    "workspaceId": workspace_id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )


class AsyncWorkspaceOperations:
    """Operations tagged ``workspace``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_workspaces_of_user(
        self,
        *,
        roles: GetWorkspacesOfUserRoles | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[WorkspaceDtoV1]:
        """Workspaces of the current user

        ``GET /v1/workspaces``
        """

        return cast(
            "list[WorkspaceDtoV1]",
            await self._run(
                "GET /v1/workspaces",
                {},
                {
                    "roles": roles,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def get_workspace_of_user(
        self,
        workspace_id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> WorkspaceDtoV1:
        """One workspace

        ``GET /v1/workspaces/{workspace_id}``
        """

        return cast(
            "WorkspaceDtoV1",
            await self._run(
                "GET /v1/workspaces/{workspace_id}",
                {
                    "workspaceId": workspace_id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )
