"""``Clockify`` and ``AsyncClockify``: the public clients. See the README for examples."""

from __future__ import annotations

import asyncio
import collections
import functools
import ssl
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

from clockify_client import _client, _hosts
from clockify_client._client import DEFAULT_MAX_RETRIES, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT, Credentials, Prepared
from clockify_client._logging import forget_secret, logger, register_secret
from clockify_client._pagination import DEFAULT_MAX_PAGES, CorePager, ReportPager
from clockify_client._resilience import (
    Failure,
    Permit,
    RateLimiter,
    backoff_delay,
    classify_exception,
    classify_status,
    may_retry,
)
from clockify_client.errors import ConfigurationError
from clockify_client.resources import WithResources

# Pages in flight for ``AsyncClockify.iterate_report_concurrently``: 50 requests a second at up to
# 0.3 s a page; more would only queue in the rate limiter.
DEFAULT_CONCURRENCY = 50


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One certificate-verifying TLS context for every client: loading the CA bundle takes tens of
    milliseconds, too long to repeat for each of thousands of clients."""
    return httpx.create_ssl_context()


def _shared_or_own_limiter(shared: object, rate_limit: float | None) -> RateLimiter | None:
    """The limiter several clients share (``rate_limiter=``), else one of the client's own."""
    if shared is None:
        return RateLimiter(rate_limit) if rate_limit else None
    if not isinstance(shared, RateLimiter):
        raise ConfigurationError(f"rate_limiter must be a clockify_client.RateLimiter, not {type(shared).__name__}")
    if rate_limit != DEFAULT_RATE_LIMIT and rate_limit != shared.rate:
        raise ConfigurationError("give rate_limit or a shared rate_limiter, not both: the limiter has its own rate")
    return shared


class _Base(WithResources):
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
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        self._credentials = Credentials.choose(api_key, addon_token)
        self.hosts = _hosts.resolve(
            region=region, subdomain=subdomain, base_url=base_url, reports_base_url=reports_base_url
        )
        self.max_retries, self.rate_limit = _client.check_options(max_retries, rate_limit)
        self.timeout = _client.as_timeout(timeout)
        self._limiter = _shared_or_own_limiter(rate_limiter, self.rate_limit)
        self.rate_limit = self._limiter.rate if self._limiter else None
        register_secret(self._credentials.secret.reveal())
        # Forgotten again when the client is closed or collected: the registry holds only secrets in use.
        self._forget_secret = weakref.finalize(self, forget_secret, self._credentials.secret.reveal())

    def _retry_delay(self, prepared: Prepared, attempt: int, outcome: httpx.Response | httpx.HTTPError) -> float | None:
        """Seconds to wait before the next attempt, or None when this outcome is final."""
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
    ) -> Prepared:
        return _client.prepare(
            self.hosts,
            self._credentials,
            operation_id,
            path=path,
            query=query,
            body=body,
            validate=validate,
            timeout=timeout,
        )


class Clockify(_Base):
    """Synchronous client. Use as a context manager, or call ``close()``."""

    def __init__(self, api_key: str | None = None, *, transport: httpx.BaseTransport | None = None, **kwargs: Any):
        super().__init__(api_key, **kwargs)
        self._http = httpx.Client(
            transport=transport, timeout=self.timeout, verify=_tls_context(), follow_redirects=False
        )
        self._attach_resources(self)

    def __enter__(self) -> Clockify:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()
        self._forget_secret()

    def _send(self, prepared: Prepared) -> httpx.Response:
        attempt = 0
        while True:
            permit = self._limiter.acquire() if self._limiter else None
            if permit:
                prepared.request.extensions["trace"] = permit.trace
            started = time.perf_counter()
            outcome: httpx.Response | httpx.HTTPError
            try:
                outcome = self._http.send(prepared.request)
                self._log(prepared, outcome, started)
            except httpx.HTTPError as exc:
                outcome = exc
            finally:
                if permit:
                    permit.done()
            delay = self._retry_delay(prepared, attempt, outcome)
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
    ) -> tuple[Any, httpx.Headers]:
        prepared = self._prepare(operation_id, path, query, body, validate, timeout)
        response = self._send(prepared)
        return _client.interpret(prepared, response), response.headers

    def call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        validate: bool = True,
        timeout: httpx.Timeout | float | None = None,
    ) -> Any:
        """Run any operation of the spec by its operationId, with parameter names as the spec spells them.

        Returns the generated model (a list of them for lists), ``bytes`` for file exports, or None.
        """
        return self._call_with_headers(operation_id, path, query, body, validate, timeout)[0]

    def iterate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        page_size: int = 50,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[Any]:
        """Every item of a paged core list (``page``/``page-size``), page after page, at most ``max_pages``."""
        pager = CorePager(query, page_size, operation_id, max_pages)
        while not pager.done:
            items, headers = self._call_with_headers(operation_id, path, pager.next_query(), None, validate, None)
            yield from pager.feed(items, headers)

    def iterate_report(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any],
        body: Mapping[str, Any],
        page_size: int | None = None,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> Iterator[Any]:
        """Every row of a paged report (typed views), at the largest page size the server allows unless told
        otherwise, until the report's totals are reached (at most ``max_pages`` pages)."""
        pager = ReportPager(operation_id, body, page_size, max_pages)
        while not pager.done:
            prepared = self._prepare(operation_id, path, None, pager.next_body(), validate, None)
            yield from pager.feed(_client.checked_content(prepared, self._send(prepared)))


