"""The API difference between two OpenAPI 3.0 documents, judged for a Python client of the API.

    changes = diff(old_spec, new_spec)   # list[Change]: each change once, with the operations it affects
    python -m scripts.api_diff OLD NEW [--format markdown|json|junit] [--accepted FILE]
    python -m scripts.api_diff --rules   # the rule table (scripts/API_DIFF_RULES.md)

Every change has a stable rule id, ``<direction>-<subject>-<change>`` (``request-property-enum-value-removed``,
``response-header-removed``, ``api-operation-id-renamed``; the shape of oasdiff's check ids), and a level:
``breaking`` (code written against the old client fails, or calls are refused), ``warning`` (works, but a
person should look: a changed default is sent silently, a deprecation) or ``info``. The level of each rule,
and why, is one row of ``RULES``; scripts/API_DIFF_RULES.md shows the table.

What is compared:
  * operations, matched by operationId, then by method and path shape: a renamed operationId (same method
    and path) is a rename, a renamed path parameter (same path shape) is a rename, not a move;
  * the servers each operation answers on (the client's hosts: global, regional, subdomain);
  * deprecation, security requirements (per operation, the top-level ones inherited) and security schemes;
  * parameters, keyed by (in, name); request bodies and responses (per status) with their media types
    and response headers;
  * every schema flattened into fields: ``$ref`` is followed (cycles are cut), ``allOf`` is merged,
    ``oneOf``/``anyOf`` alternatives contribute their fields, array items appear as ``[]`` and map values
    as ``*``; per field: type and format (as the Python type the generated client uses), required,
    enum values, nullable, limits, pattern, default, deprecation and the union's alternatives.

A change in a shared component schema is reported once, located in that schema (``UserDtoV1.email``),
with every operation that reaches it; a parameter or header change once per name, with its operations.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_CONTENT = ("application/json", "*/*")  # */* is read as JSON (see scripts/generator.yaml)
MAX_DEPTH = 16  # deeper nesting than any real DTO; bounds the walk on pathological documents

REQUEST, RESPONSE, API = "request", "response", "api"
BREAKING, WARNING, INFO = "breaking", "warning", "info"
LEVELS = (BREAKING, WARNING, INFO)


@dataclasses.dataclass(frozen=True)
class Rule:
    level: str
    why: str


# (change, direction) -> level and why: the one place this policy lives. A schema change's rule id is
# "<direction>-<subject>-<change>" with the subject "parameter", "header", "property" or "body" (the
# body's root); the "api" rows and the few rows of another subject are named in full below.
FIELD_POLICY: dict[tuple[str, str], Rule] = {
    ("added", REQUEST): Rule(INFO, "optional: existing calls are unchanged"),
    ("added-required", REQUEST): Rule(BREAKING, "existing calls do not send it and are refused"),
    ("removed", REQUEST): Rule(BREAKING, "the regenerated client drops the argument: code passing it fails"),
    ("made-required", REQUEST): Rule(BREAKING, "calls that omit it are refused"),
    ("made-optional", REQUEST): Rule(INFO, "calls that send it still work"),
    ("type-changed", REQUEST): Rule(BREAKING, "values of the old type are refused"),
    ("type-widened", REQUEST): Rule(INFO, "integer to number: a Python int is a valid float argument, on the wire too"),
    ("format-changed", REQUEST): Rule(INFO, "the generated client uses the same Python type for both formats"),
    ("enum-value-added", REQUEST): Rule(INFO, "a new value callers may send"),
    ("enum-value-removed", REQUEST): Rule(BREAKING, "calls that send the value are refused; the enum member is gone"),
    ("enum-introduced", REQUEST): Rule(BREAKING, "values outside the new list are refused"),
    ("enum-dropped", REQUEST): Rule(INFO, "any value is accepted now"),
    ("made-nullable", REQUEST): Rule(INFO, "calls may send null now"),
    ("made-non-nullable", REQUEST): Rule(BREAKING, "calls that send null are refused"),
    ("limit-tightened", REQUEST): Rule(BREAKING, "values the old limit allowed are refused"),
    ("limit-loosened", REQUEST): Rule(INFO, "every value allowed before still is"),
    ("pattern-added", REQUEST): Rule(BREAKING, "values that do not match are refused"),
    ("pattern-removed", REQUEST): Rule(INFO, "every value allowed before still is"),
    ("pattern-loosened", REQUEST): Rule(
        INFO, "the new pattern matches any string: every value allowed before still is"
    ),
    ("pattern-changed", REQUEST): Rule(WARNING, "whether the new pattern admits every old value cannot be decided"),
    ("default-added", REQUEST): Rule(WARNING, "the generated client now sends this value when the caller gives none"),
    ("default-changed", REQUEST): Rule(WARNING, "calls that omit it silently send the new value: results may differ"),
    ("default-removed", REQUEST): Rule(WARNING, "calls that omit it no longer send the old value: the server decides"),
    ("alternative-added", REQUEST): Rule(INFO, "a new shape callers may send; the old ones still work"),
    ("alternative-removed", REQUEST): Rule(BREAKING, "calls that send that shape are refused; its model may be gone"),
    ("deprecated", REQUEST): Rule(WARNING, "still accepted; Clockify may remove it: callers should stop sending it"),
    ("undeprecated", REQUEST): Rule(INFO, "no longer deprecated"),
    ("added", RESPONSE): Rule(INFO, "the client ignores what it does not know"),
    ("added-required", RESPONSE): Rule(INFO, "the client ignores what it does not know"),
    ("removed", RESPONSE): Rule(BREAKING, "code that reads it gets nothing"),
    ("made-required", RESPONSE): Rule(INFO, "always present now"),
    ("made-optional", RESPONSE): Rule(BREAKING, "code that reads it may get nothing"),
    ("type-changed", RESPONSE): Rule(BREAKING, "code that reads it gets another type"),
    ("format-changed", RESPONSE): Rule(INFO, "the generated client reads both formats into the same Python type"),
    ("enum-value-added", RESPONSE): Rule(INFO, "the client keeps unknown enum values (tolerant reader)"),
    ("enum-value-removed", RESPONSE): Rule(
        BREAKING, "the regenerated enum loses the member: caller code that names it fails (responses still parse)"
    ),
    ("enum-introduced", RESPONSE): Rule(INFO, "the client keeps values outside the list"),
    ("enum-dropped", RESPONSE): Rule(
        BREAKING, "the regenerated field is a plain string: caller code naming members fails"
    ),
    ("made-nullable", RESPONSE): Rule(BREAKING, "code that reads it may get null"),
    ("made-non-nullable", RESPONSE): Rule(INFO, "never null now"),
    ("limit-tightened", RESPONSE): Rule(INFO, "values stay within what the client already handles"),
    ("limit-loosened", RESPONSE): Rule(INFO, "the client does not check limits on what it reads (tolerant reader)"),
    ("pattern-added", RESPONSE): Rule(INFO, "the client does not check patterns on what it reads"),
    ("pattern-removed", RESPONSE): Rule(INFO, "the client does not check patterns on what it reads"),
    ("pattern-loosened", RESPONSE): Rule(INFO, "the client does not check patterns on what it reads"),
    ("pattern-changed", RESPONSE): Rule(INFO, "the client does not check patterns on what it reads"),
    ("default-added", RESPONSE): Rule(INFO, "a documented default in a response changes nothing the client sends"),
    ("default-changed", RESPONSE): Rule(INFO, "a documented default in a response changes nothing the client sends"),
    ("default-removed", RESPONSE): Rule(INFO, "a documented default in a response changes nothing the client sends"),
    ("alternative-added", RESPONSE): Rule(
        WARNING, "the regenerated client parses the new shape, but caller code that handles each shape meets a new one"
    ),
    ("alternative-removed", RESPONSE): Rule(
        INFO, "the server no longer sends that shape; the client still reads the others"
    ),
    ("deprecated", RESPONSE): Rule(WARNING, "still sent; Clockify may remove it: code that reads it should stop"),
    ("undeprecated", RESPONSE): Rule(INFO, "no longer deprecated"),
}
FIELD_SUBJECTS = {REQUEST: ("parameter", "body", "property"), RESPONSE: ("header", "body", "property")}
UNREACHABLE = {
    ("header", "added"),  # a header's existence has its own rules, response-header-added and -removed
    ("header", "added-required"),
    ("header", "removed"),
    ("body", "added-required"),  # a response body is never "required" (only request bodies are)
    ("body", "made-required"),
    ("body", "made-optional"),
}

OTHER_RULES: dict[str, Rule] = {
    "api-operation-added": Rule(INFO, "a new operation; existing calls are unchanged"),
    "api-operation-removed": Rule(BREAKING, "calls to it fail; the generated function is gone"),
    "api-operation-moved": Rule(BREAKING, "another method or path: the old client calls what no longer exists"),
    "api-operation-id-renamed": Rule(
        BREAKING, "same method and path, but the generated function and call(operation_id) take the new name"
    ),
    "api-operation-deprecated": Rule(WARNING, "still works; Clockify may remove it: callers should plan a move"),
    "api-operation-undeprecated": Rule(INFO, "no longer deprecated"),
    "api-server-added": Rule(INFO, "one more host the operation answers on; the old ones still work"),
    "api-server-removed": Rule(
        BREAKING, "the client takes its hosts (global, regional, subdomain) from the servers: that one is gone"
    ),
    "api-security-scheme-added": Rule(INFO, "a new way to authenticate; the old ones are unchanged"),
    "api-security-scheme-removed": Rule(BREAKING, "credentials of that kind are no longer described, nor accepted"),
    "api-security-scheme-changed": Rule(
        BREAKING, "the credential travels elsewhere now: the old client sends it wrongly"
    ),
    "api-security-alternative-added": Rule(INFO, "the operation accepts one more kind of credential"),
    "api-security-alternative-removed": Rule(BREAKING, "calls authenticated that way are refused"),
    "request-path-parameter-renamed": Rule(
        WARNING, "the same URL on the wire; code passing the argument by name (call(path=...), keywords) must rename it"
    ),
    "request-media-type-added": Rule(INFO, "a new body format the server accepts; the old one still works"),
    "request-media-type-removed": Rule(BREAKING, "bodies sent in that format are refused"),
    "request-media-type-respelled": Rule(INFO, "*/* and application/json are both JSON to this client"),
    "response-media-type-added": Rule(INFO, "the client keeps reading the format it reads"),
    "response-media-type-removed": Rule(BREAKING, "the client reads a format the server no longer documents"),
    "response-media-type-respelled": Rule(INFO, "*/* and application/json are both JSON to this client"),
    "response-status-added": Rule(INFO, "a newly documented answer; the regenerated client parses it"),
    "response-success-status-removed": Rule(
        BREAKING, "the answer the client parsed is no longer documented: it is an unexpected status now"
    ),
    "response-error-status-removed": Rule(
        INFO, "every error status maps to a typed error (clockify_client.errors), documented or not"
    ),
}


def _field_rule_id(direction: str, subject: str, change: str) -> str:
    return f"{direction}-{subject}-{change}"


def _all_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for (change, direction), rule in FIELD_POLICY.items():
        for subject in FIELD_SUBJECTS[direction]:
            if direction == RESPONSE and (subject, change) in UNREACHABLE:
                continue
            rules[_field_rule_id(direction, subject, change)] = rule
    rules |= {
        "response-header-added": Rule(INFO, "the client ignores headers it does not read"),
        "response-header-removed": Rule(
            BREAKING, "code that reads it gets nothing (the client's paging reads Last-Page)"
        ),
    }
    return rules | OTHER_RULES


RULES: dict[str, Rule] = _all_rules()


@dataclasses.dataclass(frozen=True)
class Change:
    rule: str
    level: str
    direction: str  # request, response or api
    location: str  # "UserDtoV1.email", "query parameter page-size", "getLoggedUser request body .x"
    detail: str
    why: str
    operations: tuple[str, ...]  # the operations it affects, sorted

    @property
    def id(self) -> str:
        """Stable across runs: what spec/accepted-changes.yaml lists to accept this very change."""
        return f"{self.rule}:{self.location}" + (f":{self.detail}" if self.detail else "")

    @property
    def breaking(self) -> bool:
        return self.level == BREAKING

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, **dataclasses.asdict(self), "operations": list(self.operations)}


# --- Flattening schemas into fields ------------------------------------------------------------

LOCATED = "x-api-diff-located"  # on a merged allOf: its properties are {"$ref": <where each is defined>}
COMPOSITIONS = ("oneOf", "anyOf", "allOf")


@dataclasses.dataclass(frozen=True)
class Field:
    type: str  # "integer(int32)", "object", "oneOf[A, B]"
    required: bool
    enum: frozenset[str] | None = None
    nullable: bool = False
    limits: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # the LIMITS the schema sets
    pattern: str | None = None
    default: str | None = None  # as JSON text
    deprecated: bool = False
    alternatives: frozenset[str] = frozenset()  # a union's alternatives by name; else {its own name}
    union: bool = False
    slot: str = ""  # JSON pointer where the field is named (a property, a parameter)
    node: str = ""  # JSON pointer of its schema, once $refs are followed


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """Resolve a local JSON Pointer reference ("#/components/schemas/X"); None when it dangles."""
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, Mapping) and part in node:
            node = node[part]
        else:
            return None
    return node


Resolved = tuple[dict[str, Any], frozenset[str], bool, str]  # schema, refs on the way down, cycle cut, pointer


def _resolve(spec: Mapping[str, Any], schema: Any, refs: frozenset[str], pointer: str) -> Resolved:
    """Follow $ref chains and merge allOf; cycle-safe (a $ref already on the way down is cut)."""
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in refs:  # a cycle: give the schema for its type, but the caller must not descend
            target = _pointer(spec, ref)
            return (dict(target) if isinstance(target, Mapping) else {}), refs, True, ref
        refs, pointer, schema = refs | {ref}, ref, _pointer(spec, ref)
    if not isinstance(schema, Mapping):
        return {}, refs, False, pointer
    if not isinstance(schema.get("allOf"), list):
        return dict(schema), refs, False, pointer
    # Merge the parts: properties and required add up, the first type wins. Each property is kept as a
    # $ref to where it is defined, so a change is located in the schema that defines it.
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("allOf", "properties")}
    merged[LOCATED] = True
    merged["properties"] = {
        n: {"$ref": f"{pointer}/properties/{_escape(n)}"} for n in _mapping(schema.get("properties"))
    }
    for index, part in enumerate(schema["allOf"]):
        resolved, refs, cut, at = _resolve(spec, part, refs, f"{pointer}/allOf/{index}")
        own = _mapping(resolved.get("properties"))
        located = own if resolved.get(LOCATED) else {n: {"$ref": f"{at}/properties/{_escape(n)}"} for n in own}
        merged["properties"].update(located)
        merged["required"] = [*merged.get("required", []), *(resolved.get("required") or [])]
        for key, value in resolved.items():
            # A cut part gives its own keywords, not its composition: that would walk the cycle again.
            if not (cut and key in COMPOSITIONS) and key != "properties":
                merged.setdefault(key, value)
    return merged, refs, False, pointer


def _mapping(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}


def _alternatives(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], at: str) -> list[Resolved]:
    """The resolved oneOf/anyOf alternatives of a resolved schema."""
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            return [_resolve(spec, alt, refs, f"{at}/{key}/{i}") for i, alt in enumerate(schema[key])]
    return []


def _enum_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _component_name(pointer: str) -> str | None:
    """The component schema's name when ``pointer`` is one ("#/components/schemas/X")."""
    if pointer.startswith("#/components/schemas/") and pointer.count("/") == 3:
        return pointer.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
    return None


