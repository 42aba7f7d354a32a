"""The API difference between two OpenAPI 3.0 documents, classified as breaking or not for a client.

    changes = diff(old_spec, new_spec)   # list[Change], sorted by location

What is compared, per operation (keyed by operationId, or "METHOD path" when it has none):
  * the operation itself: added, removed, moved to another method or path;
  * its parameters, keyed by (in, name);
  * its request body and each response (per status code), flattened into fields: ``$ref`` is followed
    into the components (cycles are cut), ``allOf`` is merged, ``oneOf``/``anyOf`` alternatives
    contribute their fields, array items appear as ``[]`` and map values as ``*``. Each field is
    compared by type (``type`` and ``format``), presence in ``required``, ``enum`` values (a
    ``oneOf``/``anyOf`` of enums counts as the union of their values), ``nullable`` and the limits
    in ``LIMITS`` (bounds, lengths, item counts, pattern).

Every walk is cycle-safe: a ``$ref`` already on the way down is named by its type, never entered.

Whether a change breaks a client is a row of ``RULES``, keyed by (change, direction): the same
change is harmless in a response and breaking in a request, or the reverse. Our client reads
responses tolerantly (an unknown enum value is kept, not refused), which the rules assume.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_CONTENT = ("application/json", "*/*")  # */* is read as JSON (see scripts/generator.yaml)
MAX_DEPTH = 16  # deeper nesting than any real DTO; bounds the walk on pathological documents

REQUEST, RESPONSE, API = "request", "response", "api"


@dataclasses.dataclass(frozen=True)
class Rule:
    breaking: bool
    why: str


# (change, direction) -> whether it breaks a client, and why. The one place this policy lives.
RULES: dict[tuple[str, str], Rule] = {
    ("added", API): Rule(False, "a new operation; existing calls are unchanged"),
    ("removed", API): Rule(True, "calls to it fail"),
    ("moved", API): Rule(True, "the client still calls the old method and path"),
    ("added", REQUEST): Rule(False, "optional: existing calls are unchanged"),
    ("added-required", REQUEST): Rule(True, "existing calls do not send it and are refused"),
    ("removed", REQUEST): Rule(True, "calls that send it are refused or silently ignored"),
    ("made-required", REQUEST): Rule(True, "calls that omit it are refused"),
    ("made-optional", REQUEST): Rule(False, "calls that send it still work"),
    ("retyped", REQUEST): Rule(True, "values of the old type are refused"),
    ("enum-value-added", REQUEST): Rule(False, "a new value callers may send"),
    ("enum-value-removed", REQUEST): Rule(True, "calls that send the value are refused"),
    ("enum-introduced", REQUEST): Rule(True, "values outside the new list are refused"),
    ("enum-dropped", REQUEST): Rule(False, "any value is accepted now"),
    ("made-nullable", REQUEST): Rule(False, "calls may send null now"),
    ("made-non-nullable", REQUEST): Rule(True, "calls that send null are refused"),
    ("limit-tightened", REQUEST): Rule(True, "values the old limit allowed are refused"),
    ("limit-loosened", REQUEST): Rule(False, "every value allowed before still is"),
    ("added", RESPONSE): Rule(False, "the client may ignore what it does not know"),
    ("added-required", RESPONSE): Rule(False, "the client may ignore what it does not know"),
    ("removed", RESPONSE): Rule(True, "code that reads it gets nothing"),
    ("made-required", RESPONSE): Rule(False, "always present now"),
    ("made-optional", RESPONSE): Rule(True, "code that reads it may get nothing"),
    ("retyped", RESPONSE): Rule(True, "code that reads it gets another type"),
    ("enum-value-added", RESPONSE): Rule(False, "the client keeps unknown enum values (tolerant reader)"),
    ("enum-value-removed", RESPONSE): Rule(
        True, "the regenerated enum loses the member: caller code that names it fails (responses still parse)"
    ),
    ("enum-introduced", RESPONSE): Rule(False, "the client keeps values outside the list"),
    ("enum-dropped", RESPONSE): Rule(True, "the regenerated field is a plain string: caller code naming members fails"),
    ("made-nullable", RESPONSE): Rule(True, "code that reads it may get null"),
    ("made-non-nullable", RESPONSE): Rule(False, "never null now"),
    ("limit-tightened", RESPONSE): Rule(False, "values stay within what the client already handles"),
    ("limit-loosened", RESPONSE): Rule(False, "the client does not check limits on what it reads (tolerant reader)"),
}

# The limits compared, and which way each tightens: a lower bound when raised, an upper bound when
# lowered; a pattern whenever it changes (whether the new one admits the old values is not decidable here).
LIMITS = {
    "minimum": "lower",
    "minLength": "lower",
    "minItems": "lower",
    "maximum": "upper",
    "maxLength": "upper",
    "maxItems": "upper",
    "pattern": "pattern",
}


@dataclasses.dataclass(frozen=True)
class Change:
    kind: str  # subject-change, e.g. "field-removed", "parameter-added-required", "operation-added"
    direction: str  # request, response or api
    location: str  # e.g. "generateDetailedReport request body .detailedFilter.pageSize"
    detail: str
    breaking: bool
    why: str

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _change(subject: str, change: str, direction: str, location: str, detail: str) -> Change:
    rule = RULES[(change, direction)]
    kind = change if change.startswith("enum") else f"{subject}-{change}"
    return Change(kind, direction, location, detail, rule.breaking, rule.why)


# --- Flattening schemas into fields ------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Field:
    type: str
    required: bool
    enum: frozenset[str] | None
    nullable: bool = False
    limits: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # the LIMITS the schema sets


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """Resolve a local JSON Pointer reference ("#/components/schemas/X"); None when it dangles."""
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _resolve(spec: Mapping[str, Any], schema: Any, refs: frozenset[str]) -> tuple[dict[str, Any], frozenset[str], bool]:
    """Follow $ref chains; return the schema, the refs on the way down, and whether a cycle was cut."""
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in refs:  # a cycle: give the schema for its type, but the caller must not descend
            target = _pointer(spec, ref)
            return (dict(target) if isinstance(target, Mapping) else {}), refs, True
        refs = refs | {ref}
        schema = _pointer(spec, ref)
    if not isinstance(schema, Mapping):
        return {}, refs, False
    if isinstance(schema.get("allOf"), list):  # merge the parts: properties and required add up, the first type wins
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            resolved, refs, cut = _resolve(spec, part, refs)
            merged.setdefault("properties", {}).update(_mapping(resolved.get("properties")))
            merged["required"] = [*merged.get("required", []), *(resolved.get("required") or [])]
            for key, value in resolved.items():
                # A cut part gives its own keywords, not its composition: that would walk the cycle again.
                if not (cut and key in ("oneOf", "anyOf", "allOf")):
                    merged.setdefault(key, value)
        merged.pop("allOf", None)
        return merged, refs, False
    return dict(schema), refs, False


def _mapping(node: Any) -> Mapping[str, Any]:
    return node if isinstance(node, Mapping) else {}


def _alternatives(
    spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str]
) -> list[tuple[dict[str, Any], frozenset[str], bool]]:
    """The resolved oneOf/anyOf alternatives of a resolved schema, each as ``_resolve`` returns it."""
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    return [_resolve(spec, alt, refs) for alt in alternatives] if isinstance(alternatives, list) else []


def _enum_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


# The three functions below take ``_resolve``'s result; where a cycle was cut (``cut``) they read the
# schema's own keywords only, so a schema that is its own alternative (FeaturePlan, upstream) ends.


def _type_name(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool = False) -> str:
    alternatives = [] if cut else _alternatives(spec, schema, refs)
    if alternatives:
        names = sorted({_type_name(spec, *alt) for alt in alternatives})
        return f"{'oneOf' if schema.get('oneOf') else 'anyOf'}[{', '.join(names)}]"
    kind = schema.get("type") or ("object" if "properties" in schema or "allOf" in schema else "any")
    return f"{kind}({schema['format']})" if "format" in schema else str(kind)


def _enum(
    spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool = False
) -> frozenset[str] | None:
    """The schema's enum values; for a oneOf/anyOf of enums (a wrapper the corrections use), their union."""
    if isinstance(schema.get("enum"), list):
        return frozenset(_enum_value(v) for v in schema["enum"])
    alternatives = [] if cut else _alternatives(spec, schema, refs)
    if not alternatives:
        return None
    values: set[str] = set()
    for alt in alternatives:
        alt_values = _enum(spec, *alt)
        if alt_values is None:  # an alternative without a list admits any value
            return None
        values |= alt_values
    return frozenset(values)


