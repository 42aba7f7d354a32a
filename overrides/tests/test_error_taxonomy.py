"""The live error taxonomy, read by the client: each answer Clockify is recorded to give maps to its typed error
by status, refined by the spec's data (the ``missing-reference`` condition), never by a list of codes."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import httpx
import pytest
from clockify_client import Clockify, errors
from clockify_client.testing import FakeClockify

KEY = "test-key-0000"
WORKSPACE = "64a687e29ae1f428e7ebe303"
ENTRY = "65a4f0c1b2d3e4f5a6b7c8d9"


def answering(status: int, content: bytes, content_type: str | None = "application/json") -> Clockify:
    headers = {"Content-Type": content_type} if content_type else {}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=content)

    return Clockify(api_key=KEY, transport=httpx.MockTransport(handler), max_retries=0, rate_limit=None)


def raised_by(client: Clockify, call: Callable[[Clockify], object]) -> errors.ClockifyError:
    with client, pytest.raises(errors.ClockifyError) as caught:
        call(client)
    return caught.value


def read_entry(client: Clockify) -> object:
    return client.time_entries.get(WORKSPACE, ENTRY)


@pytest.mark.parametrize("content_type", ["application/json", None])
def test_an_empty_404_is_a_not_found_error(content_type: str | None) -> None:
    error = raised_by(answering(404, b"", content_type), read_entry)
    assert type(error) is errors.NotFoundError
    assert (error.status_code, error.code, error.message) == (404, None, "Not Found (empty body)")


def test_a_405_is_a_typed_api_error_with_the_live_code() -> None:
    body = b'{"code": 3000, "message": "Request method \'GET\' is not supported"}'
    error = raised_by(answering(405, body), read_entry)
    assert type(error) is errors.MethodNotAllowedError
    assert isinstance(error, errors.APIError)
    assert (error.status_code, error.code, error.message) == (405, 3000, "Request method 'GET' is not supported")


@pytest.mark.parametrize("entity", ["Time entry", "Project", "Expense", "Task"])
def test_an_entity_that_does_not_belong_is_not_found_and_a_bad_request(entity: str) -> None:
    body = f'{{"code": 501, "message": "{entity} doesn\'t belong to Workspace"}}'.encode()
    error = raised_by(answering(400, body), read_entry)
    assert type(error) is errors.EntityNotFoundError
    assert isinstance(error, errors.NotFoundError)
    assert isinstance(error, errors.BadRequestError)
    assert (error.status_code, error.code) == (400, 501)
    assert error.message == f"{entity} doesn't belong to Workspace"
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.status_code, copy.message) == (errors.EntityNotFoundError, 400, error.message)


@pytest.mark.parametrize(
    ("status", "code", "message", "expected"),
    [
        (400, 501, "Page size cannot be larger than 5,000.", errors.BadRequestError),
        (400, 400, "Project doesn't belong to Workspace", errors.BadRequestError),  # the taxonomy says code 501
        (404, 501, "Project doesn't belong to Workspace", errors.NotFoundError),  # ... and status 400
        (400, 501, "doesn't belong to Workspace", errors.BadRequestError),  # no entity named
        (401, 4003, "Api key does not exist", errors.AuthenticationError),
        (401, 1000, "Multiple or none auth tokens present", errors.AuthenticationError),
        (403, 501, "Access Denied", errors.PermissionDeniedError),
        (404, 3000, "No static resource v1/workspaces/x/time-entries/stop.", errors.NotFoundError),
        (429, 429, "Too Many Requests", errors.RateLimitError),
        (418, None, None, errors.APIError),
    ],
)
def test_every_other_answer_maps_by_its_status(
    status: int, code: int | None, message: str | None, expected: type[errors.APIError]
) -> None:
    assert errors.class_for_answer(status, code, message) is expected


def test_the_fake_and_the_client_agree_on_a_deleted_entry_and_a_wrong_method() -> None:
    fake = FakeClockify()
    user = fake.store.add_user(fake.store.add_workspace("Acme", workspace_id=WORKSPACE)["id"], "Ada")
    fake.store.add_time_entry(WORKSPACE, user["id"], "2024-01-15T09:00:00Z", "2024-01-15T10:00:00Z", entry_id=ENTRY)
    with fake.client() as client:
        client.time_entries.delete(WORKSPACE, ENTRY)
        with pytest.raises(errors.NotFoundError) as gone:
            client.time_entries.get(WORKSPACE, ENTRY)
    assert (gone.value.status_code, gone.value.code, gone.value.message) == (
        400,
        501,
        "Time entry doesn't belong to Workspace",
    )
    response = fake.handle_request(
        httpx.Request("GET", f"https://api.clockify.me/api/v1/workspaces/{WORKSPACE}/time-entries")
    )  # the path takes POST only; the fake answers the method before the credential, as it routes first
    error = errors.error_from_response(response.status_code, response.content)
    assert type(error) is errors.MethodNotAllowedError
    assert (error.code, error.message) == (3000, "Request method 'GET' is not supported")