# The functions below take ``_resolve``'s result; where a cycle was cut (``cut``) they read the schema's
# own keywords only, so a schema that is its own alternative (FeaturePlan, upstream) ends.


def _alternative_names(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], at: str) -> list[str]:
    return sorted({_component_name(alt[3]) or _type_name(spec, *alt) for alt in _alternatives(spec, schema, refs, at)})


def _type_name(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool, at: str) -> str:
    if not cut and _alternatives(spec, schema, refs, at):
        kind = "oneOf" if isinstance(schema.get("oneOf"), list) else "anyOf"
        return f"{kind}[{', '.join(_alternative_names(spec, schema, refs, at))}]"
    kind = schema.get("type") or ("object" if "properties" in schema or "allOf" in schema else "any")
    return f"{kind}({schema['format']})" if "format" in schema else str(kind)


def _enum(
    spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool, at: str
) -> frozenset[str] | None:
    """The schema's enum values; for a oneOf/anyOf of enums (a wrapper the corrections use), their union."""
    if isinstance(schema.get("enum"), list):
        return frozenset(_enum_value(v) for v in schema["enum"])
    alternatives = [] if cut else _alternatives(spec, schema, refs, at)
    if not alternatives:
        return None
    values: set[str] = set()
    for alt in alternatives:
        alt_values = _enum(spec, *alt)
        if alt_values is None:  # an alternative without a list admits any value
            return None
        values |= alt_values
    return frozenset(values)


