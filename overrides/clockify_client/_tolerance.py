"""Tolerant reading, driven by the corrected spec: a success body is checked against its response schema
before the generated ``from_dict`` sees it, so one odd field never costs the whole answer.

Every response schema is compiled once into a tree of ``Node``s. Reading a body is two passes:

- ``ok``: a plain check, no copy, no allocation. Almost every body passes and goes to ``from_dict`` as it is.
- ``clean``: only below a value that failed ``ok``. It builds a copy that ``from_dict`` can read, and one
  ``Mismatch`` per field that disagrees with the spec:

  ==========================================  =========================================================
  what the server sent                        what the model holds
  ==========================================  =========================================================
  ``null`` in a field that is not required,   the attribute is ``UNSET`` (absent)
  and not ``nullable``
  a value of the wrong JSON type, or one      the attribute is ``UNSET``; the raw value is in the
  its format cannot read (a malformed date)   model's ``additional_properties`` under its JSON name, so
                                              ``model["hourlyRate"]`` reads it and ``to_dict()`` gives
                                              it back
  a string outside the enum's list            the attribute holds it (the generated enums keep unknown
                                              strings as pseudo-members, ``scripts/templates``)
  a required field that is ``null`` or of     the attribute holds the raw value
  the wrong type
  a required field that is absent             nothing: ``errors.UnexpectedResponseError`` naming it (the
                                              model's type promises the field; the server always sends it)
  an array item of the wrong type             left out of the typed list (the ``Mismatch`` holds it)
  ==========================================  =========================================================

Fields the spec does not know are not mismatches: the generated models keep them in
``additional_properties``. Only a body whose top level is not the documented JSON type, or that lacks a
required field, fails (``errors.UnexpectedResponseError``, made by the caller's ``fail``, ``_reading``).
"""

from __future__ import annotations

import copyreg
import dataclasses
import datetime
import functools
import re
import threading
import weakref
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from clockify_api.types import duration_from_json

from clockify_client import _spec
from clockify_client._logging import logger

__all__ = ["Mismatch", "ModelList", "mismatches"]

Json = Any
Step = str | int  # a key of an object or an index of an array


@dataclasses.dataclass(frozen=True, slots=True)
class Mismatch:
    """One value of a success body that disagrees with the corrected spec.

    ``path``: where in the body, as a JSON path from its root (``$[3].hourlyRate``).
    ``schema_path``: where in the spec (``ProjectDtoV1.hourlyRate``); the same for every item of a list.
    ``expected``: what the spec says (``an object (RateDtoV1)``, ``one of ACTIVE, DONE``).
    ``found``: what was there (``null``, ``a string``, ``an unlisted value``).
    ``value``: the raw value as sent (``None`` for null).
    """

    path: str
    schema_path: str
    expected: str
    found: str
    value: Any


class ModelList(list[Any]):
    """A list body's models, when some of it disagreed with the spec: ``mismatches`` covers the whole body,
    items left out included (each item also has its own, ``clockify_client.mismatches(item)``)."""

    __slots__ = ("mismatches", "received")

    def __init__(self, items: list[Any], found: tuple[Mismatch, ...], received: int) -> None:
        super().__init__(items)
        self.mismatches = found
        self.received = received  # items in the body, those left out included (paging counts these)


# A model answered by the client -> its mismatches. Models are unhashable (attrs eq), hence keyed by id
# and cleaned up when the model goes.
_BY_MODEL: dict[int, tuple[Mismatch, ...]] = {}


def mismatches(result: object) -> tuple[Mismatch, ...]:
    """The mismatches of a result the client returned: a model (a list body's items each have theirs) or
    the list itself (all of the body's). Empty for anything else, and for a body that matched the spec."""
    if isinstance(result, ModelList):
        return result.mismatches
    return _BY_MODEL.get(id(result), ())


def remember(model: object, found: tuple[Mismatch, ...]) -> None:
    if not found:
        return
    _BY_MODEL[id(model)] = found
    weakref.finalize(model, _BY_MODEL.pop, id(model), None)
    if type(model) not in copyreg.dispatch_table:  # copies (copy, deepcopy, pickle) keep the record too
        copyreg.pickle(type(model), _reduce_keeping_mismatches)


