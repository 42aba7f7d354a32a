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
import math
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Generic, NamedTuple, TypeVar, overload

from clockify_api.types import iso_duration

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

_SECONDS = re.compile(r"[-+]?\d+(?:\.\d+)?", re.ASCII)


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
        return iso_duration(text)  # the generated models' own reading of an ISO-8601 duration
    except OverflowError:
        raise ValueError(f"duration out of range: {value!r}") from None


class _Inline(NamedTuple):
    """A conversion's common case written out as source lines (``{v}`` is the value's variable) for the
    views' compiled converters (``_compile``), so that the common case costs no Python call; any other
    input still goes through the function itself. The lines must give what the function gives."""

    kind: type  # the input type the lines are for
    lines: tuple[str, ...]
    scope: Mapping[str, Any]


_INLINE: dict[Callable[[Any], Any], _Inline] = {}
_C = TypeVar("_C", bound=Callable[..., Any])


def _inline(kind: type, *lines: str, **scope: Any) -> Callable[[_C], _C]:
    def register(convert: _C) -> _C:
        _INLINE[convert] = _Inline(kind, lines, scope)
        return convert

    return register


@_inline(
    str,
    "{v} = _fromisoformat({v})",
    "if {v}.tzinfo is None: {v} = {v}.replace(tzinfo=_UTC)",
    _fromisoformat=datetime.datetime.fromisoformat,
    _UTC=datetime.UTC,
)
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
def _model_names() -> Mapping[str, str]:
    """The generated model classes' names by normalized name (each class is imported when first read)."""
    models = importlib.import_module("clockify_api.models")
    # The generator's class names are the schema names in PascalCase; matching them normalized keeps
    # this independent of its exact casing rules.
    return {_normalize(name): name for name in models.__all__}


def _target(op_id: str) -> _Target | None:
    """What the success body of ``op_id`` decodes into, from the spec's response schema."""
    op = _spec.operations()[op_id]
    item = _spec.spec()["paths"][op.path][op.method.lower()]
    content = item["responses"].get(str(op.success_status), {}).get("content", {})
    media = next((content[t] for t in ("application/json", "*/*") if t in content), None)
    if media is None:
        return None
    schema = media.get("schema", {})
    many = schema.get("type") == "array"
    one = schema.get("items", {}) if many else schema
    ref = one.get("$ref", "")
    name = _model_names().get(_normalize(ref.rsplit("/", 1)[-1])) if ref else None
    model = getattr(importlib.import_module("clockify_api.models"), name) if name else None
    if ref and model is None:
        raise LookupError(f"{op_id}: no generated model for {ref}")
    return _Target(model, many, _tolerance.compiled(one))


class _Targets(Mapping[str, _Target | None]):
    """operationId -> ``_target``, each worked out when first asked for: all of them at once would cost the
    first call of every process the compiled response schemas of every operation."""

    def __init__(self) -> None:
        self._known: dict[str, _Target | None] = {}

    def __getitem__(self, op_id: str) -> _Target | None:
        try:
            return self._known[op_id]
        except KeyError:
            if op_id not in _spec.operations():
                raise
        found = self._known[op_id] = _target(op_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_spec.operations())

    def __len__(self) -> int:
        return len(_spec.operations())


@functools.cache
def _targets() -> Mapping[str, _Target | None]:
    """operationId -> what its success body decodes into (each built once, on first use)."""
    return _Targets()


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
    reading = _tolerance.Reading(fail)
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
        reading = _tolerance.Reading(fail)
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
#
# A view keeps the row's JSON (``raw``) and converts it on first read: the first typed field read
# converts every field of the row at once into the view's instance dictionary, so every later read is
# a plain attribute read. The conversion is one function per view type, written from its ``_Field``s
# when the class is made (``_compile``). A field that cannot be read leaves no value and raises when it
# is read (and only then), naming the field and the row; the row's other fields still read.

_T = TypeVar("_T")
_CONVERSION_ERRORS = (TypeError, ValueError, ArithmeticError)


class _Wrong(Exception):
    """A field present with the wrong type or a malformed value, as a reader finds it."""

    def __init__(self, field: str, value: Any, why: str) -> None:
        super().__init__(field, value, why)
        self.field, self.value, self.why = field, value, why