def _nullable(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool, at: str) -> bool:
    if schema.get("nullable") is True:
        return True
    return any(_nullable(spec, *alt) for alt in ([] if cut else _alternatives(spec, schema, refs, at)))


def _field(spec: Mapping[str, Any], resolved: Resolved, required: bool, slot: str) -> Field:
    schema, refs, cut, at = resolved
    union = not cut and bool(_alternatives(spec, schema, refs, at))
    type_name = _type_name(spec, *resolved)
    names = _alternative_names(spec, schema, refs, at) if union else [_component_name(at) or type_name]
    return Field(
        type=type_name,
        required=required,
        enum=_enum(spec, *resolved),
        nullable=_nullable(spec, *resolved),
        limits={name: schema[name] for name in LIMITS if schema.get(name) is not None},
        pattern=schema["pattern"] if isinstance(schema.get("pattern"), str) else None,
        default=json.dumps(schema["default"], sort_keys=True, ensure_ascii=False) if "default" in schema else None,
        deprecated=schema.get("deprecated") is True,
        alternatives=frozenset(names),
        union=union,
        slot=slot,
        node=at,
    )


def fields(spec: Mapping[str, Any], schema: Any, *, required: bool = True, at: str = "#") -> dict[str, Field]:
    """Flatten ``schema`` (found at JSON pointer ``at``) into {path: Field}; the root is the path ""."""
    out: dict[str, Field] = {}
    _walk(spec, schema, at, "", required, frozenset(), out)
    return out


