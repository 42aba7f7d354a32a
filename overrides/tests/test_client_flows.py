"""End-to-end behaviour of the client over an in-process transport: paging, exports, bodies, async, retries."""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_api.models.create_time_entry_request import CreateTimeEntryRequest
from clockify_api.models.time_entry_dto_impl_v1 import TimeEntryDtoImplV1
from clockify_client import AsyncClockify, Clockify, _resilience, errors
from clockify_client.testing import sample_body

from scripts.payloads import detailed_report_payload

KEY = "flows-test-key"
WS = "5b641568b07987035750505e"
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}

Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **kwargs: Any) -> Clockify:
    return Clockify(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=None, **kwargs)


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_resilience, "BACKOFF_BASE", 0.0)


def paged_projects(total: int, *, last_page_header: bool) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    names = [f"p{i}" for i in range(total)]

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page, size = int(request.url.params["page"]), int(request.url.params["page-size"])
        chunk = names[(page - 1) * size : page * size]
        headers = {"Last-Page": "true" if page * size >= total else "false"} if last_page_header else {}
        return httpx.Response(200, json=[sample_body("ProjectDtoV1", id=n, name=n) for n in chunk], headers=headers)

    return handler, seen


@pytest.mark.parametrize("last_page_header", [True, False])
def test_core_lists_are_read_to_the_end_not_cut_at_50(last_page_header: bool) -> None:
    handler, seen = paged_projects(120, last_page_header=last_page_header)
    names = [p.name for p in client(handler).projects.iterate(WS, archived=False)]
    assert names == [f"p{i}" for i in range(120)]
    assert [r.url.params["page"] for r in seen] == ["1", "2", "3"]
    assert seen[0].url.params["archived"] == "false"


def test_last_page_header_ends_the_list_even_on_a_full_page() -> None:
    handler, seen = paged_projects(100, last_page_header=True)
    assert len(list(client(handler).iterate("getProjects", path={"workspaceId": WS}, page_size=50))) == 100
    assert len(seen) == 2  # without the header a third, empty page would be needed


def test_a_server_that_ignores_the_page_number_is_an_error_not_an_endless_list() -> None:
    served: list[httpx.Request] = []

    def same_page(request: httpx.Request) -> httpx.Response:
        served.append(request)
        count = 50 if len(served) <= 5 else 0  # an end, so that a client without the guard fails, not hangs
        return httpx.Response(200, json=[sample_body("ProjectDtoV1", id=f"p{i}", name=f"p{i}") for i in range(count)])

    with pytest.raises(errors.PagingError, match="page 2 repeats a row that came already"):
        list(client(same_page).iterate("getProjects", path={"workspaceId": WS}, page_size=50))
    assert len(served) == 2

    def same_report_page(request: httpx.Request) -> httpx.Response:
        served.append(request)
        count = 201 if len(served) <= 5 else 0
        return httpx.Response(200, json={"entities": [{"userId": f"u{i}"} for i in range(count)]})  # no totals

    served.clear()
    body = {**DATES, "attendanceFilter": {"sortColumn": "USER"}}
    with pytest.raises(errors.UnexpectedResponseError, match=r"generateAttendanceReport.*page 2 repeats a row"):
        list(client(same_report_page).reports.iterate_attendance(WS, body))
    assert len(served) == 2


