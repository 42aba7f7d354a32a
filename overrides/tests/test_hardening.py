"""Attacks on the client as an adversary would make them, against real sockets on 127.0.0.1 (issue 10).

Each test fails without the fix it exercises: path values that would address another resource, forks
and event loops, environment proxies, oversized and compressed bodies, dripping servers, inputs that
overflow or nest too deeply, wrong argument types, exception pickling, and the key in tracebacks.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import gzip
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, errors
from clockify_client.testing import answer_body

from .loopback import EchoServer, Fault, LoopbackServer, Reply, gzip_bomb
from .test_faults import no_backoff  # noqa: F401 - the autouse fixture (retries without waiting), here too

KEY = "hardening-test-key-5c1e9a77d2"
WS = "5b641568b07987035750505e"
USER_ID = "5b641568b07987035750505f"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
USER = Reply(200, answer_body("getLoggedUser", id="u1", name="A"))
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


def _options(url: str, given: dict[str, Any]) -> dict[str, Any]:
    hosts = {"base_url": url + "/api", "reports_base_url": url + "/reports"}
    return {"api_key": KEY, "rate_limit": None, "timeout": 5.0, **hosts, **given}


def client(url: str, **kwargs: Any) -> Clockify:
    return Clockify(**_options(url, kwargs))


def async_client(url: str, **kwargs: Any) -> AsyncClockify:
    return AsyncClockify(**_options(url, kwargs))


# 1. A path parameter is one path segment, always ------------------------------------------------------

# Values that would address another resource once URL normalisation is done with them, or that cannot be
# written into a URL at all.
NOT_A_SEGMENT: list[object] = ["..", ".", "", "a\x00b", "line\nbreak", "\x7f", "\ud800", 10**5000, None, True, 1.5]
# Values a hop on the way (a proxy decoding %2F or %5C, a servlet container reading ";") would read as more than
# one segment, or as a dot segment: sent escaped, they would still address another resource there.
TRAVERSALS = [
    "../../projects/p1",
    "..\\..\\projects",
    "x/..",
    "..;",
    "a/b",
    "a;b",
    "%2e%2e",
    "%252e%252e",
    "..%2Fp1",
]
# How a path value reaches the URL: typed methods, the generic call (with and without validation), a report.
ADDRESSINGS: dict[str, Callable[[Clockify, Any], object]] = {
    "time_entries.delete": lambda c, v: c.time_entries.delete(WS, v),
    "projects.delete": lambda c, v: c.projects.delete(WS, v),
    "call getProjects": lambda c, v: c.call("getProjects", path={"workspaceId": v}),
    "call getProjects validate=False": lambda c, v: c.call("getProjects", path={"workspaceId": v}, validate=False),
    "deleteTimeEntry validate=False": lambda c, v: c.call(
        "deleteTimeEntry", path={"workspaceId": WS, "id": v}, validate=False
    ),
    "reports.detailed": lambda c, v: c.reports.detailed(v, {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}),
}


@pytest.mark.parametrize("how", list(ADDRESSINGS))
def test_a_path_value_that_is_not_one_segment_is_refused_before_sending(how: str) -> None:
    with LoopbackServer([Reply(204, b"")]) as server:
        c = client(server.url)
        for value in NOT_A_SEGMENT:
            with pytest.raises(errors.RequestValidationError) as refused:
                ADDRESSINGS[how](c, value)
            assert refused.value.problems[0].path.startswith("path."), (value, refused.value)
    assert server.requests == []


def test_odd_but_harmless_path_values_stay_inside_their_one_segment() -> None:
    with LoopbackServer([Reply(204, b"")]) as server:
        c = client(server.url)
        for value in ("...", "a b", "é", "a..b", "%41"):
            c.call("deleteTimeEntry", path={"workspaceId": WS, "id": value}, validate=False)
    prefix = f"/api/v1/workspaces/{WS}/time-entries/"
    assert [r.path.removeprefix(prefix) for r in server.requests] == ["...", "a%20b", "%C3%A9", "a..b", "%2541"]


@pytest.mark.parametrize("how", list(ADDRESSINGS))
def test_a_path_value_a_hop_could_read_as_a_traversal_is_refused_before_sending(how: str) -> None:
    with LoopbackServer([Reply(204, b"")]) as server:
        c = client(server.url)
        for value in TRAVERSALS:
            with pytest.raises(errors.RequestValidationError, match="path traversal") as refused:
                ADDRESSINGS[how](c, value)
            assert refused.value.problems[0].path.startswith("path."), (value, refused.value)
            assert value not in str(refused.value)  # the value itself is not echoed (it may be anything)
    assert server.requests == []


@pytest.mark.parametrize(
    "query",
    [{"name": "x" * 70_000}, {"name": "\ud800"}, {"name": 10**5000}],
    ids=["URL longer than httpx takes", "lone surrogate", "int past the digit limit"],
)
@pytest.mark.parametrize("validate", [True, False])
def test_a_query_that_cannot_be_sent_is_refused_before_sending(query: dict[str, Any], validate: bool) -> None:
    with LoopbackServer() as server, pytest.raises(errors.RequestValidationError):
        client(server.url).call("getProjects", path={"workspaceId": WS}, query=query, validate=validate)
    assert server.requests == []


# 2. Forks and event loops ---------------------------------------------------------------------------

FORKS, PARENT_THREADS, CHILD_THREADS, CALLS_PER_CHILD_THREAD = 12, 4, 4, 25


def _calls(c: Clockify, tag: int, count: int | None, stop: threading.Event, wrong: list[str]) -> int:
    """Ask for ``count`` (or, with None, until ``stop``) distinct workspaces; every answer must be its own."""
    done = 0
    while (done < count) if count is not None else not stop.is_set():
        asked = f"{tag:08x}{done:016x}"
        try:
            got = c.workspaces.get(asked).id
        except errors.ClockifyError as exc:
            got = f"error {type(exc).__name__}"
        if got != asked:
            wrong.append(f"{asked} -> {got}")
        done += 1
    return done


def _child(c: Clockify, fork: int) -> int:
    """In a forked child: CHILD_THREADS threads of calls; the number of wrong answers (0 to 100)."""
    signal.alarm(30)  # a child that deadlocks in an inherited pool is killed, and counts as failed
    wrong: list[str] = []
    threads = [
        threading.Thread(
            target=_calls, args=(c, 1000 + fork * 10 + n, CALLS_PER_CHILD_THREAD, threading.Event(), wrong)
        )
        for n in range(CHILD_THREADS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return min(len(wrong), 100)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_children_get_their_own_answers_while_threads_are_mid_call() -> None:
    """Forks taken while the parent's threads are in the middle of calls on pooled keep-alive connections:
    every process, parent and children, must get the answer to its own request, and no child may hang."""
    with EchoServer() as server:
        c = client(server.url, rate_limit=10_000)  # the limiter's lock is inherited too
        # The first call of an operation imports its model: a fork while a thread holds an import lock
        # deadlocks the child in importlib, whatever the client does (Python's hazard, not the pool's).
        assert c.workspaces.get(WS).id == WS
        stop, wrong = threading.Event(), list[str]()
        parents = [threading.Thread(target=_calls, args=(c, n, None, stop, wrong)) for n in range(PARENT_THREADS)]
        for t in parents:
            t.start()
        children = []
        try:
            for fork in range(FORKS):
                time.sleep(0.01)  # let the threads get into their calls
                pid = os.fork()
                if pid == 0:  # pragma: no cover - the child leaves through os._exit
                    code = 100
                    try:
                        code = _child(c, fork)
                    finally:
                        os._exit(code)
                children.append(pid)
            outcomes = [os.waitpid(pid, 0)[1] for pid in children]
        finally:
            stop.set()
            for t in parents:
                t.join()
    assert [os.waitstatus_to_exitcode(s) for s in outcomes] == [0] * FORKS
    assert wrong == []


def test_a_closed_client_refuses_calls_with_a_clockify_error() -> None:
    with LoopbackServer([USER]) as server:
        c = client(server.url)
        c.close()
        with pytest.raises(errors.ConfigurationError, match="closed"):
            c.users.me()
        a = async_client(server.url)

        async def closed_then_called() -> None:
            await a.aclose()
            await a.users.me()

        with pytest.raises(errors.ConfigurationError, match="closed"):
            asyncio.run(closed_then_called())
    assert server.requests == []


def test_an_async_client_used_from_a_second_event_loop_raises_a_clockify_error() -> None:
    with EchoServer() as server:
        a = async_client(server.url)
        assert asyncio.run(a.workspaces.get(WS)).id == WS  # its pool now holds a connection of this loop
        with pytest.raises(errors.ConfigurationError, match="event loop"):
            asyncio.run(a.workspaces.get(WS))


# 4. Plain HTTP never leaves the machine -------------------------------------------------------------

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.mark.parametrize("variable", PROXY_VARIABLES)
def test_environment_proxies_never_carry_plain_http(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    for name in (*PROXY_VARIABLES, "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with LoopbackServer([USER]) as target, LoopbackServer([Reply(502, b"proxy")]) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        assert client(target.url).users.me().name == "A"
        assert asyncio.run(async_client(target.url).users.me()).name == "A"
    assert proxy.requests == []
    assert len(target.requests) == 2


# 5. Bounded resources ------------------------------------------------------------------------------

LIMIT = 1024 * 1024


GZIP = {"Content-Encoding": "gzip"}


@pytest.mark.parametrize("status", [200, 400, 500])
def test_a_body_that_decompresses_past_the_limit_is_refused(status: int) -> None:
    bomb = gzip_bomb(64)
    assert len(bomb) < LIMIT
    with LoopbackServer([Reply(status, bomb, headers=GZIP)]) as server:
        with pytest.raises(errors.ResponseTooLargeError) as refused:
            client(server.url, max_response_bytes=LIMIT).users.me()
        with pytest.raises(errors.ResponseTooLargeError):
            asyncio.run(async_client(server.url, max_response_bytes=LIMIT).users.me())
    assert refused.value.status_code == status
    assert server.connections == 2  # not retried: the same request gets the same answer


def test_a_body_larger_than_the_limit_as_sent_is_refused() -> None:
    big = b'{"id": "u1", "name": "' + b"x" * LIMIT + b'"}'
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(big), big)  # no Content-Length: counted as it arrives
    steps = [Reply(200, chunked, headers={"Transfer-Encoding": "chunked"}), Reply(200, big)]
    with LoopbackServer(steps) as server:
        with pytest.raises(errors.ResponseTooLargeError, match="sends"):
            client(server.url, max_response_bytes=LIMIT).users.me()
        with pytest.raises(errors.ResponseTooLargeError, match="says"):
            client(server.url, max_response_bytes=LIMIT).users.me()  # refused on its Content-Length alone


@pytest.mark.parametrize(
    ("encoding", "packed"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS)),
        ("identity", lambda b: b),
    ],
    ids=["gzip", "deflate (zlib)", "deflate (raw)", "identity"],
)
def test_compressed_answers_within_the_limit_are_read_whole(encoding: str, packed: Callable[[bytes], bytes]) -> None:
    name = "y" * 5000
    body = answer_body("getLoggedUser", id="u1", name=name)
    with LoopbackServer([Reply(200, packed(body), headers={"Content-Encoding": encoding})]) as server:
        assert client(server.url, max_response_bytes=len(body)).users.me().name == name
        assert asyncio.run(async_client(server.url, max_response_bytes=len(body)).users.me()).name == name
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def _finish(outcome: Any) -> Any:
    return asyncio.run(outcome) if asyncio.iscoroutine(outcome) else outcome


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_an_answer_whose_body_does_not_decompress_is_an_unexpected_response_sent_once(asynchronous: bool) -> None:
    """The server answered (a create answered 201: the entry exists): not "the request did not complete",
    which invites a retry and a duplicate, and never retried, not even a GET."""
    calls: list[tuple[int, Callable[[Any], Any]]] = [
        (201, lambda c: c.time_entries.create(WS, start=START)),
        (200, lambda c: c.users.me()),
    ]
    for status, call in calls:
        with LoopbackServer([Reply(status, b"not gzip at all", headers=GZIP)]) as server:
            options: dict[str, Any] = {"max_retries": 2, "rate_limit": None}
            made = async_client(server.url, **options) if asynchronous else client(server.url, **options)
            with pytest.raises(errors.UnexpectedResponseError, match="the body could not be decoded") as raised:
                _finish(call(made))
        assert raised.value.status_code == status
        assert len(server.requests) == 1


MEMORY_PROBE = """
import os, sys, tracemalloc
sys.path.insert(0, {tests!r})
from tests.loopback import LoopbackServer, Reply, gzip_bomb
from clockify_client import Clockify, errors
bomb = gzip_bomb(1024)  # 1 GiB of zeros
with LoopbackServer([Reply(200, bomb, headers={{"Content-Encoding": "gzip"}})]) as server:
    options = {{"max_response_bytes": {limit}}} if {limit} else {{}}
    c = Clockify(api_key="k" * 48, base_url=server.url + "/api", rate_limit=None, max_retries=0, **options)
    tracemalloc.start()
    try:
        c.users.me()
        outcome = "read"
    except errors.ClockifyError as exc:
        outcome = type(exc).__name__
    peak = tracemalloc.get_traced_memory()[1]
