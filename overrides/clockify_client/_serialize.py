"""Turn what callers pass (dicts, generated models, datetimes, enums) into exactly what Clockify accepts."""

from __future__ import annotations

import datetime
import enum
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from clockify_api.types import Unset, duration_to_json

from clockify_client.errors import Problem


class UnsendableError(Exception):
    """Internal: the value at ``path`` cannot be sent as the API expects (the caller turns it into a
    RequestValidationError, raised whatever ``validate`` says: such a request cannot be sent at all)."""

    def __init__(self, path: str, message: str) -> None:
        self.problem = Problem(path=path, message=message)
        super().__init__(message)


NAIVE = "a datetime without a time zone is ambiguous: attach one (e.g. tzinfo=datetime.UTC)"


def format_datetime(value: datetime.datetime, *, reports: bool, path: str = "$") -> str:
    """Reports accept only YYYY-MM-DDTHH:MM:SS.sssZ (seed 004); the core API takes UTC with Z (seed 002)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise UnsendableError(path, NAIVE)
    try:
        utc = value.astimezone(datetime.UTC)
    except OverflowError:  # an offset that moves it past year 1 or 9999
        raise UnsendableError(path, "in UTC, this datetime falls outside the calendar (years 1 to 9999)") from None
    if reports:
        return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


class _ApiDatetime(datetime.datetime):
    """A datetime whose ``isoformat()`` is the form the API accepts. Generated models serialize
    datetimes with ``isoformat()`` (offset and microseconds); handing them this instead fixes that
    without touching generated code."""

    api_form: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        return self.api_form


def _api_datetimes(value: Any, *, reports: bool, path: str) -> Any:
    """A copy of a generated model (or list, or dict) with every datetime swapped for an ``_ApiDatetime``."""
    if isinstance(value, datetime.datetime):
        form = format_datetime(value, reports=reports, path=path)
        # The same instant (in UTC), so that a field that passes it through untouched still holds it.
        utc = value.astimezone(datetime.UTC)  # format_datetime checked that this works
        fixed = _ApiDatetime(*utc.timetuple()[:6], utc.microsecond, tzinfo=datetime.UTC)
        fixed.api_form = form
        return fixed
    if attrs.has(type(value)):
        changes = {
            f.name: _api_datetimes(getattr(value, f.name), reports=reports, path=f"{path}.{f.name}")
            for f in attrs.fields(type(value))
            if f.init
        }
        copy = attrs.evolve(value, **changes)
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, dict):
            copy.additional_properties = dict(extra)
        return copy
    if isinstance(value, list):
        return [_api_datetimes(v, reports=reports, path=f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def to_json(value: Any, *, reports: bool, path: str = "$", durations: Callable[[str], str | None] | None = None) -> Any:
    """A JSON-ready copy of ``value``: models become dicts, unset fields vanish, datetimes are formatted.
    Anything JSON cannot carry (bytes, a Decimal, NaN, an arbitrary object, a cycle) is refused here,
    with its path, rather than failing in the encoder or going out as invalid JSON. A ``timedelta`` is sent in
    the wire form ``durations(path)`` names (``wire_form``), and refused where it names none."""
    try:
        return _to_json(value, reports=reports, path=path, durations=durations)
    except RecursionError:
        raise UnsendableError(path, "the value contains itself (a cycle) or is nested too deeply") from None


def _to_json(value: Any, *, reports: bool, path: str, durations: Callable[[str], str | None] | None) -> Any:
    if isinstance(value, enum.Enum):  # first: the str() of a str or int mixin is "Cls.NAME", not its value
        return _to_json(value.value, reports=reports, path=path, durations=durations)
    if value is None or isinstance(value, bool):
        return value
    # Subclasses of str, int and float as the plain value they hold: what is validated is what is sent,
    # whatever their __str__ says (a URL takes str(), the JSON encoder takes the value).
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        number = int.__int__(value)
        if number.bit_length() > 1000:  # rare: only then the costlier check that it can be written at all
            _writable(number, path)
        return number
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnsendableError(path, f"{value} is not a JSON number")
        return float.__float__(value)
    if isinstance(value, _ApiDatetime):  # a generated field typed as text handed it through as it was
        return value.api_form
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = _caller_s(
            path, type(value).__name__, lambda: _api_datetimes(value, reports=reports, path=path).to_dict()
        )
    if isinstance(value, Mapping):
        out = {}
        for k, v in _caller_s(path, type(value).__name__, lambda: list(value.items())):
            if not isinstance(k, str):
                raise UnsendableError(path, f"a JSON object's keys are text, not {type(k).__name__} ({k!r})")
            if not isinstance(v, Unset):
                out[k] = _to_json(v, reports=reports, path=f"{path}.{k}", durations=durations)
        return out
    if isinstance(value, list | tuple):
        return [_to_json(v, reports=reports, path=f"{path}[{i}]", durations=durations) for i, v in enumerate(value)]
    if isinstance(value, datetime.datetime):
        return format_datetime(value, reports=reports, path=path)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        form = durations(path) if durations is not None else None
        if form is None:
            raise UnsendableError(path, "a timedelta is sent only in a field the spec gives as a duration")
        return duration_to_json(value, form)
    raise UnsendableError(path, f"{article(type(value).__name__)} cannot be sent as JSON")


def _caller_s(path: str, kind: str, read: Callable[[], Any]) -> Any:
    """``read()`` of a value the caller gave (a model's ``to_dict``, a mapping's items): when that fails (a
    nested model given as a dict, a mapping that cannot be read), a refusal at its path naming the failure."""
    try:
        return read()
    except UnsendableError:
        raise
    except Exception as exc:
        raise UnsendableError(path, f"this {kind} cannot be read ({type(exc).__name__}: {exc})") from None


def _writable(number: int, path: str) -> None:
    """An int JSON (and a URL) can write: not past Python's limit of digits for text."""
    try:
        str(number)
    except ValueError:
        raise UnsendableError(path, "the number has too many digits to send") from None