def _nullable(spec: Mapping[str, Any], schema: Mapping[str, Any], refs: frozenset[str], cut: bool = False) -> bool:
    if schema.get("nullable") is True:
        return True
    return any(_nullable(spec, *alt) for alt in ([] if cut else _alternatives(spec, schema, refs)))


def fields(spec: Mapping[str, Any], schema: Any, *, required: bool = True) -> dict[str, Field]:
    """Flatten ``schema`` into {path: Field}; the root is the path ""."""
    out: dict[str, Field] = {}
    _walk(spec, schema, "", required, frozenset(), out)
    return out


def _walk(
    spec: Mapping[str, Any], schema: Any, path: str, required: bool, refs: frozenset[str], out: dict[str, Field]
) -> None:
    resolved, refs, cut = _resolve(spec, schema, refs)
    if path not in out:  # a oneOf alternative may reach a path already seen: keep the first
        out[path] = Field(
            _type_name(spec, resolved, refs, cut),
            required,
            _enum(spec, resolved, refs, cut),
            _nullable(spec, resolved, refs, cut),
            {name: resolved[name] for name in LIMITS if resolved.get(name) is not None},
        )
    if cut or path.count(".") + path.count("[]") >= MAX_DEPTH:
        return
    for node, node_refs, node_cut in [(resolved, refs, False), *_alternatives(spec, resolved, refs)]:
        if node_cut:  # an alternative that closes a cycle: its fields are listed where it was first reached
            continue
        mandatory = set(node.get("required") or [])
        for name, sub in _mapping(node.get("properties")).items():
            _walk(spec, sub, f"{path}.{name}", name in mandatory, node_refs, out)
        if isinstance(node.get("items"), Mapping):
            _walk(spec, node["items"], f"{path}[]", True, node_refs, out)
        if isinstance(node.get("additionalProperties"), Mapping):
            _walk(spec, node["additionalProperties"], f"{path}.*", True, node_refs, out)