def _bad(operation_id: str, where: str, field: str, value: Any, why: str) -> UnexpectedResponseError:
    shown = clip(repr(value), 60)
    return UnexpectedResponseError(
        f"{where}: field {field!r} = {shown}: {why}", status_code=200, operation_id=operation_id
    )


_KIND_NAMES: dict[type | None, str] = {str: "a string", bool: "a boolean"}


class _Field(Generic[_T]):
    """A typed field of a view: the value at the first of ``paths`` (dotted) that is present and not
    null; kept as it is when its type is exactly ``kind``, else ``convert(value)`` (a field without
    ``convert`` refuses any other type); ``empty()`` when absent or null."""

    def __init__(
        self,
        paths: tuple[str, ...],
        *,
        kind: type | None = None,
        convert: Callable[[Any], Any] | None = None,
        empty: Callable[[], Any] | None = None,
        doc: str = "",
    ) -> None:
        self.paths, self.kind, self.convert, self.empty = paths, kind, convert, empty
        self.name = ""
        self.__doc__ = doc

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, view: None, owner: type) -> _Field[_T]: ...
    @overload
    def __get__(self, view: _View, owner: type) -> _T: ...
    def __get__(self, view: _View | None, owner: type) -> _Field[_T] | _T:
        # Reached only while the instance dictionary holds no value for the field: the row is not
        # converted yet, or this field of it could not be read.
        if view is None:
            return self
        if "_faults" not in view.__dict__:
            type(view)._converter(view, view.raw)
            if self.name in view.__dict__:
                return view.__dict__[self.name]  # type: ignore[no-any-return]
        fault = view.__dict__["_faults"][self.name]
        raise _bad(view._OPERATION, view._where(), fault.field, fault.value, fault.why)


def _text(*paths: str, doc: str = "") -> _Field[str | None]:
    return _Field(paths, kind=str, doc=doc)


def _flag(*paths: str, doc: str = "") -> _Field[bool | None]:
    return _Field(paths, kind=bool, doc=doc)


def _value(
    convert: Callable[[Any], _T | None], *paths: str, kind: type | None = None, doc: str = ""
) -> _Field[_T | None]:
    return _Field(paths, kind=kind, convert=convert, doc=doc)


def _items(convert: Callable[[Any], list[_T]], *paths: str, doc: str = "") -> _Field[list[_T]]:
    """A list field: an absent or null list reads as an empty one."""
    return _Field(paths, convert=convert, empty=list, doc=doc)


def _fetch(keys: list[str], name: str) -> str:
    """A Python expression for the value at ``keys`` in ``raw`` (``None`` where a step is missing)."""
    if len(keys) == 1:
        return f"get({keys[0]!r})"
    inner = _fetch(keys[:-1], name + "_")
    return f"({name}.get({keys[-1]!r}) if type({name} := {inner}) is dict else None)"


_NOTHING: Mapping[str, Any] = {}  # stands in for a parent object that is absent or not an object


def _fault(faults: dict[str, _Wrong] | None, name: str, wrong: _Wrong) -> dict[str, _Wrong]:
    faults = {} if faults is None else faults
    faults[name] = wrong
    return faults


