"""Refuse, before sending, every request the corrected spec says the server refuses, with the server's
own answer where the spec records it.

One mechanism for every operation, driven only by the corrected spec:

* Each operation's path and query parameters and its JSON body are validated as one instance,
  ``{"path": ..., "query": ..., "body": ...}``, against one schema built from the operation (OpenAPI
  3.0 read as JSON Schema draft 4, ``$ref`` resolved against the spec's components).
* A violated keyword whose schema node has an ``x-clockify-errors`` entry for it (``required:<name>``
  for a missing property) becomes a Problem carrying that entry's ``code``, ``status`` and message;
  any other violation becomes a Problem of our own (code None).
* ``x-clockify-rules`` on object schemas are cross-field rules, checked through ``RULES``.

Speed: a valid request is decided by jsonschema_rs (compiled, a few microseconds) when it is
installed; the detailed pass with jsonschema, which knows where and why, runs only for a request
that fails. Without jsonschema_rs every request takes the detailed pass (about 0.2 ms for a report).
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from clockify_client import _spec
from clockify_client._logging import shown
from clockify_client._serialize import article
from clockify_client.errors import ConfigurationError, Problem, RequestValidationError

try:
    import jsonschema_rs
except ImportError:  # a runtime dependency, but a vendored copy may lack it: then jsonschema alone
    HAVE_FAST_VALIDATOR = False
else:
    HAVE_FAST_VALIDATOR = True

__all__ = ["HAVE_FAST_VALIDATOR", "RULES", "RequestValidator", "openapi_to_json_schema", "validate", "validator"]

Json = Any
Parts = tuple[str | int, ...]

# Where each part of a request sorts: path parameters, then query parameters, then the body.
_KIND_ORDER = {"path": 0, "query": 1, "body": 2}
_INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INTEGER_TEXT = re.compile(r"^[+-]?[0-9]+$")


# --- OpenAPI 3.0 -> JSON Schema draft 4 ------------------------------------------------------------


def openapi_to_json_schema(node: Json, *, closed: bool = False) -> Json:
    """A copy of an OpenAPI 3.0 schema that JSON Schema draft 4 validators read as OpenAPI means it.

    ``closed=True`` (requests): an object schema that lists its ``properties`` and says nothing of other
    keys admits no other key (``additionalProperties: false``): the server ignores a key it does not know,
    so a misspelt one (``bilable``) would silently change what a request means. A schema that allows
    extra keys explicitly (``additionalProperties`` true or a schema) keeps them; answers stay open.

    ``nullable`` becomes a ``null`` type (and enum member); ``int32``/``int64`` bound the integer as the
    server's Java types do (only where the schema sets no bound of its own); ``readOnly`` properties are
    not required in a request. Vendor extensions (``x-clockify-errors``, ``x-clockify-rules``) are kept:
    the detailed pass reads them on the node that failed. Other formats (``binary``, ``date-time``)
    stay annotations, as OpenAPI leaves them."""
    if isinstance(node, list):
        return [openapi_to_json_schema(item, closed=closed) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Json] = {}
    for key, value in node.items():
        if key in ("properties", "definitions", "patternProperties") and isinstance(value, dict):
            out[key] = {name: openapi_to_json_schema(sub, closed=closed) for name, sub in value.items()}
        elif key.startswith("x-") or key in ("example", "default", "enum", "description", "required"):
            out[key] = value  # data, not schemas: copied as they are
        else:
            out[key] = openapi_to_json_schema(value, closed=closed)
    if closed and isinstance(out.get("properties"), dict) and "additionalProperties" not in out:
        out["additionalProperties"] = False
    if out.pop("nullable", False) is True and "$ref" not in out:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if kind is None and any(k in out for k in ("allOf", "anyOf", "oneOf")):
            out = {"anyOf": [{"type": "null"}, out]}  # a nullable reference: `allOf: [{$ref}]` or null
    bounds = _INT_BOUNDS.get(str(out.get("format")))
    if bounds and out.get("type") in ("integer", ["integer", "null"]):
        out.setdefault("minimum", bounds[0])
        out.setdefault("maximum", bounds[1])
    properties = out.get("properties")
    if isinstance(out.get("required"), list) and isinstance(properties, dict):
        read_only = {n for n, s in properties.items() if isinstance(s, dict) and s.get("readOnly") is True}
        if read_only:
            out["required"] = [n for n in out["required"] if n not in read_only]
    return out


@functools.lru_cache(maxsize=256)
def _ecma_regex(pattern: str) -> re.Pattern[str]:
    """JSON Schema patterns are ECMA-262 regexes: ``$`` ends the text. In Python it also matches before
    a final newline, so "...Z\\n" would pass a date pattern the server (and jsonschema_rs) refuses."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def _pattern_keyword(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Json]) -> Iterator[Any]:
    if isinstance(instance, str) and not _ecma_regex(pattern).search(instance):
        yield _jsonschema().exceptions.ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def _jsonschema() -> Any:
    """jsonschema, imported when a detailed pass first needs it: a valid request never does when
    jsonschema_rs decides it, and the import costs every process tens of milliseconds."""
    import jsonschema  # type: ignore[import-untyped]
    import jsonschema.exceptions  # type: ignore[import-untyped]
    import jsonschema.validators  # type: ignore[import-untyped]

    return jsonschema