def article(noun: str) -> str:
    """``a set``, ``an object``."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def wire_form(schema: Mapping[str, Any] | None, path: str, resolve: Callable[[str], Mapping[str, Any]]) -> str | None:
    """The form a duration at ``path`` (``$.estimate``, ``$[0].auditFilter.duration``) of a body described by
    ``schema`` is sent in: the first wire form the spec marks its field with (``x-clockify-duration``), or
    None where the field is not a duration. ``resolve`` maps a component name to its schema."""
    node = resolved(schema, resolve)
    for key, index in _STEP.findall(path.removeprefix("$")):
        if node is None:
            return None
        node = resolved(node.get("items") if index else node.get("properties", {}).get(key), resolve)
    forms = node.get("x-clockify-duration") if node is not None else None
    return str(forms[0]) if isinstance(forms, list) and forms else None


def resolved(node: Any, resolve: Callable[[str], Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """A schema with its reference followed (and a single ``allOf`` part, as the nullable references use)."""
    while isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str):
            node = resolve(ref.rsplit("/", 1)[-1])
        elif isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        else:
            return node
    return None


def drop_defaults(body: Any, schema: Mapping[str, Any], resolve: Callable[[str], Mapping[str, Any]]) -> Any:
    """Leave out fields equal to the spec's default, at any depth the schema describes: the server applies
    the same default, and a generated model cannot tell a default the caller chose from one it filled in.
    ``resolve`` maps a component name to its schema."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema = resolve(ref.rsplit("/", 1)[-1])
    properties = schema.get("properties")
    if not isinstance(body, dict) or not isinstance(properties, Mapping):
        return body
    kept = {}
    for key, value in body.items():
        prop = properties.get(key)
        if not isinstance(prop, Mapping):
            kept[key] = value
        elif "default" not in prop or type(prop["default"]) is not type(value) or prop["default"] != value:
            kept[key] = drop_defaults(value, prop, resolve)
    return kept


def query_value(value: Any, *, reports: bool, path: str) -> str | list[str]:
    """One query parameter as the server expects it: booleans in lower case, lists repeated."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [str(query_value(v, reports=reports, path=path)) for v in items]
    text = str(to_json(value, reports=reports, path=path))
    if _LONE_SURROGATE.search(text):  # UTF-8, and so a URL, cannot carry one
        raise UnsendableError(path, "holds a lone surrogate, which no URL can carry")
    return text


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