def _walk(
    spec: Mapping[str, Any],
    schema: Any,
    slot: str,
    path: str,
    required: bool,
    refs: frozenset[str],
    out: dict[str, Field],
) -> None:
    resolved, refs, cut, at = _resolve(spec, schema, refs, slot)
    if path not in out:  # a oneOf alternative may reach a path already seen: keep the first
        out[path] = _field(spec, (resolved, refs, cut, at), required, slot)
    if cut or path.count(".") + path.count("[]") >= MAX_DEPTH:
        return
    for node, node_refs, node_cut, node_at in [(resolved, refs, False, at), *_alternatives(spec, resolved, refs, at)]:
        if node_cut:  # an alternative that closes a cycle: its fields are listed where it was first reached
            continue
        mandatory = set(node.get("required") or [])
        for name, sub in _mapping(node.get("properties")).items():
            where = sub["$ref"] if node.get(LOCATED) else f"{node_at}/properties/{_escape(name)}"
            _walk(spec, sub, where, f"{path}.{name}", name in mandatory, node_refs, out)
        if isinstance(node.get("items"), Mapping):
            _walk(spec, node["items"], f"{node_at}/items", f"{path}[]", True, node_refs, out)
        if isinstance(node.get("additionalProperties"), Mapping):
            _walk(
                spec, node["additionalProperties"], f"{node_at}/additionalProperties", f"{path}.*", True, node_refs, out
            )


def schema_location(pointer: str) -> str | None:
    """ "#/components/schemas/X/properties/a/items" -> "X.a[]"; None outside the component schemas."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.removeprefix("#/").split("/")]
    if parts[:2] != ["components", "schemas"] or len(parts) < 3:
        return None
    shown, rest = parts[2], parts[3:]
    while rest:
        key = rest.pop(0)
        if key == "properties" and rest:
            shown += "." + rest.pop(0)
        elif key == "items":
            shown += "[]"
        elif key == "additionalProperties":
            shown += ".*"
        elif key in COMPOSITIONS and rest:
            rest.pop(0)  # an alternative's or a part's fields are the schema's own
        else:
            shown += "/" + key
    return shown


# --- Comparing fields ----------------------------------------------------------------------------

# The limits compared, and which way each tightens: a lower bound when raised, an upper bound when lowered.
LIMITS = {
    "minimum": "lower",
    "exclusiveMinimum": "lower",
    "minLength": "lower",
    "minItems": "lower",
    "maximum": "upper",
    "exclusiveMaximum": "upper",
    "maxLength": "upper",
    "maxItems": "upper",
    "multipleOf": "other",
}
# Patterns that match every string (a search, as JSON Schema's pattern is): loosening a pattern to one of
# these admits every value. "^.*$" is not among them: it refuses strings with a line break.
ANY_PATTERNS = frozenset({"", ".*", "^.*", ".*$", "(.*)", "[\\s\\S]*", "^[\\s\\S]*$", "[\\S\\s]*", "^[\\S\\s]*$"})
# The Python type openapi-python-client generates for a type and format.
STRING_FORMATS = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}


def python_type(type_name: str) -> str:
    kind, _, fmt = type_name.partition("(")
    fmt = fmt.removesuffix(")")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "string":
        return STRING_FORMATS.get(fmt, "str")
    return type_name


def _tightens(name: str, before: Any, after: Any) -> bool:
    """Whether a limit going from ``before`` to ``after`` (None: unset) refuses values it allowed."""
    if after is None or before is None:
        return after is not None  # a new limit tightens, a dropped one loosens
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after))
    if LIMITS[name] == "other" or not numbers:
        return True  # cannot tell: assume values allowed before may be refused
    return bool(after > before) if LIMITS[name] == "lower" else bool(after < before)


def _shown(value: Any) -> str:
    """A value in a change's detail; long ones are cut (the spec diff has them whole)."""
    text = "none" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_under(path: str, parents: set[str]) -> bool:
    return any(path != p and (path.startswith(p + ".") or path.startswith(p + "[]")) for p in parents)


@dataclasses.dataclass(frozen=True)
class Found:
    """One change at one place of one operation, before grouping."""

    rule: str
    location: str
    detail: str
    operation: str


def _type_changes(was: Field, now: Field, direction: str) -> Iterator[tuple[str, str]]:
    if was.union or now.union:
        added, removed = now.alternatives - was.alternatives, was.alternatives - now.alternatives
        if added and not removed:
            yield "alternative-added", ", ".join(sorted(added))
        elif removed and not added:
            yield "alternative-removed", ", ".join(sorted(removed))
        elif added:
            yield "type-changed", f"{was.type} -> {now.type}"
    elif was.type != now.type:
        before, after = python_type(was.type), python_type(now.type)
        if before == after:
            yield "format-changed", f"{was.type} -> {now.type}"
        elif direction == REQUEST and (before, after) == ("int", "float"):
            yield "type-widened", f"{was.type} -> {now.type}"
        else:
            yield "type-changed", f"{was.type} -> {now.type}"


def _pattern_change(before: str | None, after: str | None) -> str:
    if before is None:
        return "pattern-added"
    if after is None:
        return "pattern-removed"
    return "pattern-loosened" if after in ANY_PATTERNS else "pattern-changed"


