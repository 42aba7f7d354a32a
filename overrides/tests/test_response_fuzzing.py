"""Any answer, to every operation of the spec: only ``errors.ClockifyError`` escapes, and a success
returns what the operation promises (a model or a list of them, bytes for a file export, or None).

Bodies are arbitrary JSON (keyed mostly with the spec's own field names, so the generated models'
``from_dict`` meets values of every wrong type) or arbitrary bytes; statuses and content types are
drawn from what a server or a proxy in front of it may send; Retry-After from numbers, dates and junk.

``HYPOTHESIS_PROFILE=deep pytest overrides/tests/test_response_fuzzing.py`` for a deeper run (the root ``conftest.py``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator, Mapping
from typing import Any, cast

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, _reading, _resilience, _spec, errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples

EXAMPLES = examples(150)
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
STATUSES = [200, 201, 204, 400, 401, 404, 429, 500, 502, 520]
CONTENT_TYPES = [
    None,
    "",
    "application/json",
    "application/json; charset=utf-8",
    "application/problem+json",
    "text/html; charset=utf-8",
    "text/plain",
    "text/csv",
    "application/octet-stream",
    "application/pdf",
]
OPERATIONS = sorted(_spec.operations())
EXPORT_TYPES = [None, "JSON", "CSV", "PDF", "XLSX", "ZIP"]


def _field_names(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "properties" and isinstance(value, Mapping):
                yield from value
            yield from _field_names(value)
    elif isinstance(node, list):
        for item in node:
            yield from _field_names(item)


FIELDS = sorted(set(_field_names(_spec.spec()["components"])))
KEYS = st.sampled_from(FIELDS) | st.text(max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["2024-01-15T09:00:00Z", "2024-01-15", "PT1H30M", "P1Y", "ACTIVE", "EARNED", "", "null"])
)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=8), max_leaves=24
)
BODIES = JSON_VALUES.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=300)
RETRY_AFTER = (
    st.none()
    | st.sampled_from(
        ["0", "1", "-5", "1e999", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 -0000"]
    )
    | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
)


@st.composite
def answers(draw: st.DrawFn) -> httpx.Response:
    headers = {}
    content_type = draw(st.sampled_from(CONTENT_TYPES))
    if content_type is not None:
        headers["Content-Type"] = content_type
    retry_after = draw(RETRY_AFTER)
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return httpx.Response(draw(st.sampled_from(STATUSES)), content=draw(BODIES), headers=headers)


class Answering:
    """A transport that answers whatever the current example says (one client serves every example)."""

    def __init__(self) -> None:
        self.answer = httpx.Response(200)
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return httpx.Response(self.answer.status_code, content=self.answer.content, headers=self.answer.headers)


@pytest.fixture(scope="module", autouse=True)
def no_waiting() -> Iterator[None]:
    # Retries stay on (max_retries=1 below) but never sleep, whatever Retry-After says.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_resilience, "BACKOFF_BASE", 0.0)
        patch.setattr(_resilience, "RETRY_AFTER_CAP", 0.0)
        yield


ANSWERING = Answering()
SYNC = Clockify(api_key="fuzz-key", transport=httpx.MockTransport(ANSWERING), rate_limit=None, max_retries=1)


def request_for(operation_id: str, export_type: str | None) -> dict[str, Any]:
    """The smallest request that reaches the transport (validation is off: the answer is under test)."""
    op = _spec.operation(operation_id)
    path = {p.name: f"{p.name}-1" for p in op.parameters if p.location == "path"}
    query = {p.name: ["x1"] for p in op.parameters if p.location == "query" and p.required}
    body: Any = None
    if op.body_schema is not None:
        body = {"exportType": export_type} if op.is_report and export_type else {}
        if op.body_schema.get("type") == "array":
            body = []
    return {"path": path, "query": query, "body": body, "validate": False}


def check_success(operation_id: str, request: Mapping[str, Any], answer: httpx.Response, result: Any) -> None:
    assert 200 <= answer.status_code < 300
    op = _spec.operation(operation_id)
    target = _reading._targets()[operation_id]
    body = request["body"]
    documented_bodiless = answer.status_code in op.bodiless_statuses
    if documented_bodiless or not op.success_types:
        assert result is None
        return
    # No content where the spec documents a body is an UnexpectedResponseError, never a None (or b"").
    assert answer.status_code != 204
    if isinstance(body, dict) and str(body.get("exportType", "JSON")) != "JSON":
        assert isinstance(result, bytes)
        return
    assert answer.content.strip(), result
    if target is None:
        assert result is None
    elif target.many:
        assert isinstance(result, list)
        assert all(isinstance(item, target.model) for item in result)
    else:
        assert isinstance(result, target.model) if target.model is not None else result is not None


@FUZZ
@given(operation_id=st.sampled_from(OPERATIONS), export_type=st.sampled_from(EXPORT_TYPES), answer=answers())
def test_any_answer_to_any_operation_is_a_value_or_a_clockify_error(
    operation_id: str, export_type: str | None, answer: httpx.Response
) -> None:
    request = request_for(operation_id, export_type)
    ANSWERING.answer = answer
    try:
        result = SYNC.call(cast(Any, operation_id), **request)
    except errors.ClockifyError as exc:
        message = str(exc)
    else:
        check_success(operation_id, request, answer, result)
        return
    assert message  # a readable message, whatever the body was
    assert "fuzz-key" not in message


@settings(FUZZ, max_examples=max(20, EXAMPLES // 3))
@given(operation_id=st.sampled_from(OPERATIONS), answer=answers())
def test_the_async_client_lets_only_clockify_errors_escape_too(operation_id: str, answer: httpx.Response) -> None:
    request = request_for(operation_id, None)

    answering = Answering()
    answering.answer = answer

    async def main() -> Any:
        transport = httpx.MockTransport(answering)
        async with AsyncClockify(api_key="fuzz-key", transport=transport, rate_limit=None, max_retries=1) as c:
            return await c.call(cast(Any, operation_id), **request)

    try:
        result = asyncio.run(main())
    except errors.ClockifyError:
        return
    check_success(operation_id, request, answer, result)


REPORTS = {
    "generateDetailedReport": "detailedFilter",
    "generateAttendanceReport": "attendanceFilter",
    "generateDetailedReportV1": None,
}
ROWS_KEYS = ["timeEntries", "timeentries", "entities", "expenses", "totals"]
ROW_KEYS = st.sampled_from([*FIELDS, "_id", "timeInterval", "user", "project", "task"]) | st.text(max_size=4)
ROWS = st.lists(
    st.dictionaries(ROW_KEYS, JSON_VALUES | st.dictionaries(st.sampled_from(FIELDS), SCALARS, max_size=4), max_size=6),
    max_size=4,
)
PAGES = st.dictionaries(st.sampled_from(ROWS_KEYS), ROWS | JSON_VALUES, max_size=3).map(
    lambda v: json.dumps(v).encode()
) | st.binary(max_size=100)


@FUZZ
@given(operation_id=st.sampled_from(sorted(REPORTS)), body=PAGES, status=st.sampled_from(STATUSES))
def test_paged_report_rows_read_as_typed_views_or_clockify_errors(operation_id: str, body: bytes, status: int) -> None:
    ANSWERING.answer = httpx.Response(status, content=body, headers={"Content-Type": "application/json"})
    block = REPORTS[operation_id]
    request: dict[str, Any] = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
    if block:
        request[block] = {}
    # The same page comes back every time: a full page would be followed forever, so take at most 20 rows.
    rows = SYNC.iterate_report(operation_id, path={"workspaceId": "w1"}, body=request, page_size=2, validate=False)
    try:
        read = [row.as_dict() for row in itertools.islice(rows, 20)]
    except errors.ClockifyError:
        return
    assert 200 <= status < 300
    assert all(isinstance(fields, dict) for fields in read)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_a_retry_after_date_outside_the_calendar_in_local_time_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by the fuzzing above east of UTC: a zone-less date at the end of year 9999 is read in local
    time, past the calendar's end, and ``timestamp()`` raised ValueError out of ``call``."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        ANSWERING.answer = httpx.Response(429, headers={"Retry-After": "Fri, 31 Dec 9999 23:59:59 -0000"})
        with pytest.raises(errors.RateLimitError) as caught:
            SYNC.call("getLoggedUser")
        assert caught.value.retry_after is None
    finally:
        monkeypatch.undo()
        time.tzset()