# --- Comparing fields ----------------------------------------------------------------------------


def _tightens(name: str, before: Any, after: Any) -> bool:
    """Whether a limit going from ``before`` to ``after`` (None: unset) refuses values it allowed."""
    if after is None or before is None:
        return after is not None  # a new limit tightens, a dropped one loosens
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after))
    if LIMITS[name] == "pattern" or not numbers:
        return True  # cannot tell: assume values allowed before may be refused
    return bool(after > before) if LIMITS[name] == "lower" else bool(after < before)


def _shown(limit: Any) -> str:
    """A limit in a change's detail; long patterns are cut, the spec diff has them whole."""
    text = "none" if limit is None else str(limit)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_under(path: str, parents: set[str]) -> bool:
    return any(path != p and (path.startswith(p + ".") or path.startswith(p + "[]")) for p in parents)


def compare_fields(
    old: Mapping[str, Field], new: Mapping[str, Field], *, subject: str, direction: str, where: str
) -> list[Change]:
    """Changes between two flattened schemas; below an added or removed field, nothing more is listed."""
    changes: list[Change] = []
    added = {p for p in new if p not in old}
    removed = {p for p in old if p not in new}

    def at(path: str) -> str:
        return f"{where} {path}".rstrip()

    for path in sorted(added - {p for p in added if _is_under(p, added)}):
        change = "added-required" if new[path].required else "added"
        changes.append(_change(subject, change, direction, at(path), f"{new[path].type}"))
    for path in sorted(removed - {p for p in removed if _is_under(p, removed)}):
        changes.append(_change(subject, "removed", direction, at(path), f"was {old[path].type}"))
    for path in sorted(set(old) & set(new)):
        was, now = old[path], new[path]
        if was.required != now.required:
            changes.append(
                _change(
                    subject,
                    "made-required" if now.required else "made-optional",
                    direction,
                    at(path),
                    "optional -> required" if now.required else "required -> optional",
                )
            )
        if was.type != now.type:
            changes.append(_change(subject, "retyped", direction, at(path), f"{was.type} -> {now.type}"))
        if was.nullable != now.nullable:
            change, detail = ("made-nullable", "may be null") if now.nullable else ("made-non-nullable", "never null")
            changes.append(_change(subject, change, direction, at(path), detail))
        for name in sorted(set(was.limits) | set(now.limits)):
            before, after = was.limits.get(name), now.limits.get(name)
            if before != after:
                change = "limit-tightened" if _tightens(name, before, after) else "limit-loosened"
                detail = f"{name} {_shown(before)} -> {_shown(after)}"
                changes.append(_change(subject, change, direction, at(path), detail))
        if was.enum is not None and now.enum is not None:
            for change, values in (
                ("enum-value-added", now.enum - was.enum),
                ("enum-value-removed", was.enum - now.enum),
            ):
                if values:
                    changes.append(_change(subject, change, direction, at(path), ", ".join(sorted(values))))
        elif was.enum is None and now.enum is not None:
            changes.append(_change(subject, "enum-introduced", direction, at(path), ", ".join(sorted(now.enum))))
        elif was.enum is not None and now.enum is None:
            changes.append(_change(subject, "enum-dropped", direction, at(path), f"was {', '.join(sorted(was.enum))}"))
    return changes