def _value_changes(was: Field, now: Field, direction: str) -> Iterator[tuple[str, str]]:
    """(change, detail) for what changed in a field's own keywords."""
    yield from _type_changes(was, now, direction)
    if was.nullable != now.nullable:
        yield ("made-nullable", "may be null") if now.nullable else ("made-non-nullable", "never null")
    for name in sorted(set(was.limits) | set(now.limits)):
        before, after = was.limits.get(name), now.limits.get(name)
        if before != after:
            change = "limit-tightened" if _tightens(name, before, after) else "limit-loosened"
            yield change, f"{name} {_shown(before)} -> {_shown(after)}"
    if was.pattern != now.pattern:
        yield _pattern_change(was.pattern, now.pattern), f"pattern {_shown(was.pattern)} -> {_shown(now.pattern)}"
    if was.default != now.default:
        change = (
            "default-added" if was.default is None else "default-removed" if now.default is None else "default-changed"
        )
        yield change, f"{_shown(was.default)} -> {_shown(now.default)}"
    if was.deprecated != now.deprecated:
        yield ("deprecated", "") if now.deprecated else ("undeprecated", "")
    if was.enum is not None and now.enum is not None:
        for change, values in (("enum-value-added", now.enum - was.enum), ("enum-value-removed", was.enum - now.enum)):
            if values:
                yield change, ", ".join(sorted(values))
    elif was.enum is None and now.enum is not None:
        yield "enum-introduced", ", ".join(sorted(now.enum))
    elif was.enum is not None and now.enum is None:
        yield "enum-dropped", f"was {', '.join(sorted(was.enum))}"


def compare_fields(
    old: Mapping[str, Field],
    new: Mapping[str, Field],
    *,
    direction: str,
    where: str,
    operation: str,
    subject: str = "",
) -> list[Found]:
    """Changes between two flattened schemas; below an added or removed field, nothing more is listed.

    ``where`` names the place in the operation ("request body", "query parameter page"); with a
    ``subject`` (parameter, header) every change is located there, else a field is located in the
    component schema that defines it when there is one ("UserDtoV1.email"), else in the operation.
    """
    found: list[Found] = []

    def record(change: str, path: str, field: Field, pointer: str, detail: str) -> None:
        kind = subject or ("body" if path == "" else "property")
        # A parameter or header by its place; a field in the component schema that defines it, else in the operation.
        location = f"{where}{path}" if subject else schema_location(pointer) or f"{operation} {where} {path}".rstrip()
        found.append(Found(_field_rule_id(direction, kind, change), location, detail, operation))

    added = {p for p in new if p not in old}
    removed = {p for p in old if p not in new}
    for path in sorted(added - {p for p in added if _is_under(p, added)}):
        field = new[path]
        record("added-required" if field.required else "added", path, field, field.slot, field.type)
    for path in sorted(removed - {p for p in removed if _is_under(p, removed)}):
        record("removed", path, old[path], old[path].slot, old[path].type)
    for path in sorted(set(old) & set(new)):
        was, now = old[path], new[path]
        if was.required != now.required:
            record("made-required" if now.required else "made-optional", path, now, now.slot, "")
        for change, detail in _value_changes(was, now, direction):
            record(change, path, now, now.node, detail)
    return found


# --- Operations ------------------------------------------------------------------------------------

PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
NO_CREDENTIAL = "no credential"  # the security alternative of an operation open to anyone


