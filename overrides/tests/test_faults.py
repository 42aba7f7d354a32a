"""Fault injection against real sockets on 127.0.0.1: what the client raises, and what the server saw.

Every test counts on the server side. A write (creating POST, PATCH) is never sent twice once it may
have reached the server; reads, PUT/DELETE and the Reports API's POSTs are retried on connection
errors, timeouts, 429 and 5xx, at most ``max_retries`` times.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import json
import logging
import math
import time
from collections.abc import Iterator
from typing import Any, cast

import pytest
from clockify_client import AsyncClockify, Clockify, _resilience, errors
from clockify_client.testing import answer_body, sample_body
from pytest_httpserver import HTTPServer

from scripts.payloads import detailed_rows

from .loopback import Fault, LoopbackServer, Reply, Step, refused_port

KEY = "faults-test-key-7f3a"
WS = "5b641568b07987035750505e"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
USER = Reply(200, answer_body("getLoggedUser", id="u1", name="A"))
ENTRY = Reply(201, answer_body("createTimeEntry", id="e1"))
UPDATED = Reply(200, ENTRY.body)  # an entry changed or stopped: the same document
HTML = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_resilience, "BACKOFF_BASE", 0.0)


def client(url: str, **kwargs: Any) -> Clockify:
    options: dict[str, Any] = {"rate_limit": None, "timeout": 5.0, **kwargs}
    return Clockify(api_key=KEY, base_url=url + "/api", reports_base_url=url + "/reports", **options)


def create(c: Clockify) -> Any:
    return c.time_entries.create(WS, start=START)


# A fault on the first attempt, whether the server had read the request, and what a write that is
# not retried raises.
FAULTS: list[tuple[str, Step, bool, type[errors.ClockifyError]]] = [
    ("reset before read", Fault.RESET_BEFORE_READ, False, errors.APIConnectionError),
    ("reset after read", Fault.RESET_AFTER_READ, True, errors.APIConnectionError),
    ("closed after read", Fault.CLOSE_AFTER_READ, True, errors.APIConnectionError),
    ("body cut off in transfer", Reply(201, b'{"id": "e', declared_length=500), True, errors.APIConnectionError),
    ("502 html page", Reply(502, HTML, content_type="text/html"), True, errors.ServerError),
    ("503", Reply(503, b'{"code": 503, "message": "unavailable"}'), True, errors.ServerError),
    ("504 empty", Reply(504, b"", content_type=None), True, errors.ServerError),
]


@pytest.mark.parametrize(("fault", "read"), [(f, r) for _, f, r, _ in FAULTS], ids=[n for n, *_ in FAULTS])
def test_a_read_is_retried_after_a_fault(fault: Step, read: bool) -> None:
    with LoopbackServer([fault, USER]) as server:
        assert client(server.url).users.me().name == "A"
    assert server.connections == 2
    assert len(server.requests) == (2 if read else 1)


@pytest.mark.parametrize(
    ("fault", "raised"), [(f, e) for _, f, r, e in FAULTS if r], ids=[n for n, _, r, _ in FAULTS if r]
)
def test_a_create_that_reached_the_server_is_never_sent_again(fault: Step, raised: type[errors.ClockifyError]) -> None:
    with LoopbackServer([fault, ENTRY]) as server, pytest.raises(raised):
        create(client(server.url))
    assert server.connections == 1
    assert [r.method for r in server.requests] == ["POST"]


def test_a_create_reset_before_the_server_read_it_arrives_at_most_once() -> None:
    """Both outcomes are right, and which one happens is a race in the kernel. Usually the reset lands
    after ``connect()`` returned: to the client that is a connection lost after sending, exactly like a
    reset after the server read the request, so it is not retried, and nothing arrived. Sometimes the
    reset beats ``connect()``: a connect failure, so retried, and the create arrives once."""
    with LoopbackServer([Fault.RESET_BEFORE_READ, ENTRY]) as server:
        try:
            created = create(client(server.url))
        except errors.APIConnectionError:
            assert (server.connections, len(server.requests)) == (1, 0)
        else:
            assert created.id == "e1"
            assert (server.connections, len(server.requests)) == (2, 1)


# Per kind of operation: is it retried after the server read it and dropped the connection?
POLICY: list[tuple[str, dict[str, Any], Reply, bool]] = [
    ("getLoggedUser", {}, USER, True),
    (
        "updateTimeEntry",
        {"path": {"workspaceId": WS, "id": "e1"}, "body": {"start": START}},
        Reply(200, ENTRY.body),
        True,
    ),
    ("deleteTimeEntry", {"path": {"workspaceId": WS, "id": "e1"}}, Reply(204, b"", content_type=None), True),
    (
        "generateDetailedReport",
        {"path": {"workspaceId": WS}, "body": {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}},
        Reply(200, json.dumps({"timeEntries": [], "totals": []}).encode()),
        True,
    ),
    ("createTimeEntry", {"path": {"workspaceId": WS}, "body": {"start": START}}, ENTRY, False),
    ("duplicateTimeEntry", {"path": {"workspaceId": WS, "userId": "u1", "id": "e1"}}, ENTRY, False),
    (
        "stopRunningTimeEntry",
        {"path": {"workspaceId": WS, "userId": "u1"}, "body": {"end": START}},
        Reply(200, ENTRY.body),
        False,
    ),
]


@pytest.mark.parametrize(("operation_id", "kwargs", "success", "repeatable"), POLICY, ids=[p[0] for p in POLICY])
@pytest.mark.parametrize(
    ("fault", "refused_unread"),
    [(Fault.RESET_AFTER_READ, False), (Reply(503), False), (Reply(429, headers={"Retry-After": "0"}), True)],
    ids=["reset after read", "503", "429"],
)
def test_retry_policy_per_kind_of_operation(
    operation_id: str, kwargs: dict[str, Any], success: Reply, repeatable: bool, fault: Step, refused_unread: bool
) -> None:
    retried = repeatable or refused_unread
    with LoopbackServer([fault, success]) as server:
        c = client(server.url)
        if retried:
            c.call(cast(Any, operation_id), **kwargs)
        else:
            with pytest.raises((errors.APIConnectionError, errors.ServerError)):
                c.call(cast(Any, operation_id), **kwargs)
    assert len(server.requests) == (2 if retried else 1)
    # A retry sends the very same request again.
    assert len({(r.method, r.path, r.body) for r in server.requests}) == 1


def test_a_report_post_is_retried_through_5xx_reset_and_timeout_with_the_same_body() -> None:
    body = {**DATES, "detailedFilter": {"page": 1, "pageSize": 1000}}
    page = json.dumps({"timeEntries": detailed_rows(3), "totals": [{"entriesCount": 3}]}).encode()
    slow = Reply(200, page, delay=2.0)
    with LoopbackServer([Reply(503), Fault.RESET_AFTER_READ, slow, Reply(200, page)]) as server:
        rows = list(client(server.url, timeout=0.15, max_retries=3).reports.iterate_detailed(WS, body))
    assert len(rows) == 3
    assert len(server.requests) == 4
    assert len({r.body for r in server.requests}) == 1
    assert all(r.path == f"/reports/v1/workspaces/{WS}/reports/detailed" for r in server.requests)


def test_retries_are_bounded_by_max_retries() -> None:
    server = LoopbackServer([Fault.RESET_AFTER_READ])
    with server, pytest.raises(errors.APIConnectionError, match="getLoggedUser"):
        client(server.url, max_retries=3).users.me()
    assert server.connections == 4
    server = LoopbackServer([Reply(502, HTML, content_type="text/html")])
    with server, pytest.raises(errors.ServerError) as caught:
        client(server.url, max_retries=0).users.me()
    assert server.connections == 1
    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in caught.value.message  # an excerpt of the page itself


# --- connection refused: the request certainly never left -------------------------------------------------


def retry_records(caplog: pytest.LogCaptureFixture, failure: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "clockify_client" and f"retrying after {failure}" in r.message]


@pytest.mark.parametrize("call", [lambda c: c.users.me(), create], ids=["read", "create"])
def test_refused_connections_are_retried_for_reads_and_creates(caplog: pytest.LogCaptureFixture, call: Any) -> None:
    caplog.set_level(logging.INFO, logger="clockify_client")
    with refused_port() as url, pytest.raises(errors.APIConnectionError, match="ConnectError"):
        call(client(url, max_retries=2))
    assert len(retry_records(caplog, "connect")) == 2


def test_a_create_refused_once_then_accepted_arrives_exactly_once() -> None:
    server = LoopbackServer([ENTRY], listen=False)

    class ListenOnRetry(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "retrying after connect" in record.getMessage():
                server.listen()

    handler = ListenOnRetry()
    logger = logging.getLogger("clockify_client")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        with server:
            assert create(client(server.url)).id == "e1"
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    assert server.connections == 1
    assert len(server.requests) == 1


# --- timeouts ------------------------------------------------------------------------------------------------


def test_the_client_timeout_retries_a_slow_read_but_never_a_create() -> None:
    slow_user = Reply(200, USER.body, delay=2.0)
    with LoopbackServer([slow_user, USER]) as server:
        started = time.perf_counter()
        assert client(server.url, timeout=0.15).users.me().name == "A"
        assert time.perf_counter() - started < 1.0
    assert len(server.requests) == 2
    server = LoopbackServer([Reply(201, ENTRY.body, delay=2.0), ENTRY])
    with server, pytest.raises(errors.APITimeoutError, match="createTimeEntry: timed out"):
        create(client(server.url, timeout=0.15))
    assert len(server.requests) == 1


def test_timeouts_are_bounded_by_max_retries() -> None:
    with LoopbackServer([Reply(200, USER.body, delay=2.0)]) as server:
        started = time.perf_counter()
        with pytest.raises(errors.APITimeoutError):
            client(server.url, timeout=0.1, max_retries=2).users.me()
        assert time.perf_counter() - started < 1.5
    assert server.connections == 3


def test_the_per_call_timeout_overrides_the_client_timeout_both_ways() -> None:
    with LoopbackServer([Reply(200, USER.body, delay=2.0)]) as server:
        started = time.perf_counter()
        with pytest.raises(errors.APITimeoutError):
            client(server.url, timeout=30.0, max_retries=0).call("getLoggedUser", timeout=0.15)
        assert time.perf_counter() - started < 1.0
    with LoopbackServer([Reply(200, USER.body, delay=0.3)]) as server:
        result = client(server.url, timeout=0.05, max_retries=0).call("getLoggedUser", timeout=3.0)
    assert result.name == "A"
    assert server.connections == 1


# --- 429 and Retry-After ------------------------------------------------------------------------------------


@pytest.mark.parametrize("call", [lambda c: c.users.me(), create], ids=["read", "create"])
def test_429_with_retry_after_seconds_is_honoured(call: Any) -> None:
    limited = Reply(429, b'{"code": 429, "message": "Too many requests"}', headers={"Retry-After": "0.3"})
    with LoopbackServer([limited, USER if call is not create else ENTRY]) as server:
        call(client(server.url))
    assert len(server.requests) == 2  # a 429 was refused unread: even a create is sent again
    assert server.requests[1].at - server.requests[0].at >= 0.3


def test_429_with_retry_after_as_an_http_date_is_honoured() -> None:
    now = time.time()
    when = math.floor(now) + (1 if math.floor(now) + 1 - now >= 0.3 else 2)  # at least 0.3 s ahead
    header = email.utils.formatdate(when, usegmt=True)
    with LoopbackServer([Reply(429, b"", content_type=None, headers={"Retry-After": header}), USER]) as server:
        assert client(server.url).users.me().name == "A"
        assert time.time() >= when
    assert server.connections == 2


def test_retry_after_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_resilience, "RETRY_AFTER_CAP", 0.2)
    with LoopbackServer([Reply(429, b"", headers={"Retry-After": "3600"}), USER]) as server:
        started = time.perf_counter()
        assert client(server.url).users.me().name == "A"
        elapsed = time.perf_counter() - started
    assert 0.2 <= elapsed < 1.5
    assert server.connections == 2


def test_429_retries_are_bounded_and_the_error_carries_retry_after() -> None:
    server = LoopbackServer([Reply(429, b'{"code": 429, "message": "slow down"}', headers={"Retry-After": "0"})])
    with server, pytest.raises(errors.RateLimitError) as caught:
        client(server.url, max_retries=2).users.me()
    assert server.connections == 3
    assert caught.value.retry_after == 0.0
    assert caught.value.message == "slow down"


# --- bodies that are not what the spec says ----------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b'{"id": "u1", "name": "A'),  # truncated JSON, complete HTTP message
        Reply(200, b"<html><body>Maintenance</body></html>", content_type="text/html"),
        Reply(200, USER.body, content_type="text/plain"),  # JSON, but labelled as something else
        Reply(200, b"", content_type="application/json"),
        Reply(200, b"\xff\xfe\x00garbage"),
    ],
    ids=["truncated json", "html 200", "wrong content type", "empty", "binary"],
)
def test_unreadable_success_bodies_are_typed_errors_and_not_retried(reply: Reply) -> None:
    with LoopbackServer([reply, USER]) as server, pytest.raises(errors.UnexpectedResponseError) as caught:
        client(server.url).users.me()
    assert caught.value.status_code == 200
    assert caught.value.operation_id == "getLoggedUser"
    assert server.connections == 1


BIG = 20_000_000


def test_a_20_mb_array_where_an_object_is_expected_fails_fast_with_a_short_message() -> None:
    item = b'{"id": "p0000000", "name": "' + b"x" * 150 + b'"}'
    body = b"[" + b",".join([item] * (BIG // (len(item) + 1))) + b"]"
    with LoopbackServer([Reply(200, body)]) as server:
        started = time.perf_counter()
        with pytest.raises(errors.UnexpectedResponseError, match="expected an object") as caught:
            client(server.url).users.me()
        assert time.perf_counter() - started < 5.0
    assert len(str(caught.value)) < 500


def test_a_20_mb_report_page_is_read_in_full() -> None:
    rows = detailed_rows(40)
    count = BIG // len(json.dumps(rows).encode()) * 40 + 40
    entries = [{**row, "id": f"{i:024x}"} for i, row in enumerate(rows * (count // 40))]  # each row its own id
    page = json.dumps({"timeEntries": entries, "totals": [{"entriesCount": count}]}).encode()
    assert len(page) >= BIG
    with LoopbackServer([Reply(200, page)]) as server:
        started = time.perf_counter()
        read = list(client(server.url).reports.iterate_detailed(WS, DATES, page_size=1000))
        assert time.perf_counter() - started < 5.0
    assert len(read) == count
    assert read[-1].id == entries[-1]["id"]
    assert server.connections == 1


# --- the async client runs the same policy ------------------------------------------------------------------


def test_async_client_retries_reads_and_never_duplicates_creates() -> None:
    async def main(url: str) -> tuple[Any, Any]:
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=None) as c:
            me = await c.users.me()
            try:
                await c.time_entries.create(WS, start=START)
            except errors.APIConnectionError as exc:
                return me, exc
            return me, None

    with LoopbackServer([Fault.RESET_AFTER_READ, USER, Fault.RESET_AFTER_READ, ENTRY]) as server:
        me, failed = asyncio.run(main(server.url))
    assert me.name == "A"
    assert isinstance(failed, errors.APIConnectionError)
    assert [r.method for r in server.requests] == ["GET", "GET", "POST"]


def test_async_per_call_timeout_and_refused_connections() -> None:
    async def slow(url: str) -> None:
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=None, max_retries=1) as c:
            await c.call("getLoggedUser", timeout=0.1)

    with LoopbackServer([Reply(200, USER.body, delay=2.0)]) as server, pytest.raises(errors.APITimeoutError):
        asyncio.run(slow(server.url))
    assert server.connections == 2
    with refused_port() as url, pytest.raises(errors.APIConnectionError):
        asyncio.run(slow(url))


# --- pytest-httpserver, for sequences of ordinary answers -----------------------------------------------------


@pytest.fixture(scope="module")
def ordinary_server() -> Iterator[HTTPServer]:
    """On 127.0.0.1 explicitly (the plugin's default, ``localhost``, may resolve elsewhere); one per
    module, since stopping it takes half a second."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def httpserver(ordinary_server: HTTPServer) -> Iterator[HTTPServer]:
    yield ordinary_server
    ordinary_server.clear()


@pytest.mark.parametrize("first", [502, 503])
def test_5xx_then_success_on_an_ordinary_server(httpserver: HTTPServer, first: int) -> None:
    httpserver.expect_ordered_request("/api/v1/user", method="GET").respond_with_data("upstream", status=first)
    httpserver.expect_ordered_request("/api/v1/user", method="GET").respond_with_json(
        sample_body("UserDtoV1", id="u1", name="A")
    )
    c = client(httpserver.url_for("").rstrip("/"))
    assert c.users.me().name == "A"
    assert len(httpserver.log) == 2
    httpserver.check_assertions()


def test_429_then_success_for_a_create_on_an_ordinary_server(httpserver: HTTPServer) -> None:
    path = f"/api/v1/workspaces/{WS}/time-entries"
    httpserver.expect_ordered_request(path, method="POST").respond_with_json(
        {"code": 429, "message": "Too many requests"}, status=429, headers={"Retry-After": "0"}
    )
    httpserver.expect_ordered_request(path, method="POST").respond_with_json(
        sample_body("TimeEntryDtoImplV1", id="e1"), status=201
    )
    httpserver.expect_ordered_request(path, method="POST").respond_with_json(
        sample_body("TimeEntryDtoImplV1", id="e2"), status=201
    )
    assert create(client(httpserver.url_for("").rstrip("/"))).id == "e1"
    assert len(httpserver.log) == 2  # the third answer was never asked for


def test_a_create_answered_502_is_not_sent_again_on_an_ordinary_server(httpserver: HTTPServer) -> None:
    path = f"/api/v1/workspaces/{WS}/time-entries"
    httpserver.expect_request(path, method="POST").respond_with_data(
        HTML.decode(), status=502, content_type="text/html"
    )
    with pytest.raises(errors.ServerError):
        create(client(httpserver.url_for("").rstrip("/")))
    assert len(httpserver.log) == 1
