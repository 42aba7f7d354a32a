"""Typed methods for the operations tagged ``tag``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    from typing import cast

    from ...models.error_response import ErrorResponse
    from ...models.get_tags_sort_column import GetTagsSortColumn
    from ...models.get_tags_sort_order import GetTagsSortOrder
    from ...models.tag_dto_v1 import TagDtoV1
    from ...models.tag_request import TagRequest

__all__ = ["AsyncTagOperations", "TagOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class TagOperations:
    """Operations tagged ``tag``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def get_tags(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        excluded_ids: str | Unset = UNSET,
        sort_column: GetTagsSortColumn | Unset = UNSET,
        sort_order: GetTagsSortOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TagDtoV1]:
        """Tags of a workspace

        ``GET /v1/workspaces/{workspace_id}/tags``
        """

        return cast(
            "list[TagDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/tags",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "excluded-ids": excluded_ids,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "archived": archived,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def create_new_tag(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TagDtoV1:
        """Create a tag

        ``POST /v1/workspaces/{workspace_id}/tags``
        """

        return cast(
            "TagDtoV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/tags",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "name": name,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncTagOperations:
    """Operations tagged ``tag``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def get_tags(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        strict_name_search: bool | Unset = UNSET,
        excluded_ids: str | Unset = UNSET,
        sort_column: GetTagsSortColumn | Unset = UNSET,
        sort_order: GetTagsSortOrder | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        archived: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TagDtoV1]:
        """Tags of a workspace

        ``GET /v1/workspaces/{workspace_id}/tags``
        """

        return cast(
            "list[TagDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/tags",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "name": name,
                    "strict-name-search": strict_name_search,
                    "excluded-ids": excluded_ids,
                    "sort-column": sort_column,
                    "sort-order": sort_order,
                    "page": page,
                    "page-size": page_size,
                    "archived": archived,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def create_new_tag(
        self,
        workspace_id: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TagDtoV1:
        """Create a tag

        ``POST /v1/workspaces/{workspace_id}/tags``
        """

        return cast(
            "TagDtoV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/tags",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "name": name,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