@dataclasses.dataclass(frozen=True)
class Operation:
    key: str  # operationId, or "METHOD path" without one
    operation_id: str | None
    method: str
    path: str
    node: Mapping[str, Any]
    servers: frozenset[str]  # the hosts it answers on, an enumerated server variable expanded
    pointer: str
    parameters: Mapping[tuple[str, str], tuple[Mapping[str, Any], str]]  # (in, name) -> parameter, its pointer

    @property
    def endpoint(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def shape(self) -> tuple[str, str]:
        """Method and path with the parameter names left out: a renamed path parameter keeps the shape."""
        return self.method, PATH_PARAMETER.sub("{}", self.path)


def _deref(spec: Mapping[str, Any], node: Any, at: str = "#") -> tuple[Any, str]:
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        at, node = node["$ref"], _pointer(spec, node["$ref"])
    return node, at


def operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation by operationId (or "METHOD path"), with path-level parameters merged in."""
    found: dict[str, Operation] = {}
    for path, raw_item in _mapping(spec.get("paths")).items():
        item, item_at = _deref(spec, raw_item, f"#/paths/{_escape(path)}")
        if not isinstance(item, Mapping):
            continue
        for method, node in item.items():
            if method not in HTTP_METHODS or not isinstance(node, Mapping):
                continue
            at = f"{item_at}/{method}"
            params: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
            declared = [(p, f"{item_at}/parameters/{i}") for i, p in enumerate(item.get("parameters") or [])]
            declared += [(p, f"{at}/parameters/{i}") for i, p in enumerate(node.get("parameters") or [])]
            for raw, param_at in declared:
                param, param_at = _deref(spec, raw, param_at)
                if isinstance(param, Mapping) and "name" in param:
                    params[(str(param.get("in")), str(param["name"]))] = (param, param_at)  # operation-level wins
            oid = node.get("operationId")
            key = str(oid or f"{method.upper()} {path}")
            servers = _servers(node.get("servers") or item.get("servers") or spec.get("servers") or [])
            found[key] = Operation(key, str(oid) if oid else None, method, path, node, servers, at, params)
    return found


def _servers(servers: Any) -> frozenset[str]:
    """Each server's URL; one URL per value of an enumerated variable ("https://{region}.x" gives four)."""
    urls: set[str] = set()
    for server in servers if isinstance(servers, list) else []:
        expanded = [str(_mapping(server).get("url", ""))]
        for name, variable in _mapping(_mapping(server).get("variables")).items():
            values = _mapping(variable).get("enum")
            if isinstance(values, list) and values:
                expanded = [url.replace(f"{{{name}}}", str(v)) for url in expanded for v in values]
        urls.update(expanded)
    return frozenset(urls)


def _media_types(content: Any) -> set[str]:
    return {str(m).split(";")[0].strip().lower() for m in _mapping(content)}


def _content_schema(holder: Any, at: str) -> tuple[Any, str]:
    """The JSON schema of a request body or response and where it is (another type if it has no JSON one)."""
    content = _mapping(_mapping(holder).get("content"))
    for media in [*JSON_CONTENT, *content]:
        if isinstance(content.get(media), Mapping) and "schema" in content[media]:
            return content[media]["schema"], f"{at}/content/{_escape(media)}/schema"
    return None, at


def _body_fields(spec: Mapping[str, Any], holder: Any, at: str, required: bool) -> dict[str, Field]:
    schema, schema_at = _content_schema(holder, at)
    return {} if schema is None else fields(spec, schema, required=required, at=schema_at)


def _media_changes(old: Any, new: Any, direction: str, where: str, operation: str) -> Iterator[Found]:
    before, after = _media_types(_mapping(old).get("content")), _media_types(_mapping(new).get("content"))
    if not before or not after or before == after:
        return  # a body added or removed is reported as such
    json_after = sorted(m for m in after if m in JSON_CONTENT)
    json_before = {m for m in before if m in JSON_CONTENT}
    for media in sorted(before - after):
        if media in JSON_CONTENT and json_after:
            yield Found(f"{direction}-media-type-respelled", where, f"{media} -> {', '.join(json_after)}", operation)
        else:
            yield Found(f"{direction}-media-type-removed", where, media, operation)
    for media in sorted(after - before):
        if not (media in JSON_CONTENT and json_before):
            yield Found(f"{direction}-media-type-added", where, media, operation)


def _parameter_fields(spec: Mapping[str, Any], param: Mapping[str, Any] | None, at: str) -> dict[str, Field]:
    if param is None:
        return {}
    flat = fields(spec, param.get("schema", {}), required=bool(param.get("required")), at=f"{at}/schema")
    if flat and param.get("deprecated") is True:  # deprecation is the parameter's, not only its schema's
        flat[""] = dataclasses.replace(flat[""], deprecated=True)
    return flat


def _path_renames(was: Operation, now: Operation) -> dict[str, str]:
    """Old path parameter name -> new one, position by position, for two paths of the same shape."""
    pairs = zip(PATH_PARAMETER.findall(was.path), PATH_PARAMETER.findall(now.path), strict=False)
    return {old: new for old, new in pairs if old != new}


def _security(spec: Mapping[str, Any], op: Operation) -> set[str]:
    """The operation's security alternatives, each as "A and B"; "no credential" where none is needed."""
    requirements = op.node["security"] if "security" in op.node else spec.get("security")
    alternatives = {" and ".join(sorted(_mapping(req))) or NO_CREDENTIAL for req in requirements or []}
    return alternatives or {NO_CREDENTIAL}


def _compare_operation(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], was: Operation, now: Operation
) -> Iterator[Found]:
    oid = now.key
    if was.operation_id and now.operation_id and was.operation_id != now.operation_id:
        yield Found("api-operation-id-renamed", oid, f"{was.operation_id} -> {now.operation_id}", oid)
    renames: dict[str, str] = {}
    if was.endpoint != now.endpoint:
        if was.shape == now.shape:
            renames = _path_renames(was, now)
            for old_name, new_name in sorted(renames.items()):
                yield Found("request-path-parameter-renamed", "path parameter", f"{old_name} -> {new_name}", oid)
        else:
            yield Found("api-operation-moved", oid, f"{was.endpoint} -> {now.endpoint}", oid)
    if bool(was.node.get("deprecated")) != bool(now.node.get("deprecated")):
        change = "deprecated" if now.node.get("deprecated") else "undeprecated"
        yield Found(f"api-operation-{change}", oid, now.endpoint, oid)
    for url in sorted(now.servers - was.servers):
        yield Found("api-server-added", "servers", url, oid)
    for url in sorted(was.servers - now.servers):
        yield Found("api-server-removed", "servers", url, oid)
    before, after = _security(old_spec, was), _security(new_spec, now)
    for alternative in sorted(after - before):
        yield Found("api-security-alternative-added", "security", alternative, oid)
    for alternative in sorted(before - after) if NO_CREDENTIAL not in after else []:  # open to all: none lost
        yield Found("api-security-alternative-removed", "security", alternative, oid)

    old_params = {
        (place, renames.get(name, name) if place == "path" else name): p for (place, name), p in was.parameters.items()
    }
    for key in sorted(set(old_params) | set(now.parameters)):
        (b, b_at), (a, a_at) = old_params.get(key, (None, "")), now.parameters.get(key, (None, ""))
        yield from compare_fields(
            _parameter_fields(old_spec, b, b_at),
            _parameter_fields(new_spec, a, a_at),
            direction=REQUEST,
            where=f"{key[0]} parameter {key[1]}",
            operation=oid,
            subject="parameter",
        )

    old_body, old_at = _deref(old_spec, was.node.get("requestBody"), f"{was.pointer}/requestBody")
    new_body, new_at = _deref(new_spec, now.node.get("requestBody"), f"{now.pointer}/requestBody")
    yield from _media_changes(old_body, new_body, REQUEST, "request body", oid)
    yield from compare_fields(
        _body_fields(old_spec, old_body, old_at, bool(_mapping(old_body).get("required"))),
        _body_fields(new_spec, new_body, new_at, bool(_mapping(new_body).get("required"))),
        direction=REQUEST,
        where="request body",
        operation=oid,
    )
    yield from _compare_responses(old_spec, new_spec, was, now)