@functools.cache
def _detailed_validator_class() -> Any:
    jsonschema = _jsonschema()
    return jsonschema.validators.extend(jsonschema.Draft4Validator, {"pattern": _pattern_keyword})


# --- Cross-field rules: one row per rule name ------------------------------------------------------


def _instant(value: Json) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _rule_before(obj: Mapping[str, Json], fields: Sequence[str]) -> bool:
    """Broken when both instants are present and the first is not strictly before the second."""
    if len(fields) != 2:
        return False
    start, end = _instant(obj.get(fields[0])), _instant(obj.get(fields[1]))
    return start is not None and end is not None and start >= end


# rule name -> check(object, fields) -> True when the object breaks the rule.
RULES: dict[str, Callable[[Mapping[str, Json], Sequence[str]], bool]] = {
    "before": _rule_before,
}


@dataclasses.dataclass(frozen=True)
class _RuleSite:
    """An object schema carrying rules, and how to reach its instances from the body ("*" = every item)."""

    steps: tuple[str, ...]
    rules: tuple[Mapping[str, Json], ...]


def _rule_sites(schema: Json, components: Mapping[str, Json]) -> tuple[_RuleSite, ...]:
    found: list[_RuleSite] = []

    def walk(node: Json, steps: tuple[str, ...], refs: frozenset[str]) -> None:
        if not isinstance(node, Mapping):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if ref.startswith("#/components/schemas/") and name not in refs:  # a cycle ends the walk
                walk(components.get(name), steps, refs | {name})
            return
        rules = node.get("x-clockify-rules")
        if isinstance(rules, list) and rules:
            found.append(_RuleSite(steps, tuple(r for r in rules if isinstance(r, Mapping))))
        properties = node.get("properties")
        if isinstance(properties, Mapping):
            for name, sub in properties.items():
                walk(sub, (*steps, name), refs)
        if "items" in node:
            walk(node["items"], (*steps, "*"), refs)
        for sub in node.get("allOf", ()) if isinstance(node.get("allOf"), list) else ():
            walk(sub, steps, refs)  # allOf always applies; oneOf/anyOf branches may not, so they are skipped

    walk(schema, (), frozenset())
    return tuple(found)


def _instances_at(value: Json, steps: tuple[str, ...], parts: Parts = ()) -> Iterator[tuple[Parts, Json]]:
    if not steps:
        yield parts, value
        return
    step, rest = steps[0], steps[1:]
    if step == "*":
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from _instances_at(item, rest, (*parts, index))
    elif isinstance(value, Mapping) and step in value:
        yield from _instances_at(value[step], rest, (*parts, step))


# --- Locations and messages --------------------------------------------------------------------------


