"""Everything the library raises on purpose, and the one table that maps an HTTP status to a class.

    ClockifyError
    ├── APIError                       the server answered with an error status
    │   ├── BadRequestError            400
    │   │   └── RequestValidationError raised before sending: the request breaks the corrected spec
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   │   └── EntityNotFoundError    400 "<Entity> doesn't belong to Workspace" (also a BadRequestError)
    │   ├── MethodNotAllowedError      405
    │   ├── RateLimitError             429 (retry_after)
    │   └── ServerError                >= 500
    ├── APIConnectionError             the request did not complete
    │   └── APITimeoutError
    ├── UnexpectedResponseError        a success status whose body is not what the spec says
    │   ├── ResponseTooLargeError      a body over ``max_response_bytes`` (any status)
    │   └── PagingError                paging would lose or repeat rows (a repeated row, an empty page
    │       └── TooManyPagesError      before the totals, rows past them); more pages than max_pages
    └── ConfigurationError             the client was built wrongly (credentials, hosts)

Messages never contain credentials: they are built from the server's body and our own words, and
every registered credential is scrubbed from them (``_logging.redact``).
"""

from __future__ import annotations

import dataclasses
import functools
import http
import json
import re
from collections.abc import Mapping
from typing import Any

from clockify_client._logging import excerpt, redact, redact_bytes

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClockifyError",
    "ConfigurationError",
    "EntityNotFoundError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PagingError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ServerError",
    "TooManyPagesError",
    "UnexpectedResponseError",
    "class_for_answer",
    "class_for_status",
    "error_from_response",
]


class ClockifyError(Exception):
    """Base of every exception this library raises on purpose. Its text never shows a credential a
    client holds, even where it quotes the server (a proxy page may echo the request's headers)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(a) if isinstance(a, str) else a for a in args))

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls ``cls(*args)``, which keyword-only fields break (a 404 raised
        # in a process-pool worker would break the pool): rebuild without __init__, fields as state.
        return _rebuilt, (type(self), self.args), self.__dict__


def _rebuilt(cls: type[ClockifyError], args: tuple[object, ...]) -> ClockifyError:
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class ConfigurationError(ClockifyError, ValueError):
    """The client was configured wrongly: credentials, hosts, options."""


class APIError(ClockifyError):
    """The server answered with an error status (or, for RequestValidationError, would have)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | None = None,
        operation_id: str | None = None,
        body: bytes = b"",
    ) -> None:
        self.message = redact(message)
        self.status_code = status_code
        self.code = code
        self.operation_id = operation_id
        self.body = redact_bytes(body)  # the raw answer, less any credential it echoes
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.operation_id}: " if self.operation_id else ""
        code = f", code {self.code}" if self.code is not None and self.code != self.status_code else ""
        return f"{where}HTTP {self.status_code}{code}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r}, operation_id={self.operation_id!r})"
        )


class BadRequestError(APIError):
    """HTTP 400. Clockify answers code 400 for schema violations and 501 for its own validations."""


class AuthenticationError(APIError):
    """HTTP 401: wrong key or token, or not exactly one of them."""


class PermissionDeniedError(APIError):
    """HTTP 403."""


class NotFoundError(APIError):
    """HTTP 404."""


class EntityNotFoundError(NotFoundError, BadRequestError):
    """An id that names nothing (never existed, or was deleted): Clockify answers it with HTTP 400, code 501,
    "<Entity> doesn't belong to Workspace", not 404. A NotFoundError by meaning and a BadRequestError by
    status, so either ``except`` catches it. Recognised from the spec's data (the ``missing-reference``
    condition of the live error taxonomy), not from a list of messages."""


class MethodNotAllowedError(APIError):
    """HTTP 405: the path exists, not with this method (Clockify: code 3000). Only a hand-built request, or
    an API that changed under the client, gets it."""