class AsyncClockify(_Base):
    """Asynchronous client; mirrors ``Clockify``."""

    def __init__(self, api_key: str | None = None, *, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any):
        super().__init__(api_key, **kwargs)
        self._http = httpx.AsyncClient(
            transport=transport, timeout=self.timeout, verify=_tls_context(), follow_redirects=False
        )
        self._attach_resources(self)

    async def __aenter__(self) -> AsyncClockify:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()
        self._forget_secret()

    async def _send(self, prepared: Prepared, permit: Permit | None = None) -> httpx.Response:
        """Send with retries; ``permit``: the limiter's, already acquired for the first attempt."""
        attempt = 0
        while True:
            if permit is None and self._limiter:
                permit = await self._limiter.acquire_async()
            if permit:
                prepared.request.extensions["trace"] = permit.trace_async
            started = time.perf_counter()
            outcome: httpx.Response | httpx.HTTPError
            try:
                outcome = await self._http.send(prepared.request)
                self._log(prepared, outcome, started)
            except httpx.HTTPError as exc:
                outcome = exc
            finally:
                if permit:
                    permit.done()
                permit = None
            delay = self._retry_delay(prepared, attempt, outcome)
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
    ) -> tuple[Any, httpx.Headers]:
        prepared = self._prepare(operation_id, path, query, body, validate, timeout)
        response = await self._send(prepared)
        return _client.interpret(prepared, response), response.headers

    async def call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        validate: bool = True,
        timeout: httpx.Timeout | float | None = None,
    ) -> Any:
        """See ``Clockify.call``."""
        return (await self._call_with_headers(operation_id, path, query, body, validate, timeout))[0]

    async def iterate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        page_size: int = 50,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[Any]:
        """See ``Clockify.iterate``."""
        pager = CorePager(query, page_size, operation_id, max_pages)
        while not pager.done:
            items, headers = await self._call_with_headers(operation_id, path, pager.next_query(), None, validate, None)
            for item in pager.feed(items, headers):
                yield item

    async def iterate_report(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any],
        body: Mapping[str, Any],
        page_size: int | None = None,
        validate: bool = True,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> AsyncIterator[Any]:
        """See ``Clockify.iterate_report``."""
        pager = ReportPager(operation_id, body, page_size, max_pages)
        while not pager.done:
            prepared = self._prepare(operation_id, path, None, pager.next_body(), validate, None)
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
    ) -> AsyncIterator[Any]:
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
        if pages is not None:
            _client.whole_number(pages, "pages", 1)
        pager = ReportPager(operation_id, body, page_size, max_pages)
        first = next_page = pager.page
        final = first + pager.pages.max_pages - 1  # never asked for: the pager refuses to read past it
        guess = first + (pages or 1) - 1  # the last page to request before any totals are known
        pulling = asyncio.Event()  # set while the caller waits for rows

        async def fetch(page: int) -> bytes:
            prepared = self._prepare(operation_id, path, None, pager.next_body(page), validate, None)
            while True:
                await pulling.wait()
                permit = await self._limiter.acquire_async() if self._limiter else None
                if pulling.is_set():
                    break
                if permit:
                    permit.cancel()  # the caller stopped asking while this waited for its turn
            return _client.checked_content(prepared, await self._send(prepared, permit))

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
