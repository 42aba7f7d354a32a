"""Tolerant reading of success bodies.

Two ways in:

- ``parse_json_body``: any operation's success body, as the generated model its ``_parse_response``
  builds (the class comes from the corrected spec's response ``$ref``, mapped once), checked first
  against the response schema (``_tolerance``): a field that disagrees with the spec is kept raw and
  reported, never fatal. Unknown fields stay in each model's ``additional_properties``; unknown enum
  values are kept by the generated enums (project template ``scripts/templates/str_enum.py.jinja``).
- ``parse_detailed_report`` / ``parse_attendance_report`` / ``parse_expense_report``: light, typed
  views over the raw rows of the Reports API. They cost one ``json.loads`` plus one small object per
  row; each property is computed when it is read, so a 1000-row page stays cheap.

Contract: a body that cannot be read (not JSON, truncated, an HTML page, the wrong JSON type at its top
level) raises ``errors.UnexpectedResponseError``, never ``KeyError``/``TypeError``/``ValueError``. On the views,
a field that is absent or null reads as ``None``; a field that is present with the wrong type or a
malformed value raises ``UnexpectedResponseError`` when it is read, naming the field and the row, so
a change on the server is neither silently hidden nor fatal to the rows that are still fine.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

from clockify_client import _spec, _tolerance
from clockify_client._logging import clip, excerpt
from clockify_client.errors import ConfigurationError, UnexpectedResponseError

__all__ = [
    "Amount",
    "AttendancePage",
    "AttendanceRow",
    "DetailedEntry",
    "DetailedReportPage",
    "DetailedTotals",
    "ExpensePage",
    "ExpenseRow",
    "ExpenseTotals",
    "Tag",
    "parse_attendance_report",
    "parse_datetime",
    "parse_detailed_report",
    "parse_duration",
    "parse_expense_report",
    "parse_json_body",
    "report_page",
]

DETAILED = "generateDetailedReport"
ATTENDANCE = "generateAttendanceReport"
EXPENSES = "generateDetailedReportV1"

# Exceptions a generated ``from_dict`` raises on a body of the wrong shape (``dict("ab")`` is a
# ValueError, ``dict(None)`` a TypeError, ``isoparse(1)`` a TypeError, a missing required key a KeyError).
_SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


# --- pure conversions ------------------------------------------------------------------------------

_ISO_NUMBER = r"([-+]?\d+(?:[.,]\d+)?)"
_ISO_DURATION = re.compile(
    rf"([-+])?P(?:{_ISO_NUMBER}Y)?(?:{_ISO_NUMBER}M)?(?:{_ISO_NUMBER}W)?(?:{_ISO_NUMBER}D)?"
    rf"(?:T(?:{_ISO_NUMBER}H)?(?:{_ISO_NUMBER}M)?(?:{_ISO_NUMBER}S)?)?",
    re.ASCII,
)
_SECONDS = re.compile(r"[-+]?\d+(?:\.\d+)?", re.ASCII)


def _iso_number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse_duration(value: int | float | str | None) -> datetime.timedelta | None:
    """A report duration as a ``timedelta``, from either form the server is known to send.

    - ``None`` -> ``None`` (a running entry has no duration yet).
    - a number: seconds (004, measured): ``28800`` -> 8 hours.
    - a string: an ISO-8601 duration (003): ``"PT2H"``, ``"PT1H30M"``, ``"PT45S"``, ``"P1DT2H"``,
      ``"P1W"``, fractions (``"PT0.5S"``), Java's signed parts (``"PT-1H"``); or plain seconds (``"28800"``).

    Pure: raises ``ValueError`` on a malformed string, on years or months (their length in days is not
    fixed, so any answer would be a guess) and on a value out of ``timedelta``'s range; ``TypeError``
    on any other type (``bool`` included). The report views turn both into
    ``errors.UnexpectedResponseError`` naming the field.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"a duration is seconds or an ISO-8601 string, not {type(value).__name__}")
    try:
        if isinstance(value, int):
            return datetime.timedelta(seconds=value)
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError(f"not a duration: {value!r}")
            return datetime.timedelta(seconds=value)
        text = value.strip()
        if _SECONDS.fullmatch(text):
            return datetime.timedelta(seconds=float(Decimal(text)))
        match = _ISO_DURATION.fullmatch(text.upper())
        # "P" alone and a "T" with nothing after it are not durations.
        if not match or not any(match.groups()[1:]) or text.upper().endswith("T"):
            raise ValueError(f"not an ISO-8601 duration: {value!r}")
        sign, years, months, weeks, days, hours, minutes, seconds = match.groups()
        if (years and _iso_number(years)) or (months and _iso_number(months)):
            raise ValueError(f"a duration in years or months has no fixed length: {value!r}")
        total = Decimal(0)
        for part, unit in ((weeks, 604800), (days, 86400), (hours, 3600), (minutes, 60), (seconds, 1)):
            if part:
                total += _iso_number(part) * unit
        return datetime.timedelta(seconds=float(-total if sign == "-" else total))
    except OverflowError:
        raise ValueError(f"duration out of range: {value!r}") from None