# This process's own peak resident memory (ru_maxrss would count the parent it was forked from).
status = "/proc/self/status"
hwm = [int(l.split()[1]) * 1024 for l in open(status) if l.startswith("VmHWM")] if os.path.exists(status) else [0]
print(len(bomb), peak, hwm[0], outcome)
"""


def measure_gzip_bomb(limit: int | None) -> tuple[int, int, int, str]:
    """In a fresh process: the bomb's size, the peak of Python allocations while the client reads it,
    the process's peak resident memory (VmHWM), and what the call raised."""
    tests = str(Path(__file__).parent.parent)  # overrides/, where ``tests`` is a package
    probe = MEMORY_PROBE.format(tests=tests, limit=limit or 0)
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    size, peak, rss, outcome = done.stdout.split()
    return int(size), int(peak), int(rss), outcome


def test_a_one_megabyte_gzip_bomb_costs_little_memory() -> None:
    size, peak, rss, outcome = measure_gzip_bomb(8 * LIMIT)
    assert size < 1.1 * LIMIT
    assert outcome == "ResponseTooLargeError"
    assert peak < 3 * 8 * LIMIT  # the limit and a chunk, not the gigabyte
    assert rss < 200 * LIMIT  # 0 where there is no /proc


SLOW_USER = Reply(
    200, answer_body("getLoggedUser", id="u1", name="A"), drip=0.5
)  # the whole answer, one byte every 0.5 s


