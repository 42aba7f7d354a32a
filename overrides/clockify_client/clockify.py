"""``Clockify`` and ``AsyncClockify``: the public clients. See the README for examples."""

from __future__ import annotations

import collections
import logging
import os
import time
import traceback
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Never, TypeVar, overload

import httpx
from clockify_api.api import AsyncCalls, AsyncOperations, Calls, Operations

from clockify_client import _client, _hosts, _reading, _transport
from clockify_client._client import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    Credentials,
    Prepared,
)
from clockify_client._logging import forget_secret, logger, register_secret
from clockify_client._pagination import DEFAULT_MAX_PAGES, CorePager, ReportPager
from clockify_client._reading import AttendanceRow, DetailedEntry, ExpenseRow
from clockify_client._resilience import (
    Failure,
    Permit,
    RateLimiter,
    backoff_delay,
    classify_exception,
    classify_status,
    may_retry,
)
from clockify_client._strict import strict_surface
from clockify_client.errors import APITimeoutError, ConfigurationError
from clockify_client.resources import WithAsyncResources, WithResources, run_arguments

if TYPE_CHECKING:  # asyncio is imported where the async client uses it: sync-only processes never do
    import asyncio

# Pages in flight for ``AsyncClockify.iterate_report_concurrently``: a second's worth at Clockify's 50
# requests a second, so pages that take up to a second each (reports take 0.5-2 s) still use the limit.
DEFAULT_CONCURRENCY = 50
# A row of a paged report, by report: ``reports.iterate_detailed`` and the like give the one type of theirs.
ReportRow = DetailedEntry | ExpenseRow | AttendanceRow


def _shared_or_own_limiter(shared: object, rate_limit: float | None) -> RateLimiter | None:
    """The limiter several clients share (``rate_limiter=``), else one of the client's own."""
    if shared is None:
        return RateLimiter(rate_limit) if rate_limit else None
    if not isinstance(shared, RateLimiter):
        raise ConfigurationError(f"rate_limiter must be a clockify_client.RateLimiter, not {type(shared).__name__}")
    if rate_limit != DEFAULT_RATE_LIMIT and rate_limit != shared.rate:
        raise ConfigurationError("give rate_limit or a shared rate_limiter, not both: the limiter has its own rate")
    return shared


_T = TypeVar("_T")