def parse_datetime(value: str | None) -> datetime.datetime | None:
    """An aware ``datetime`` from the server's ISO-8601 forms (``2024-01-15T09:00:00Z``,
    ``2024-01-15T09:00:00.000Z``, ``2024-01-15T10:00:00+01:00``). ``None`` -> ``None``.

    A value without an offset is read as UTC, the zone Clockify stores and reports in unless the
    request asked for another ``timeZone`` (and then the server writes the offset). Raises
    ``ValueError`` on a malformed string and ``TypeError`` on a non-string.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"a date-time is a string, not {type(value).__name__}")
    parsed = datetime.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _parse_date(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"a date is a string, not {type(value).__name__}")
    return datetime.date.fromisoformat(value) if len(value) == 10 else datetime.datetime.fromisoformat(value).date()


def _describe(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _load(body: bytes, operation_id: str, status_code: int) -> Any:
    if not body.strip():
        raise UnexpectedResponseError(
            "empty body where JSON was expected", status_code=status_code, operation_id=operation_id
        )
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise UnexpectedResponseError(
            f"body is not JSON ({exc}): {excerpt(body, 120)!r}", status_code=status_code, operation_id=operation_id
        ) from None


# --- any operation, as its generated model -----------------------------------------------------------


class _Target(NamedTuple):
    model: Any  # a generated model class (its from_dict), or None for "keep the JSON as it is"
    many: bool  # the body is a list of them
    node: _tolerance.Node  # the response schema, compiled for tolerant reading (of one item when many)


def _normalize(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


@functools.cache
def _targets() -> Mapping[str, _Target | None]:
    """operationId -> what its success body decodes into, from the spec's response schema (built once)."""
    models = importlib.import_module("clockify_api.models")
    # The generator's class names are the schema names in PascalCase; matching them normalized keeps
    # this independent of its exact casing rules.
    classes = {_normalize(name): getattr(models, name) for name in models.__all__}
    found: dict[str, _Target | None] = {}
    for op_id, op in _spec.operations().items():
        item = _spec.spec()["paths"][op.path][op.method.lower()]
        content = item["responses"].get(str(op.success_status), {}).get("content", {})
        media = next((content[t] for t in ("application/json", "*/*") if t in content), None)
        if media is None:
            found[op_id] = None
            continue
        schema = media.get("schema", {})
        many = schema.get("type") == "array"
        one = schema.get("items", {}) if many else schema
        ref = one.get("$ref", "")
        model = classes.get(_normalize(ref.rsplit("/", 1)[-1])) if ref else None
        if ref and model is None:
            raise LookupError(f"{op_id}: no generated model for {ref}")
        found[op_id] = _Target(model, many, _tolerance.compiled(one))
    return found