@pytest.mark.parametrize("options", [{"timeout": 1.0}, {"deadline": 1.0}], ids=["timeout=1", "deadline=1"])
def test_a_dripping_server_cannot_stretch_a_call(options: dict[str, Any]) -> None:
    with LoopbackServer([SLOW_USER]) as server:
        for per_call in (False, True):  # the client's option, then the same as a per-call option
            c = client(server.url, max_retries=0, **({} if per_call else options))
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                c.call("getLoggedUser", **(options if per_call else {}))
            assert time.monotonic() - started < 1.6
            a = async_client(server.url, max_retries=0, **({} if per_call else options))
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                asyncio.run(a.call("getLoggedUser", **(options if per_call else {})))
            assert time.monotonic() - started < 1.6


def test_the_deadline_includes_retries_and_their_waits() -> None:
    busy = Reply(503, b'{"message": "busy"}', headers={"Retry-After": "0.4"})
    with LoopbackServer([busy]) as server:
        started = time.monotonic()
        with pytest.raises(errors.ClockifyError):
            client(server.url, max_retries=50, deadline=1.5).users.me()
        elapsed = time.monotonic() - started
    assert elapsed < 1.9
    assert 2 <= server.connections <= 5


# 6. Nothing escapes but ClockifyError ----------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("status", [200, 400, 429, 500])
def test_a_deeply_nested_body_is_a_clockify_error(status: int) -> None:
    with LoopbackServer([Reply(status, DEEP)]) as server, pytest.raises(errors.ClockifyError):
        client(server.url, max_retries=0).users.me()


