"""The public surface against arbitrary arguments and an arbitrary server on 127.0.0.1 (issue 10).

Whatever the caller passes and whatever the server does (any status, headers, body, compression,
length, delay, reset), only ClockifyError subclasses escape, and the key never shows: not in the
error's str or repr, not in any log record at DEBUG, not in a traceback printed with its frames' locals,
not in the pickled error.
"""

from __future__ import annotations

import asyncio
import datetime
import gzip
import inspect
import itertools
import json
import logging
import pickle
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from clockify_client import AsyncClockify, Clockify, _resilience, errors
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from conftest import examples

from .loopback import Fault, LoopbackServer, Reply, Step
from .test_hardening import with_locals

KEY = "property-test-key-0b7d41e2c9"
WS = "5b641568b07987035750505e"
USER_ID = "5b641568b07987035750505f"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
LIMIT = 64 * 1024  # max_response_bytes of every client here: bombs and big bodies cross it

# -- what the caller passes ---------------------------------------------------------------------------

offsets = st.timedeltas(min_value=-datetime.timedelta(hours=23), max_value=datetime.timedelta(hours=23))
values: st.SearchStrategy[Any] = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["..", ".", "", "a/b", "\ud800", "a\x00b", "%2e%2e", WS, "x" * 70_000]),
    st.integers(),
    st.sampled_from([10**5000, -1, 0, 2**63]),
    st.none(),
    st.booleans(),
    st.floats(),
    st.lists(st.text(max_size=6), max_size=3),
    st.lists(st.none() | st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6) | st.integers(), max_size=3),
    st.datetimes(timezones=st.none() | st.builds(datetime.timezone, offsets)),
    st.just(object()),
)

OPERATIONS: dict[str, Callable[[Any, Any, Any], Any]] = {
    "users.me": lambda c, a, b: c.users.me(include_memberships=a),
    "workspaces.get": lambda c, a, b: c.workspaces.get(a),
    "projects.get": lambda c, a, b: c.projects.get(a, b),
    "projects.iterate": lambda c, a, b: c.projects.iterate(WS, page_size=a, name=b),
    "projects.create": lambda c, a, b: c.projects.create(WS, name=a, color=b),
    "time_entries.create": lambda c, a, b: c.time_entries.create(WS, start=a, description=b),
    "time_entries.create tag_ids": lambda c, a, b: c.time_entries.create(WS, start=START, tag_ids=a),
    "time_entries.delete": lambda c, a, b: c.time_entries.delete(a, b),
    "time_entries.update_many": lambda c, a, b: c.time_entries.update_many(WS, USER_ID, a),
    "time_entries.mark_invoiced": lambda c, a, b: c.time_entries.mark_invoiced(WS, time_entry_ids=a, invoiced=b),
    "time_entries.delete_many": lambda c, a, b: c.time_entries.delete_many(WS, USER_ID, time_entry_ids=a),
    "reports.detailed": lambda c, a, b: c.reports.detailed(a, b),
    "reports.iterate_detailed": lambda c, a, b: c.reports.iterate_detailed(
        WS, {"dateRangeStart": a, "dateRangeEnd": START}, page_size=b
    ),
    "iterate": lambda c, a, b: c.iterate("getClients", path={"workspaceId": a}, query=b),
    "call path": lambda c, a, b: c.call("getProjects", path={"workspaceId": a}, query={"name": b}, validate=False),
    "call query": lambda c, a, b: c.call("getProjects", path={"workspaceId": WS}, query=a, timeout=b),
    "call body": lambda c, a, b: c.call("createClient", path={"workspaceId": WS}, body=a, deadline=b),
}

# Client options, good and bad (the bad must be refused with a ConfigurationError).
options = st.fixed_dictionaries(
    {},
    optional={
        "timeout": st.sampled_from([0.5, 1e10, -1.0, float("nan"), "1", True]),
        "rate_limit": st.sampled_from([None, 1000.0, 1e300, 1e-300, 0, float("inf")]),
        "deadline": st.sampled_from([None, 2.0, 1e300, 0.0]),
        "max_retries": st.sampled_from([0, 1, -1, 1.5]),
        "max_response_bytes": st.sampled_from([LIMIT, 0, -5, 2**70]),
    },
)

# -- what the server does -----------------------------------------------------------------------------


def deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
plain_bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.sampled_from(
        [
            b"",
            b"[]",
            b'{"id": "u1", "name": "A"}',
            b'[{"id": "p1", "name": "P"}]',
            deep(50_000),
            b'{"code": 501, "message": "the key ' + KEY.encode() + b' is wrong"}',
            b"<html>" + KEY.encode() + b"</html>",
            b"x" * (2 * LIMIT),
        ]
    ),
)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[bytes, dict[str, str]]:
    """A body and the Content-Encoding it claims, honestly or not (a bomb, garbage, twice)."""
    body = draw(plain_bodies)
    encoding = draw(st.sampled_from([None, "gzip", "deflate", "br", "gzip, gzip", "lies"]))
    if encoding == "gzip" and draw(st.booleans()):
        body = gzip.compress(body)
    elif encoding == "gzip" and draw(st.booleans()):
        body = gzip.compress(bytes(64 * LIMIT))  # a bomb: 4 MiB of zeros in 4 KiB
    elif encoding == "deflate":
        body = zlib.compress(body)
    return body, ({} if encoding is None else {"Content-Encoding": encoding})