def parse_json_body(operation_id: str, status_code: int, body: bytes) -> Any:
    """The success body of ``operation_id`` as the generated model (or list of models) it is
    documented as; ``None`` for an operation documented without a JSON body.

    Read tolerantly (``_tolerance``): a field that disagrees with the corrected spec never fails the
    call; it is kept raw, reported once per schema path on the ``clockify_client`` logger and listed by
    ``clockify_client.mismatches(result)``. Raises ``errors.UnexpectedResponseError`` only for a body
    that is empty, not JSON, or not the documented JSON type at the top level (an array where an
    object is expected), naming the JSON path at fault. ``errors.ConfigurationError`` for an unknown
    operation.
    """
    _spec.operation(operation_id)  # ConfigurationError for an unknown id
    target = _targets()[operation_id]
    if target is None:
        return None
    data = _load(body, operation_id, status_code)

    def fail(where: str, what: str) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"{where}: {what} (body: {excerpt(body, 120)!r})", status_code=status_code, operation_id=operation_id
        )

    if target.model is None:
        # A documented value that is not a model (a string, a number, a free-form map): only its top-level
        # JSON type is checked, by the same rule as for models (a null where a string is documented is not
        # an answer the caller can tell from "no body").
        if target.many and type(data) is not list:
            raise fail("$", f"expected an array, got {_describe(data)}")
        if not target.many and not target.node.ok(data):
            raise fail("$", f"expected {target.node.expected}, got {_describe(data)}")
        return data

    name = target.model.__name__
    if target.many:
        if type(data) is not list:
            raise fail("$", f"expected an array of {name}, got {_describe(data)}")
        return _read_list(operation_id, target, data, fail)
    if type(data) is not dict:
        raise fail("$", f"expected an object ({name}), got {_describe(data)}")
    if target.node.ok(data):
        return _build(target.model, data, "$", fail)
    reading = _tolerance.Reading()
    model = _build(target.model, reading.clean(target.node, data, (), (), name), "$", fail)
    _tolerance.put_back(model, reading.keep)
    _tolerance.finish(operation_id, model, reading.found)
    return model


def _build(model: Any, data: dict[str, Any], where: str, fail: Callable[[str, str], Exception]) -> Any:
    try:
        return model.from_dict(data)
    except _SHAPE_ERRORS as exc:  # the spec-driven pass above should leave nothing for this
        raise fail(where, f"does not match {model.__name__}: {type(exc).__name__}: {exc}") from exc


def _read_list(operation_id: str, target: _Target, data: list[Any], fail: Callable[[str, str], Exception]) -> Any:
    node, from_dict, ok = target.node, target.model.from_dict, target.node.ok
    try:
        if all(map(ok, data)):  # the fast path: nothing disagrees with the spec
            return [from_dict(item) for item in data]
    except _SHAPE_ERRORS:
        pass  # name the item in the slow path
    out: list[Any] = []
    found: list[_tolerance.Mismatch] = []
    name = target.model.__name__
    for index, item in enumerate(data):
        if ok(item):
            out.append(_build(target.model, item, f"$[{index}]", fail))
            continue
        reading = _tolerance.Reading()
        if type(item) is dict:
            model = _build(target.model, reading.clean(node, item, (index,), (), name), f"$[{index}]", fail)
            _tolerance.put_back(model, reading.keep)
            _tolerance.remember(model, tuple(reading.found))
            out.append(model)
        else:  # not an object: left out of the list, kept in the mismatch
            reading.report((index,), f"{operation_id} response[]", node, item, _describe(item))
        found += reading.found
    _tolerance.warn(operation_id, found)
    return _tolerance.ModelList(out, tuple(found), len(data)) if found else out


# --- typed views over report rows --------------------------------------------------------------------

_T = TypeVar("_T")
_MISSING: Any = object()


def _bad(operation_id: str, where: str, field: str, value: Any, why: str) -> UnexpectedResponseError:
    shown = clip(repr(value), 60)
    return UnexpectedResponseError(
        f"{where}: field {field!r} = {shown}: {why}", status_code=200, operation_id=operation_id
    )