HUGE_OR_TINY: list[dict[str, Any]] = [
    {"timeout": 1e10},
    {"timeout": httpx.Timeout(5.0, read=1e10)},
    {"rate_limit": 1e300},
    {"rate_limit": 1e-300},
    {"deadline": 1e300},
    {"max_response_bytes": 0},
    # Beyond any float (10**400), and beyond what repr writes out (10**5000): still a ConfigurationError.
    {"timeout": 10**400},
    {"timeout": httpx.Timeout(5.0, read=10**5000)},
    {"rate_limit": 10**5000},
    {"deadline": 10**400},
    {"max_retries": 10**5000},
    {"max_response_bytes": 2**70},  # the decompressor's output bound overflowed C's ssize_t
]


@pytest.mark.parametrize("options", HUGE_OR_TINY, ids=[f"{i}-{min(o)}" for i, o in enumerate(HUGE_OR_TINY)])
def test_options_that_would_overflow_are_refused_at_construction(options: dict[str, Any]) -> None:
    with LoopbackServer([USER]) as server, pytest.raises(errors.ConfigurationError):
        client(server.url, **options).users.me()
    assert server.requests == []


@pytest.mark.parametrize(
    "options", [{"timeout": 1e10}, {"deadline": 1e300}, {"timeout": -1}, {"timeout": 10**5000}, {"deadline": 10**400}]
)
def test_per_call_options_that_would_overflow_are_refused_before_sending(options: dict[str, Any]) -> None:
    with LoopbackServer([USER]) as server, pytest.raises(errors.ConfigurationError):
        client(server.url).call("getLoggedUser", **options)
    assert server.requests == []