def _compile(view: type[_View]) -> Callable[[_View, dict[str, Any]], None]:
    """A view type's converter, written once from its fields as one straight Python function: per
    field a lookup, a type check and, only when needed, its conversion, without a call per field;
    an object several fields are read from (``timeInterval``) is looked up once.
    (The form ``dataclasses`` and ``attrs`` use for their methods, for the same reason: speed.)"""
    fields = [getattr(view, name) for name in view._FIELDS]
    scope: dict[str, Any] = {"_Wrong": _Wrong, "_ERRORS": _CONVERSION_ERRORS, "_NOTHING": _NOTHING, "_fault": _fault}
    lines = ["def convert(view, raw):", "    get = raw.get", "    faults = None"]
    parents: dict[tuple[str, ...], str] = {(): "raw"}

    def parent(keys: tuple[str, ...]) -> str:
        """The variable holding the object at ``keys`` (``_NOTHING`` when there is none), made once."""
        if keys not in parents:
            above, name = parent(keys[:-1]), f"p{len(parents)}"
            lines.append(f"    {name} = {above}.get({keys[-1]!r})")
            lines.append(f"    if type({name}) is not dict: {name} = _NOTHING")
            parents[keys] = name
        return parents[keys]

    for i, field in enumerate(fields):
        v, name, first = f"v{i}", repr(field.name), repr(field.paths[0])
        scope |= {f"K{i}": field.kind, f"C{i}": field.convert, f"E{i}": field.empty}
        *above, key = field.paths[0].split(".")
        holder = parent(tuple(above))
        lines.append(f"    {v} = {'get' if holder == 'raw' else holder + '.get'}({key!r})")
        for j, path in enumerate(field.paths[1:], 1):  # the other spellings, read only when needed
            lines.append(f"    if {v} is None: {v} = {_fetch(path.split('.'), f'n{i}_{j}')}")
        if field.convert is None:
            why = repr(f"expected {_KIND_NAMES[field.kind]}")
            lines.append(f"    if {v} is not None and type({v}) is not K{i}:")
            lines.append(f"        faults = _fault(faults, {name}, _Wrong({first}, {v}, {why}))")
            continue
        if field.empty is not None:
            lines.append(f"    if {v} is None: {v} = E{i}()")
            lines.append(f"    elif type({v}) is not K{i}:")
        else:
            lines.append(f"    if {v} is not None and type({v}) is not K{i}:")
        lines.append("        try:")
        inline = _INLINE.get(field.convert)
        if inline is None:
            lines.append(f"            {v} = C{i}({v})")
        else:
            scope.update(inline.scope, **{f"I{i}": inline.kind})
            lines.append(f"            if type({v}) is I{i}:")
            lines += ["                " + line.format(v=v) for line in inline.lines]
            lines += ["            else:", f"                {v} = C{i}({v})"]
        lines += [
            "        except _ERRORS as exc:",
            f"            faults = _fault(faults, {name}, _Wrong({first}, {v}, str(exc)))",
        ]
    lines += [
        "    state = {" + ", ".join(f"{f.name!r}: v{i}" for i, f in enumerate(fields)) + "}",
        "    if faults is None:",
        "        state['_faults'] = _NOTHING",
        "    else:",
        "        for name in faults: del state[name]",
        "        state['_faults'] = faults",
        "    view.__dict__ = state",
    ]
    exec("\n".join(lines), scope)  # the source is made above from the class's own fields
    convert: Callable[[_View, dict[str, Any]], None] = scope["convert"]
    return convert


