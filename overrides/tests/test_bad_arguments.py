"""Bad input gets a clear, typed error and nothing is sent: whatever a caller passes, only ClockifyError
subclasses escape, and a value JSON cannot carry is refused with its path rather than sent broken."""

from __future__ import annotations

import contextlib
import datetime
import decimal
import json
import math
from collections.abc import Callable
from typing import Any, cast

import httpx
import pytest
from clockify_api.models.detailed_filter_v1 import DetailedFilterV1
from clockify_api.models.detailed_report_filter_v1 import DetailedReportFilterV1
from clockify_client import Clockify, errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples

KEY = "bad-arguments-test-key"
WS = "5b641568b07987035750505e"
UTC = datetime.UTC

Handler = Callable[[httpx.Request], httpx.Response]


def recording(status: int = 200, body: Any = None, **headers: str) -> tuple[Handler, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=body if body is not None else {}, headers=headers)

    return handler, sent


def client(handler: Handler, **kwargs: Any) -> Clockify:
    options: dict[str, Any] = {"rate_limit": None, "max_retries": 0, **kwargs}
    return Clockify(api_key=KEY, transport=httpx.MockTransport(handler), **options)


# --- values a generated model passes through untouched -------------------------------------------------


def test_datetimes_in_a_report_filter_model_are_sent_as_themselves() -> None:
    # The report models type the dates as text, so a datetime goes through their to_dict() unchanged.
    handler, sent = recording(body={"timeEntries": [], "totals": []})
    body = DetailedReportFilterV1(
        date_range_start=datetime.datetime(2024, 1, 1, tzinfo=UTC),  # type: ignore[arg-type]
        date_range_end=datetime.datetime(2024, 1, 31, 23, 59, 59, 999000, tzinfo=UTC),  # type: ignore[arg-type]
        detailed_filter=DetailedFilterV1(),
    )
    client(handler).call("generateDetailedReport", path={"workspaceId": WS}, body=body)
    sent_body = json.loads(sent[0].content)
    assert sent_body["dateRangeStart"] == "2024-01-01T00:00:00.000Z"
    assert sent_body["dateRangeEnd"] == "2024-01-31T23:59:59.999Z"
    # The model filled in pageSize 50 and page 1, the spec's defaults; the caller chose neither.
    assert "pageSize" not in sent_body["detailedFilter"]
    assert "page" not in sent_body["detailedFilter"]


def test_a_report_model_pages_like_a_dict() -> None:
    handler, sent = recording(body={"timeEntries": [{"id": "e1"}], "totals": [{"entriesCount": 1}]})
    body = DetailedReportFilterV1(
        date_range_start="2024-01-01T00:00:00.000Z",
        date_range_end="2024-01-31T23:59:59.999Z",
        detailed_filter=DetailedFilterV1(),
    )
    rows = list(client(handler).reports.iterate_detailed(WS, body))
    assert [r.id for r in rows] == ["e1"]
    assert json.loads(sent[0].content)["detailedFilter"]["pageSize"] == 1000


# --- values JSON cannot carry ------------------------------------------------------------------------------

cycle: dict[str, Any] = {}
cycle["self"] = cycle

UNSENDABLE = [
    ({"x": decimal.Decimal("1.5")}, "$.x", "Decimal"),
    ({"x": b"ab"}, "$.x", "bytes"),
    ({"x": object()}, "$.x", "object"),
    ({"x": float("nan")}, "$.x", "not a JSON number"),
    ({"x": [1, float("inf")]}, "$.x[1]", "not a JSON number"),
    ({"x": {1: "a"}}, "$.x", "keys are text"),
    ({"x": datetime.time(9, 0)}, "$.x", "time"),
    ({"x": {"a", "b"}}, "$.x", "set"),
    (cycle, "$", "cycle"),
]


@pytest.mark.parametrize(("extra", "where", "said"), UNSENDABLE, ids=[s for _, _, s in UNSENDABLE])
@pytest.mark.parametrize("validate", [True, False])
def test_a_value_json_cannot_carry_is_refused_with_its_path_and_nothing_is_sent(
    extra: dict[str, Any], where: str, said: str, validate: bool
) -> None:
    handler, sent = recording()
    body = {"start": "2024-01-15T09:00:00Z", **extra} if extra is not cycle else cycle
    with pytest.raises(errors.RequestValidationError) as caught:
        client(handler).call("createTimeEntry", path={"workspaceId": WS}, body=body, validate=validate)
    assert said in caught.value.problems[0].message
    assert caught.value.problems[0].path == where
    assert sent == []


def test_a_path_value_json_cannot_carry_is_refused_not_quoted_into_the_url() -> None:
    handler, sent = recording()
    with pytest.raises(errors.RequestValidationError, match="bytes"):
        client(handler).call("getProject", path={"workspaceId": b"abc", "projectId": "p"}, validate=False)
    assert sent == []