class _View:
    """A raw JSON object with typed reads. Subclasses only add ``__slots__`` and properties."""

    __slots__ = ("raw",)
    _OPERATION = ""
    _KIND = "row"

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.raw!r})"

    def __eq__(self, other: object) -> bool:
        # Two views are equal when they wrap equal JSON.
        return isinstance(other, _View) and type(other) is type(self) and other.raw == self.raw

    __hash__ = None  # type: ignore[assignment]  # it wraps a mutable dict

    def _where(self) -> str:
        ident = self.raw.get("id", self.raw.get("_id"))
        return f"{self._KIND} {ident!r}" if isinstance(ident, str) else self._KIND

    def _get(self, *paths: str) -> Any:
        """The first of the dotted ``paths`` that is present and not null; ``_MISSING`` if none is."""
        for path in paths:
            node: Any = self.raw
            for key in path.split("."):
                node = node.get(key) if isinstance(node, dict) else None
            if node is not None:
                return node
        return _MISSING

    def _typed(self, kind: type | tuple[type, ...], *paths: str) -> Any:
        value = self._get(*paths)
        if value is _MISSING:
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise _bad(self._OPERATION, self._where(), paths[0], value, f"expected {_kind_name(kind)}")
        return value

    def _str(self, *paths: str) -> str | None:
        value: str | None = self._typed(str, *paths)
        return value

    def _bool(self, *paths: str) -> bool | None:
        value: bool | None = self._typed(bool, *paths)
        return value

    def _int(self, *paths: str) -> int | None:
        value = self._typed((int, float), *paths)
        if isinstance(value, float):
            if not value.is_integer():
                raise _bad(self._OPERATION, self._where(), paths[0], value, "expected a whole number")
            return int(value)
        return value  # type: ignore[no-any-return]

    def _convert(self, convert: Callable[[Any], _T | None], *paths: str) -> _T | None:
        value = self._get(*paths)
        if value is _MISSING:
            return None
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            raise _bad(self._OPERATION, self._where(), paths[0], value, str(exc)) from None

    def _decimal(self, *paths: str) -> Decimal | None:
        value = self._typed((int, float), *paths)
        if value is None:
            return None
        if value != value or value in (float("inf"), float("-inf")):
            raise _bad(self._OPERATION, self._where(), paths[0], value, "not a finite number")
        # Through str: 12.34 becomes Decimal("12.34"), not the binary float's expansion.
        return Decimal(str(value))

    def _minor(self, *paths: str) -> int | None:
        exact = self._decimal(*paths)
        # Minor units are whole in every example; a fraction (a rate times a duration) is rounded half
        # to even here, and kept exactly by the ``*_major`` helpers.
        return None if exact is None else int(exact.to_integral_value())

    def _major(self, *paths: str) -> Decimal | None:
        # Clockify writes money in hundredths of the currency unit, whatever the currency (004).
        exact = self._decimal(*paths)
        return None if exact is None else exact.scaleb(-2)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        dict: "an object",
        list: "an array",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(dict.fromkeys(names.get(k, k.__name__) for k in kinds))


class Tag(NamedTuple):
    """A tag on a report row: its id and, when the row carries it, its name."""

    id: str | None
    name: str | None


class Amount(_View):
    """One amount of a row or of the totals (``{type, amount, value, currency}``)."""

    __slots__ = ()
    _OPERATION = DETAILED
    _KIND = "amount"

    @property
    def type(self) -> str | None:
        """EARNED, COST, PROFIT, ... kept as the raw string, so a new kind never fails."""
        return self._str("type")

    @property
    def currency(self) -> str | None:
        return self._str("currency")

    @property
    def amount(self) -> int | None:
        """In minor units (cents); ``value`` when the server sends only that."""
        return self._minor("amount", "value")

    @property
    def amount_major(self) -> Decimal | None:
        """``amount`` in currency units, exact (``Decimal``)."""
        return self._major("amount", "value")