# --- Operations ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: Mapping[str, Any]
    parameters: Mapping[tuple[str, str], Mapping[str, Any]]

    @property
    def endpoint(self) -> str:
        return f"{self.method.upper()} {self.path}"


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        node = _pointer(spec, node["$ref"])
    return node


def operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation by operationId (or "METHOD path"), with path-level parameters merged in."""
    found: dict[str, Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = _deref(spec, item)
        if not isinstance(item, Mapping):
            continue
        for method, node in item.items():
            if method not in HTTP_METHODS or not isinstance(node, Mapping):
                continue
            params: dict[tuple[str, str], Mapping[str, Any]] = {}
            for param in [*(item.get("parameters") or []), *(node.get("parameters") or [])]:
                param = _deref(spec, param)
                if isinstance(param, Mapping) and "name" in param:
                    params[(str(param.get("in")), str(param["name"]))] = param  # operation-level wins
            key = str(node.get("operationId") or f"{method.upper()} {path}")
            found[key] = Operation(method, path, node, params)
    return found


def _content_schema(spec: Mapping[str, Any], holder: Any) -> Any:
    """The JSON schema of a request body or response (another content type if it has no JSON one)."""
    content = (_deref(spec, holder) or {}).get("content") or {}
    for media in [*JSON_CONTENT, *content]:
        if isinstance(content.get(media), Mapping) and "schema" in content[media]:
            return content[media]["schema"]
    return None


def _body_fields(spec: Mapping[str, Any], holder: Any, required: bool) -> dict[str, Field]:
    schema = _content_schema(spec, holder)
    if schema is None:
        return {"": Field("none", required, None)} if holder is not None else {}
    return fields(spec, schema, required=required)


def _compare_operation(
    old_spec: Mapping[str, Any], new_spec: Mapping[str, Any], oid: str, was: Operation, now: Operation
) -> Iterator[Change]:
    if was.endpoint != now.endpoint:
        yield _change("operation", "moved", API, oid, f"{was.endpoint} -> {now.endpoint}")
    for key in sorted(set(was.parameters) | set(now.parameters)):
        before, after = was.parameters.get(key), now.parameters.get(key)
        old_fields = fields(old_spec, before.get("schema", {}), required=bool(before.get("required"))) if before else {}
        new_fields = fields(new_spec, after.get("schema", {}), required=bool(after.get("required"))) if after else {}
        yield from compare_fields(
            old_fields, new_fields, subject="parameter", direction=REQUEST, where=f"{oid} parameter {key[0]} {key[1]}"
        )
    old_body, new_body = _deref(old_spec, was.node.get("requestBody")), _deref(new_spec, now.node.get("requestBody"))
    yield from compare_fields(
        _body_fields(old_spec, old_body, bool((old_body or {}).get("required"))),
        _body_fields(new_spec, new_body, bool((new_body or {}).get("required"))),
        subject="field",
        direction=REQUEST,
        where=f"{oid} request body",
    )
    old_responses, new_responses = was.node.get("responses") or {}, now.node.get("responses") or {}
    for status in sorted(set(old_responses) | set(new_responses), key=str):
        where = f"{oid} response {status}"
        if status not in new_responses:
            yield _change("response", "removed", RESPONSE, where, "status no longer documented")
        elif status not in old_responses:
            yield _change("response", "added", RESPONSE, where, "status newly documented")
        else:
            yield from compare_fields(
                _body_fields(old_spec, old_responses[status], True),
                _body_fields(new_spec, new_responses[status], True),
                subject="field",
                direction=RESPONSE,
                where=where,
            )


def diff(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> list[Change]:
    """Every client-visible change from ``old_spec`` to ``new_spec``, sorted by location."""
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    changes: list[Change] = []
    for oid in sorted(set(old_ops) | set(new_ops)):
        if oid not in new_ops:
            changes.append(_change("operation", "removed", API, oid, old_ops[oid].endpoint))
        elif oid not in old_ops:
            changes.append(_change("operation", "added", API, oid, new_ops[oid].endpoint))
        else:
            changes.extend(_compare_operation(old_spec, new_spec, oid, old_ops[oid], new_ops[oid]))
    return changes
