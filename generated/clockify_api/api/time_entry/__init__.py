"""Typed methods for the operations tagged ``time_entry``, written by the generator from the spec."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never, cast

from ...types import UNSET, JsonValue, Unset

if TYPE_CHECKING:  # annotations only: importing this module stays cheap
    import datetime
    from typing import cast

    from ...models.create_custom_attribute_request import CreateCustomAttributeRequest
    from ...models.create_time_entry_request import CreateTimeEntryRequest
    from ...models.create_time_entry_request_type import CreateTimeEntryRequestType
    from ...models.error_response import ErrorResponse
    from ...models.stop_time_entry_request import StopTimeEntryRequest
    from ...models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
    from ...models.time_entry_dto_v1 import TimeEntryDtoV1
    from ...models.time_entry_with_rates_dto_v1 import TimeEntryWithRatesDtoV1
    from ...models.update_custom_field_request import UpdateCustomFieldRequest
    from ...models.update_invoiced_status_request import UpdateInvoicedStatusRequest
    from ...models.update_time_entry_bulk_request import UpdateTimeEntryBulkRequest
    from ...models.update_time_entry_request import UpdateTimeEntryRequest
    from ...models.update_time_entry_request_type import UpdateTimeEntryRequestType

__all__ = ["AsyncTimeEntryOperations", "TimeEntryOperations"]

# run("METHOD /path", path, query, body, extra_body, extra_query, unknown) -> the decoded answer
Run = Callable[..., Any]


class TimeEntryOperations:
    """Operations tagged ``time_entry``."""

    def __init__(self, run: Run) -> None:
        self._run = run

    def create_time_entry(
        self,
        workspace_id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: CreateTimeEntryRequestType | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Create a time entry

        ``POST /v1/workspaces/{workspace_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "start": start,
                    "billable": billable,
                    "customAttributes": custom_attributes,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def get_time_entries(
        self,
        workspace_id: str,
        user_id: str,
        *,
        description: str | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project: str | Unset = UNSET,
        task: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        project_required: bool | Unset = UNSET,
        task_required: bool | Unset = UNSET,
        hydrated: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        in_progress: str | Unset = UNSET,
        get_week_before: datetime.datetime | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryWithRatesDtoV1]:
        """Time entries of a user

        ``GET /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryWithRatesDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "description": description,
                    "start": start,
                    "end": end,
                    "project": project,
                    "task": task,
                    "tags": tags,
                    "project-required": project_required,
                    "task-required": task_required,
                    "hydrated": hydrated,
                    "page": page,
                    "page-size": page_size,
                    "in-progress": in_progress,
                    "get-week-before": get_week_before,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def replace_many(
        self,
        workspace_id: str,
        user_id: str,
        body: Sequence[UpdateTimeEntryBulkRequest | Mapping[str, object]],
        *,
        hydrated: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryDtoV1]:
        """Update several time entries of a user

        ``PUT /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryDtoV1]",
            self._run(
                "PUT /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "hydrated": hydrated,
                },
                body,
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def create_for_others(
        self,
        workspace_id: str,
        user_id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: CreateTimeEntryRequestType | Unset = UNSET,
        from_entry: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Create a time entry for another user

        ``POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "from-entry": from_entry,
                },
                {
                    "start": start,
                    "billable": billable,
                    "customAttributes": custom_attributes,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def delete_many(
        self,
        workspace_id: str,
        user_id: str,
        *,
        time_entry_ids: list[str],
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryDtoImplV1]:
        """Delete several time entries of a user

        ``DELETE /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryDtoImplV1]",
            self._run(
                "DELETE /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "time-entry-ids": time_entry_ids,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def stop_running_time_entry(
        self,
        workspace_id: str,
        user_id: str,
        *,
        end: datetime.datetime,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Stop a running timer

        ``PATCH /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            self._run(
                "PATCH /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {},
                {
                    "end": end,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def get_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        hydrated: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryWithRatesDtoV1:
        """One time entry

        ``GET /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "TimeEntryWithRatesDtoV1",
            self._run(
                "GET /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {
                    "hydrated": hydrated,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def update_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: UpdateTimeEntryRequestType | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Replace a time entry

        ``PUT /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "TimeEntryDtoImplV1",
            self._run(
                "PUT /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {},
                {
                    "start": start,
                    "billable": billable,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    def delete_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> None:
        """Delete a time entry

        ``DELETE /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "None",
            self._run(
                "DELETE /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def get_in_progress_time_entries(
        self,
        workspace_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryWithRatesDtoV1]:
        """Running timers of a workspace

        ``GET /v1/workspaces/{workspace_id}/time-entries/status/in-progress``
        """

        return cast(
            "list[TimeEntryWithRatesDtoV1]",
            self._run(
                "GET /v1/workspaces/{workspace_id}/time-entries/status/in-progress",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "page": page,
                    "page-size": page_size,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def duplicate_time_entry(
        self,
        workspace_id: str,
        user_id: str,
        id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Duplicate a time entry

        ``POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries/{id}/duplicate``
        """

        return cast(
            "TimeEntryDtoImplV1",
            self._run(
                "POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries/{id}/duplicate",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                    "id": id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    def update_invoiced_status(
        self,
        workspace_id: str,
        *,
        invoiced: bool = False,
        time_entry_ids: list[str],
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> None:
        """Mark time entries invoiced

        ``PATCH /v1/workspaces/{workspace_id}/time-entries/invoiced``
        """

        return cast(
            "None",
            self._run(
                "PATCH /v1/workspaces/{workspace_id}/time-entries/invoiced",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "invoiced": invoiced,
                    "timeEntryIds": time_entry_ids,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )


class AsyncTimeEntryOperations:
    """Operations tagged ``time_entry``, awaitable."""

    def __init__(self, run: Callable[..., Awaitable[Any]]) -> None:
        self._run = run

    async def create_time_entry(
        self,
        workspace_id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: CreateTimeEntryRequestType | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Create a time entry

        ``POST /v1/workspaces/{workspace_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "start": start,
                    "billable": billable,
                    "customAttributes": custom_attributes,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def get_time_entries(
        self,
        workspace_id: str,
        user_id: str,
        *,
        description: str | Unset = UNSET,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project: str | Unset = UNSET,
        task: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        project_required: bool | Unset = UNSET,
        task_required: bool | Unset = UNSET,
        hydrated: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        in_progress: str | Unset = UNSET,
        get_week_before: datetime.datetime | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryWithRatesDtoV1]:
        """Time entries of a user

        ``GET /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryWithRatesDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "description": description,
                    "start": start,
                    "end": end,
                    "project": project,
                    "task": task,
                    "tags": tags,
                    "project-required": project_required,
                    "task-required": task_required,
                    "hydrated": hydrated,
                    "page": page,
                    "page-size": page_size,
                    "in-progress": in_progress,
                    "get-week-before": get_week_before,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def replace_many(
        self,
        workspace_id: str,
        user_id: str,
        body: Sequence[UpdateTimeEntryBulkRequest | Mapping[str, object]],
        *,
        hydrated: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryDtoV1]:
        """Update several time entries of a user

        ``PUT /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryDtoV1]",
            await self._run(
                "PUT /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "hydrated": hydrated,
                },
                body,
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def create_for_others(
        self,
        workspace_id: str,
        user_id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_attributes: list[CreateCustomAttributeRequest] | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: CreateTimeEntryRequestType | Unset = UNSET,
        from_entry: str | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Create a time entry for another user

        ``POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "from-entry": from_entry,
                },
                {
                    "start": start,
                    "billable": billable,
                    "customAttributes": custom_attributes,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def delete_many(
        self,
        workspace_id: str,
        user_id: str,
        *,
        time_entry_ids: list[str],
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryDtoImplV1]:
        """Delete several time entries of a user

        ``DELETE /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "list[TimeEntryDtoImplV1]",
            await self._run(
                "DELETE /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {
                    "time-entry-ids": time_entry_ids,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def stop_running_time_entry(
        self,
        workspace_id: str,
        user_id: str,
        *,
        end: datetime.datetime,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Stop a running timer

        ``PATCH /v1/workspaces/{workspace_id}/user/{user_id}/time-entries``
        """

        return cast(
            "TimeEntryDtoImplV1",
            await self._run(
                "PATCH /v1/workspaces/{workspace_id}/user/{user_id}/time-entries",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                },
                {},
                {
                    "end": end,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def get_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        hydrated: bool | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryWithRatesDtoV1:
        """One time entry

        ``GET /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "TimeEntryWithRatesDtoV1",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {
                    "hydrated": hydrated,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def update_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        start: datetime.datetime,
        billable: bool | Unset = UNSET,
        custom_fields: list[UpdateCustomFieldRequest] | Unset = UNSET,
        description: str | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        project_id: str | Unset = UNSET,
        tag_ids: list[str] | Unset = UNSET,
        task_id: str | Unset = UNSET,
        type_: UpdateTimeEntryRequestType | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Replace a time entry

        ``PUT /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "TimeEntryDtoImplV1",
            await self._run(
                "PUT /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {},
                {
                    "start": start,
                    "billable": billable,
                    "customFields": custom_fields,
                    "description": description,
                    "end": end,
                    "projectId": project_id,
                    "tagIds": tag_ids,
                    "taskId": task_id,
                    "type": type_,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )

    async def delete_time_entry(
        self,
        workspace_id: str,
        id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> None:
        """Delete a time entry

        ``DELETE /v1/workspaces/{workspace_id}/time-entries/{id}``
        """

        return cast(
            "None",
            await self._run(
                "DELETE /v1/workspaces/{workspace_id}/time-entries/{id}",
                {
                    "workspaceId": workspace_id,
                    "id": id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def get_in_progress_time_entries(
        self,
        workspace_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> list[TimeEntryWithRatesDtoV1]:
        """Running timers of a workspace

        ``GET /v1/workspaces/{workspace_id}/time-entries/status/in-progress``
        """

        return cast(
            "list[TimeEntryWithRatesDtoV1]",
            await self._run(
                "GET /v1/workspaces/{workspace_id}/time-entries/status/in-progress",
                {
                    "workspaceId": workspace_id,
                },
                {
                    "page": page,
                    "page-size": page_size,
                },
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def duplicate_time_entry(
        self,
        workspace_id: str,
        user_id: str,
        id: str,
        *,
        extra_query: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> TimeEntryDtoImplV1:
        """Duplicate a time entry

        ``POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries/{id}/duplicate``
        """

        return cast(
            "TimeEntryDtoImplV1",
            await self._run(
                "POST /v1/workspaces/{workspace_id}/user/{user_id}/time-entries/{id}/duplicate",
                {
                    "workspaceId": workspace_id,
                    "userId": user_id,
                    "id": id,
                },
                {},
                UNSET,
                None,
                extra_query,
                unknown,
            ),
        )

    async def update_invoiced_status(
        self,
        workspace_id: str,
        *,
        invoiced: bool = False,
        time_entry_ids: list[str],
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **unknown: Never,
    ) -> None:
        """Mark time entries invoiced

        ``PATCH /v1/workspaces/{workspace_id}/time-entries/invoiced``
        """

        return cast(
            "None",
            await self._run(
                "PATCH /v1/workspaces/{workspace_id}/time-entries/invoiced",
                {
                    "workspaceId": workspace_id,
                },
                {},
                {
                    "invoiced": invoiced,
                    "timeEntryIds": time_entry_ids,
                },
                extra_body,
                extra_query,
                unknown,
            ),
        )
