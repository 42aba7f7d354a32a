"""Whole answer bodies built from the spec: every field the server always sends, with a typed sample value.

    from clockify_client.testing import answer_body, sample_body

    sample_body("TimeEntryDtoImplV1", id="e1", description="Planning")   # one document, as a dict
    answer_body("getLoggedUser", name="Ada")                              # an operation's answer, as bytes
    answer_body("getProjects", [{"id": "p1"}, {"id": "p2"}])              # a partial answer, completed

A schema's required properties (the ``always-sent-fields`` correction lists what the live server always
sends) get a value of their type, nested documents included, unless given: what is given is kept as it is
(nulls and values of another type included), and a document given in part is completed at every depth.
Optional properties appear only when given. The fake Clockify and the tests use these in place of
hand-written partial bodies, which a faithful reader refuses (a required field that is absent is
``UnexpectedResponseError``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from clockify_client import _spec

Json = Any
SAMPLE_INSTANT = "2026-01-05T09:00:00+00:00"  # as the generated models write it back
SAMPLE_ID = "5a0ab5acb07987125438b60f"


Schemas = Mapping[str, Json]  # the components of the spec a body is built for


def _component(schemas: Schemas, schema: Mapping[str, Json]) -> Mapping[str, Json]:
    """``schema`` with a reference (or a single-member ``allOf``, how a nullable reference is written)
    resolved to its component."""
    while True:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = schemas[ref.rsplit("/", 1)[-1]]
            continue
        parts = schema.get("allOf") or schema.get("oneOf") or schema.get("anyOf")
        if isinstance(parts, list) and parts and "properties" not in schema and "type" not in schema:
            schema = parts[0]
            continue
        return schema


def sample_value(schemas: Schemas, schema: Mapping[str, Json], key: str) -> Json:
    """A value of the property ``key`` of type ``schema``: its default, else a sample of its type (one the
    generated models read back unchanged), a document completed at every depth."""
    schema = _component(schemas, schema)
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "x-clockify-duration" in schema:
        return "PT0S" if schema["x-clockify-duration"][0] == "iso8601" else 0
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        return _complete(schemas, schema, {})
    if kind == "array":
        return []
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        return 0
    if schema.get("format") == "date-time":
        return SAMPLE_INSTANT
    return SAMPLE_ID if key == "id" or key.endswith("Id") else f"sample {key}"


def _complete(schemas: Schemas, schema: Mapping[str, Json], value: Json) -> Json:
    """``value`` with every required property it lacks filled in, at every depth the schema describes
    (objects, and each object of an array); what ``value`` holds is kept as it is, nulls included."""
    schema = _component(schemas, schema)
    properties = schema.get("properties")
    if isinstance(value, Mapping) and properties is not None:
        given = {key: _complete(schemas, properties[key], v) if key in properties else v for key, v in value.items()}
        # A required name the schema does not describe (upstream dropped its property) is present, null.
        missing = [key for key in schema.get("required", ()) if key not in value]
        filled = {key: sample_value(schemas, properties[key], key) if key in properties else None for key in missing}
        return filled | given
    if isinstance(value, list) and "items" in schema:
        return [_complete(schemas, schema["items"], item) for item in value]
    return value


def complete_body(schema_name: str, partial: Json, *, spec: Mapping[str, Json] | None = None) -> Json:
    """``partial`` (a document of ``schema_name`` given in part, or a list of them) completed against ``spec``
    (by default the one the client was generated from)."""
    schemas = (spec if spec is not None else _spec.spec())["components"]["schemas"]
    if isinstance(partial, list):  # a list answer: each of its documents
        return [_complete(schemas, schemas[schema_name], item) for item in partial]
    return _complete(schemas, schemas[schema_name], partial)


def sample_body(schema_name: str, **fields: Json) -> dict[str, Json]:
    """One whole document of the component schema ``schema_name`` holding ``fields`` (nested documents given
    in part are completed too)."""
    document: dict[str, Json] = complete_body(schema_name, fields)
    return document


def answer_body(operation_id: str, partial: Json = None, /, **fields: Json) -> bytes:
    """The JSON success answer of ``operation_id``: ``partial`` (an answer given in part: a document, or a list
    of them) completed, or else one document holding ``fields`` (a list of one, for an operation that answers
    a list)."""
    operation = _spec.operation(operation_id)
    document = _spec.spec()["paths"][operation.path][operation.method.lower()]
    media = document["responses"][str(operation.success_status)]["content"]
    schema = next(m["schema"] for t, m in media.items() if "json" in t or t == "*/*")
    schemas = _spec.spec()["components"]["schemas"]
    if partial is None:
        partial = [fields] if _component(schemas, schema).get("type") == "array" else fields
    return json.dumps(_complete(schemas, schema, partial)).encode()