def _amounts(view: _View, field: str) -> list[Amount]:
    items = view._typed(list, field) or []
    if not all(isinstance(item, dict) for item in items):
        raise _bad(view._OPERATION, view._where(), field, items, "expected an array of objects")
    return [Amount(item) for item in items]


class DetailedEntry(_View):
    """One row of the detailed report, in either known shape: 004 (``id``, ``userId``, duration in
    seconds) or 003 (``_id``, nested ``user``/``project``/``task``, ISO-8601 duration)."""

    __slots__ = ()
    _OPERATION = DETAILED
    _KIND = "time entry"

    @property
    def id(self) -> str | None:
        return self._str("id", "_id", "get_id")

    @property
    def description(self) -> str | None:
        return self._str("description")

    @property
    def user_id(self) -> str | None:
        return self._str("userId", "user.id")

    @property
    def user_name(self) -> str | None:
        return self._str("userName", "user.name")

    @property
    def user_email(self) -> str | None:
        return self._str("userEmail", "user.email")

    @property
    def project_id(self) -> str | None:
        return self._str("projectId", "project.id")

    @property
    def project_name(self) -> str | None:
        return self._str("projectName", "project.name")

    @property
    def client_id(self) -> str | None:
        return self._str("clientId", "project.clientId")

    @property
    def client_name(self) -> str | None:
        return self._str("clientName", "project.clientName")

    @property
    def task_id(self) -> str | None:
        return self._str("taskId", "task.id")

    @property
    def task_name(self) -> str | None:
        return self._str("taskName", "task.name")

    @property
    def billable(self) -> bool | None:
        return self._bool("billable")

    @property
    def locked(self) -> bool | None:
        return self._bool("locked", "isLocked")

    @property
    def tags(self) -> list[Tag]:
        """Tags as (id, name); a bare string in the list is read as an id."""
        items = self._typed(list, "tags") or []
        out = []
        for item in items:
            if isinstance(item, str):
                out.append(Tag(item, None))
            elif isinstance(item, dict) and all(isinstance(item.get(k), str | None) for k in ("id", "name")):
                out.append(Tag(item.get("id"), item.get("name")))
            else:
                raise _bad(DETAILED, self._where(), "tags", item, "expected a tag object or an id")
        return out

    @property
    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags if t.name is not None]

    @property
    def tag_ids(self) -> list[str]:
        return [t.id for t in self.tags if t.id is not None]

    @property
    def start(self) -> datetime.datetime | None:
        return self._convert(parse_datetime, "timeInterval.start")

    @property
    def end(self) -> datetime.datetime | None:
        """``None`` while the entry is running."""
        return self._convert(parse_datetime, "timeInterval.end")

    @property
    def duration(self) -> datetime.timedelta | None:
        """From seconds (004) or an ISO-8601 duration (003); ``None`` while the entry is running."""
        return self._convert(parse_duration, "timeInterval.duration")

    @property
    def amount(self) -> int | None:
        """The row's amount in minor units (cents), when the report was asked for amounts."""
        return self._minor("amount")

    @property
    def amount_major(self) -> Decimal | None:
        """``amount`` in currency units, exact."""
        return self._major("amount")

    @property
    def amounts(self) -> list[Amount]:
        return _amounts(self, "amounts")

    def as_dict(self) -> dict[str, Any]:
        """Every typed field at once (reads them all, so it raises on the first malformed one)."""
        return {name: getattr(self, name) for name in _DETAILED_FIELDS}


_DETAILED_FIELDS = tuple(
    name
    for name, value in vars(DetailedEntry).items()
    if isinstance(value, property) and name not in ("tag_names", "tag_ids")
)


class DetailedTotals(_View):
    """Totals over every row that matched, not only this page."""

    __slots__ = ()
    _OPERATION = DETAILED
    _KIND = "totals"

    @property
    def total_time(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "totalTime")

    @property
    def total_billable_time(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "totalBillableTime")

    @property
    def entries_count(self) -> int | None:
        return self._int("entriesCount")

    @property
    def total_amount(self) -> int | None:
        """003's ``totalAmount``, in minor units."""
        return self._minor("totalAmount")

    @property
    def amounts(self) -> list[Amount]:
        """004's ``amounts`` (present when the report was asked for amounts)."""
        return _amounts(self, "amounts")