# --- answers that are not a success ------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 304, 307])
def test_a_redirect_is_an_error_not_a_silent_success(status: int) -> None:
    handler, sent = recording(status, Location="https://elsewhere.example/")
    with pytest.raises(errors.APIError) as caught:
        client(handler).call("deleteTimeEntry", path={"workspaceId": WS, "id": "e1"})
    assert caught.value.status_code == status
    assert len(sent) == 1


def test_a_short_report_page_while_the_totals_promise_more_is_an_error_not_a_cut() -> None:
    # A server that caps pages below the size asked for: stopping would lose rows in silence.
    def capped(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"timeEntries": [{"id": f"e{i}"} for i in range(500)], "totals": [{"entriesCount": 2500}]}
        )

    body = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
    with pytest.raises(errors.UnexpectedResponseError, match=r"500 rows of the 1000 asked for.*2500"):
        list(client(capped).reports.iterate_detailed(WS, body))


# --- arguments of the wrong kind ------------------------------------------------------------------------

BAD_OPTIONS: list[dict[str, Any]] = [
    {"api_key": 12345678901},
    {"addon_token": ["token"]},
    {"base_url": 123},
    {"reports_base_url": b"https://reports.api.clockify.me"},
    {"subdomain": 5},
    {"region": 1},
    {"base_url": "https://api.clockify.me/api/v1"},
    {"max_retries": "2"},
    {"max_retries": -1},
    {"max_retries": True},
    {"rate_limit": float("nan")},
    {"rate_limit": math.inf},
    {"rate_limit": 0},
    {"rate_limit": "50"},
    {"timeout": "x"},
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": None},
]


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=[repr(o) for o in BAD_OPTIONS])
def test_a_wrong_option_is_a_configuration_error(options: dict[str, Any]) -> None:
    kwargs: dict[str, Any] = {"api_key": KEY, **options}
    if "addon_token" in options:
        kwargs.pop("api_key")
    with pytest.raises(errors.ConfigurationError):
        Clockify(**kwargs)


BAD_CALLS: list[tuple[str, Callable[[Clockify], Any]]] = [
    ("operation id a list", lambda c: c.call(["getLoggedUser"])),  # type: ignore[call-overload]
    ("path a string", lambda c: c.call("getProjects", path="abc")),  # type: ignore[call-overload]
    ("query a list", lambda c: c.call("getProjects", path={"workspaceId": WS}, query=[1])),  # type: ignore[call-overload]
    ("timeout text", lambda c: c.call("getLoggedUser", timeout="x")),  # type: ignore[call-overload]
    ("timeout negative", lambda c: c.call("getLoggedUser", timeout=-1)),
    ("page size text", lambda c: list(c.iterate("getProjects", path={"workspaceId": WS}, page_size="5"))),  # type: ignore[call-overload]
    ("report body None", lambda c: list(c.reports.iterate_detailed(WS, None))),  # type: ignore[arg-type]
    ("report body a list", lambda c: list(c.reports.iterate_detailed(WS, [1, 2]))),  # type: ignore[arg-type]
    ("report page text", lambda c: list(c.reports.iterate_detailed(WS, {"detailedFilter": {"page": "abc"}}))),
    ("report page 0", lambda c: list(c.reports.iterate_detailed(WS, {"detailedFilter": {"page": 0}}))),
    ("report filter a list", lambda c: list(c.reports.iterate_detailed(WS, {"detailedFilter": [1]}))),
]


@pytest.mark.parametrize("bad_call", [c for _, c in BAD_CALLS], ids=[n for n, _ in BAD_CALLS])
def test_a_wrong_argument_is_a_typed_error_and_nothing_is_sent(bad_call: Callable[[Clockify], Any]) -> None:
    handler, sent = recording()
    with pytest.raises(errors.ClockifyError):
        bad_call(client(handler))
    assert sent == []


# --- anything at all --------------------------------------------------------------------------------------

OPERATIONS = ["getLoggedUser", "getProjects", "createTimeEntry", "updateTimeEntry", "generateDetailedReport"]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=8)
    | st.binary(max_size=4)
    | st.decimals(allow_nan=True)
    | st.datetimes(timezones=st.none() | st.just(UTC))
    | st.dates()
    | st.times()
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6) | st.integers(0, 3), inner, max_size=3)
    ),
    max_leaves=8,
)
mappings = st.none() | st.dictionaries(st.sampled_from(["workspaceId", "id", "userId", "page", "x"]), values)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operation=st.sampled_from(OPERATIONS),
    path=mappings | values,
    query=mappings | values,
    body=values,
    validate=st.booleans(),
)
def test_whatever_a_caller_passes_only_clockify_errors_escape(
    operation: str, path: Any, query: Any, body: Any, validate: bool
) -> None:
    handler, _ = recording(body=[])
    with contextlib.suppress(errors.ClockifyError):  # typed errors are allowed; any other fails the test
        client(handler).call(cast(Any, operation), path=path, query=query, body=body, validate=validate)