EDGE_OF_THE_CALENDAR = [
    datetime.datetime(1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=5))),
    datetime.datetime(9999, 12, 31, 23, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))),
]


@pytest.mark.parametrize("when", EDGE_OF_THE_CALENDAR, ids=["year 1, +05:00", "year 9999, -05:00"])
def test_an_aware_datetime_at_the_edge_of_the_calendar_is_refused(when: datetime.datetime) -> None:
    with LoopbackServer() as server:
        c = client(server.url)
        with pytest.raises(errors.RequestValidationError):
            c.time_entries.create(WS, start=when)
        with pytest.raises(errors.RequestValidationError):
            c.reports.detailed(WS, {"dateRangeStart": when, "dateRangeEnd": when})
    assert server.requests == []


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:1/a\x00b", "http://127.0.0.1:1/\r\nX: y", "http://127.0.0.1:99999"]
)
def test_a_base_url_httpx_would_refuse_is_refused_at_construction(base_url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        Clockify(api_key=KEY, base_url=base_url)


WRONG_TYPES: dict[str, Callable[[Clockify], object]] = {
    "tag_ids=5": lambda c: c.time_entries.create(WS, start=START, tag_ids=5),  # type: ignore[arg-type]
    "tag_ids='abc'": lambda c: c.time_entries.create(WS, start=START, tag_ids="abc"),  # type: ignore[arg-type]
    "entries=[None]": lambda c: c.time_entries.update_many(WS, USER_ID, [None]),  # type: ignore[list-item]
    "entries=5": lambda c: c.time_entries.update_many(WS, USER_ID, 5),  # type: ignore[arg-type]
    "mark_invoiced(None)": lambda c: c.time_entries.mark_invoiced(WS, time_entry_ids=None, invoiced=True),  # type: ignore[arg-type]
    "delete_many(None)": lambda c: c.time_entries.delete_many(WS, USER_ID, time_entry_ids=None),  # type: ignore[arg-type]
    "workspaces.get(None)": lambda c: c.workspaces.get(None),  # type: ignore[arg-type]
    "workspaces.get(object())": lambda c: c.workspaces.get(object()),  # type: ignore[arg-type]
    "start='now'": lambda c: c.time_entries.create(WS, start="now"),  # type: ignore[arg-type]
    "path=5": lambda c: c.call("getProjects", path=5),  # type: ignore[call-overload]
}


@pytest.mark.parametrize("how", list(WRONG_TYPES))
def test_typed_methods_given_wrong_types_raise_clockify_errors(how: str) -> None:
    with LoopbackServer([Reply(200, b"[]")]) as server, pytest.raises(errors.ClockifyError):
        WRONG_TYPES[how](client(server.url))
    assert server.requests == []


def test_a_transport_of_the_wrong_kind_is_refused_at_construction() -> None:
    with pytest.raises(errors.ConfigurationError, match="transport"):
        Clockify(api_key=KEY, transport="http://127.0.0.1")  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="transport"):
        AsyncClockify(api_key=KEY, transport=httpx.HTTPTransport())  # type: ignore[arg-type]


