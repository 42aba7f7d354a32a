"""Construction, hosts, credentials, serialization and error mapping of the client layer."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any, cast

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, errors
from clockify_client._client import retry_after_seconds
from clockify_client._serialize import format_datetime
from clockify_client.testing import sample_body

KEY = "test-key-0000"


def transport(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def test_credentials_exactly_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOCKIFY_API_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError, match="not both"):
        Clockify(api_key="a", addon_token="b")
    with pytest.raises(errors.ConfigurationError, match="no credentials"):
        Clockify()
    monkeypatch.setenv("CLOCKIFY_API_KEY", "from-env")
    client = Clockify()
    assert client._credentials.header == "X-Api-Key"
    assert client._credentials.secret.reveal() == "from-env"


def test_the_key_never_shows_in_repr_or_str() -> None:
    client = Clockify(api_key=KEY)
    assert KEY not in repr(client)
    assert KEY not in repr(client._credentials)
    assert KEY not in str(client.__dict__)


@pytest.mark.parametrize(
    ("kwargs", "core", "reports"),
    [
        ({}, "https://api.clockify.me/api", "https://reports.api.clockify.me"),
        ({"region": "euc1"}, "https://euc1.clockify.me/api", "https://euc1.clockify.me/report"),
        ({"region": "apse2"}, "https://apse2.clockify.me/api", "https://apse2.clockify.me/report"),
        ({"subdomain": "acme"}, "https://acme.clockify.me/api", "https://acme.clockify.me/report"),
        (
            {"base_url": "http://127.0.0.1:8080/api", "reports_base_url": "http://localhost:9/r"},
            "http://127.0.0.1:8080/api",
            "http://localhost:9/r",
        ),
    ],
)
def test_hosts(kwargs: dict[str, Any], core: str, reports: str) -> None:
    client = Clockify(api_key=KEY, **kwargs)
    assert (client.hosts.core, client.hosts.reports) == (core, reports)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"region": "mars1"}, "unknown region"),
        ({"region": "euc1", "subdomain": "x"}, "not both"),
        ({"base_url": "http://api.example.test/api"}, "plain http"),
        ({"reports_base_url": "ftp://x/"}, "https"),
        ({"subdomain": "a/b"}, "not a subdomain"),
    ],
)
def test_bad_hosts_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=message):
        Clockify(api_key=KEY, **kwargs)


def test_datetimes_take_the_form_each_api_accepts() -> None:
    aware = datetime.datetime(2024, 1, 15, 10, 30, 5, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    assert format_datetime(aware, reports=True) == "2024-01-15T09:30:05.123Z"
    assert format_datetime(aware, reports=False) == "2024-01-15T09:30:05Z"


def test_naive_datetimes_are_refused_before_sending() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201)

    client = Clockify(api_key=KEY, transport=transport(record))
    with pytest.raises(errors.RequestValidationError, match="time zone") as caught:
        client.call("createTimeEntry", path={"workspaceId": "w1"}, body={"start": datetime.datetime(2024, 1, 1, 9)})
    assert caught.value.problems[0].path == "$.start"
    assert sent == []


def test_a_request_carries_the_key_header_and_the_serialized_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1", description="x"))

    client = Clockify(api_key=KEY, transport=transport(handler))
    start = datetime.datetime(2024, 1, 15, 9, 0, tzinfo=datetime.UTC)
    client.call("createTimeEntry", path={"workspaceId": "w 1"}, body={"start": start, "description": "x"})
    request = seen[0]
    assert request.url == "https://api.clockify.me/api/v1/workspaces/w%201/time-entries"
    assert request.headers["X-Api-Key"] == KEY
    assert json.loads(request.content) == {"start": "2024-01-15T09:00:00Z", "description": "x"}


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "message"),
    [
        (
            400,
            {"code": 501, "message": "Maximum page size is 201"},
            errors.BadRequestError,
            501,
            "Maximum page size is 201",
        ),
        (401, {"code": 401, "message": "Unauthorized"}, errors.AuthenticationError, 401, "Unauthorized"),
        (403, {"code": 403, "message": "Forbidden"}, errors.PermissionDeniedError, 403, "Forbidden"),
        (404, {"code": 404, "message": "Not found"}, errors.NotFoundError, 404, "Not found"),
        (429, {"code": 429, "message": "Too many requests"}, errors.RateLimitError, 429, "Too many requests"),
        (500, {"code": 500, "message": "Error occurred while generating report"}, errors.ServerError, 500, None),
        (520, "<html>origin error</html>", errors.ServerError, None, "origin error"),
        (418, {"unexpected": True}, errors.APIError, None, "unexpected"),
    ],
)
def test_error_statuses_map_to_typed_errors(
    status: int, body: object, cls: type[errors.APIError], code: int | None, message: str | None
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"Content-Type": "text/html"})
        return httpx.Response(status, json=body)

    client = Clockify(api_key=KEY, transport=transport(handler))
    with pytest.raises(cls) as caught:
        client.call("getLoggedUser")
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.code == code
    assert caught.value.operation_id == "getLoggedUser"
    if message:
        assert message in str(caught.value)
    assert KEY not in str(caught.value)


def test_transport_failures_become_connection_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    with pytest.raises(errors.APIConnectionError):
        Clockify(api_key=KEY, transport=transport(refuse), max_retries=0).call("getLoggedUser")
    with pytest.raises(errors.APITimeoutError):
        Clockify(api_key=KEY, transport=transport(slow), max_retries=0).call("getLoggedUser")


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_an_operation_with_a_form_body_is_indexed_and_refuses_a_json_body(monkeypatch: pytest.MonkeyPatch) -> None:
    # Clockify's full spec (upstream mode) has file uploads: the index must read them, the client refuse them.
    from clockify_client import _spec

    upload = {
        "operationId": "uploadImage",
        "tags": ["User"],
        "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}, "required": True},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }
    document = {**_spec.spec(), "paths": {**_spec.spec()["paths"], "/v1/file/image": {"post": upload}}}
    operations = _spec.index(document)
    assert operations["uploadImage"].body_media_type == "multipart/form-data"
    assert operations["uploadImage"].body_schema is None
    assert operations["createTimeEntry"].body_media_type == "application/json"
    monkeypatch.setattr(_spec, "operations", lambda: operations)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = Clockify(api_key=KEY, transport=transport(handler))
    with pytest.raises(errors.ConfigurationError, match="multipart/form-data"):
        client.call(cast(Any, "uploadImage"), body={"file": "x"})  # an operation only this test adds
    assert sent == []


def test_an_operation_goes_to_the_host_its_path_lists_and_is_retried_by_what_it_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Clockify's full spec serves shared reports from the Reports API's host, though they are not report
    # queries: the host comes from the path's servers, and creating one is never sent twice.
    from clockify_client import _spec

    paths = _spec.spec()["paths"]
    reports_servers = paths["/v1/workspaces/{workspaceId}/reports/detailed"]["servers"]
    create = {
        "operationId": "createSharedReport",
        "tags": ["Shared Report"],
        "parameters": [{"name": "workspaceId", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}, "required": True},
        "responses": {"201": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }
    shared = {"servers": reports_servers, "post": create}
    document = {**_spec.spec(), "paths": {**paths, "/v1/workspaces/{workspaceId}/shared-reports": shared}}
    operations = _spec.index(document)
    assert (operations["createSharedReport"].host, operations["createSharedReport"].is_report) == ("reports", False)
    assert (operations["generateDetailedReport"].host, operations["generateDetailedReport"].is_report) == (
        "reports",
        True,
    )
    assert operations["createTimeEntry"].host == "core"
    monkeypatch.setattr(_spec, "operations", lambda: operations)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(502, json={"message": "Bad Gateway"})

    client = Clockify(api_key=KEY, transport=transport(handler), max_retries=3, rate_limit=None)
    with pytest.raises(errors.ServerError):
        # not validated: the validator knows the operations of the shipped spec only
        client.call(cast(Any, "createSharedReport"), path={"workspaceId": "w1"}, body={"name": "x"}, validate=False)
    assert [str(r.url) for r in sent] == ["https://reports.api.clockify.me/v1/workspaces/w1/shared-reports"]


OPTIONS = {"max_retries": 1000, "rate_limit": 0, "timeout": "x", "deadline": -1, "max_response_bytes": 0, "hosts": None}


@pytest.mark.parametrize("cls", [Clockify, AsyncClockify])
@pytest.mark.parametrize(("option", "value"), OPTIONS.items())
def test_an_option_is_fixed_when_the_client_is_made(
    cls: type[Clockify] | type[AsyncClockify], option: str, value: object
) -> None:
    """An assignment would skip the constructor's checks (``max_retries=1000`` is refused there): it is
    refused, naming the option and the way to set it, and the value the constructor checked stays."""
    client = cls("k", max_retries=2, deadline=30)
    before = getattr(client, option)
    changes: list[Callable[[], None]] = [lambda: setattr(client, option, value), lambda: delattr(client, option)]
    for change in changes:
        with pytest.raises(errors.ConfigurationError, match=rf"{cls.__name__}\.{option} is fixed .*{option}=\.\.\."):
            change()
        assert getattr(client, option) is before
    assert (client.max_retries, client.deadline) == (2, 30)
    assert getattr(cls, option).__doc__  # help(Clockify) explains it