def _dotted(parts: Parts) -> str:
    """``detailedFilter.pageSize``, ``customFields[0].value``: the form Clockify's own messages use."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif isinstance(part, str) and _IDENTIFIER.match(part):
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text


def _location(kind: str, parts: Parts) -> str:
    """``$.detailedFilter.pageSize`` in the body; ``query.page-size``, ``path.workspaceId`` for parameters."""
    if kind == "body":
        return "$" + _suffix(parts)
    if not parts:
        return kind
    return f"{kind}.{parts[0]}{_suffix(parts[1:])}"


def _suffix(parts: Parts) -> str:
    dotted = _dotted(parts)
    return dotted if not dotted or dotted.startswith("[") else "." + dotted


def _field(kind: str, parts: Parts) -> str:
    if kind == "body":
        return _dotted(parts) or "the request body"
    if not parts:
        return f"the {kind} parameters"
    return f"{kind} parameter {parts[0]}{_suffix(parts[1:])}"


def _sort_key(kind: str, parts: Parts) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    return _KIND_ORDER.get(kind, 3), tuple((0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in parts)


_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


def _json_type(value: Json) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return f"the string {shown(value)}"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return article(type(value).__name__)


def _describe(error: Any, field: str) -> str:
    """Our own words for a violation the documentation records no server answer for."""
    keyword, expected, value = error.validator, error.validator_value, error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if keyword == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        words = " or ".join(_TYPE_WORDS.get(str(k), str(k)) for k in kinds)
        return f"{field} must be {words}, not {_json_type(value)}"
    if keyword == "enum":
        allowed = ", ".join("null" if v is None else str(v) for v in expected)
        return f"{field} must be one of {allowed}; got {shown(value)}"
    if keyword == "required":
        return f"{field} is required"
    if keyword == "minLength":
        return f"{field} must not be empty" if expected == 1 else f"{field} must be at least {expected} characters"
    if keyword == "maxLength":
        return f"{field} must be at most {expected} characters (it has {len(value)})"
    if keyword == "pattern":
        example = f" (for example {schema['example']})" if isinstance(schema.get("example"), str) else ""
        return f"{field} must match {expected}{example}; got {shown(value)}"
    if keyword == "minimum":
        strictly = schema.get("exclusiveMinimum") is True
        return f"{field} must be {'greater than' if strictly else 'at least'} {expected}; got {shown(value)}"
    if keyword == "maximum":
        strictly = schema.get("exclusiveMaximum") is True
        return f"{field} must be {'less than' if strictly else 'at most'} {expected}; got {shown(value)}"
    if keyword == "minItems":
        return f"{field} must have at least {expected} item{'s' if expected != 1 else ''}; it has {len(value)}"
    if keyword == "maxItems":
        return f"{field} must have at most {expected} item{'s' if expected != 1 else ''}; it has {len(value)}"
    if keyword == "uniqueItems":
        return f"{field} must not repeat an item"
    if keyword in ("oneOf", "anyOf") and error.context:
        return _describe(_jsonschema().exceptions.best_match(error.context), field)
    return f"{field}: {error.message}"


def _unknown_keys(instance: Json, schema: Mapping[str, Json]) -> Iterator[tuple[str, list[str]]]:
    """The keys of an object its closed schema does not list, each with the names it does list."""
    known = sorted(schema.get("properties") or {})
    for name in instance if isinstance(instance, Mapping) else ():
        if name not in known:
            yield str(name), known


def _unknown_key_message(kind: str, where: Parts, known: list[str]) -> str:
    near = difflib.get_close_matches(str(where[-1]), known, n=3, cutoff=0.6)
    listed = ", ".join(known[:8]) + (f" and {len(known) - 8} more" if len(known) > 8 else "")
    hint = f"did you mean {' or '.join(near)}?" if near else f"it knows {listed or 'no field'}"
    return (
        f"{_field(kind, where)} is not a field the spec knows ({hint}); a field the spec does not know yet "
        "goes in extra_body="
    )


def _annotated(entry: Json, kind: str, parts: Parts, operation_id: str, location: str) -> Problem | None:
    """The Problem an ``x-clockify-errors`` (or rule) entry predicts, its message filled in."""
    if not isinstance(entry, Mapping) or not isinstance(entry.get("message"), str):
        return None
    message = entry["message"].replace("{operationId}", operation_id).replace("{path}", _field_path(kind, parts))
    if entry.get("policy") is True:
        return Problem(path=location, message=message, policy=True)
    code, status = entry.get("code"), entry.get("status")
    return Problem(
        path=location,
        message=message,
        code=code if isinstance(code, int) else None,
        status_code=status if isinstance(status, int) else None,
    )


def _field_path(kind: str, parts: Parts) -> str:
    return _dotted(parts) if kind == "body" else f"{kind}.{_dotted(parts)}"


# --- Per operation -----------------------------------------------------------------------------------

_COMPONENT_REF = "#/components/schemas/"


def _refs(node: Json) -> Iterator[str]:
    """Every ``$ref`` string in a schema, at any depth."""
    if isinstance(node, list):
        for item in node:
            yield from _refs(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)


@dataclasses.dataclass(frozen=True)
class _Compiled:
    operation: _spec.Operation
    schema: Mapping[str, Json]  # the whole request's, as JSON Schema draft 4
    fast: Any  # a jsonschema_rs validator, or None
    params: Mapping[str, Mapping[str, _spec.Parameter]]  # location -> name -> parameter
    rule_sites: tuple[_RuleSite, ...]

    @functools.cached_property
    def detailed(self) -> Any:
        """The jsonschema validator, built when a detailed pass first needs it."""
        return _detailed_validator_class()(self.schema)


def _param_schema(param: _spec.Parameter) -> dict[str, Json]:
    schema: dict[str, Json] = openapi_to_json_schema(dict(param.schema))
    if param.location == "path" and schema.get("type") == "string":
        schema.setdefault("minLength", 1)  # an empty segment would address another URL
    return schema


def _params_schema(params: Sequence[_spec.Parameter]) -> dict[str, Json]:
    # (A required parameter with a default, as upstream has one, is made optional by the correction
    # `required-with-default`: the spec says so, not this code.)
    required = [p.name for p in params if p.required]
    schema: dict[str, Json] = {"type": "object", "properties": {p.name: _param_schema(p) for p in params}}
    if required:  # draft 4 forbids an empty "required"
        schema["required"] = required
    return schema


def _coerce(value: Json, schema: Mapping[str, Json]) -> Json:
    """A query or path value as the spec's type: the wire form is text, so "10" is an integer 10 and
    "true" a boolean; a single value stands for a one-item array. Anything else is left for the
    schema to refuse (``"abc"`` stays a string where an integer is expected)."""
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        if isinstance(value, set | frozenset):
            value = sorted(value, key=str)
        values = list(value) if isinstance(value, list | tuple) else [value]
        return [_coerce(v, items if isinstance(items, Mapping) else {}) for v in values]
    if not isinstance(value, str):
        return value
    if kind == "integer" and _INTEGER_TEXT.match(value):
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            return value
        return number if number not in (float("inf"), float("-inf")) and number == number else value
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


class RequestValidator:
    """Validates requests against the corrected spec; build it once (see ``validator()``).

    Each operation is compiled on first use: about 2 ms each, where all 32 at once would add about 70 ms to
    the first request of every process."""

    def __init__(
        self,
        document: Mapping[str, Json] | None = None,
        operations: Mapping[str, _spec.Operation] | None = None,
        *,
        fast: bool = HAVE_FAST_VALIDATOR,
    ) -> None:
        """``fast=False`` keeps to the pure-Python validator (the benchmark compares the two)."""
        self._fast = fast and HAVE_FAST_VALIDATOR
        self._document = _spec.spec() if document is None else document
        self._operations = _spec.operations() if operations is None else operations
        raw = self._document.get("components", {}).get("schemas", {})
        self._raw_components: Mapping[str, Json] = raw
        self._components: dict[str, Json] = {}  # converted (closed: requests) as operations first reach them
        self._compiled: dict[str, _Compiled] = {}

    def _reached(self, node: Json) -> dict[str, Json]:
        """The components ``node`` reaches through ``$ref``, at any depth, as JSON Schema: all a validator of
        it resolves (converting all of them for the first request would cost every process milliseconds)."""
        reached: dict[str, Json] = {}
        pending = [node]
        while pending:
            for ref in _refs(pending.pop()):
                name = ref.removeprefix(_COMPONENT_REF)
                if name == ref or name in reached or name not in self._raw_components:
                    continue  # not a component (the validator says so), or one already taken
                if name not in self._components:
                    self._components[name] = openapi_to_json_schema(self._raw_components[name], closed=True)
                reached[name] = self._components[name]
                pending.append(reached[name])
        return reached

    @property
    def operation_ids(self) -> tuple[str, ...]:
        return tuple(self._operations)

    def compile(self, operation_id: str) -> _Compiled:
        compiled = self._compiled.get(operation_id)
        if compiled is not None:
            return compiled
        try:
            op = self._operations[operation_id]
        except KeyError:
            raise ConfigurationError(f"unknown operation {operation_id!r}") from None
        by_location: dict[str, dict[str, _spec.Parameter]] = {"path": {}, "query": {}}
        for param in op.parameters:
            by_location.setdefault(param.location, {})[param.name] = param
        properties: dict[str, Json] = {
            "path": _params_schema(list(by_location["path"].values())),
            "query": _params_schema(list(by_location["query"].values())),
        }
        if op.body_schema is not None:
            properties["body"] = openapi_to_json_schema(dict(op.body_schema), closed=True)
        schema: dict[str, Json] = {
            "type": "object",
            "properties": properties,
            "required": ["path", "query", *(["body"] if op.body_required else [])],
            # The "#/components/schemas/..." references resolve against this document's root.
            "components": {"schemas": self._reached(properties)},
        }
        fast = jsonschema_rs.Draft4Validator(schema, validate_formats=False) if self._fast else None
        compiled = _Compiled(
            operation=op,
            schema=schema,
            fast=fast,
            params=by_location,
            rule_sites=_rule_sites(op.body_schema, self._raw_components) if op.body_schema is not None else (),
        )
        self._compiled[operation_id] = compiled
        return compiled

    def validate(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Json] | None = None,
        query: Mapping[str, Json] | None = None,
        body: Json = None,
    ) -> None:
        """Raise RequestValidationError listing every problem of the request; return None if there is none.

        An unknown ``operation_id`` raises ConfigurationError (a programming error, not a request problem)."""
        problems = self.problems(operation_id, path=path, query=query, body=body)
        if problems:
            raise RequestValidationError(problems, operation_id=operation_id)

    def problems(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Json] | None = None,
        query: Mapping[str, Json] | None = None,
        body: Json = None,
    ) -> list[Problem]:
        """Every problem of the request, sorted by location (path, query, body; then document path)."""
        compiled = self.compile(operation_id)
        found: dict[tuple[str, Parts], Problem] = {}
        instance: dict[str, Json] = {
            "path": self._parameters("path", path, compiled, found),
            "query": self._parameters("query", query, compiled, found),
        }
        if body is not None:
            if compiled.operation.body_schema is None:
                found["body", ()] = Problem(path="$", message=f"{operation_id} takes no request body")
            else:
                instance["body"] = body
        if not self._fast_valid(compiled, instance):
            for key, problem in self._detailed(compiled, instance).items():
                found.setdefault(key, problem)
        if "body" in instance and compiled.rule_sites:
            self._check_rules(compiled, instance["body"], found)
        return [found[key] for key in sorted(found, key=lambda k: _sort_key(*k))]

    # -- steps --

    @staticmethod
    def _parameters(
        location: str,
        values: Json,
        compiled: _Compiled,
        found: dict[tuple[str, Parts], Problem],
    ) -> dict[str, Json]:
        """The parameters of one location, as the spec's types; unknown names become problems (the
        server ignores them, so a misspelt name would otherwise be silently dropped)."""
        if values is None:
            return {}
        if not isinstance(values, Mapping):
            found[location, ()] = Problem(
                path=location, message=f"the {location} parameters must be a mapping of names to values"
            )
            return {}
        known = compiled.params.get(location, {})
        out: dict[str, Json] = {}
        for name, value in values.items():
            if value is None:
                continue  # not sent
            param = known.get(name) if isinstance(name, str) else None
            if param is None:
                found[location, (str(name),)] = Problem(
                    path=f"{location}.{name}",
                    message=f"{name!r} is not a {location} parameter of {compiled.operation.operation_id}",
                )
                continue
            out[name] = _coerce(value, param.schema)
        return out

    @staticmethod
    def _fast_valid(compiled: _Compiled, instance: Mapping[str, Json]) -> bool:
        if compiled.fast is None:
            return False
        try:
            return bool(compiled.fast.is_valid(instance))
        except Exception:  # a value Rust cannot read (a set, a non-str key): let the detailed pass decide
            return False

    @staticmethod
    def _detailed(compiled: _Compiled, instance: Mapping[str, Json]) -> dict[tuple[str, Parts], Problem]:
        operation_id = compiled.operation.operation_id
        # location -> candidates: (rank in the node's x-clockify-errors or None, Problem)
        candidates: dict[tuple[str, Parts], list[tuple[int | None, Problem]]] = {}
        try:
            errors = list(compiled.detailed.iter_errors(instance))
        except Exception as exc:  # e.g. an unhashable value under uniqueItems: still a refusal, never a crash
            return {("body", ()): Problem(path="$", message=f"the request cannot be validated: {exc}")}
        found: list[tuple[str, Parts, tuple[int | None, Problem]]] = []
        for error in errors:
            parts: Parts = tuple(error.absolute_path)
            node = error.schema if isinstance(error.schema, Mapping) else {}
            annotations = node.get("x-clockify-errors")
            annotations = annotations if isinstance(annotations, Mapping) else {}

            if error.validator == "additionalProperties" and error.validator_value is False and parts:
                kind, rest = str(parts[0]), parts[1:]
                for name, known in _unknown_keys(error.instance, node):
                    where = (*rest, name)
                    # policy: the server ignores a key it does not know; the client refuses it (a misspelling).
                    message = _unknown_key_message(kind, where, known)
                    own = Problem(path=_location(kind, where), message=message, policy=True)
                    found.append((kind, where, (None, own)))
            elif error.validator == "required":
                present = error.instance if isinstance(error.instance, Mapping) else {}
                for name in error.validator_value:
                    if name in present:
                        continue
                    if not parts:  # the root of our instance: only the body can be missing
                        own = Problem(path="$", message=f"{operation_id} needs a request body")
                        found.append(("body", (), _candidate(annotations, None, "body", (), operation_id, own)))
                        continue
                    kind, rest = str(parts[0]), (*parts[1:], name)
                    own = Problem(path=_location(kind, rest), message=f"{_field(kind, rest)} is required")
                    found.append(
                        (kind, rest, _candidate(annotations, f"required:{name}", kind, rest, operation_id, own))
                    )
            else:
                kind, rest = (str(parts[0]), parts[1:]) if parts else ("body", ())
                own = Problem(path=_location(kind, rest), message=_describe(error, _field(kind, rest)))
                found.append((kind, rest, _candidate(annotations, str(error.validator), kind, rest, operation_id, own)))
        for kind, rest, entry in found:
            bucket = candidates.setdefault((kind, rest), [])
            if entry not in bucket:  # jsonschema reports "required" once per missing name
                bucket.append(entry)
        return {key: _choose(bucket) for key, bucket in candidates.items()}

    @staticmethod
    def _check_rules(compiled: _Compiled, body: Json, found: dict[tuple[str, Parts], Problem]) -> None:
        operation_id = compiled.operation.operation_id
        for site in compiled.rule_sites:
            for parts, obj in _instances_at(body, site.steps):
                if not isinstance(obj, Mapping):
                    continue
                for rule in site.rules:
                    check = RULES.get(str(rule.get("rule")))
                    fields = rule.get("fields")
                    if check is None or not isinstance(fields, list) or not fields:
                        continue  # a rule this code does not know: the table test names it
                    fields = [str(f) for f in fields]
                    if any(("body", (*parts, f)) in found for f in fields):
                        continue  # a field that is itself wrong has its own problem already
                    try:
                        broken = check(obj, fields)
                    except Exception:  # a rule never turns a request into a crash
                        broken = False
                    if broken:
                        where = (*parts, fields[0])
                        location = _location("body", where)
                        problem = _annotated(rule.get("error"), "body", where, operation_id, location) or Problem(
                            path=location, message=f"{_dotted(parts) or 'the body'} breaks the rule {rule['rule']}"
                        )
                        found["body", where] = problem


def _candidate(
    annotations: Mapping[str, Json], key: str | None, kind: str, rest: Parts, operation_id: str, own: Problem
) -> tuple[int | None, Problem]:
    """(rank of ``key`` in the node's x-clockify-errors, its predicted Problem), or (None, our own)."""
    if key is None or key not in annotations:
        return None, own
    predicted = _annotated(annotations[key], kind, rest, operation_id, own.path)
    return (list(annotations).index(key), predicted) if predicted is not None else (None, own)


def _choose(bucket: list[tuple[int | None, Problem]]) -> Problem:
    """One problem per location: the first annotated keyword (in the annotation's order) that failed
    wins; without any, our own messages are joined."""
    annotated = [(rank, problem) for rank, problem in bucket if rank is not None]
    if annotated:
        return min(annotated, key=lambda item: item[0])[1]
    first = bucket[0][1]
    messages = list(dict.fromkeys(problem.message for _, problem in bucket))
    return dataclasses.replace(first, message="; ".join(messages))


@functools.cache
def validator() -> RequestValidator:
    """The process-wide validator over the corrected spec."""
    return RequestValidator()


def validate(
    operation_id: str,
    *,
    path: Mapping[str, Json] | None = None,
    query: Mapping[str, Json] | None = None,
    body: Json = None,
) -> None:
    """``validator().validate(...)``: raise RequestValidationError listing every problem of the request."""
    validator().validate(operation_id, path=path, query=query, body=body)
