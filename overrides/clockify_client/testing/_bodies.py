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


def _component(schema: Mapping[str, Json]) -> Mapping[str, Json]:
    """``schema`` with a reference (or a single-member ``allOf``, how a nullable reference is written)
    resolved to its component."""
    while True:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = _spec.schema(ref.rsplit("/", 1)[-1])
            continue
        parts = schema.get("allOf") or schema.get("oneOf") or schema.get("anyOf")
        if isinstance(parts, list) and parts and "properties" not in schema and "type" not in schema:
            schema = parts[0]
            continue
        return schema


def _value(schema: Mapping[str, Json], key: str) -> Json:
    schema = _component(schema)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "x-clockify-duration" in schema:
        return "PT1H" if schema["x-clockify-duration"][0] == "iso8601" else 3600
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        return _document(schema, {})
    if kind == "array":
        return []
    if kind == "boolean":
        return False
    if kind in ("integer", "number"):
        return 0
    if schema.get("format") == "date-time":
        return SAMPLE_INSTANT
    return SAMPLE_ID if key == "id" or key.endswith("Id") else f"sample {key}"


def _complete(schema: Mapping[str, Json], value: Json) -> Json:
    """``value`` with every required property it lacks filled in, at every depth the schema describes
    (objects, and each object of an array); what ``value`` holds is kept as it is, nulls included."""
    schema = _component(schema)
    properties = schema.get("properties")
    if isinstance(value, Mapping) and properties is not None:
        missing = {key: _value(properties[key], key) for key in schema.get("required", ()) if key in properties}
        given = {key: _complete(properties[key], v) if key in properties else v for key, v in value.items()}
        return {key: v for key, v in missing.items() if key not in given} | given
    if isinstance(value, list) and "items" in schema:
        return [_complete(schema["items"], item) for item in value]
    return value


def _document(schema: Mapping[str, Json], fields: Mapping[str, Json]) -> dict[str, Json]:
    document: dict[str, Json] = _complete(schema, dict(fields))
    return document


def sample_body(schema_name: str, **fields: Json) -> dict[str, Json]:
    """One whole document of the component schema ``schema_name`` holding ``fields`` (nested documents given
    in part are completed too)."""
    return _document(_spec.schema(schema_name), fields)


def answer_body(operation_id: str, partial: Json = None, /, **fields: Json) -> bytes:
    """The JSON success answer of ``operation_id``: ``partial`` (an answer given in part: a document, or a list
    of them) completed, or else one document holding ``fields`` (a list of one, for an operation that answers
    a list)."""
    operation = _spec.operation(operation_id)
    document = _spec.spec()["paths"][operation.path][operation.method.lower()]
    media = document["responses"][str(operation.success_status)]["content"]
    schema = next(m["schema"] for t, m in media.items() if "json" in t or t == "*/*")
    if partial is None:
        partial = [fields] if _component(schema).get("type") == "array" else fields
    return json.dumps(_complete(schema, partial)).encode()