def every_error() -> list[errors.ClockifyError]:
    """One instance of every exception class, each field set."""
    problem = errors.Problem("$.name", "too long", code=501, status_code=400)
    api: dict[str, Any] = {"status_code": 418, "code": 7, "operation_id": "getProject", "body": b'{"message": "m"}'}
    made: list[errors.ClockifyError] = [
        errors.RequestValidationError([problem, errors.Problem("$.x", "missing")], operation_id="createClient"),
        errors.RateLimitError("slow down", retry_after=2.5, **api),
        errors.UnexpectedResponseError("not JSON", status_code=200, operation_id="getProject", body=b"<html>"),
        errors.ResponseTooLargeError("too big", status_code=200, operation_id="getProject"),
        errors.PagingError("a row came twice", status_code=200, operation_id="getProjects"),
        errors.TooManyPagesError("too many pages", status_code=200, operation_id="getProjects"),
    ]
    for cls in vars(errors).values():
        if isinstance(cls, type) and issubclass(cls, errors.ClockifyError) and not any(type(e) is cls for e in made):
            made.append(cls("m", **api) if issubclass(cls, errors.APIError) else cls("something failed"))
    return made


def test_every_exception_class_survives_pickle_with_its_fields() -> None:
    made = every_error()
    classes = {c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.ClockifyError)}
    assert {type(e) for e in made} == classes
    for error in made:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (str(copy), repr(copy), copy.args) == (str(error), repr(error), error.args)
        assert vars(copy) == vars(error)


def raise_not_found() -> None:
    raise errors.NotFoundError("no such project", status_code=404, code=501, operation_id="getProject")


def test_an_api_error_in_a_process_pool_worker_reaches_the_parent() -> None:
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        with pytest.raises(errors.NotFoundError) as raised:
            pool.submit(raise_not_found).result(timeout=60)
        assert pool.submit(int, "7").result(timeout=60) == 7  # the pool is still whole
    assert (raised.value.status_code, raised.value.code) == (404, 501)


# 7. No frame of ours holds the key where a traceback with locals would print it ---------------------


def _safe_repr(value: object) -> str:
    try:
        return repr(value)
    except Exception:  # a huge int, a half-built object: reporters print a placeholder
        return "<unrepresentable>"


