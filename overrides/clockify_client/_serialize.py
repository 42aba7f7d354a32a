"""Turn what callers pass (dicts, generated models, datetimes, enums) into exactly what Clockify accepts."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any

import attrs
from clockify_api.types import Unset

from clockify_client.errors import Problem


class NaiveDatetimeError(Exception):
    """Internal: a datetime without a zone was found at ``path``."""

    def __init__(self, path: str) -> None:
        self.problem = Problem(
            path=path,
            message="a datetime without a time zone is ambiguous: attach one (e.g. tzinfo=datetime.UTC)",
        )
        super().__init__(self.problem.message)


def format_datetime(value: datetime.datetime, *, reports: bool, path: str = "$") -> str:
    """Reports accept only YYYY-MM-DDTHH:MM:SS.sssZ (seed 004); the core API takes UTC with Z (seed 002)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(path)
    utc = value.astimezone(datetime.UTC)
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
        fixed = _ApiDatetime.fromtimestamp(0, datetime.UTC)  # any instance; only isoformat() is read
        fixed.api_form = format_datetime(value, reports=reports, path=path)
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


def to_json(value: Any, *, reports: bool, path: str = "$") -> Any:
    """A JSON-ready copy of ``value``: models become dicts, unset fields vanish, datetimes are formatted."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = _api_datetimes(value, reports=reports, path=path).to_dict()
    if isinstance(value, Mapping):
        return {
            str(k): to_json(v, reports=reports, path=f"{path}.{k}")
            for k, v in value.items()
            if not isinstance(v, Unset)
        }
    if isinstance(value, list | tuple):
        return [to_json(v, reports=reports, path=f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, datetime.datetime):
        return format_datetime(value, reports=reports, path=path)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def drop_defaults(body: Any, schema_defaults: Mapping[str, Any]) -> Any:
    """Leave out top-level fields equal to the spec's default: the server applies the same default, and a
    generated model cannot tell a default the caller chose from one it filled in."""
    if not isinstance(body, dict):
        return body
    return {k: v for k, v in body.items() if not (k in schema_defaults and schema_defaults[k] == v)}


def query_value(value: Any, *, reports: bool, path: str) -> str | list[str]:
    """One query parameter as the server expects it: booleans in lower case, lists repeated."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [str(query_value(v, reports=reports, path=path)) for v in items]
    converted = to_json(value, reports=reports, path=path)
    return str(converted)