def _compare_responses(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], was: Operation, now: Operation
) -> Iterator[Found]:
    oid = now.key
    old_responses, new_responses = _mapping(was.node.get("responses")), _mapping(now.node.get("responses"))
    for status in sorted(set(old_responses) | set(new_responses), key=str):
        where = f"response {status}"
        if status not in new_responses:
            success = str(status).startswith("2")
            rule = "response-success-status-removed" if success else "response-error-status-removed"
            yield Found(rule, where, "", oid)
            continue
        if status not in old_responses:
            yield Found("response-status-added", where, "", oid)
            continue
        old, old_at = _deref(old_spec, old_responses[status], f"{was.pointer}/responses/{_escape(str(status))}")
        new, new_at = _deref(new_spec, new_responses[status], f"{now.pointer}/responses/{_escape(str(status))}")
        yield from _media_changes(old, new, RESPONSE, where, oid)
        yield from compare_fields(
            _body_fields(old_spec, old, old_at, False),  # a response body is there or not: never "required"
            _body_fields(new_spec, new, new_at, False),
            direction=RESPONSE,
            where=where,
            operation=oid,
        )
        old_headers, new_headers = _mapping(_mapping(old).get("headers")), _mapping(_mapping(new).get("headers"))
        for name in sorted(set(old_headers) | set(new_headers), key=str.lower):
            header_where = f"{where} header {name}"
            if name not in new_headers:
                yield Found("response-header-removed", header_where, "", oid)
            elif name not in old_headers:
                yield Found("response-header-added", header_where, "", oid)
            else:
                yield from compare_fields(
                    _header_fields(old_spec, old_headers[name], f"{old_at}/headers/{_escape(name)}"),
                    _header_fields(new_spec, new_headers[name], f"{new_at}/headers/{_escape(name)}"),
                    direction=RESPONSE,
                    where=header_where,
                    operation=oid,
                    subject="header",
                )


def _header_fields(spec: Mapping[str, Any], raw: Any, at: str) -> dict[str, Field]:
    header, at = _deref(spec, raw, at)
    return _parameter_fields(spec, _mapping(header), at)