def _rows(
    data: Any, keys: tuple[str, ...], wrap: Callable[[dict[str, Any]], _T], operation_id: str, body: bytes
) -> list[_T]:
    def fail(what: str) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            f"{what} (body: {excerpt(body, 120)!r})", status_code=200, operation_id=operation_id
        )

    if not isinstance(data, dict):
        raise fail(f"expected an object, got {_describe(data)}")
    key = next((k for k in keys if k in data), None)
    # No rows key at all is not read as an empty page: paging would stop early and lose rows in silence.
    if key is None:
        raise fail(f"no rows: none of {', '.join(repr(k) for k in keys)} in the object")
    rows = data[key]
    if rows is None:
        return []
    if type(rows) is not list:
        raise fail(f"{key!r} is {_describe(rows)}, not an array")
    for index, row in enumerate(rows):
        if type(row) is not dict:
            raise fail(f"{key!r}[{index}] is {_describe(row)}, not an object")
    return list(map(wrap, rows))


class DetailedReportPage:
    """A page of the detailed report: ``rows`` (this page), ``totals`` (the whole result), ``raw``."""

    __slots__ = ("raw", "rows")

    def __init__(self, raw: dict[str, Any], rows: list[DetailedEntry]) -> None:
        self.raw = raw
        self.rows = rows

    def __repr__(self) -> str:
        return f"DetailedReportPage(rows={len(self.rows)}, totals={self.totals!r})"

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def totals(self) -> DetailedTotals | None:
        """The first element of ``totals`` (the server sends one); ``None`` when absent or empty."""
        items = self.raw.get("totals")
        if isinstance(items, dict):  # tolerate a bare object
            return DetailedTotals(items)
        if not items:
            return None
        if not isinstance(items, list) or not isinstance(items[0], dict):
            raise _bad(DETAILED, "page", "totals", items, "expected an array of objects")
        return DetailedTotals(items[0])

    @property
    def total_rows(self) -> int | None:
        """How many rows the whole result has (totals cover every page), when the server says."""
        totals = self.totals
        return totals.entries_count if totals else None


def parse_detailed_report(body: bytes) -> DetailedReportPage:
    """A JSON page of ``generateDetailedReport`` as typed views (rows from ``timeEntries`` or
    ``timeentries``). Raises ``errors.UnexpectedResponseError`` for a body that is not JSON or not a
    report page; malformed fields raise the same error when they are read."""
    data = _load(body, DETAILED, 200)
    rows = _rows(data, ("timeEntries", "timeentries"), DetailedEntry, DETAILED, body)
    return DetailedReportPage(data, rows)


class AttendanceRow(_View):
    """One user's attendance on one day. Durations are seconds on the wire."""

    __slots__ = ()
    _OPERATION = ATTENDANCE
    _KIND = "attendance row"

    @property
    def user_id(self) -> str | None:
        return self._str("userId")

    @property
    def user_name(self) -> str | None:
        return self._str("userName")

    @property
    def date(self) -> datetime.date | None:
        return self._convert(_parse_date, "date")

    @property
    def start_time(self) -> str | None:
        """As sent: the documentation gives no format for it."""
        return self._str("startTime")

    @property
    def end_time(self) -> str | None:
        """As sent: the documentation gives no format for it."""
        return self._str("endTime")

    @property
    def total_duration(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "totalDuration")

    @property
    def break_duration(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "break")

    @property
    def capacity(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "capacity")

    @property
    def overtime(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "overtime")

    @property
    def time_off(self) -> datetime.timedelta | None:
        return self._convert(parse_duration, "timeOff")

    @property
    def has_running_entry(self) -> bool | None:
        return self._bool("hasRunningEntry")

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _ATTENDANCE_FIELDS}