def with_locals(error: BaseException, skip: int = 0) -> str:
    """What Sentry-style reporting prints: each frame of the error (after the first ``skip``) and of the
    errors it shows as its cause or context, with every local variable's repr."""
    lines: list[str] = []
    shown: BaseException | None = error
    while shown is not None:
        tb = shown.__traceback__
        for _ in range(skip if shown is error else 0):
            tb = tb.tb_next if tb else None
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append(f"{code.co_filename}:{tb.tb_lineno} in {code.co_name}")
            lines += [f"    {k} = {_safe_repr(v)}" for k, v in tb.tb_frame.f_locals.items()]
            tb = tb.tb_next
        lines.append(f"{type(shown).__name__}: {_safe_repr(shown)}")
        shown = shown.__cause__ or (None if shown.__suppress_context__ else shown.__context__)
    return "\n".join(lines)


def test_tracebacks_with_locals_never_show_the_key() -> None:
    raised: list[BaseException] = []
    with LoopbackServer([Reply(404, b'{"code": 501, "message": "no"}'), Fault.RESET_BEFORE_READ]) as server:
        c = client(server.url, max_retries=0)
        attempts: list[Callable[[], object]] = [
            lambda: c.call("getProjects", path={"workspaceId": WS}, query={"name": "x" * 70_000}),  # in prepare
            lambda: c.call("getProjects", path={"workspaceId": WS}, query={"page-size": 0}),  # validation
            lambda: c.workspaces.get(WS),  # an answer: 404
            lambda: c.workspaces.get(WS),  # a reset connection
            lambda: Clockify(api_key=KEY, addon_token="t" * 40),  # construction: both credentials
            lambda: Clockify(api_key=KEY + "\n"),  # construction: a stray newline
            lambda: Clockify(api_key=KEY, base_url="http://example.com"),  # construction: after the key
        ]
        for attempt in attempts:
            with pytest.raises(errors.ClockifyError) as caught:
                attempt()
            raised.append(caught.value)
    assert {type(e) for e in raised} >= {errors.RequestValidationError, errors.NotFoundError, errors.APIConnectionError}
    for error in raised:
        assert KEY not in with_locals(error), f"the key is in the locals of a frame under {error!r}"


ECHOED = KEY.encode()
# A server (or a proxy in front of it) that puts the key it was sent into its answer: an error body, a body
# that is not JSON, a report page of the wrong shape. The raw body must not stay in any frame's locals.
JSON = {"Content-Type": "application/json"}
ECHOING_ANSWERS: list[tuple[int, bytes, dict[str, str]]] = [
    (520, b'{"code": 501, "message": "the key ' + ECHOED + b' is wrong"}', JSON),
    (200, b"<html>" + ECHOED + b"</html>", JSON),
    (200, b'["' + ECHOED + b'"]', JSON),
]
DETAILED = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


@pytest.mark.parametrize("answer", ECHOING_ANSWERS, ids=["error", "not-json", "wrong-shape"])
def test_a_body_that_echoes_the_key_stays_out_of_traceback_locals(answer: tuple[int, bytes, dict[str, str]]) -> None:
    status, content, headers = answer
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=content, headers=headers))
    sync = Clockify(api_key=KEY, transport=transport, rate_limit=None, max_retries=0)
    attempts: list[Callable[[], object]] = [
        lambda: sync.call("getProject", path={"workspaceId": WS, "projectId": WS}),
        lambda: sync.projects.get(WS, WS),
        lambda: list(sync.reports.iterate_detailed(WS, DETAILED)),
        lambda: sync.reports.detailed(WS, DETAILED),
    ]

    async def async_attempt() -> object:
        async with AsyncClockify(api_key=KEY, transport=transport, rate_limit=None, max_retries=0) as c:
            return [row async for row in c.reports.iterate_detailed(WS, DETAILED)]

    attempts.append(lambda: asyncio.run(async_attempt()))
    for attempt in attempts:
        with pytest.raises(errors.ClockifyError) as caught:
            attempt()
        assert KEY not in with_locals(caught.value, skip=1), f"the key is in a frame's locals under {caught.value!r}"
