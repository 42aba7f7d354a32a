"""A second adversary's attacks on the hardening of issue 10, against real sockets on 127.0.0.1. Each test
failed before the fix it names."""

from __future__ import annotations

import asyncio
import enum
import os
import threading
import time

import httpx
import pytest
from clockify_client import _transport, errors
from clockify_client._client import MAX_RETRIES
from clockify_client.testing import answer_body

from .loopback import EchoServer, LoopbackServer, Reply
from .test_hardening import WS, async_client, client


@pytest.mark.parametrize("value", ["caf\xe9", "application/json; charset=\xff"], ids=["latin-1 word", "odd charset"])
def test_an_answer_with_a_header_that_is_not_ascii_is_read(value: str) -> None:
    """The bounded body reader rebuilds the answer: its headers are kept as received, not re-encoded
    (which raised UnicodeEncodeError)."""
    found = Reply(200, answer_body("getLoggedUser", id="u1", name="A"), headers={"X-Note": value})
    missing = Reply(404, b'{"code": 501, "message": "no"}', headers={"X-Note": value})
    with LoopbackServer([found, found, missing, missing]) as server:
        assert client(server.url).users.me().name == "A"
        assert asyncio.run(async_client(server.url).users.me()).name == "A"
        with pytest.raises(errors.NotFoundError):
            client(server.url).users.me()
        with pytest.raises(errors.NotFoundError):
            asyncio.run(async_client(server.url).users.me())


def _in_child(attempt: object) -> int:
    """Exit code for a forked child: 0 when ``attempt()`` raised ConfigurationError, 1 when it answered,
    2 for anything else."""
    try:
        assert callable(attempt)
        result = attempt()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    except errors.ConfigurationError:
        return 0
    except BaseException:
        return 2
    return 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_client_on_the_callers_own_transport_refuses_in_a_forked_child() -> None:
    """Such a transport's pool is the caller's: a child cannot get a fresh one, and sharing the parent's
    connections read other requests' answers. The child is refused clearly; the parent goes on."""
    with EchoServer() as server:
        sync = client(server.url, transport=httpx.HTTPTransport())
        assert sync.workspaces.get(WS).id == WS  # a pooled keep-alive connection, now shared
        asynchronous = async_client(server.url, transport=httpx.AsyncHTTPTransport())
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child leaves through os._exit
            code = 100
            try:
                code = _in_child(lambda: sync.workspaces.get(WS)) * 10 + _in_child(
                    lambda: asynchronous.workspaces.get(WS)
                )
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert sync.workspaces.get(WS).id == WS
    assert os.waitstatus_to_exitcode(status) == 0


@pytest.mark.parametrize("end", ["?", "#", "/?", "?#"])
def test_a_base_url_ending_in_an_empty_query_or_fragment_is_refused(end: str) -> None:
    """``.../api?`` has an empty query, which urlsplit does not report: every path appended to it went
    into the query (or fragment), so every operation, deletes included, was sent to ``/api`` itself."""
    with LoopbackServer([Reply(204, b"")]) as server:
        with pytest.raises(errors.ConfigurationError, match="query or fragment"):
            client(server.url, base_url=server.url + "/api" + end)
        with pytest.raises(errors.ConfigurationError, match="query or fragment"):
            client(server.url, reports_base_url=server.url + "/reports" + end)
    assert server.requests == []


class Up(str, enum.Enum):  # noqa: UP042 - the point: a mixin whose str() is "Up.PARENT", as callers write them
    PARENT = ".."
    ACTIVE = "ACTIVE"


class Shouting(int):
    def __str__(self) -> str:
        raise TypeError("a caller's odd int")


class Disguised(str):
    def __str__(self) -> str:
        return ".."


def test_subclasses_of_plain_values_are_sent_as_the_value_they_hold() -> None:
    """What is validated is what is sent: a str-mixin enum went out as ``Up.PARENT`` (so ``..`` slipped
    past the one-segment check, and a query got ``Up.ACTIVE``); an int whose __str__ fails raised TypeError."""
    with LoopbackServer([Reply(200, b"[]")]) as server:
        c = client(server.url)
        for validate in (True, False):
            with pytest.raises(errors.RequestValidationError, match=r"is a '\.'/'\.\.' segment"):
                c.call("deleteTimeEntry", path={"workspaceId": WS, "id": Up.PARENT}, validate=validate)
        c.call("getProjects", path={"workspaceId": WS}, query={"name": Up.ACTIVE})
        c.call("getProjects", path={"workspaceId": Disguised("w")}, query={"name": Shouting(7)}, validate=False)
        c.call("getProjects", path={"workspaceId": WS}, query={"name": [Shouting(8), Up.ACTIVE]}, validate=False)
    prefix = f"/api/v1/workspaces/{WS}/projects?"
    assert [r.path for r in server.requests] == [
        prefix + "name=ACTIVE",
        "/api/v1/workspaces/w/projects?name=7",
        prefix + "name=8&name=ACTIVE",
    ]