def _scheme_changes(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(rule, scheme name, detail) for the security schemes themselves."""
    before = _mapping(_mapping(old_spec.get("components")).get("securitySchemes"))
    after = _mapping(_mapping(new_spec.get("components")).get("securitySchemes"))
    for name in sorted(set(before) | set(after)):
        if name not in after:
            yield "api-security-scheme-removed", name, ""
        elif name not in before:
            yield "api-security-scheme-added", name, ""
        else:
            was, now = _schemes(before[name], after[name])
            keys = sorted(k for k in set(was) | set(now) if k != "description" and was.get(k) != now.get(k))
            if keys:
                yield (
                    "api-security-scheme-changed",
                    name,
                    "; ".join(f"{k} {_shown(was.get(k))} -> {_shown(now.get(k))}" for k in keys),
                )


def _schemes(old: Any, new: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two versions of a security scheme as compared: header names ignore case."""
    was, now = dict(_mapping(old)), dict(_mapping(new))
    if was.get("in") == now.get("in") == "header" and str(was.get("name")).lower() == str(now.get("name")).lower():
        now["name"] = was.get("name")
    return was, now


def _match(old_ops: Mapping[str, Operation], new_ops: Mapping[str, Operation]) -> list[tuple[str, str]]:
    """Pairs of (old key, new key): the same key, else the only operation of the same method and path shape."""
    pairs = [(key, key) for key in old_ops if key in new_ops]
    old_rest = [key for key in old_ops if key not in new_ops]
    new_rest = [key for key in new_ops if key not in old_ops]
    for key in old_rest:
        shape = old_ops[key].shape
        olds = [k for k in old_rest if old_ops[k].shape == shape]
        news = [k for k in new_rest if new_ops[k].shape == shape]
        if len(olds) == 1 and len(news) == 1:
            pairs.append((key, news[0]))
    return pairs


def diff(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    """Every client-visible change from ``old_spec`` to ``new_spec``, each once, sorted by rule and location."""
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    pairs = _match(old_ops, new_ops)
    found: list[Found] = []
    for old_key, new_key in pairs:
        found.extend(_compare_operation(old_spec, new_spec, old_ops[old_key], new_ops[new_key]))
    paired_old, paired_new = {o for o, _ in pairs}, {n for _, n in pairs}
    found += [Found("api-operation-removed", k, op.endpoint, k) for k, op in old_ops.items() if k not in paired_old]
    found += [Found("api-operation-added", k, op.endpoint, k) for k, op in new_ops.items() if k not in paired_new]
    for rule, name, detail in _scheme_changes(old_spec, new_spec):
        spec, ops = (old_spec, old_ops) if rule.endswith("removed") else (new_spec, new_ops)
        users = [k for k, op in ops.items() if any(name in alt.split(" and ") for alt in _security(spec, op))]
        found += [Found(rule, f"security scheme {name}", detail, k) for k in users or [""]]
    return group(found)


def group(found: Sequence[Found]) -> list[Change]:
    """One Change per (rule, location, detail), with every operation it affects."""
    operations_of: dict[tuple[str, str, str], set[str]] = {}
    for f in found:
        operations_of.setdefault((f.rule, f.location, f.detail), set()).add(f.operation)
    changes = []
    for (rule_id, location, detail), ops in operations_of.items():
        rule = RULES[rule_id]
        direction = rule_id.split("-", 1)[0]
        changes.append(Change(rule_id, rule.level, direction, location, detail, rule.why, tuple(sorted(ops - {""}))))
    return sorted(changes, key=lambda c: (LEVELS.index(c.level), c.rule, c.location, c.detail))


# --- Accepting changes ----------------------------------------------------------------------------


class AcceptedError(Exception):
    """The accepted-changes file is not usable."""


def load_accepted(path: Path) -> dict[str, str]:
    """{change id: reason} from a file like spec/accepted-changes.yaml; {} when there is none."""
    if not path.is_file():
        return {}
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise AcceptedError(f"cannot read {path}: {exc}") from exc
    if document is None:
        return {}
    entries = document.get("accepted") if isinstance(document, dict) else None
    if not isinstance(entries, list | type(None)) or not isinstance(document, dict):
        raise AcceptedError(f"{path}: 'accepted' must be a list of {{id, reason}}")
    accepted: dict[str, str] = {}
    for index, entry in enumerate(entries or []):
        cid = entry.get("id") if isinstance(entry, dict) else None
        reason = entry.get("reason") if isinstance(entry, dict) else None
        if not isinstance(cid, str) or not cid or not isinstance(reason, str) or not reason.strip():
            raise AcceptedError(f"{path}: entry {index} needs an 'id' and a 'reason' (both non-empty text)")
        if cid in accepted:
            raise AcceptedError(f"{path}: {cid!r} is listed twice")
        accepted[cid] = reason.strip()
    return accepted


def unaccepted_breaking(changes: Sequence[Change], accepted: Mapping[str, str]) -> list[Change]:
    return [c for c in changes if c.breaking and c.id not in accepted]


# --- Outputs: Markdown, JSON, JUnit XML -----------------------------------------------------------------


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _operations_cell(ops: Sequence[str], shown: int = 3) -> str:
    listed = ", ".join(f"`{op}`" for op in ops[:shown])
    return listed + (f" and {len(ops) - shown} more" if len(ops) > shown else "")


def render_markdown(changes: Sequence[Change], accepted: Mapping[str, str]) -> list[str]:
    """One section per level, one row per change (see ``render_rows``)."""
    return render_rows(to_json(changes, accepted))


def render_rows(
    rows: Sequence[Mapping[str, Any]], fold_over: int = 25, listed: Sequence[str] = LEVELS, elsewhere: str = ""
) -> list[str]:
    """Markdown for changes as ``to_json`` gives them: a section per level, a row per change; long
    sections fold away, so a pull request stays readable. Levels not ``listed`` are counted only, their
    rows being ``elsewhere`` (a file name)."""
    lines: list[str] = []
    for level in LEVELS:
        same = [r for r in rows if r["level"] == level]
        taken = sum(1 for r in same if r["accepted"])
        title = f"{level.capitalize()} changes ({len(same)}" + (f", {taken} accepted)" if taken else ")")
        lines += [f"## {title}", ""]
        if not same:
            lines += ["None.", ""]
            continue
        if level not in listed:
            lines += [f"Listed in `{elsewhere}` (too many for this page).", ""]
            continue
        table = ["| rule | where | detail | operations | for a client |", "|---|---|---|---|---|"]
        for r in same:
            why = r["why"] + (f" **Accepted**: {r['accepted']}" if r["accepted"] else "")
            ops = _operations_cell(r["operations"])
            table.append(f"| `{r['rule']}` | `{_cell(r['location'])}` | {_cell(r['detail'])} | {ops} | {_cell(why)} |")
        if len(same) > fold_over:
            table = [f"<details><summary>{len(same)} {level} changes</summary>", "", *table, "", "</details>"]
        lines += [*table, ""]
    return lines


def to_json(changes: Sequence[Change], accepted: Mapping[str, str]) -> list[dict[str, Any]]:
    return [{**c.as_json(), "accepted": accepted.get(c.id)} for c in changes]


def to_junit(changes: Sequence[Change], accepted: Mapping[str, str]) -> str:
    """JUnit XML for CI: one test case per change; an unaccepted breaking change is a failure."""
    failing = unaccepted_breaking(changes, accepted)
    suite = ET.Element(
        "testsuite", name="api-diff", tests=str(len(changes)), failures=str(len(failing)), errors="0", skipped="0"
    )
    for c in changes:
        case = ET.SubElement(suite, "testcase", classname=f"api-diff.{c.level}.{c.rule}", name=c.id)
        text = f"{c.detail}\noperations: {', '.join(c.operations) or '-'}\n{c.why}"
        if c in failing:
            failure = ET.SubElement(case, "failure", message=f"breaking: {c.why}", type=c.rule)
            failure.text = text + f"\nto accept it, list {c.id!r} with a reason in spec/accepted-changes.yaml"
        else:
            out = ET.SubElement(case, "system-out")
            out.text = text + (f"\naccepted: {accepted[c.id]}" if c.id in accepted else "")
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"


def rules_table() -> str:
    """The Markdown table of every rule: its id, level and why (scripts/API_DIFF_RULES.md holds it)."""
    rows = ["| rule id | level | why |", "|---|---|---|"]
    for rule_id, rule in sorted(RULES.items(), key=lambda item: (item[0].split("-", 1)[0], item[0])):
        rows.append(f"| `{rule_id}` | {rule.level} | {_cell(rule.why)} |")
    return "\n".join(rows) + "\n"


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.api_diff", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("old", type=Path, nargs="?", help="the previous OpenAPI document (YAML or JSON)")
    parser.add_argument("new", type=Path, nargs="?", help="the new OpenAPI document")
    parser.add_argument("--format", choices=("markdown", "json", "junit"), default="markdown")
    parser.add_argument("--accepted", type=Path, help="a file of accepted change ids (spec/accepted-changes.yaml)")
    parser.add_argument("--rules", action="store_true", help="print the rule table and exit")
    args = parser.parse_args(argv)
    if args.rules:
        print(rules_table(), end="")
        return 0
    if args.old is None or args.new is None:
        parser.error("OLD and NEW are required")
    try:
        old, new = _load(args.old), _load(args.new)
        accepted = load_accepted(args.accepted) if args.accepted else {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError, json.JSONDecodeError, AcceptedError) as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2
    if not isinstance(old, dict) or not isinstance(new, dict):
        print("api-diff: both documents must be OpenAPI objects", file=sys.stderr)
        return 2
    changes = diff(old, new)
    if args.format == "json":
        print(json.dumps(to_json(changes, accepted), indent=2, ensure_ascii=False))
    elif args.format == "junit":
        print(to_junit(changes, accepted), end="")
    else:
        print("\n".join(render_markdown(changes, accepted)))
    return 1 if unaccepted_breaking(changes, accepted) else 0


if __name__ == "__main__":
    raise SystemExit(main())