_ATTENDANCE_FIELDS = tuple(name for name, value in vars(AttendanceRow).items() if isinstance(value, property))


class AttendancePage:
    __slots__ = ("raw", "rows")

    def __init__(self, raw: dict[str, Any], rows: list[AttendanceRow]) -> None:
        self.raw = raw
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def total_rows(self) -> int | None:
        """The attendance report carries no totals: paging ends on a short page."""
        return None


def parse_attendance_report(body: bytes) -> AttendancePage:
    """A JSON page of ``generateAttendanceReport`` (rows from ``entities``); errors as for the detailed report."""
    data = _load(body, ATTENDANCE, 200)
    return AttendancePage(data, _rows(data, ("entities",), AttendanceRow, ATTENDANCE, body))


class ExpenseRow(_View):
    """One expense."""

    __slots__ = ()
    _OPERATION = EXPENSES
    _KIND = "expense"

    @property
    def id(self) -> str | None:
        return self._str("id")

    @property
    def user_id(self) -> str | None:
        return self._str("userId")

    @property
    def user_name(self) -> str | None:
        return self._str("userName")

    @property
    def project_id(self) -> str | None:
        return self._str("projectId")

    @property
    def project_name(self) -> str | None:
        return self._str("projectName")

    @property
    def category_name(self) -> str | None:
        return self._str("categoryName")

    @property
    def billable(self) -> bool | None:
        return self._bool("billable")

    @property
    def date(self) -> datetime.date | None:
        return self._convert(_parse_date, "date")

    @property
    def amount(self) -> Decimal | None:
        """Exactly as sent: the documentation does not give the unit of expense amounts."""
        return self._decimal("amount")

    @property
    def quantity(self) -> Decimal | None:
        return self._decimal("quantity")

    @property
    def notes(self) -> str | None:
        return self._str("notes")

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _EXPENSE_FIELDS}


_EXPENSE_FIELDS = tuple(name for name, value in vars(ExpenseRow).items() if isinstance(value, property))


class ExpenseTotals(_View):
    __slots__ = ()
    _OPERATION = EXPENSES
    _KIND = "totals"

    @property
    def expenses_count(self) -> int | None:
        return self._int("expensesCount")

    @property
    def total_amount(self) -> Decimal | None:
        return self._decimal("totalAmount")

    @property
    def total_amount_billable(self) -> Decimal | None:
        return self._decimal("totalAmountBillable")


class ExpensePage:
    __slots__ = ("raw", "rows")

    def __init__(self, raw: dict[str, Any], rows: list[ExpenseRow]) -> None:
        self.raw = raw
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def totals(self) -> ExpenseTotals | None:
        totals = self.raw.get("totals")
        if totals is None:
            return None
        if not isinstance(totals, dict):
            raise _bad(EXPENSES, "page", "totals", totals, "expected an object")
        return ExpenseTotals(totals)

    @property
    def total_rows(self) -> int | None:
        totals = self.totals
        return totals.expenses_count if totals else None


def parse_expense_report(body: bytes) -> ExpensePage:
    """A JSON page of ``generateDetailedReportV1`` (rows from ``expenses``); errors as for the detailed report."""
    data = _load(body, EXPENSES, 200)
    return ExpensePage(data, _rows(data, ("expenses",), ExpenseRow, EXPENSES, body))


_REPORT_PARSERS: Mapping[str, Callable[[bytes], DetailedReportPage | AttendancePage | ExpensePage]] = {
    DETAILED: parse_detailed_report,
    ATTENDANCE: parse_attendance_report,
    EXPENSES: parse_expense_report,
}


def report_page(operation_id: str, body: bytes) -> DetailedReportPage | AttendancePage | ExpensePage:
    """One JSON page of a paged report (detailed, attendance, expenses), as typed views."""
    try:
        parse = _REPORT_PARSERS[operation_id]
    except KeyError:
        raise ConfigurationError(f"{operation_id!r} is not a paged report") from None
    return parse(body)
