"""The request loop, shared by ``Clockify`` and ``AsyncClockify``.

Every operation goes through the same three steps, all driven by the corrected spec:
  prepare   (pure)  serialize, validate, build the httpx request
  send      (I/O)   the only part that differs between sync and async
  interpret (pure)  map the answer to a model, bytes, or a typed error
"""

from __future__ import annotations

import dataclasses
import email.utils
import json
import math
import os
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, unquote

import httpx

from clockify_client import _hosts, _reading, _serialize, _spec
from clockify_client._logging import forgets_locals, shown
from clockify_client._transport import ACCEPT_ENCODING
from clockify_client._validation import validator
from clockify_client._version import USER_AGENT
from clockify_client.errors import (
    APIConnectionError,
    APITimeoutError,
    ClockifyError,
    ConfigurationError,
    Problem,
    RequestValidationError,
    UnexpectedResponseError,
    error_from_response,
)

# Reports typically take 0.5-2 s (seed 004); a finite read timeout well above that.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_RATE_LIMIT = 50.0  # requests per second: Clockify's documented limit
# A whole call, retries and their waits included: well above a report's retried attempts.
DEFAULT_DEADLINE = 300.0
# Largest answer read (as sent, and once decompressed): a detailed report page of 1000 rows is ~1-2 MB.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Longest wait any option may ask for (a week): longer is a mistake, and past ~1e9 s sockets and
# sleeps overflow.
MAX_SECONDS = 7 * 24 * 3600.0
# Most retries of one call: already hours of backoff; past ~1000 the backoff's 2**attempt overflows a float.
MAX_RETRIES = 100
# Largest max_response_bytes (1 TiB): past sys.maxsize the decompressor's output bound overflows.
MAX_RESPONSE_BYTES = 2**40
FILE_EXPORTS = frozenset({"CSV", "XLSX", "PDF", "ZIP"})


def export_type(body: Any, query: Mapping[str, Any] | None = None) -> str:
    """The export type a request asks for, upper-case: ``exportType`` in its body (a mapping or a generated
    model) or, where a report is read with GET (the shared report), in its query; JSON when none is named."""
    value = body.get("exportType") if isinstance(body, Mapping) else getattr(body, "export_type", None)
    if not value and query:
        value = query.get("exportType")
    return str(getattr(value, "value", value) or "JSON").upper()


API_KEY_ENV = "CLOCKIFY_API_KEY"


class _Secret:
    """Holds a credential; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def put_into(self, headers: httpx.Headers, name: str) -> None:
        """Written straight into the request: no frame of ours holds the key in a local variable, where a
        traceback with locals (Sentry-style reporting) would print it."""
        headers[name] = self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


def _header_safe(value: str, what: str) -> str:
    """Refuse a credential that cannot travel in a header as it is (a trailing newline from a file, a
    space, a non-ASCII letter): httpx and h11 would reject it with an error that quotes it in full."""
    if not _HEADER_SAFE.fullmatch(value):
        raise ConfigurationError(
            f"{what} holds a space, a control or a non-ASCII character (a stray newline?); it is not shown here"
        )
    return value


@dataclasses.dataclass(frozen=True)
class Credentials:
    header: str
    secret: _Secret

    @classmethod
    def choose(cls, api_key: str | None, addon_token: str | None) -> Credentials:
        """Exactly one of the two (the server answers 401 "Multiple or none auth tokens present")."""
        for name, value in (("api_key", api_key), ("addon_token", addon_token)):
            if value is not None and not isinstance(value, str):
                raise ConfigurationError(f"{name} must be a string, not {type(value).__name__} (not shown here)")
        if api_key and addon_token:
            raise ConfigurationError("give api_key or addon_token, not both: Clockify accepts exactly one")
        if addon_token:
            return cls("X-Addon-Token", _Secret(_header_safe(addon_token, "addon_token")))
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise ConfigurationError(f"no credentials: pass api_key= or addon_token=, or set {API_KEY_ENV}")
        return cls("X-Api-Key", _Secret(_header_safe(key, "api_key")))


def _number(value: object) -> float | None:
    """``value`` as a finite number, or None when it is not one (a bool, a string, NaN, infinity)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int beyond any float (10**400): no number of seconds
        return None
    return number if math.isfinite(number) else None