class _View:
    """A raw JSON object with typed fields (``_Field``s), converted on first read (see above)."""

    __slots__ = ("__dict__", "raw")
    _OPERATION: ClassVar[str] = ""
    _KIND: ClassVar[str] = "row"
    _FIELDS: ClassVar[tuple[str, ...]] = ()
    _converter: ClassVar[Callable[[_View, dict[str, Any]], None]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._FIELDS = tuple(_members(cls, _Field))
        cls._converter = _compile(cls)

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        """The typed fields that hold a value (``timedelta``s, not the seconds sent); one that cannot be
        read shows as ``<unreadable>`` (a repr never raises). ``raw`` has the JSON as sent."""
        shown = []
        for name in self._FIELDS:
            try:
                value = getattr(self, name)
            except UnexpectedResponseError:
                shown.append(f"{name}=<unreadable>")
                continue
            if value is not None and value != []:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        # Two views are equal when they wrap equal JSON.
        return isinstance(other, _View) and type(other) is type(self) and other.raw == self.raw

    __hash__ = None  # type: ignore[assignment]  # it wraps a mutable dict

    def _where(self) -> str:
        ident = self.raw.get("id", self.raw.get("_id"))
        return f"{self._KIND} {ident!r}" if isinstance(ident, str) else self._KIND

    def as_dict(self) -> dict[str, Any]:
        """Every typed field at once (reads them all, so it raises on the first malformed one)."""
        return {name: getattr(self, name) for name in self._FIELDS}


def _members(cls: type, kind: type) -> list[str]:
    """The names of the class attributes of ``cls`` (its own and inherited) that are a ``kind``, in order."""
    found: dict[str, bool] = {}
    for owner in reversed(cls.__mro__):
        found.update((name, isinstance(value, kind)) for name, value in vars(owner).items())
    return [name for name, wanted in found.items() if wanted and not name.startswith("_")]


def fields_of(view: type[_View]) -> tuple[str, ...]:
    """Every public field a view type offers: the converted ones and those computed from them."""
    return (*view._FIELDS, *_members(view, property))


def _number(value: Any) -> int | float:
    if type(value) is not int and type(value) is not float:
        raise TypeError("expected a number")
    return value


def _whole(value: Any) -> int:
    if type(_number(value)) is float and not value.is_integer():
        raise ValueError("expected a whole number")
    return int(value)


def _exact(value: Any) -> Decimal:
    if type(_number(value)) is float and not math.isfinite(value):
        raise ValueError("not a finite number")
    # Through str: 12.34 becomes Decimal("12.34"), not the binary float's expansion.
    return Decimal(str(value))


def _minor_units(value: Any) -> int:
    # Minor units are whole in every example; a fraction (a rate times a duration) is rounded half
    # to even here, and kept exactly by the ``*_major`` fields.
    return int(_exact(value).to_integral_value())


def _major_units(value: Any) -> Decimal:
    # Clockify writes money in hundredths of the currency unit, whatever the currency (004).
    return _exact(value).scaleb(-2)


_SECOND = datetime.timedelta(seconds=1)


@_inline(int, "{v} = _SECOND * {v}", _SECOND=_SECOND)  # the common case (004); too large: OverflowError
def _seconds_or_iso(value: Any) -> datetime.timedelta | None:
    if type(value) is int:
        return _SECOND * value
    return parse_duration(value)


def _views(cls: Callable[[dict[str, Any]], _T]) -> Callable[[Any], list[_T]]:
    def convert(items: Any) -> list[_T]:
        if type(items) is not list or not all(type(item) is dict for item in items):
            raise TypeError("expected an array of objects")
        return [cls(item) for item in items]

    return convert


class Tag(NamedTuple):
    """A tag on a report row: its id and, when the row carries it, its name."""

    id: str | None
    name: str | None


_STRING_OR_NULL = (str, type(None))


def _tags(items: Any) -> list[Tag]:
    """Tags as (id, name); a bare string in the list is read as an id."""
    if type(items) is not list:
        raise TypeError("expected an array")
    out = []
    for item in items:
        if type(item) is dict:
            pair = (item.get("id"), item.get("name"))
            if isinstance(pair[0], _STRING_OR_NULL) and isinstance(pair[1], _STRING_OR_NULL):
                out.append(tuple.__new__(Tag, pair))
                continue
        elif type(item) is str:
            out.append(Tag(item, None))
            continue
        raise ValueError(f"expected a tag object or an id, not {clip(repr(item), 40)}")
    return out


class Amount(_View):
    """One amount of a row or of the totals (``{type, amount, value, currency}``)."""

    _OPERATION = DETAILED
    _KIND = "amount"

    type = _text("type", doc="EARNED, COST, PROFIT, ... kept as the raw string, so a new kind never fails.")
    currency = _text("currency")
    amount = _value(_minor_units, "amount", "value", doc="In minor units (cents); ``value`` when only that is sent.")
    amount_major = _value(_major_units, "amount", "value", doc="``amount`` in currency units, exact (``Decimal``).")


class DetailedEntry(_View):
    """One row of the detailed report, in either known shape: 004 (``id``, ``userId``, duration in
    seconds) or 003 (``_id``, nested ``user``/``project``/``task``, ISO-8601 duration)."""

    _OPERATION = DETAILED
    _KIND = "time entry"

    id = _text("id", "_id", "get_id")
    description = _text("description")
    user_id = _text("userId", "user.id")
    user_name = _text("userName", "user.name")
    user_email = _text("userEmail", "user.email")
    project_id = _text("projectId", "project.id")
    project_name = _text("projectName", "project.name")
    client_id = _text("clientId", "project.clientId")
    client_name = _text("clientName", "project.clientName")
    task_id = _text("taskId", "task.id")
    task_name = _text("taskName", "task.name")
    billable = _flag("billable")
    locked = _flag("locked", "isLocked")
    tags = _items(_tags, "tags", doc="Tags as (id, name); a bare string in the list is read as an id.")
    start = _value(parse_datetime, "timeInterval.start")
    end = _value(parse_datetime, "timeInterval.end", doc="``None`` while the entry is running.")
    duration = _value(
        _seconds_or_iso,
        "timeInterval.duration",
        doc="From seconds (004) or an ISO-8601 duration (003); ``None`` while the entry is running.",
    )
    amount = _value(_minor_units, "amount", doc="In minor units (cents), when the report was asked for amounts.")
    amount_major = _value(_major_units, "amount", doc="``amount`` in currency units, exact.")
    amounts = _items(_views(Amount), "amounts")

    @property
    def tag_names(self) -> list[str]:
        """The names of the entry's tags (those sent with a name), in the order sent."""
        return [name for _, name in self.tags if name is not None]

    @property
    def tag_ids(self) -> list[str]:
        """The ids of the entry's tags (those sent with an id), in the order sent."""
        return [ident for ident, _ in self.tags if ident is not None]


class DetailedTotals(_View):
    """Totals over every row that matched, not only this page."""

    _OPERATION = DETAILED
    _KIND = "totals"

    total_time = _value(_seconds_or_iso, "totalTime")
    total_billable_time = _value(_seconds_or_iso, "totalBillableTime")
    entries_count = _value(_whole, "entriesCount", kind=int)
    total_amount = _value(_minor_units, "totalAmount", doc="003's ``totalAmount``, in minor units.")
    amounts = _items(_views(Amount), "amounts", doc="004's ``amounts`` (when the report was asked for amounts).")


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

    _OPERATION = ATTENDANCE
    _KIND = "attendance row"

    user_id = _text("userId")
    user_name = _text("userName")
    date = _value(_parse_date, "date")
    start_time = _text("startTime", doc="As sent: the documentation gives no format for it.")
    end_time = _text("endTime", doc="As sent: the documentation gives no format for it.")
    total_duration = _value(_seconds_or_iso, "totalDuration")
    break_duration = _value(_seconds_or_iso, "break")
    capacity = _value(_seconds_or_iso, "capacity")
    overtime = _value(_seconds_or_iso, "overtime")
    time_off = _value(_seconds_or_iso, "timeOff")
    has_running_entry = _flag("hasRunningEntry")


class AttendancePage:
    """A page of the attendance report: ``rows`` (one user's day each, this page) and ``raw`` (the JSON as
    sent). The report has no totals: paging ends on a short page."""

    __slots__ = ("raw", "rows")

    def __init__(self, raw: dict[str, Any], rows: list[AttendanceRow]) -> None:
        self.raw = raw
        self.rows = rows

    def __repr__(self) -> str:
        return f"AttendancePage(rows={len(self.rows)})"

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

    _OPERATION = EXPENSES
    _KIND = "expense"

    id = _text("id")
    user_id = _text("userId")
    user_name = _text("userName")
    project_id = _text("projectId")
    project_name = _text("projectName")
    category_name = _text("categoryName")
    billable = _flag("billable")
    date = _value(_parse_date, "date")
    amount = _value(
        _exact, "amount", doc="Exactly as sent: the documentation does not give the unit of expense amounts."
    )
    quantity = _value(_exact, "quantity")
    notes = _text("notes")


class ExpenseTotals(_View):
    """Totals over every expense that matched, not only this page."""

    _OPERATION = EXPENSES
    _KIND = "totals"

    expenses_count = _value(_whole, "expensesCount", kind=int)
    total_amount = _value(_exact, "totalAmount")
    total_amount_billable = _value(_exact, "totalAmountBillable")


class ExpensePage:
    """A page of the expense report: ``rows`` (this page), ``totals`` (the whole result), ``raw`` (the JSON
    as sent)."""

    __slots__ = ("raw", "rows")

    def __init__(self, raw: dict[str, Any], rows: list[ExpenseRow]) -> None:
        self.raw = raw
        self.rows = rows

    def __repr__(self) -> str:
        return f"ExpensePage(rows={len(self.rows)}, totals={self.totals!r})"

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def totals(self) -> ExpenseTotals | None:
        """The totals over every expense that matched, not only this page; ``None`` when the page has none."""
        totals = self.raw.get("totals")
        if totals is None:
            return None
        if not isinstance(totals, dict):
            raise _bad(EXPENSES, "page", "totals", totals, "expected an object")
        return ExpenseTotals(totals)

    @property
    def total_rows(self) -> int | None:
        """How many expenses the whole result has (its totals' ``expensesCount``), when the server says."""
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