header_values = st.sampled_from(["0", "-1", "1e309", "nan", "Wed, 21 Oct 2015 07:28:00 GMT", "junk", KEY, ""])
header_names = st.sampled_from(["Retry-After", "Last-Page", "X-Echo", "Content-Type", "Location"])


@st.composite
def steps(draw: st.DrawFn) -> Step:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.sampled_from(list(Fault)))
    body, encoding = draw(bodies())
    headers = {**draw(st.dictionaries(header_names, header_values, max_size=2)), **encoding}
    return Reply(
        status=draw(st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503, 520, 599])),
        body=body,
        content_type=draw(st.sampled_from(["application/json", "text/html", "application/octet-stream", None])),
        headers=headers,
        delay=draw(st.sampled_from([0.0, 0.0, 0.0, 0.05])),
        declared_length=draw(st.none() | st.integers(0, len(body) + 10)),
    )


# -- the property -------------------------------------------------------------------------------------


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def records() -> Iterator[Records]:
    handler = Records()
    watched = [logging.getLogger(n) for n in ("clockify_client", "httpx", "httpcore")]
    saved = [(w.level, w.propagate) for w in watched]
    for w in watched:
        w.setLevel(logging.DEBUG)
        w.addHandler(handler)
        w.propagate = False  # kept here, not in pytest's capture: thousands of lines would bury a failure's report
    yield handler
    for w, (level, propagate) in zip(watched, saved, strict=True):
        w.removeHandler(handler)
        w.setLevel(level)
        w.propagate = propagate


async def _settled(result: Any) -> Any:
    if inspect.isawaitable(result):
        return await result
    if isinstance(result, AsyncIterator):
        return [row async for row in _first(result)]
    return result


async def _first(rows: AsyncIterator[Any], count: int = 5) -> AsyncIterator[Any]:
    async for row in rows:
        yield row
        count -= 1
        if count == 0:
            return


def settle(result: Any) -> Any:
    """Run what a typed method returned to its end: a coroutine, or the first rows of an iterator."""
    if isinstance(result, Iterator):
        return list(itertools.islice(result, 5))
    if inspect.isawaitable(result) or isinstance(result, AsyncIterator):
        return asyncio.run(_settled(result))
    return result


def assert_hidden(error: BaseException, logs: list[str]) -> None:
    assert KEY not in str(error)
    assert KEY not in repr(error)
    assert KEY.encode() not in pickle.dumps(error)
    assert KEY not in with_locals(error, skip=1)  # the first frame is this test's, which holds the script
    assert not [line for line in logs if KEY in line]


@settings(
    max_examples=examples(90),
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # no shrinking: a failure prints as drawn, fast
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(
    operation=st.sampled_from(list(OPERATIONS)),
    a=values,
    b=values,
    script=st.lists(steps(), min_size=1, max_size=2),
    use_async=st.booleans(),
    chosen=options,
)
# Found by long runs (both escaped as OverflowError): an int beyond any float as a per-call timeout; a
# max_response_bytes past C's ssize_t meeting a compressed answer.
@example(operation="call query", a={}, b=10**5000, script=[Reply()], use_async=False, chosen={})
@example(
    operation="users.me",
    a=None,
    b=None,
    script=[Reply(body=gzip.compress(b"{}"), headers={"Content-Encoding": "gzip"})],
    use_async=False,
    chosen={"max_response_bytes": 2**70},
)
def test_only_clockify_errors_escape_and_the_key_never_shows(
    records: Records,
    monkeypatch: pytest.MonkeyPatch,
    operation: str,
    a: Any,
    b: Any,
    script: list[Step],
    use_async: bool,
    chosen: dict[str, Any],
) -> None:
    monkeypatch.setattr(_resilience, "BACKOFF_BASE", 0.0)
    records.lines.clear()
    with LoopbackServer(script) as server:
        urls = {"base_url": server.url + "/api", "reports_base_url": server.url + "/reports"}
        defaults = {"timeout": 1.0, "deadline": 2.0, "max_retries": 0, "rate_limit": None, "max_response_bytes": LIMIT}
        kwargs: dict[str, Any] = {**defaults, **urls, **chosen}
        try:
            client: Any = (AsyncClockify if use_async else Clockify)(api_key=KEY, **kwargs)
            settle(OPERATIONS[operation](client, a, b))
        except errors.ClockifyError as exc:
            assert_hidden(exc, records.lines)
        # Anything else propagates and fails the property.
    assert not [line for line in records.lines if KEY in line]