def test_more_retries_than_the_backoff_can_count_are_refused_at_construction() -> None:
    """The backoff computes 2**attempt as a float: from about attempt 1025 that raised OverflowError, out of
    a call (deadline=None, a server busy for an hour) that had been accepted at construction."""
    with pytest.raises(errors.ConfigurationError, match="max_retries"):
        client("http://127.0.0.1:1", max_retries=1100, deadline=None)
    assert client("http://127.0.0.1:1", max_retries=MAX_RETRIES).max_retries == MAX_RETRIES


BUSY = Reply(503, b'{"message": "busy"}', headers={"Retry-After": "0.5"})


def test_a_client_closed_while_a_call_waits_to_retry_raises_a_clockify_error() -> None:
    """The retry's next attempt found httpx's client closed: RuntimeError escaped."""
    with LoopbackServer([BUSY]) as server:
        c = client(server.url, max_retries=2)
        raised: list[BaseException] = []

        def call() -> None:
            try:
                c.users.me()
            except BaseException as exc:  # whatever it is, the test names it
                raised.append(exc)

        caller = threading.Thread(target=call)
        caller.start()
        time.sleep(0.2)  # the first 503 is in, the retry waits
        c.close()
        caller.join()

        async def closed_while_waiting() -> None:
            a = async_client(server.url, max_retries=2)
            waiting = asyncio.ensure_future(a.users.me())
            await asyncio.sleep(0.2)
            await a.aclose()
            await waiting

        with pytest.raises(errors.ConfigurationError, match="closed"):
            asyncio.run(closed_while_waiting())
    assert [type(e) for e in raised] == [errors.ConfigurationError]


UNUSABLE_ENVIRONMENT = [
    {"ALL_PROXY": "socks5://user:proxy-password@127.0.0.1:1"},  # SOCKS needs socksio, not installed
    {"HTTP_PROXY": "socks5://user:proxy-password@127.0.0.1:1"},  # built by httpx even though never used
    {"HTTPS_PROXY": "ftp://user:proxy-password@127.0.0.1"},
    {"https_proxy": "http://user:proxy-password@127.0.0.1:port"},
    {"SSL_CERT_FILE": "/nonexistent/proxy-password.pem"},
]


@pytest.mark.parametrize("environment", UNUSABLE_ENVIRONMENT, ids=[next(iter(e)) for e in UNUSABLE_ENVIRONMENT])
def test_environment_settings_httpx_cannot_use_are_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    """httpx reads them while building its client: ImportError, ValueError, InvalidURL or
    FileNotFoundError escaped the constructor."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    for build in (client, async_client):
        with pytest.raises(errors.ConfigurationError, match="environment") as refused:
            build("http://127.0.0.1:1")
        assert "proxy-password" not in str(refused.value)
        assert refused.value.__context__ is None


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_fork_builds_no_pool_for_clients_the_child_does_not_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every live client built a fresh pool (TLS context included) in every forked child, at the fork:
    fifty clients held a child back for seconds before it ran a line, used or not."""
    built: list[int] = []
    real = _transport.sync_client

    def counted(transport: httpx.BaseTransport | None, timeout: httpx.Timeout) -> httpx.Client:
        built.append(os.getpid())
        return real(transport, timeout)

    monkeypatch.setattr(_transport, "sync_client", counted)
    with EchoServer() as server:
        idle = [client(server.url) for _ in range(5)]
        used = client(server.url)
        assert used.workspaces.get(WS).id == WS
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child leaves through os._exit
            code = 100
            try:
                at_fork = sum(p == os.getpid() for p in built)
                answered = used.workspaces.get(WS).id == WS
                idle[0].close()  # leaves the parent's pool alone
                code = at_fork * 10 + sum(p == os.getpid() for p in built) - (1 if answered else 0)
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert idle[0].workspaces.get(WS).id == WS  # the parent's pools are whole
    assert os.waitstatus_to_exitcode(status) == 0  # none at the fork; one, for the client used, after