class RateLimitError(APIError):
    """HTTP 429. ``retry_after`` is the server's Retry-After in seconds, when it sent one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(APIError):
    """HTTP 500 or above."""


@dataclasses.dataclass(frozen=True)
class Problem:
    """One violation found before sending: where (a JSON path such as ``$.detailedFilter.pageSize``)
    and what. ``code``/``message`` are the server's answer for it where the documentation records
    one (``code`` is None for our own refusals)."""

    path: str
    message: str
    code: int | None = None
    status_code: int | None = None
    policy: bool = False


class RequestValidationError(BadRequestError):
    """Raised before anything is sent: the request breaks the corrected spec or a documented rule.

    ``code`` and ``message`` are what the server answers for the first problem where the
    documentation records it; ``problems`` lists every violation. ``predicted_status_code`` is the
    HTTP status the server would answer (400, or 500 for the inputs that crash it).
    """

    def __init__(
        self,
        problems: list[Problem],
        *,
        operation_id: str | None = None,
    ) -> None:
        if not problems:
            raise ValueError("a RequestValidationError needs at least one problem")
        # A message or path may quote what the caller sent, credentials included.
        self.problems = [dataclasses.replace(p, path=redact(p.path), message=redact(p.message)) for p in problems]
        problems = self.problems
        first = next((p for p in problems if p.code is not None), problems[0])
        self.predicted_status_code = first.status_code or 400
        super().__init__(first.message, status_code=400, code=first.code, operation_id=operation_id)

    def __str__(self) -> str:
        # Nothing was sent, so no server answered: say so, and what it would have answered.
        where = f"{self.operation_id}: " if self.operation_id else ""
        # A server answer is claimed only where the documentation records one; a refusal of our own (an
        # unknown key, a value no URL or JSON can carry) names none.
        predicted = next((p for p in self.problems if p.status_code is not None), None)
        code = f", code {self.code}" if self.code is not None else ""
        answer = f" (the server would refuse it: status {self.predicted_status_code}{code})" if predicted else ""
        head = f"{where}refused before sending{answer}: {self.message}"
        if len(self.problems) == 1:  # problems and message were scrubbed when the error was made
            return f"{head} (at {self.problems[0].path})"
        rest = "; ".join(f"{p.path}: {p.message}" for p in self.problems)
        return f"{head} ({len(self.problems)} problems: {rest})"


class APIConnectionError(ClockifyError):
    """The request did not complete: connection refused or reset, TLS failure, and so on."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class UnexpectedResponseError(ClockifyError):
    """A success status whose body cannot be read as the spec says (not JSON, truncated, HTML), or an
    answer of any status too large to read (``ResponseTooLargeError``)."""

    def __init__(self, message: str, *, status_code: int, operation_id: str | None = None, body: bytes = b"") -> None:
        self.status_code = status_code
        self.operation_id = operation_id
        self.body = redact_bytes(body)  # the raw answer, less any credential it echoes
        super().__init__(f"{operation_id + ': ' if operation_id else ''}HTTP {status_code}: {message}")


class ResponseTooLargeError(UnexpectedResponseError):
    """The answer's body, as sent or once decompressed, is larger than the client's ``max_response_bytes``:
    reading stopped there. Not retried: the same request would get the same answer."""


class PagingError(UnexpectedResponseError):
    """The pages do not add up: a row came twice (the server ignored the page number, or reordered the
    rows), a page came empty before the totals were reached, or more rows came than the totals count."""


class TooManyPagesError(PagingError):
    """More pages than the paging helper's ``max_pages``: a server that never says the last page came."""


_BY_STATUS: Mapping[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    429: RateLimitError,
}
# Answers whose meaning their status does not carry: a condition of the corrected spec's error taxonomy
# (``x-clockify-errors`` under ``components.responses``, keyed by condition) -> the class it is raised as.
_BY_CONDITION: Mapping[str, type[APIError]] = {"missing-reference": EntityNotFoundError}


def class_for_status(status_code: int) -> type[APIError]:
    """The exception class for an error status: the table above, ServerError from 500, else APIError."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIError)


def class_for_answer(status_code: int, code: int | None, message: str | None) -> type[APIError]:
    """The exception class for an error answer: a condition of the spec's taxonomy it matches (status, code
    and message, the message's ``{placeholders}`` matching any text), else its status's class."""
    for (status, expected_code, pattern), cls in _condition_patterns():
        if (status, expected_code) == (status_code, code) and message is not None and pattern.fullmatch(message):
            return cls
    return class_for_status(status_code)


@functools.cache
def _condition_patterns() -> tuple[tuple[tuple[int, int, re.Pattern[str]], type[APIError]], ...]:
    from clockify_client import _spec  # the spec is read on the first error answer, not at import

    found = []
    for response in _spec.spec().get("components", {}).get("responses", {}).values():
        entries = response.get("x-clockify-errors", {}) if isinstance(response, Mapping) else {}
        for condition, cls in _BY_CONDITION.items():
            entry = entries.get(condition)
            if isinstance(entry, Mapping) and isinstance(entry.get("message"), str):
                parts = re.split(r"(\{\w+\})", entry["message"])
                pattern = re.compile("".join(".+" if p.startswith("{") else re.escape(p) for p in parts), re.DOTALL)
                found.append(((entry["status"], entry.get("code", entry["status"]), pattern), cls))
    return tuple(found)


def _body_fields(body: bytes) -> tuple[int | None, str | None]:
    """``code`` and ``message`` from a Clockify error body, when it is one."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nested too deeply
        return None, None
    if not isinstance(data, dict):
        return None, None
    code = data.get("code")
    message = data.get("message")
    return (code if isinstance(code, int) and not isinstance(code, bool) else None), (
        message if isinstance(message, str) and message else None
    )


def _reason_phrase(status_code: int) -> str:
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return "error"


def error_from_response(
    status_code: int,
    body: bytes,
    *,
    operation_id: str | None = None,
    reason: str = "",
    retry_after: float | None = None,
) -> APIError:
    """Map any error answer to its class by status, with a useful message even when the body is
    not Clockify's ``{code, message}`` (an HTML page from a proxy, an empty body, a 520)."""
    code, message = _body_fields(body)
    if message is None:
        described = reason or _reason_phrase(status_code)  # HTTP/2 and some proxies send no reason phrase
        message = f"{described} (body: {excerpt(body, 200)})" if body.strip() else f"{described} (empty body)"
    cls = class_for_answer(status_code, code, message)
    if cls is RateLimitError:
        return RateLimitError(
            message, retry_after=retry_after, status_code=status_code, code=code, operation_id=operation_id, body=body
        )
    return cls(message, status_code=status_code, code=code, operation_id=operation_id, body=body)
