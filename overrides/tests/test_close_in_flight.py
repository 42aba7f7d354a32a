"""``close()`` while a call is in flight: the client's secret stays registered until the last call that used it
has finished, so an answer that echoes the key after the close is still scrubbed; the secret is forgotten once
the client is closed and idle. Over transports that answer late (httpx's may finish a request after close), and
a real socket on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, _logging, errors

from .loopback import LoopbackServer, Reply

KEY = "k3yCLOSEINFLIGHTabcdefghijklmnopqrstuvwxyz0123456"
ECHO = json.dumps({"message": f"bad key {KEY}", "code": 501}).encode()


def registered() -> bool:
    return _logging.redact(KEY) != KEY


def assert_clean(exc: BaseException) -> None:
    assert isinstance(exc, errors.BadRequestError), repr(exc)
    assert KEY not in str(exc)
    assert KEY not in repr(exc)
    assert KEY.encode() not in exc.body
    assert "[redacted]" in str(exc)


def test_close_from_another_thread_during_a_slow_answer_keeps_the_echoed_key_scrubbed() -> None:
    started, release = threading.Event(), threading.Event()

    def answer_when_released(request: httpx.Request) -> httpx.Response:
        started.set()
        assert release.wait(10)  # a transport that lets the request finish after close(), as httpx's may
        return httpx.Response(400, content=ECHO, headers={"Content-Type": "application/json"})

    client = Clockify(KEY, transport=httpx.MockTransport(answer_when_released), rate_limit=None, max_retries=0)
    raised: list[BaseException] = []

    def call() -> None:
        try:
            client.users.me()
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    assert started.wait(10)
    client.close()
    assert registered()  # the call still runs: its secret is kept
    release.set()
    worker.join(10)
    assert not worker.is_alive()
    assert_clean(raised[0])
    assert not registered()  # closed and idle: forgotten
    with pytest.raises(errors.ConfigurationError, match="closed"):
        client.users.me()


def test_close_during_a_call_over_a_real_socket_never_shows_the_key() -> None:
    """httpx's own pool aborts the read when closed: either way, nothing of the key shows."""
    with LoopbackServer([Reply(400, body=ECHO, delay=0.5)]) as server:
        client = Clockify(KEY, base_url=server.url + "/api", rate_limit=None, max_retries=0)
        raised: list[BaseException] = []
        worker = threading.Thread(target=lambda: raised.extend(_error_of(client.users.me)))
        worker.start()
        for _ in range(200):  # until the request reached the server
            if server.connections:
                break
            time.sleep(0.01)
        client.close()
        worker.join(10)
    assert isinstance(raised[0], errors.ClockifyError)
    assert KEY not in str(raised[0]) + repr(raised[0])
    assert not registered()


def _error_of(call: Callable[[], object]) -> list[BaseException]:
    try:
        call()
    except BaseException as exc:
        return [exc]
    return []


def test_close_of_an_idle_client_forgets_the_secret_at_once() -> None:
    client = Clockify(KEY, base_url="http://127.0.0.1:9/api", rate_limit=None, max_retries=0)
    assert registered()
    client.close()
    assert not registered()


def test_aclose_during_a_slow_answer_keeps_the_echoed_key_scrubbed() -> None:
    started = asyncio.Event()

    async def answer_late(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(0.3)  # a transport that does not abort on close
        return httpx.Response(400, content=ECHO, headers={"Content-Type": "application/json"})

    async def scenario() -> BaseException:
        client = AsyncClockify(KEY, transport=httpx.MockTransport(answer_late), rate_limit=None, max_retries=0)
        call = asyncio.ensure_future(client.users.me())
        await started.wait()
        await client.aclose()
        assert registered()
        try:
            await call
        except errors.ClockifyError as exc:
            return exc
        raise AssertionError("the echoed 400 was not raised")

    assert_clean(asyncio.run(scenario()))
    assert not registered()