def _reduce_keeping_mismatches(model: object) -> tuple[Any, ...]:
    return _rebuilt, (object.__reduce_ex__(model, 4), _BY_MODEL.get(id(model), ()))


def _rebuilt(reduced: tuple[Any, ...], found: tuple[Mismatch, ...]) -> object:
    """A copy of a model, as the default reduction rebuilds it, with the original's mismatches."""
    make, arguments, state = reduced[0], reduced[1], reduced[2] if len(reduced) > 2 else None
    model = make(*arguments)
    if state is not None:
        model.__setstate__(state)  # attrs classes (the generated models) define it
    remember(model, found)
    return model


# --- warnings: once per schema path for the life of the process -------------------------------------

_warned: set[str] = set()
_warned_lock = threading.Lock()


def warn(operation_id: str, found: list[Mismatch]) -> None:
    by_schema: dict[str, list[Mismatch]] = {}
    for m in found:
        by_schema.setdefault(m.schema_path, []).append(m)
    with _warned_lock:
        new = [path for path in by_schema if path not in _warned]
        _warned.update(new)
    for path in new:
        first = by_schema[path]
        # The raw value is not logged: it is the caller's data. Where and what kind it is are enough.
        logger.warning(
            "%s: %s is %s, expected %s (at %s%s); read tolerantly, see clockify_client.mismatches()",
            operation_id,
            path,
            first[0].found,
            first[0].expected,
            first[0].path,
            f" and {len(first) - 1} more" if len(first) > 1 else "",
        )


# --- the compiled schema tree --------------------------------------------------------------------------


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "an array", str: "a string", type(None): "null"}.get(type(value), "a value")


def _is_integer(value: Any) -> bool:
    return (type(value) is int) or (type(value) is float and value.is_integer())


def _is_number(value: Any) -> bool:
    return type(value) is int or type(value) is float