class _Fixed(Generic[_T]):
    """A client option, read as an attribute and fixed when the client is made: the constructor checks it,
    and a later assignment would skip that check (``c.max_retries = 1000``), so it is refused. The value
    lives in the instance under ``_<name>``. ``__set__`` takes ``Never`` so that mypy flags the assignment."""

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.slot = name, f"_{name}"

    @overload
    def __get__(self, instance: None, owner: type) -> _Fixed[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> _T: ...
    def __get__(self, instance: object, owner: type) -> _T | _Fixed[_T]:
        if instance is None:
            return self
        value: _T = getattr(instance, self.slot)
        return value

    def __set__(self, instance: object, value: Never) -> None:
        cls = type(instance).__name__
        raise ConfigurationError(
            f"{cls}.{self.name} is fixed when the client is made (the constructor checks it): "
            f"create a new client with {cls}(..., {self.name}=...)"
        )

    def __delete__(self, instance: object) -> None:
        self.__set__(instance, None)  # type: ignore[arg-type]  # the same refusal


def refuse_unknown_options(cls: type, unknown: list[str]) -> None:
    """A misspelled option is an error that names it, not a TypeError from deep inside."""
    if unknown:
        raise ConfigurationError(
            f"{cls.__name__}() got unknown option(s) {', '.join(sorted(unknown))}; see help({cls.__name__})"
        )


class _Base:
    hosts: _Fixed[_hosts.Hosts] = _Fixed("The API hosts this client sends to (core and reports).")
    max_retries: _Fixed[int] = _Fixed("Retries of a failed attempt that may be repeated (0-100).")
    rate_limit: _Fixed[float | None] = _Fixed("Requests a second this client (or its shared limiter) allows.")
    timeout: _Fixed[httpx.Timeout] = _Fixed("The httpx timeout of each attempt.")
    deadline: _Fixed[float | None] = _Fixed("Seconds a call may take in all, retries and waits included.")
    max_response_bytes: _Fixed[int] = _Fixed("The largest answer body read before the call fails.")

    def __init__(
        self,
        api_key: str | None = None,
        *,
        addon_token: str | None = None,
        region: str | None = None,
        subdomain: str | None = None,
        base_url: str | None = None,
        reports_base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        # No frame keeps the key as a local, where a traceback with locals (Sentry-style) would print it.
        try:
            self._credentials = Credentials.choose(api_key, addon_token)
        except ConfigurationError as exc:
            traceback.clear_frames(exc.__traceback__.tb_next if exc.__traceback__ else None)
            raise
        finally:
            del api_key, addon_token
        self._hosts = _hosts.resolve(
            region=region, subdomain=subdomain, base_url=base_url, reports_base_url=reports_base_url
        )
        self._max_retries, checked_rate = _client.check_options(max_retries, rate_limit)
        self._timeout = _client.as_timeout(timeout)
        self._attempt_limit = _client.attempt_limit(timeout)
        self._deadline = None if deadline is None else _client.seconds(deadline, "deadline")
        self._max_response_bytes = _client.whole_number(max_response_bytes, "max_response_bytes", 1)
        self._limiter = _shared_or_own_limiter(rate_limiter, checked_rate)
        self._rate_limit = self._limiter.rate if self._limiter else None
        self._closed = False
        self._shares_parent_pool = False
        self._pid = os.getpid()
        register_secret(self._credentials.secret.reveal())
        # Forgotten again when the client is closed or collected: the registry holds only secrets in use.
        self._forget_secret = weakref.finalize(self, forget_secret, self._credentials.secret.reveal())

    def _after_fork(self) -> None:
        """In a forked child, at the client's first use there: the parent's pooled connections (and any lock
        a thread held at the fork) are the parent's; this process gets its own pool. Not at the fork itself:
        building a pool costs milliseconds per client, at every fork, used there or not. (Rate limiters,
        possibly shared by several clients, are reset in place at the fork itself: see ``_resilience``.)"""
        self._shares_parent_pool = not self._renew_http()
        self._pid = os.getpid()  # last: other threads go past only once everything is new

    def _forked(self) -> bool:
        return self._pid != os.getpid()

    def _renew_http(self) -> bool:
        """A fresh HTTP client; False when it cannot be fresh (the caller's transport holds its own pool)."""
        raise NotImplementedError

    def _check_usable_holding(self, permit: Permit | None) -> None:
        """``_check_usable`` while holding a limiter place: a refused attempt gives its place back."""
        try:
            self._check_usable()
        except BaseException:
            if permit:
                permit.cancel()
            raise

    def _check_usable(self) -> None:
        if self._closed:
            raise ConfigurationError(f"this {type(self).__name__} is closed; create a new one")
        if self._shares_parent_pool:
            raise ConfigurationError(
                f"this {type(self).__name__} was built with your own transport, whose connections a forked "
                "child shares with its parent (each could read the other's answers): create a new client, "
                "with a new transport, in the child"
            )
        if self._forked():
            with _transport.renewal:
                if self._forked():  # not renewed by another thread meanwhile
                    self._after_fork()

    def _limits(self, deadline: float | None, timeout: httpx.Timeout | float | None) -> tuple[float, float | None]:
        """When the call must be over (``time.monotonic()``; infinity when unbounded), and how long each
        attempt may take as a whole (a per-call plain-number timeout wins over the client's)."""
        total = self.deadline if deadline is None else _client.seconds(deadline, "deadline")
        per_attempt = self._attempt_limit if timeout is None else _client.attempt_limit(timeout)
        return (float("inf") if total is None else time.monotonic() + total), per_attempt

    @staticmethod
    def _attempt_deadline(call_deadline: float, per_attempt: float | None, operation_id: str) -> float | None:
        now = time.monotonic()
        if now >= call_deadline:
            raise APITimeoutError(f"{operation_id}: the call's deadline passed before it could be sent (again)")
        attempt_end = call_deadline if per_attempt is None else min(call_deadline, now + per_attempt)
        return None if attempt_end == float("inf") else attempt_end

    def _body_reader(self, prepared: Prepared, response: httpx.Response) -> _transport.BoundedBody:
        return _transport.BoundedBody(response, self.max_response_bytes, prepared.operation.operation_id)

    def _retry_delay(
        self, prepared: Prepared, attempt: int, outcome: httpx.Response | httpx.HTTPError, call_deadline: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when this outcome is final (also when the wait
        would run past the call's deadline)."""
        if attempt >= self.max_retries:
            return None
        failure: Failure | None
        if isinstance(outcome, httpx.HTTPError):
            failure, retry_after = classify_exception(outcome), None
        else:
            failure = classify_status(outcome.status_code)
            retry_after = _client.retry_after_seconds(outcome.headers.get("Retry-After"))
        if failure is None or not may_retry(prepared.operation, failure):
            return None
        delay = backoff_delay(attempt, retry_after)
        if time.monotonic() + delay >= call_deadline:
            return None
        logger.info(
            "%s: retrying after %s in %.2f s (attempt %d of %d)",
            prepared.operation.operation_id,
            failure.value,
            delay,
            attempt + 1,
            self.max_retries,
        )
        return delay

    @staticmethod
    def _log(prepared: Prepared, response: httpx.Response, started: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # the URL without its query costs a parse: only when shown
            return
        request = prepared.request
        logger.debug(
            "%s %s %s -> %d in %.0f ms",
            prepared.operation.operation_id,
            request.method,
            request.url.copy_with(query=None),
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )

    def __repr__(self) -> str:
        if "_hosts" not in vars(self):  # half-built (its constructor raised): a traceback may still show it
            return f"<{type(self).__name__}, not constructed>"
        return (
            f"{type(self).__name__}(auth={self._credentials.header}, core={self.hosts.core!r}, "
            f"reports={self.hosts.reports!r})"
        )

    def _prepare(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        validate: bool,
        timeout: httpx.Timeout | float | None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Prepared:
        self._check_usable()
        return _client.prepare(
            self.hosts,
            self._credentials,
            operation_id,
            path=path,
            query=query,
            body=body,
            validate=validate,
            timeout=timeout,
            extra_body=extra_body,
            extra_query=extra_query,
        )


class Clockify(_Base, WithResources, Calls):
    """Synchronous client. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        addon_token: str | None = None,
        region: str | None = None,
        subdomain: str | None = None,
        base_url: str | None = None,
        reports_base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
        **unknown: Never,
    ) -> None:
        """See the README: exactly one of ``api_key`` (else ``CLOCKIFY_API_KEY``) and ``addon_token``; the
        hosts (``region``, ``subdomain`` or the base URLs); the limits; an httpx ``transport`` for tests."""
        try:
            refuse_unknown_options(type(self), list(unknown))  # the names only: a value may be a key
            super().__init__(
                api_key,
                addon_token=addon_token,
                region=region,
                subdomain=subdomain,
                base_url=base_url,
                reports_base_url=reports_base_url,
                timeout=timeout,
                max_retries=max_retries,
                rate_limit=rate_limit,
                deadline=deadline,
                max_response_bytes=max_response_bytes,
                rate_limiter=rate_limiter,
            )
        finally:
            del api_key, addon_token, unknown  # see _Base.__init__
        self._given_transport = transport
        self._http = _transport.sync_client(transport, self.timeout)
        self.api = Operations(self._run)  # every operation of the spec, by tag
        self._attach_resources(self)

    def _renew_http(self) -> bool:
        if self._given_transport is not None:
            return False
        self._http = _transport.sync_client(None, self.timeout)
        return True

    def __enter__(self) -> Clockify:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._closed = True
        if not self._forked():  # a child leaves the parent's pool alone (a parent thread may hold its lock)
            self._http.close()
        self._forget_secret()

    def _attempt(self, prepared: Prepared) -> httpx.Response:
        """One request and its whole (bounded) body."""
        response = self._http.send(prepared.request, stream=True)
        try:
            body = self._body_reader(prepared, response)
            for chunk in () if body.in_memory else response.iter_raw():
                body.feed(chunk)
            return body.response()
        finally:
            response.close()

    def _send(
        self, prepared: Prepared, deadline: float | None = None, timeout: httpx.Timeout | float | None = None
    ) -> httpx.Response:
        call_deadline, per_attempt = self._limits(deadline, timeout)
        attempt = 0
        while True:
            permit = self._limiter.acquire() if self._limiter else None
            if permit:
                prepared.request.extensions["trace"] = permit.trace
            self._check_usable_holding(permit)  # again: closed while it waited for the limiter or a retry?
            started = time.perf_counter()
            outcome: httpx.Response | httpx.HTTPError
            try:
                with _transport.deadline(
                    self._attempt_deadline(call_deadline, per_attempt, prepared.operation.operation_id)
                ):
                    outcome = self._attempt(prepared)
                self._log(prepared, outcome, started)
            except httpx.HTTPError as exc:
                outcome = exc
            finally:
                if permit:
                    permit.done()
            delay = self._retry_delay(prepared, attempt, outcome, call_deadline)
            if delay is None:
                if isinstance(outcome, httpx.HTTPError):
                    raise _client.map_transport_error(outcome, prepared.operation.operation_id) from None
                return outcome
            time.sleep(delay)
            attempt += 1

    def _call_with_headers(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        validate: bool,
        timeout: httpx.Timeout | float | None,
        deadline: float | None = None,
        extras: tuple[Mapping[str, Any] | None, Mapping[str, Any] | None] = (None, None),
    ) -> tuple[Any, httpx.Headers]:
        prepared = self._prepare(operation_id, path, query, body, validate, timeout, *extras)
        response = self._send(prepared, deadline, timeout)
        return _client.interpret(prepared, response), response.headers

    def _call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        validate: bool = True,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """``call``, whose overloads (one per operation id, typed) the generator writes (``Calls``)."""
        extras = (extra_body, extra_query)
        return self._call_with_headers(operation_id, path, query, body, validate, timeout, deadline, extras)[0]

    def _run(self, operation: str, *parts: Any, file: bool = False) -> Any:
        """The generated typed methods' way in (see ``resources.run_arguments``)."""
        operation_id, a = run_arguments(operation, *parts, file=file)
        extras = (a["extra_body"], a["extra_query"])
        return self._call_with_headers(operation_id, a["path"], a["query"], a["body"], True, None, None, extras)[0]

    def _iterate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        page_size: int = 50,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Iterator[Any]:
        """``iterate``, whose overloads (one per paged list, typed) the generator writes (``Calls``)."""
        pager = CorePager(query, page_size, operation_id, max_pages)
        while not pager.done:
            items, headers = self._call_with_headers(
                operation_id, path, pager.next_query(), None, validate, None, None, (None, extra_query)
            )
            yield from pager.feed(items, headers)

    def _report_page(
        self, operation_id: str, path: Mapping[str, Any], body: Any, extra_body: Mapping[str, Any] | None = None
    ) -> Any:
        """One page of a paged report, as typed rows: read as ``iterate_report`` reads each page."""
        prepared = self._prepare(operation_id, path, None, body, True, None, extra_body)
        return _reading.report_page(operation_id, _client.checked_content(prepared, self._send(prepared)))

    def iterate_report(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any],
        body: Mapping[str, Any],
        page_size: int | None = None,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Iterator[ReportRow]:
        """Every row of a paged report (typed views), at the largest page size the server allows unless told
        otherwise, until the report's totals are reached (at most ``max_pages`` pages)."""
        pager = ReportPager(operation_id, body, page_size, max_pages)
        while not pager.done:
            prepared = self._prepare(operation_id, path, None, pager.next_body(), validate, None, extra_body)
            yield from pager.feed(_client.checked_content(prepared, self._send(prepared)))


class AsyncClockify(_Base, WithAsyncResources, AsyncCalls):
    """Asynchronous client; mirrors ``Clockify``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        addon_token: str | None = None,
        region: str | None = None,
        subdomain: str | None = None,
        base_url: str | None = None,
        reports_base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        rate_limiter: RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **unknown: Never,
    ) -> None:
        """See ``Clockify``."""
        try:
            refuse_unknown_options(type(self), list(unknown))  # the names only: a value may be a key
            super().__init__(
                api_key,
                addon_token=addon_token,
                region=region,
                subdomain=subdomain,
                base_url=base_url,
                reports_base_url=reports_base_url,
                timeout=timeout,
                max_retries=max_retries,
                rate_limit=rate_limit,
                deadline=deadline,
                max_response_bytes=max_response_bytes,
                rate_limiter=rate_limiter,
            )
        finally:
            del api_key, addon_token, unknown  # see _Base.__init__
        self._given_transport = transport
        self._http = _transport.async_client(transport, self.timeout)
        self._loop: asyncio.AbstractEventLoop | None = None
        self.api = AsyncOperations(self._run)  # every operation of the spec, by tag
        self._attach_resources(self)

    def _renew_http(self) -> bool:
        self._loop = None
        if self._given_transport is not None:
            return False
        self._http = _transport.async_client(None, self.timeout)
        return True

    async def __aenter__(self) -> AsyncClockify:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client cannot be used afterwards."""
        self._closed = True
        if not self._forked():  # see Clockify.close
            await self._http.aclose()
        self._forget_secret()

    def _check_usable(self) -> None:
        super()._check_usable()
        import asyncio

        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:  # its pooled connections belong to the first loop
            raise ConfigurationError(
                "this AsyncClockify was first used on another event loop; create one client per event loop"
            )

    async def _attempt(self, prepared: Prepared, attempt_deadline: float | None) -> httpx.Response:
        """One request and its whole (bounded) body, over by ``attempt_deadline`` whatever the server does."""
        import asyncio

        try:
            async with asyncio.timeout_at(None if attempt_deadline is None else self._loop_time(attempt_deadline)):
                response = await self._http.send(prepared.request, stream=True)
                try:
                    body = self._body_reader(prepared, response)
                    if not body.in_memory:
                        async for chunk in response.aiter_raw():
                            body.feed(chunk)
                    return body.response()
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout("the call's deadline passed", request=prepared.request) from None

    @staticmethod
    def _loop_time(monotonic: float) -> float:
        import asyncio

        return asyncio.get_running_loop().time() + (monotonic - time.monotonic())

    async def _send(
        self,
        prepared: Prepared,
        deadline: float | None = None,
        timeout: httpx.Timeout | float | None = None,
        permit: Permit | None = None,
    ) -> httpx.Response:
        """Send with retries; ``permit``: the limiter's, already acquired for the first attempt."""
        import asyncio

        try:
            call_deadline, per_attempt = self._limits(deadline, timeout)
        except BaseException:
            if permit:
                permit.cancel()  # never sent: its place goes back
            raise
        attempt = 0
        while True:
            if permit is None and self._limiter:
                permit = await self._limiter.acquire_async()
            if permit:
                prepared.request.extensions["trace"] = permit.trace_async
            self._check_usable_holding(permit)  # see Clockify._send
            started = time.perf_counter()
            outcome: httpx.Response | httpx.HTTPError
            try:
                attempt_deadline = self._attempt_deadline(call_deadline, per_attempt, prepared.operation.operation_id)
                outcome = await self._attempt(prepared, attempt_deadline)
                self._log(prepared, outcome, started)
            except httpx.HTTPError as exc:
                outcome = exc
            finally:
                if permit:
                    permit.done()
                permit = None
            delay = self._retry_delay(prepared, attempt, outcome, call_deadline)
            if delay is None:
                if isinstance(outcome, httpx.HTTPError):
                    raise _client.map_transport_error(outcome, prepared.operation.operation_id) from None
                return outcome
            await asyncio.sleep(delay)
            attempt += 1

    async def _call_with_headers(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        validate: bool,
        timeout: httpx.Timeout | float | None,
        deadline: float | None = None,
        extras: tuple[Mapping[str, Any] | None, Mapping[str, Any] | None] = (None, None),
    ) -> tuple[Any, httpx.Headers]:
        prepared = self._prepare(operation_id, path, query, body, validate, timeout, *extras)
        response = await self._send(prepared, deadline, timeout)
        return _client.interpret(prepared, response), response.headers

    async def _call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        validate: bool = True,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """See ``Clockify._call``."""
        extras = (extra_body, extra_query)
        return (await self._call_with_headers(operation_id, path, query, body, validate, timeout, deadline, extras))[0]

    async def _run(self, operation: str, *parts: Any, file: bool = False) -> Any:
        """See ``Clockify._run``."""
        operation_id, a = run_arguments(operation, *parts, file=file)
        extras = (a["extra_body"], a["extra_query"])
        answer = await self._call_with_headers(operation_id, a["path"], a["query"], a["body"], True, None, None, extras)
        return answer[0]

    async def _iterate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        page_size: int = 50,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[Any]:
        """See ``Clockify._iterate``."""
        pager = CorePager(query, page_size, operation_id, max_pages)
        while not pager.done:
            items, headers = await self._call_with_headers(
                operation_id, path, pager.next_query(), None, validate, None, None, (None, extra_query)
            )
            for item in pager.feed(items, headers):
                yield item

    async def _report_page(
        self, operation_id: str, path: Mapping[str, Any], body: Any, extra_body: Mapping[str, Any] | None = None
    ) -> Any:
        """See ``Clockify._report_page``."""
        prepared = self._prepare(operation_id, path, None, body, True, None, extra_body)
        return _reading.report_page(operation_id, _client.checked_content(prepared, await self._send(prepared)))

    async def iterate_report(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any],
        body: Mapping[str, Any],
        page_size: int | None = None,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[ReportRow]:
        """See ``Clockify.iterate_report``."""
        pager = ReportPager(operation_id, body, page_size, max_pages)
        while not pager.done:
            prepared = self._prepare(operation_id, path, None, pager.next_body(), validate, None, extra_body)
            for row in pager.feed(_client.checked_content(prepared, await self._send(prepared))):
                yield row

    async def iterate_report_concurrently(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any],
        body: Mapping[str, Any],
        page_size: int | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        pages: int | None = None,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncIterator[ReportRow]:
        """``iterate_report`` with up to ``concurrency`` pages in flight; the rows still come in page order,
        and the rate limiter still spaces the requests.

        The first page is read alone, unless ``pages`` says how many to expect (from an earlier run, say):
        then that many are requested at once. Once a page's totals give the size of the result, exactly
        the pages left are requested. A report without totals (attendance) is read ahead as many pages as
        have come so far (up to ``concurrency``) until a short page. Pages requested past the end are
        cancelled or ignored. Requests leave only while the caller waits for rows: once it stops (``break``),
        none does, even before the iterator is closed.
        """
        _client.whole_number(concurrency, "concurrency", 1)
        import asyncio

        if pages is not None:
            _client.whole_number(pages, "pages", 1)
        pager = ReportPager(operation_id, body, page_size, max_pages)
        first = next_page = pager.page
        final = first + pager.pages.max_pages - 1  # never asked for: the pager refuses to read past it
        guess = first + (pages or 1) - 1  # the last page to request before any totals are known
        pulling = asyncio.Event()  # set while the caller waits for rows

        async def fetch(page: int) -> bytes:
            prepared = self._prepare(operation_id, path, None, pager.next_body(page), validate, None, extra_body)
            while True:
                await pulling.wait()
                permit = await self._limiter.acquire_async() if self._limiter else None
                if pulling.is_set():
                    break
                if permit:
                    permit.cancel()  # the caller stopped asking while this waited for its turn
            return _client.checked_content(prepared, await self._send(prepared, permit=permit))

        ahead: collections.deque[asyncio.Task[bytes]] = collections.deque()
        try:
            while not pager.done:
                last = guess if pager.page == first else pager.last_page
                if last is None:  # no totals: read ahead no further than what has come so far
                    last = pager.page - 1 + min(concurrency, pager.page - first)
                while len(ahead) < concurrency and next_page <= min(last, final):
                    ahead.append(asyncio.ensure_future(fetch(next_page)))
                    next_page += 1
                pulling.set()
                try:
                    content = await ahead.popleft()
                finally:
                    pulling.clear()
                for row in pager.feed(content):
                    yield row
        finally:
            for task in ahead:
                task.cancel()
            await asyncio.gather(*ahead, return_exceptions=True)


for _client_class in (Clockify, AsyncClockify):
    strict_surface(_client_class, {"_call": "call", "_iterate": "iterate"})