def whole_number(value: object, name: str, minimum: int, maximum: int | None = None) -> int:
    """An option that counts something (retries, pages, a page size): an int, not a bool, from ``minimum``
    (to ``maximum``)."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= (maximum or value):
        bounds = f"{minimum} or more" if maximum is None else f"{minimum} to {maximum}"
        raise ConfigurationError(f"{name} must be a whole number, {bounds}, not {shown(value)}")
    return value


def seconds(value: object, name: str) -> float:
    """A duration option: a positive number of seconds, at most ``MAX_SECONDS``."""
    number = _number(value)
    if number is None or not 0 < number <= MAX_SECONDS:
        raise ConfigurationError(
            f"{name} must be a positive number of seconds, at most {MAX_SECONDS:.0f}, not {shown(value)}"
        )
    return number


def as_timeout(value: object) -> httpx.Timeout:
    """A client or per-call timeout: seconds (a positive number) or an ``httpx.Timeout``."""
    if isinstance(value, httpx.Timeout):
        for part, limit in value.as_dict().items():
            if limit is not None:
                seconds(limit, f"timeout.{part}")
        return value
    if _number(value) is None:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {shown(value)}"
        )
    return httpx.Timeout(seconds(value, "timeout"))


def attempt_limit(timeout: object) -> float | None:
    """A timeout given as a plain number bounds each attempt as a whole, not only each socket operation:
    a server that drips a byte at a time cannot stretch it. An ``httpx.Timeout`` bounds operations only."""
    return None if isinstance(timeout, httpx.Timeout) or timeout is None else seconds(timeout, "timeout")


def check_options(max_retries: object, rate_limit: object) -> tuple[int, float | None]:
    retries = whole_number(max_retries, "max_retries", 0, MAX_RETRIES)
    if rate_limit is None:
        return retries, None
    # Between one request a week and a million a second: beyond, the limiter's arithmetic overflows.
    rate = _number(rate_limit)
    if rate is None or not 1 / MAX_SECONDS <= rate <= 1e6:
        raise ConfigurationError(
            f"rate_limit must be a number of requests a second (1e-6 to 1e6), or None, not {shown(rate_limit)}"
        )
    return retries, rate


@dataclasses.dataclass(frozen=True)
class Prepared:
    operation: _spec.Operation
    request: httpx.Request
    wants_file: bool


def _unsendable(operation_id: str, where: str, message: str) -> RequestValidationError:
    return RequestValidationError([Problem(path=where, message=message)], operation_id=operation_id)


# Control characters and lone surrogates: no server reads them back as they were meant.
_UNSENDABLE_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters that split or end a path segment for some hop on the way, even percent-encoded.
_SEGMENT_BREAKING = re.compile(r"[/\\;]")
# A segment every URL normalisation leaves as it is (RFC 3986 6.2.2): unreserved characters only (nothing
# percent-encoded to decode or re-case), not a dot segment, and far too short to make a URL too long.
_PLAIN_SEGMENT = re.compile(r"(?!\.\.?\Z)[A-Za-z0-9._~-]{1,256}")


def path_segment(operation_id: str, name: str, value: object) -> str:
    """A path parameter as exactly one path segment, or a RequestValidationError (whatever ``validate``
    says): a value that URL normalisation would drop or rewrite (``..``, ``.``, empty) would address
    another resource (``DELETE .../time-entries/..`` is a workspace delete)."""
    where = f"path.{name}"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _unsendable(
            operation_id, where, f"a path parameter is text or a whole number, not {type(value).__name__}"
        )
    try:
        text = str(value)
    except ValueError:  # an int beyond Python's digit limit for text
        raise _unsendable(operation_id, where, "the number has too many digits to send") from None
    if _UNSENDABLE_CHARACTER.search(text):
        raise _unsendable(operation_id, where, "holds a control character or a lone surrogate")
    # As given and as a hop that decodes percent-escapes once or twice would read it (a proxy, a gateway, a
    # servlet container reading ";" as a parameter): sent escaped, "../../projects/p1" or "%2e%2e" would still
    # address another resource there. No Clockify id holds any of these.
    if any(
        _SEGMENT_BREAKING.search(form) or form in (".", "..") for form in (text, unquote(text), unquote(unquote(text)))
    ):
        raise _unsendable(
            operation_id,
            where,
            "holds '/', '\\' or ';' or is a '.'/'..' segment (also percent-encoded), which no Clockify id is "
            "(a path traversal?); not sent",
        )
    segment = quote(text, safe="")
    if _PLAIN_SEGMENT.fullmatch(segment):  # the usual id: asking httpx (a URL parse) would say the same
        return segment
    probe = f"/{segment}/"
    try:
        kept = bool(text) and httpx.URL("http://h" + probe).raw_path == probe.encode()
    except httpx.InvalidURL:  # longer than any URL httpx sends
        raise _unsendable(operation_id, where, f"{len(text)} characters: too long for a URL") from None
    if not kept:
        raise _unsendable(
            operation_id, where, f"{text!r} is not a path segment URL normalisation leaves alone (empty, '.', '..')"
        )
    return segment


def body_json(op: _spec.Operation, body: Any) -> Any:
    """A request body (a mapping or a generated model) as the JSON to send; for a model, without the
    spec defaults it filled in that the caller never chose."""
    if body is None:
        return None
    try:
        # A timedelta goes in a field the spec marks as a duration, in its wire form (asked only when one is found).
        durations = lambda path: _serialize.wire_form(op.body_schema, path, _spec.schema)  # noqa: E731
        converted = _serialize.to_json(body, reports=op.host == "reports", durations=durations)
    except _serialize.UnsendableError as exc:
        raise RequestValidationError([exc.problem], operation_id=op.operation_id) from None
    if isinstance(converted, dict) and not isinstance(body, Mapping) and op.body_schema is not None:
        converted = _serialize.drop_defaults(converted, op.body_schema, _spec.schema)
    return converted


def _object_schema(node: Any) -> Mapping[str, Any] | None:
    """``node`` (references followed) when it describes an object, else None."""
    schema = _serialize.resolved(node, _spec.schema)
    return schema if schema is not None and (schema.get("type") == "object" or "properties" in schema) else None


def merged_extras(
    operation_id: str, body: Mapping[str, Any] | None, extra: Mapping[str, Any], schema: Any, where: str = ""
) -> dict[str, Any]:
    """``body`` with ``extra_body`` (JSON already) merged in, level by level. A key the spec does not know at
    its level (and the body does not give) is added as given, nested or not; a key it knows is followed
    into when both sides are objects (``{"detailedFilter": {"newOption": 1}}`` adds ``newOption`` inside the
    body's ``detailedFilter``); anything else the spec knows, or the body gives, is refused: it goes in its
    typed argument or the body, where it is checked, and is never silently overridden."""
    merged = dict(body or {})
    object_schema = _object_schema(schema)
    known = (object_schema or {}).get("properties") or {}
    for key, value in extra.items():
        name = f"{where}.{key}" if where else key
        if key not in known and key not in merged:
            merged[key] = value
            continue
        inner, inner_schema = merged.get(key), known.get(key)
        if isinstance(value, Mapping) and isinstance(inner, Mapping | None) and _object_schema(inner_schema):
            merged[key] = merged_extras(operation_id, inner, value, inner_schema, name)
            continue
        raise ConfigurationError(
            f"{operation_id}: extra_body {name!r} is a name the spec knows (or one the request gives already): "
            "give it as its keyword argument or in the body, where it is checked; extra_body is for what the "
            "spec does not know yet (at any depth: {'detailedFilter': {'newOption': 1}})"
        )
    return merged


def with_extras(
    op: _spec.Operation,
    body: Any,
    query: dict[str, Any],
    extra_body: Mapping[str, Any] | None,
    extra_query: Mapping[str, Any] | None,
) -> tuple[Any, dict[str, Any]]:
    """The request with the fields the spec does not know yet (``extra_body=``, ``extra_query=``), added
    after the rest was checked and sent as given. Refused: a key that is not text, and a key the spec knows
    (it goes in its typed argument or the body, where it is checked; never silently overridden); in
    ``extra_body``, a known key is followed into, so that a new field may be nested (``merged_extras``)."""
    for name, extra in (("extra_query", extra_query), ("extra_body", extra_body)):
        if extra is not None and not isinstance(extra, Mapping):
            raise ConfigurationError(f"{op.operation_id}: {name} must be a mapping, not {type(extra).__name__}")
        for key in extra or {}:  # before any conversion, which would say it less clearly
            if not isinstance(key, str):
                raise ConfigurationError(
                    f"{op.operation_id}: {name} keys are text, not {type(key).__name__} ({shown(key)})"
                )
    known_query = {p.name for p in op.parameters if p.location == "query"}
    for key in extra_query or {}:
        if key in known_query or key in query:
            raise ConfigurationError(
                f"{op.operation_id}: extra_query {key!r} is a name the spec knows (or one the request gives "
                "already): give it as its keyword argument, where it is checked; extra_query is for what the "
                "spec does not know yet"
            )
    try:
        query = {
            **query,
            **{
                k: _serialize.to_json(v, reports=op.is_report, path=f"query.{k}")
                for k, v in (extra_query or {}).items()
                if v is not None
            },
        }
        if extra_body:
            if op.body_schema is None or not isinstance(body, Mapping | None):
                raise ConfigurationError(f"{op.operation_id}: extra_body= goes with an object body")
            extra = _serialize.to_json(dict(extra_body), reports=op.is_report)
            body = merged_extras(op.operation_id, body, extra, op.body_schema)
    except _serialize.UnsendableError as exc:
        raise RequestValidationError([exc.problem], operation_id=op.operation_id) from None
    return body, query


def prepare(
    hosts: _hosts.Hosts,
    credentials: Credentials,
    operation_id: str,
    *,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: Any,
    validate: bool,
    timeout: httpx.Timeout | float | None,
    extra_body: Mapping[str, Any] | None = None,
    extra_query: Mapping[str, Any] | None = None,
) -> Prepared:
    op = _spec.operation(operation_id)
    reports = op.host == "reports"  # the Reports API's own date-time form
    if body is not None and op.body_media_type not in (None, "application/json"):
        raise ConfigurationError(
            f"{operation_id}: its body is {op.body_media_type}, and this client sends JSON bodies only"
        )
    for name, given in (("path", path), ("query", query)):
        if given is not None and not isinstance(given, Mapping):
            raise ConfigurationError(
                f"{operation_id}: {name} must map parameter names to values, not {type(given).__name__}"
            )
    try:
        path_values = {k: _serialize.to_json(v, reports=reports, path=f"path.{k}") for k, v in (path or {}).items()}
        query_values = {
            k: _serialize.to_json(v, reports=reports, path=f"query.{k}")
            for k, v in (query or {}).items()
            if v is not None
        }
    except _serialize.UnsendableError as exc:
        raise RequestValidationError([exc.problem], operation_id=operation_id) from None
    json_body = body_json(op, body)
    # Before validation, which would trip on what cannot become text; whatever ``validate`` says.
    declared = op.path_names
    segments = {k: path_segment(operation_id, k, v) for k, v in path_values.items() if k in declared}
    if validate:
        validator().validate(operation_id, path=path_values, query=query_values, body=json_body)
    if extra_body or extra_query:
        json_body, query_values = with_extras(op, json_body, query_values, extra_body, extra_query)
    url_path = op.path
    for name in declared:
        if name not in segments:
            raise ConfigurationError(f"{operation_id}: path parameter {name!r} is missing")
        url_path = url_path.replace("{" + name + "}", segments[name])
    wants_file = op.answers_file or export_type(json_body, query_values) in FILE_EXPORTS
    headers = {
        "Accept": op.file_types if wants_file else "application/json",
        "Accept-Encoding": ACCEPT_ENCODING,
        "User-Agent": USER_AGENT,
    }
    extensions = {}
    if timeout is not None:
        extensions["timeout"] = as_timeout(timeout).as_dict()
    try:  # a number past Python's digit limit, a lone surrogate in a query value, a URL httpx refuses
        params: list[tuple[str, str | int | float | bool | None]] = [
            (k, item)
            for k, v in query_values.items()
            for item in (lambda q: q if isinstance(q, list) else [q])(
                _serialize.query_value(v, reports=reports, path=f"query.{k}")
            )
        ]
        content = None
        if json_body is not None:
            content = json.dumps(json_body, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
        request = httpx.Request(
            op.method,
            hosts.base(op.host) + url_path,
            params=params,
            headers=headers,
            content=content,
            extensions=extensions,
        )
    except _serialize.UnsendableError as exc:
        refusal: Problem | None = exc.problem
    except (ValueError, httpx.InvalidURL) as exc:  # UnicodeEncodeError is a ValueError
        refusal = Problem(path="$", message=f"cannot be sent ({type(exc).__name__}: {exc})")
    else:
        refusal = None
    if refusal is not None:  # raised outside the handler: httpx's half-built request is not its context
        raise RequestValidationError([refusal], operation_id=operation_id)
    credentials.secret.put_into(request.headers, credentials.header)
    return Prepared(op, request, wants_file)


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date (RFC 9110)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        # A date without a zone (``-0000``) is naive: timestamp() reads it in local time, and near
        # year 1 or 9999 that can fall outside the calendar (ValueError, OverflowError).
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


@forgets_locals
def interpret(prepared: Prepared, response: httpx.Response) -> Any:
    op = prepared.operation
    status = response.status_code
    body = response.content
    if not 200 <= status < 300:  # a 3xx too: httpx follows no redirect, and none is documented
        raise error_from_response(
            status,
            body,
            operation_id=op.operation_id,
            reason=response.reason_phrase,
            retry_after=retry_after_seconds(response.headers.get("Retry-After")),
        )
    if status in op.bodiless_statuses or not op.success_types:  # the spec documents no body here
        return None
    if status == 204 or (not body.strip() and not prepared.wants_file):  # an empty export is still a file
        # No content (a 204, or an empty 200) where the spec documents a body: never None through a method
        # typed to return the model.
        raise UnexpectedResponseError(
            f"no content where {op.answer_name} was expected", status_code=status, operation_id=op.operation_id
        )
    if prepared.wants_file:
        return body
    # Quoted as sent, never transformed (case-folded) first: the scrubbing of the message must see the
    # server's text as it came, a key the server echoed into it included.
    sent_type = response.headers.get("Content-Type", "").split(";")[0].strip()
    content_type = sent_type.lower()
    if content_type and content_type != "application/json" and not content_type.endswith("+json"):
        raise UnexpectedResponseError(
            f"expected JSON, got {sent_type!r}", status_code=status, operation_id=op.operation_id
        )
    return _reading.parse_json_body(op.operation_id, status, body)


@forgets_locals
def checked_content(prepared: Prepared, response: httpx.Response) -> bytes:
    """The body of a success; an error status raises its typed error, as ``interpret`` does."""
    if not 200 <= response.status_code < 300:
        interpret(prepared, response)
    return response.content


def map_transport_error(exc: httpx.HTTPError, operation_id: str) -> ClockifyError:
    """httpx's exceptions never escape: timeouts and connection failures become our own."""
    kind = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation_id}: timed out ({kind})")
    return APIConnectionError(f"{operation_id}: the request did not complete ({kind}: {exc})")


def last_page(response_headers: httpx.Headers) -> bool | None:
    value = response_headers.get("Last-Page")
    if not isinstance(value, str):
        return None
    return value.strip().lower() == "true"