def detailed_handler(total: int, seen: list[dict[str, Any]]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        page, size = body["detailedFilter"]["page"], body["detailedFilter"]["pageSize"]
        rows = max(0, min(size, total - (page - 1) * size))
        payload = json.loads(detailed_report_payload(rows, page=page))
        payload["totals"][0]["entriesCount"] = total
        return httpx.Response(200, json=payload)

    return handler


def test_detailed_report_pages_at_1000_until_the_totals() -> None:
    seen: list[dict[str, Any]] = []
    rows = list(client(detailed_handler(2000, seen)).reports.iterate_detailed(WS, DATES))
    assert len(rows) == 2000
    assert [b["detailedFilter"]["pageSize"] for b in seen] == [1000, 1000]  # totals end it, no empty third page
    assert all(isinstance(r.duration, datetime.timedelta) for r in rows)


def test_attendance_pages_at_201() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        page = body["attendanceFilter"]["page"]
        count = 201 if page == 1 else 10
        users = [{"userId": f"u{(page - 1) * 201 + i}"} for i in range(count)]
        return httpx.Response(200, json={"entities": users})

    body = {**DATES, "attendanceFilter": {"sortColumn": "USER"}}
    rows = list(client(handler).reports.iterate_attendance(WS, body))
    assert len(rows) == 211
    assert [b["attendanceFilter"]["pageSize"] for b in seen] == [201, 201]
    assert seen[0]["attendanceFilter"]["sortColumn"] == "USER"


@pytest.mark.parametrize("export", ["CSV", "XLSX", "PDF", "ZIP"])
def test_file_exports_return_bytes(export: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Accept"] == "*/*"
        return httpx.Response(200, content=b"\x50\x4b file", headers={"Content-Type": "application/octet-stream"})

    body = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}, "exportType": export}
    assert client(handler).reports.export("detailed", WS, body) == b"\x50\x4b file"


def test_a_json_report_page_has_the_rows_iterate_gives() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=detailed_report_payload(2), headers={"Content-Type": "application/json"})

    body = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}, "exportType": "JSON"}
    report = client(handler).reports.detailed(WS, body)
    assert type(report).__name__ == "DetailedReportPage"
    assert report.rows == list(client(handler).reports.iterate_detailed(WS, body, page_size=50))


def test_a_generated_model_body_sends_neither_unset_fields_nor_unchosen_defaults() -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1"))

    start = datetime.datetime(2024, 1, 15, 9, 0, 0, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    result = client(handler).call("createTimeEntry", path={"workspaceId": WS}, body=CreateTimeEntryRequest(start=start))
    # The bare generated code would send billable=false it was never asked for, and "+02:00" with microseconds.
    assert json.loads(seen[0]) == {"start": "2024-01-15T07:00:00Z"}
    assert isinstance(result, TimeEntryDtoImplV1)


def test_typed_time_entry_methods_use_the_spec_names() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1"))

    start = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
    client(handler).time_entries.create(WS, start=start, description="x", project_id="p1", tag_ids=["t1"])
    assert json.loads(seen[0].content) == {
        "start": "2024-01-15T09:00:00Z", "description": "x", "projectId": "p1", "tagIds": ["t1"],
    }  # fmt: skip


def test_validation_refuses_before_sending_and_validate_false_reaches_the_server() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(400, json={"code": 501, "message": "Maximum page size is 201"})

    c = client(handler)
    body = {**DATES, "attendanceFilter": {"page": 1, "pageSize": 202}}
    with pytest.raises(errors.RequestValidationError) as predicted:
        c.reports.attendance(WS, body)
    assert seen == []
    with pytest.raises(errors.BadRequestError) as answered:
        c.call("generateAttendanceReport", path={"workspaceId": WS}, body=body, validate=False)
    assert len(seen) == 1
    assert (predicted.value.code, predicted.value.message) == (answered.value.code, answered.value.message)
    assert type(answered.value) is errors.BadRequestError


def test_success_bodies_that_are_not_json_are_typed_errors() -> None:
    def html(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"})

    def truncated(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"id": "u1", "name": "A', headers={"Content-Type": "application/json"})

    for handler in (html, truncated):
        with pytest.raises(errors.UnexpectedResponseError):
            client(handler).users.me()


def counting(responses: list[httpx.Response | Exception]) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        outcome = responses[min(len(seen), len(responses)) - 1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return handler, seen


def test_reads_are_retried_on_5xx_and_timeouts() -> None:
    handler, seen = counting(
        [
            httpx.Response(503),
            httpx.ReadTimeout("slow"),
            httpx.Response(200, json=sample_body("UserDtoV1", id="u1", name="A")),
        ]
    )
    assert client(handler).users.me().name == "A"
    assert len(seen) == 3


def test_a_create_is_never_repeated_once_it_may_have_reached_the_server() -> None:
    start = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
    for failure in (httpx.Response(503), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")):
        handler, seen = counting([failure, httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1"))])
        with pytest.raises(errors.ClockifyError):
            client(handler).time_entries.create(WS, start=start)
        assert len(seen) == 1, failure


def test_a_create_is_retried_when_it_certainly_never_arrived_or_was_rate_limited() -> None:
    start = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
    for failure in (httpx.ConnectError("refused"), httpx.Response(429, headers={"Retry-After": "0"})):
        handler, seen = counting([failure, httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1"))])
        assert client(handler).time_entries.create(WS, start=start).id == "e1"
        assert len(seen) == 2


def test_retries_are_bounded() -> None:
    handler, seen = counting([httpx.Response(503)])
    with pytest.raises(errors.ServerError):
        client(handler, max_retries=3).users.me()
    assert len(seen) == 4


def test_the_rate_limiter_holds_requests_across_threads() -> None:
    handler, seen = counting([httpx.Response(200, json=sample_body("UserDtoV1", id="u1"))])
    c = Clockify(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=10.0)
    started = time.perf_counter()
    threads = [threading.Thread(target=lambda: [c.users.me() for _ in range(5)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    assert len(seen) == 20
    assert elapsed >= 1.0  # 20 requests at 10 a second: the 11th waits for the first one's window


def test_async_client_mirrors_the_sync_one() -> None:
    handler, _ = paged_projects(75, last_page_header=True)

    async def main() -> list[str]:
        async with AsyncClockify(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=None) as c:
            me = await c.call("getProjects", path={"workspaceId": WS}, query={"page": 1, "page-size": 5})
            assert len(me) == 5
            return [str(p.name) async for p in c.projects.iterate(WS)]

    names = asyncio.run(main())
    assert names == [f"p{i}" for i in range(75)]
