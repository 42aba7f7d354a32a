"""The API key and the add-on token never show: not in a repr, an exception's text or a log line; plain
http:// only to loopback hosts; certificates verified. Against real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, _logging, _resilience, errors
from clockify_client._client import Credentials
from clockify_client.testing import answer_body

from .loopback import Fault, LoopbackServer, Reply, Step, refused_port

KEY = "sk-secret-test-key-8b1d42"
TOKEN = "addon-secret-test-token-c93e07"
WS = "5b641568b07987035750505e"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
USER = Reply(200, answer_body("getLoggedUser", id="u1", name="A"))
LOGGERS = ("clockify_client", "httpx", "httpcore")


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_resilience, "BACKOFF_BASE", 0.0)


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def clients(url: str, **kwargs: Any) -> list[Clockify]:
    options: dict[str, Any] = {"base_url": url + "/api", "reports_base_url": url + "/reports", "rate_limit": None}
    options.update(kwargs)
    return [Clockify(api_key=KEY, **options), Clockify(addon_token=TOKEN, **options)]


def shown(value: object) -> str:
    """Every way a value is commonly turned into text."""
    text = f"{value!r} {value!s}"
    if isinstance(value, BaseException):
        text += "".join(traceback.format_exception(value))
    return text


def assert_hidden(*values: object) -> None:
    for value in values:
        text = shown(value)
        assert KEY not in text, text
        assert TOKEN not in text, text


# --- reprs --------------------------------------------------------------------------------------------------


def test_reprs_never_show_a_credential() -> None:
    sync = Clockify(api_key=KEY)
    token = Clockify(addon_token=TOKEN)

    async def make() -> AsyncClockify:
        return AsyncClockify(api_key=KEY)

    async_client = asyncio.run(make())
    assert_hidden(sync, token, async_client, sync._credentials, token._credentials, Credentials.choose(KEY, None))
    assert_hidden(sync.__dict__, vars(async_client), sync._http, sync._http.headers)
    prepared = sync._prepare("getLoggedUser", None, None, None, True, None)
    assert prepared.request.headers["X-Api-Key"] == KEY  # it is sent ...
    assert_hidden(prepared, prepared.request)  # ... but never shown


# --- exception texts ----------------------------------------------------------------------------------------

ERROR_ANSWERS = [
    (Reply(400, b'{"code": 501, "message": "Maximum page size is 201"}'), errors.BadRequestError),
    (Reply(401, b'{"code": 401, "message": "Unauthorized"}'), errors.AuthenticationError),
    (Reply(403, b'{"code": 403, "message": "Forbidden"}'), errors.PermissionDeniedError),
    (Reply(404, b'{"code": 404, "message": "Not found"}'), errors.NotFoundError),
    (Reply(418, b"teapot"), errors.APIError),
    (Reply(429, b'{"message": "slow down"}', headers={"Retry-After": "0"}), errors.RateLimitError),
    (Reply(500, b'{"code": 500, "message": "boom"}'), errors.ServerError),
    (Reply(502, b"<html>Bad gateway</html>", content_type="text/html"), errors.ServerError),
    (Reply(200, b"<html>maintenance</html>", content_type="text/html"), errors.UnexpectedResponseError),
    (Reply(200, b'{"id": "u1", "na'), errors.UnexpectedResponseError),
    (Fault.RESET_AFTER_READ, errors.APIConnectionError),
    (Fault.CLOSE_AFTER_READ, errors.APIConnectionError),
    (Reply(200, USER.body, delay=2.0), errors.APITimeoutError),
]


@pytest.mark.parametrize(
    ("answer", "raised"), ERROR_ANSWERS, ids=[f"{r.__name__}-{i}" for i, (_, r) in enumerate(ERROR_ANSWERS)]
)
def test_no_error_the_client_raises_shows_a_credential(answer: Any, raised: type[errors.ClockifyError]) -> None:
    with LoopbackServer([answer]) as server:
        for c in clients(server.url, max_retries=1, timeout=0.1):
            with pytest.raises(raised) as caught:
                c.users.me()
            assert type(caught.value) is raised
            assert_hidden(caught.value)
    assert server.requests  # the calls did reach the server, credentials and all
    assert {r.headers.get("x-api-key") or r.headers.get("x-addon-token") for r in server.requests} == {KEY, TOKEN}


def test_an_error_page_that_echoes_the_request_headers_is_scrubbed() -> None:
    # Some proxies answer with the request they got, headers included.
    echo = f"<html><pre>GET /api/v1/user\nX-Api-Key: {KEY}\nX-Addon-Token: {TOKEN}</pre></html>".encode()
    json_echo = f'{{"code": 401, "message": "invalid key {KEY} / {TOKEN}"}}'.encode()
    for answer in (Reply(400, echo, content_type="text/html"), Reply(200, echo), Reply(401, json_echo)):
        with LoopbackServer([answer]) as server:
            for c in clients(server.url, max_retries=0):
                with pytest.raises(errors.ClockifyError) as caught:
                    c.users.me()
                assert "[redacted]" in str(caught.value)
                assert_hidden(caught.value)


# Where each excerpt stops: a success body that is not JSON quotes 120 bytes, an error body 200.
@pytest.mark.parametrize(("status", "cut"), [(200, 120), (502, 200)])
def test_a_credential_straddling_the_excerpt_cut_is_not_shown_in_part(status: int, cut: int) -> None:
    # The key starts six characters before the cut: cutting first and scrubbing after would show its head.
    body = ("<" + "x" * (cut - 7) + KEY + " tail").encode()
    with (
        LoopbackServer([Reply(status, body, content_type="application/json")]) as server,
        pytest.raises(errors.ClockifyError) as caught,
    ):
        clients(server.url, max_retries=0)[0].users.me()
    text = shown(caught.value)
    assert "…" in text  # the excerpt was cut
    assert KEY[:6] not in text, text
    assert KEY.encode() not in getattr(caught.value, "body", b"")


def test_connection_and_timeout_errors_show_no_credential() -> None:
    with refused_port() as url:
        for c in clients(url, max_retries=0):
            with pytest.raises(errors.APIConnectionError) as caught:
                c.users.me()
            assert_hidden(caught.value)

    async def slow(url: str) -> None:
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=None, max_retries=0) as c:
            await c.call("getLoggedUser", timeout=0.1)

    slow_server = LoopbackServer([Reply(200, USER.body, delay=2.0)])
    with slow_server, pytest.raises(errors.APITimeoutError) as timed_out:
        asyncio.run(slow(slow_server.url))
    assert_hidden(timed_out.value)


def test_request_validation_and_configuration_errors_show_no_credential() -> None:
    c = Clockify(api_key=KEY, rate_limit=None)
    body = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
    with pytest.raises(errors.RequestValidationError) as invalid:
        c.reports.attendance(WS, {**body, "attendanceFilter": {"page": 1, "pageSize": 500}})
    with pytest.raises(errors.RequestValidationError) as quoted:  # the problems quote the values
        c.reports.attendance(WS, {**body, "attendanceFilter": {"sortColumn": KEY}, "exportType": KEY})
    assert len(quoted.value.problems) == 2
    with pytest.raises(errors.RequestValidationError) as naive:
        c.time_entries.create(WS, start=datetime.datetime(2024, 1, 1, 9))
    with pytest.raises(errors.ConfigurationError) as both:
        Clockify(api_key=KEY, addon_token=TOKEN)
    with pytest.raises(errors.ConfigurationError) as plain_http:
        Clockify(api_key=KEY, base_url="http://api.clockify.me/api")
    assert_hidden(invalid.value, quoted.value, naive.value, both.value, plain_http.value)


@pytest.mark.parametrize("suffix", ["\n", "\r\nX-Injected: 1", " ", "\x00", "é"])
def test_a_credential_that_cannot_travel_in_a_header_is_refused_without_being_shown(suffix: str) -> None:
    # httpx and h11 would refuse it only when sending, with an error that quotes the header value.
    with pytest.raises(errors.ConfigurationError, match="not shown") as bad_key:
        Clockify(api_key=KEY + suffix, base_url="http://127.0.0.1:9/api")
    with pytest.raises(errors.ConfigurationError, match="not shown") as bad_token:
        Clockify(addon_token=TOKEN + suffix, base_url="http://127.0.0.1:9/api")
    assert_hidden(bad_key.value, bad_token.value)


# --- log lines ----------------------------------------------------------------------------------------------


def calls_of_every_kind(url: str) -> None:
    """Successes, retried failures and final failures, sync and async, with both kinds of credential."""
    for c in clients(url, max_retries=1, timeout=0.3):
        assert c.users.me().name == "A"  # 503 then success: one retry
        with pytest.raises(errors.APIConnectionError):
            c.users.me()  # reset twice
        with pytest.raises(errors.NotFoundError):
            c.users.me()
        with pytest.raises(errors.APIConnectionError):
            c.time_entries.create(WS, start=START)  # reset after read: not retried

    async def main() -> None:
        async with AsyncClockify(api_key=KEY, base_url=url + "/api", rate_limit=None, max_retries=1) as c:
            assert (await c.users.me()).name == "A"
            with pytest.raises(errors.APIConnectionError):
                await c.users.me()
            with pytest.raises(errors.NotFoundError):
                await c.users.me()
            with pytest.raises(errors.APIConnectionError):
                await c.time_entries.create(WS, start=START)

    asyncio.run(main())


SCRIPT: list[Step] = [
    Reply(503),
    USER,
    Fault.RESET_AFTER_READ,
    Fault.RESET_AFTER_READ,
    Reply(404, b"{}"),
    Fault.RESET_AFTER_READ,
]


def test_no_log_line_shows_a_credential(debug_logs: pytest.LogCaptureFixture) -> None:
    with LoopbackServer(SCRIPT * 3) as server:
        calls_of_every_kind(server.url)
    messages = [r.getMessage() for r in debug_logs.records]
    names = {r.name.split(".")[0] for r in debug_logs.records}
    assert names == set(LOGGERS)  # the capture did see all three, at DEBUG
    assert any("retrying after" in m for m in messages)
    assert any("HTTP Request" in m for m in messages)  # httpx's own line
    assert_hidden(messages, debug_logs.text)
    with refused_port() as url:
        for c in clients(url, max_retries=1):
            with pytest.raises(errors.APIConnectionError):
                c.users.me()
    assert_hidden([r.getMessage() for r in debug_logs.records], debug_logs.text)


@pytest.mark.parametrize("logger_name", ["clockify_client", "httpx", "httpcore.http11", "httpcore.connection"])
def test_the_redaction_filter_scrubs_a_line_that_does_carry_a_credential(
    debug_logs: pytest.LogCaptureFixture, logger_name: str
) -> None:
    clients("http://127.0.0.1:9")  # registers both secrets
    log = logging.getLogger(logger_name)
    log.debug("header X-Api-Key: %s", KEY)
    log.warning(f"token {TOKEN} and key {KEY} in the message itself")
    lines = [r.getMessage() for r in debug_logs.records if r.name == logger_name]
    assert lines == [
        "header X-Api-Key: [redacted]",
        "token [redacted] and key [redacted] in the message itself",
    ]
    assert_hidden(debug_logs.text)


def test_every_http_logger_in_use_is_watched() -> None:
    with LoopbackServer([USER]) as server:
        clients(server.url)[0].users.me()
    in_use = {
        name
        for name, found in logging.root.manager.loggerDict.items()
        if name.startswith(("httpx", "httpcore.")) and isinstance(found, logging.Logger)
    }
    assert in_use >= {"httpx", "httpcore.http11", "httpcore.connection"}
    assert all(_logging._filter in logging.getLogger(name).filters for name in in_use), in_use


# --- transport security -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://api.clockify.me/api", "http://10.0.0.5/api", "http://localhost.example.com/api", "ftp://x/api"]
)
def test_plain_http_is_refused_except_to_loopback(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        Clockify(api_key=KEY, base_url=url)
    with pytest.raises(errors.ConfigurationError):
        Clockify(api_key=KEY, reports_base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/api", "http://localhost:9/api", "http://[::1]:9/api"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert Clockify(api_key=KEY, base_url=url).hosts.core == url


def test_certificates_are_verified(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[dict[str, Any]] = []

    def spy(cls: type[Any]) -> Callable[..., None]:
        original = cls.__init__

        def init(self: Any, *args: Any, **kwargs: Any) -> None:
            made.append(kwargs)
            original(self, *args, **kwargs)

        return init

    monkeypatch.setattr(httpx.Client, "__init__", spy(httpx.Client))
    monkeypatch.setattr(httpx.AsyncClient, "__init__", spy(httpx.AsyncClient))
    Clockify(api_key=KEY)

    async def make() -> None:
        async with AsyncClockify(api_key=KEY):
            pass

    asyncio.run(make())
    assert len(made) == 2
    # One TLS context for every client (loading the CA bundle is slow), verifying certificates and host names.
    assert len({id(kwargs["verify"]) for kwargs in made}) == 1
    assert all(kwargs["verify"].verify_mode.name == "CERT_REQUIRED" for kwargs in made)
    assert all(kwargs["verify"].check_hostname is True for kwargs in made)
    assert all(kwargs["follow_redirects"] is False for kwargs in made)  # a redirect would carry the key along
    # And the transport httpx built from it checks certificates and host names.
    pool = Clockify(api_key=KEY)._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    assert pool._ssl_context.check_hostname is True


def test_a_short_credential_is_scrubbed_where_it_stands_alone_not_inside_words() -> None:
    short = "k7Qz"  # a stand-in key; no real one is this short
    c = Clockify(api_key=short, base_url="http://127.0.0.1:9/api")
    assert short not in repr(c)
    assert str(errors.ConfigurationError("unknown operation k7Qzx")) == "unknown operation k7Qzx"
    assert _logging.redact(f"bad key {short}, again: '{short}'") == "bad key [redacted], again: '[redacted]'"
    echo = f'{{"code": 401, "message": "bad key {short}"}}'.encode()
    with LoopbackServer([Reply(401, echo)]) as server, pytest.raises(errors.AuthenticationError) as caught:
        Clockify(api_key=short, base_url=server.url + "/api", rate_limit=None).users.me()
    assert short not in shown(caught.value)
    assert short.encode() not in caught.value.body
    # A long key is scrubbed the same way while its client lives (held here: one left over from an earlier
    # test lives only until the garbage collector runs).
    with Clockify(api_key=KEY, base_url="http://127.0.0.1:9/api"):
        assert _logging.redact(f"unknown key {KEY}") == "unknown key [redacted]"


def test_a_problem_that_quotes_a_credential_does_not_keep_it() -> None:
    # A caller who pastes the key into a body field the spec refuses: the problem quotes the value.
    with pytest.raises(errors.RequestValidationError) as caught:
        clients("http://127.0.0.1:9")[0].call(
            "generateDetailedReport", path={"workspaceId": WS}, body={"dateRangeStart": KEY, "dateRangeEnd": KEY}
        )
    assert caught.value.problems
    for problem in caught.value.problems:
        assert KEY not in problem.message
        assert KEY not in problem.path


def test_a_base_url_with_a_password_is_refused_without_showing_it() -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        Clockify(api_key=KEY, base_url="https://user:hunter2-pass@api.clockify.me/api")
    assert "hunter2-pass" not in f"{caught.value!r} {caught.value}"  # (the traceback quotes this test's source)