def _readable(parse: Callable[[str], object]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if type(value) is not str:
            return False
        try:
            parse(value)
        except ValueError:
            return False
        return True

    return check


# The JSON type checks, and the formats the generated models convert (and so can fail on).
_TYPES: Mapping[str, Callable[[Any], bool]] = {
    "string": lambda v: type(v) is str,
    "boolean": lambda v: type(v) is bool,
    "integer": _is_integer,
    "number": _is_number,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
}
_FORMATS: Mapping[str, Callable[[Any], bool]] = {
    "date-time": _readable(datetime.datetime.fromisoformat),
    "date": _readable(datetime.date.fromisoformat),
}
# A field the spec marks as a duration, with its wire forms: a timedelta in the model (scripts/templates).
DURATION = "x-clockify-duration"


def _duration(forms: tuple[str, ...], json_type: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if not json_type(value):  # the spec's JSON type first: 2.5 in an integer field disagrees with it
            return False
        try:
            duration_from_json(value, forms)
        except ValueError:
            return False
        return True

    return check


_ARTICLE = {"string": "a string", "boolean": "a boolean", "integer": "an integer", "number": "a number"}


@dataclasses.dataclass(eq=False)
class Node:
    """One schema. ``kind``: any, scalar, enum, object, array, union."""

    kind: str
    expected: str
    nullable: bool = False
    check: Callable[[Any], bool] | None = None  # scalar and enum: the JSON type (and format)
    values: frozenset[str] = frozenset()  # enum
    fields: dict[str, Node] = dataclasses.field(default_factory=dict)  # object
    required: frozenset[str] = frozenset()  # object
    name: str = ""  # object: the schema's name, for schema paths
    item: Node | None = None  # array
    alternatives: tuple[Node, ...] = ()  # union

    # True when ``from_dict`` can take the value as it is and nothing in it disagrees with the spec: the fast
    # pass. A closure specialised to this schema (``_bind``), since it runs on every field of every body.
    ok: Callable[[Any], bool] = dataclasses.field(default=lambda value: False, repr=False)

    def fits_shallow(self, value: Any) -> bool:
        """An object or array node, and ``value`` is of that JSON type: ``clean`` can go inside it."""
        return (self.kind == "object" and type(value) is dict) or (self.kind == "array" and type(value) is list)


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


class _Compiler:
    """Schemas -> ``Node`` trees, each component once (cycles are fine: a node is cached before its fields)."""

    def __init__(self, components: Mapping[str, Json]) -> None:
        self.components = components
        self.named: dict[str, Node] = {}
        # The nodes ``_bind`` has given their ``ok``, by id; held here so that no id is reused by a new node.
        self.bound: dict[int, Node] = {}

    def compile(self, schema: Mapping[str, Json], name: str = "") -> Node:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = _ref_name(ref)
            node = self.named.get(target)
            if node is None:
                node = self.compile(self.components[target], target)
            if schema.get("nullable") and not node.nullable:
                node = dataclasses.replace(node, nullable=True)
            return node
        nullable = bool(schema.get("nullable"))
        forms = schema.get(DURATION)
        if isinstance(forms, list) and forms:  # a timedelta in the model, read from exactly these forms
            kind = schema.get("type")
            json_type = _TYPES[kind] if isinstance(kind, str) and kind in _TYPES else lambda value: value is not None
            described = ("an ISO-8601 text" if f == "iso8601" else f"{f} as a number" for f in forms)
            check = _duration(tuple(forms), json_type)
            return Node("scalar", f"a duration ({' or '.join(described)})", nullable=nullable, check=check)
        for combiner in ("allOf", "oneOf", "anyOf"):
            parts = schema.get(combiner)
            if isinstance(parts, list) and parts:
                if len(parts) == 1:
                    node = self.compile(parts[0], name)
                    return dataclasses.replace(node, nullable=True) if nullable and not node.nullable else node
                alternatives = tuple(self.compile(p) for p in parts)
                if combiner == "allOf":  # several parts at once: beyond what the models generate here
                    return Node("any", "anything", nullable=True)
                expected = " or ".join(a.expected for a in alternatives)
                return Node("union", expected, nullable=nullable, alternatives=alternatives)
        kind = schema.get("type")
        if "enum" in schema and kind in (None, "string"):
            values = frozenset(str(v) for v in schema["enum"] if v is not None)
            listed = ", ".join(sorted(values))
            expected = f"one of {listed if len(listed) <= 80 else listed[:80] + '…'}"
            return Node("enum", expected, nullable=nullable or None in schema["enum"], values=values)
        if kind == "object" or "properties" in schema:
            node = Node("object", f"an object ({name})" if name else "an object", nullable=nullable, name=name)
            if name:
                self.named[name] = node
            node.required = frozenset(schema.get("required", ()))
            # Filled in place: a nullable copy made of this node during a cycle shares the same dict.
            node.fields.update((key, self.compile(sub)) for key, sub in schema.get("properties", {}).items())
            return node
        if kind == "array":
            item = self.compile(schema.get("items", {}))
            return Node("array", f"an array of {item.expected}", nullable=nullable, item=item)
        if isinstance(kind, str) and kind in _ARTICLE:
            check = _TYPES[kind]
            fmt = str(schema.get("format", ""))
            expected = _ARTICLE[kind]
            if kind == "string" and fmt in _FORMATS:
                check, expected = _FORMATS[fmt], f"a {fmt} string"
            return Node("scalar", expected, nullable=nullable, check=check)
        return Node("any", "anything", nullable=True)


# Scalars checked inline as one ``type(v) is T``. A whole number sent as 2.0 fails this and is then
# accepted by the integer check itself (the slow pass finds nothing to report).
_SIMPLE = {_TYPES["string"]: str, _TYPES["boolean"]: bool, _TYPES["integer"]: int}


def _bind(node: Node, bound: dict[int, Node]) -> None:
    """Give ``node`` and everything under it its ``ok`` closure (each node once; schemas may be cyclic)."""
    if id(node) in bound:
        return
    bound[id(node)] = node
    for child in (*node.fields.values(), *node.alternatives, *([node.item] if node.item else [])):
        _bind(child, bound)
    nullable = node.nullable
    if node.kind == "object":
        # Plain string and boolean fields are checked inline; the others call their own closure.
        simple = {k: _SIMPLE[f.check] for k, f in node.fields.items() if f.check in _SIMPLE and not f.nullable}
        other = {k: f.ok for k, f in node.fields.items() if k not in simple}
        required = node.required

        def ok_object(value: Any) -> bool:
            if type(value) is not dict:
                return value is None and nullable
            for key, item in value.items():
                kind = simple.get(key)
                if kind is not None:
                    if type(item) is not kind:
                        return False
                else:
                    check = other.get(key)
                    if check is not None and not check(item):
                        return False
            return not required or required <= value.keys()

        node.ok = ok_object
    elif node.kind == "array":
        item_ok = node.item.ok  # type: ignore[union-attr]

        def ok_array(value: Any) -> bool:
            if type(value) is not list:
                return value is None and nullable
            return all(map(item_ok, value))

        node.ok = ok_array
    elif node.kind == "enum":
        values = node.values
        node.ok = lambda value: (type(value) is str and value in values) or (value is None and nullable)
    elif node.kind == "scalar":
        check = node.check
        assert check is not None
        node.ok = (lambda value: value is None or check(value)) if nullable else check
    elif node.kind == "union":
        alternatives = tuple(a.ok for a in node.alternatives)

        def ok_union(value: Any) -> bool:
            for ok in alternatives:
                if ok(value):
                    return True
            return value is None and nullable

        node.ok = ok_union
    else:
        node.ok = lambda value: True


@functools.cache
def _compiler() -> _Compiler:
    return _Compiler(_spec.spec()["components"]["schemas"])


def compiled(schema: Mapping[str, Json], document: Mapping[str, Any] | None = None) -> Node:
    """The node for a response schema of the corrected spec (component nodes are shared and built once),
    or of another spec ``document`` (built anew: the witnesses read variants of the spec)."""
    compiler = _compiler() if document is None else _Compiler(document["components"]["schemas"])
    node = compiler.compile(schema)
    _bind(node, compiler.bound)
    return node


# --- the slow pass: a readable copy, and what disagreed ---------------------------------------------


def _json_path(steps: tuple[Step, ...]) -> str:
    out = ["$"]
    for step in steps:
        if isinstance(step, int):
            out.append(f"[{step}]")
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", step):
            out.append(f".{step}")
        else:
            out.append(f"[{step!r}]")
    return "".join(out)


@dataclasses.dataclass(frozen=True, slots=True)
class _Keep:
    """A raw value to put back on the built model: where (steps through the built models), how."""

    model_steps: tuple[Step, ...]  # to the model that holds the field
    key: str
    value: Any
    required: bool


class Reading:
    """The slow pass over one body (or one item of a list body): ``clean`` returns what ``from_dict`` can
    read, and collects ``found`` (the mismatches) and ``keep`` (raw values to put back on the models)."""

    def __init__(self, fail: Callable[[str, str], Exception]) -> None:
        self.found: list[Mismatch] = []
        self.keep: list[_Keep] = []
        self.fail = fail  # (JSON path, what is wrong) -> the error to raise: a required field is absent

    def report(self, steps: tuple[Step, ...], schema_path: str, node: Node, value: Any, found: str) -> None:
        self.found.append(Mismatch(_json_path(steps), schema_path, node.expected, found, value))

    def clean(
        self, node: Node, value: Any, steps: tuple[Step, ...], model_steps: tuple[Step, ...], schema_path: str
    ) -> Any:
        """``value``, an object or array that failed ``node.ok``, made readable."""
        if node.kind == "object":
            return self._object(node, value, steps, model_steps, node.name or schema_path)
        assert node.item is not None
        item_path = schema_path + "[]"
        out = []
        for index, item in enumerate(value):
            if node.item.ok(item):
                out.append(item)
            elif node.item.kind == "enum" and type(item) is str:  # unlisted: kept, and reported
                self.report((*steps, index), item_path, node.item, item, "an unlisted value")
                out.append(item)
            elif node.item.fits_shallow(item):
                out.append(self.clean(node.item, item, (*steps, index), (*model_steps, len(out)), item_path))
            else:
                self.report((*steps, index), item_path, node.item, item, _describe(item))
        return out

    def _object(
        self, node: Node, value: dict[str, Any], steps: tuple[Step, ...], model_steps: tuple[Step, ...], name: str
    ) -> dict[str, Any]:
        out = dict(value)
        for key, sub in node.fields.items():
            here, field_path, required = (*steps, key), f"{name}.{key}", key in node.required
            if key not in value:
                if required:  # the model's type promises it: no stand-in can be honest
                    raise self.fail(_json_path(here), f"required field {field_path} is missing")
                continue
            item = value[key]
            if sub.ok(item):
                continue
            if sub.kind == "enum" and type(item) is str:
                self.report(here, field_path, sub, item, "an unlisted value")
            elif sub.fits_shallow(item):
                out[key] = self.clean(sub, item, here, (*model_steps, key), field_path)
            else:
                self.report(here, field_path, sub, item, _describe(item))
                if required:
                    out[key] = _stand_in(sub)
                    self.keep.append(_Keep(model_steps, key, item, True))
                else:
                    del out[key]
                    if item is not None:  # null reads as absent; anything else is kept as sent
                        self.keep.append(_Keep(model_steps, key, item, False))
        return out


def _stand_in(node: Node) -> Any:
    """A value ``from_dict`` reads without complaint, for a required field it cannot read; the built model
    then gets the raw value instead (``put_back``). Never seen by the caller."""
    if node.kind == "object":
        return {key: _stand_in(node.fields[key]) for key in node.required if key in node.fields}
    if node.kind == "array":
        return []
    if node.kind == "enum":
        return next(iter(sorted(node.values)), "")
    if node.kind == "union":
        return _stand_in(node.alternatives[0])
    if node.kind == "scalar":
        for sample in ("1970-01-01T00:00:00+00:00", "1970-01-01", "", 0, False):
            if node.check(sample):  # type: ignore[misc]
                return sample
    return None


def _snake(name: str) -> str:
    """A JSON name as the generator names its attribute (openapi-python-client: words split at case changes
    and delimiters, joined by ``_``, lower-cased): ``timeEntries`` -> ``time_entries``, ``timeentries`` stays."""
    if any(c.isupper() for c in name):
        name = " ".join(re.split("([A-Z]?[a-z]+)", name))
    return "_".join(re.findall(r"[^. _-]+", name)).lower()


_ATTRIBUTES: dict[tuple[type, str], str] = {}


def attribute(cls: Any, json_name: str) -> str:
    """The attribute of a generated model class that holds a JSON field (reserved words get a ``_``)."""
    found = _ATTRIBUTES.get((cls, json_name))
    if found is None:
        names = {f.name for f in attrs.fields(cls)}
        snake = _snake(json_name)
        # A leading underscore or a non-identifier gets the generator's ``field_`` prefix; a reserved word a ``_``.
        # The JSON name itself first: the generator keeps a valid identifier as it is (``RTL`` beside ``rtl``).
        tried = (f"field_{snake}",) if json_name.startswith("_") else (json_name, snake, f"{snake}_", f"field_{snake}")
        found = next((n for n in tried if n in names), None)
        if found is None:
            raise LookupError(f"{cls.__name__} has no attribute for {json_name!r}")
        _ATTRIBUTES[(cls, json_name)] = found
    return found


def put_back(root: Any, keep: list[_Keep]) -> None:
    """Give the built models the raw values ``clean`` took away (see the table in the module text)."""
    for k in keep:
        node = root
        for step in k.model_steps:
            node = node[step] if isinstance(step, int) else getattr(node, attribute(type(node), step))
        if k.required:
            setattr(node, attribute(type(node), k.key), k.value)
        else:
            node.additional_properties[k.key] = k.value


def finish(operation_id: str, result: Any, found: list[Mismatch]) -> None:
    """Log ``found`` (once per schema path) and make it reachable: ``mismatches(result)``."""
    if found:
        warn(operation_id, found)
        remember(result, tuple(found))
