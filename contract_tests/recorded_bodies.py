"""The fields the server always sends, computed from every recorded answer: the data behind the
``always-sent-fields`` correction (``spec/corrections.overlay.yaml``) and its witness.

A *record* is one object a recorded success answer carries, filed under the component schema that
describes it (nested objects included). Records come from

* the evidence corpus (``evidence/``): answers of the live server, whole (``body``) or as the list of
  keys the record gives (``keys``);
* the cassettes' success answers, written from the seeds (the published examples). Their cassettes
  under ``observed/`` are the evidence records again and are not counted twice.

The rule, per schema: a property is always sent when every record of the schema carries it, at least one
record is live, and at least ``MIN_ANSWERS`` answers reach the schema. The seed-written answers can only
take properties away (an example that leaves one out), never be the sole support. Schemas that name one
server document in different answers (``SAME_DOCUMENT``) pool their records: a time entry read, listed or
created is one document, so what one answer shows of it (a field null, a field left out) holds for the
others. A property any record shows ``null`` must be nullable in the spec; where it is a reference to a
schema the spec does not allow to be null, it stays optional instead (a nullable reference is a
correction of its own, ``live-null-rates-estimates``).

    python -m contract_tests.recorded_bodies            # per schema: what is always sent, and its support
    python -m contract_tests.recorded_bodies --overlay  # the correction's actions, to paste into the overlay
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from clockify_client import _spec

from contract_tests import cassette_io, evidence

Json = Any
MIN_ANSWERS = 2  # one answer cannot tell a property that is always sent from one sent that time
CORRECTION = "always-sent-fields"
SAME_DOCUMENT = (
    # a time entry as read (with its rates), as created or changed, and as replaced in bulk; the ledger
    # (go-clockify-probe-log) finds the listed and the single entry identical
    ("TimeEntryWithRatesDtoV1", "TimeEntryDtoImplV1", "TimeEntryDtoV1"),
    # a project as read and as created or changed (the same assumption as live-null-rates-estimates)
    ("ProjectDtoV1", "ProjectDtoImplV1"),
)


@dataclasses.dataclass(frozen=True)
class Record:
    where: str  # the answer: a cassette interaction or an evidence fact
    live: bool
    keys: frozenset[str]
    nulls: frozenset[str]  # the keys whose value is null


@dataclasses.dataclass(frozen=True)
class AlwaysSent:
    """One schema's result: ``required`` its always-sent properties, ``nullable`` those of them seen null."""

    schema: str
    required: tuple[str, ...]
    nullable: tuple[str, ...]
    left_optional: tuple[str, ...]  # carried by every record but seen null where the spec cannot say so
    live: tuple[str, ...]  # the live records behind it


def _response_schema(operation: Mapping[str, Json], status: int) -> Json:
    response = operation.get("responses", {}).get(str(status), {})
    for media_type, media in response.get("content", {}).items():
        if "json" in media_type or media_type == "*/*":  # */* is read as JSON (scripts/generator.yaml)
            return media.get("schema")
    return None


def _objects(schemas: Mapping[str, Json], schema: Json, value: Json, name: str = "") -> Iterator[tuple[str, Json]]:
    """(component name, object) for every object of ``value`` that a named component schema describes."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = ref.rsplit("/", 1)[-1]
        yield from _objects(schemas, schemas[target], value, target)
        return
    for combiner in ("allOf", "oneOf", "anyOf"):
        parts = schema.get(combiner)
        if isinstance(parts, list) and len(parts) == 1:
            yield from _objects(schemas, parts[0], value, name)
            return
    if isinstance(value, dict) and "properties" in schema:
        if name:
            yield name, value
        for key, sub in schema["properties"].items():
            if key in value:
                yield from _objects(schemas, sub, value[key])
    elif isinstance(value, list) and schema.get("type") == "array":
        for item in value:
            yield from _objects(schemas, schema.get("items", {}), item)


def _named(schema: Json) -> str | None:
    """The component a response schema (or its items) names."""
    ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _keys_record(fact: evidence.Fact, keys: tuple[str, ...]) -> Record:
    """A record the corpus gives as its keys: top-level nulls from ``null_fields`` ($.key or $[n].key)."""
    nulls = {path.rsplit(".", 1)[-1] for path in fact.null_fields if path.count(".") == 1}
    return Record(fact.name, fact.source.live, frozenset(keys), frozenset(nulls))


def records(spec: Mapping[str, Json] | None = None) -> dict[str, list[Record]]:
    """Component name -> every recorded object of that schema."""
    spec = spec if spec is not None else _spec.spec()
    schemas = spec["components"]["schemas"]
    operations = {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, Mapping) and "operationId" in op
    }
    found: dict[str, list[Record]] = {}

    def file(where: str, live: bool, schema: Json, body: Json) -> None:
        for name, value in _objects(schemas, schema, body):
            nulls = frozenset(k for k, v in value.items() if v is None)
            found.setdefault(name, []).append(Record(where, live, frozenset(value), nulls))

    for name in cassette_io.names():
        if name.startswith("observed/"):
            continue  # the evidence facts below, counted once
        for index, interaction in enumerate(cassette_io.load(cassette_io.cassette_path(name))):
            answer = cassette_io.answer(interaction)
            operation_id = str(interaction["request_class"]).split("/", 1)[0]
            if not 200 <= answer.status < 300 or not answer.body or "json" not in (answer.content_type or ""):
                continue
            schema = _response_schema(operations.get(operation_id, {}), answer.status)
            if schema is not None:
                file(f"{name}#{index}", False, schema, json.loads(answer.body))
    for fact in evidence.facts():
        if fact.operation not in operations or not 200 <= (fact.status or 0) < 300:
            continue
        schema = _response_schema(operations[fact.operation], fact.status or 200)
        if schema is None:
            continue
        if fact.body is not None:
            file(fact.name, fact.source.live, schema, fact.body)
        elif fact.keys is not None and (target := _named(schema)) is not None:
            found.setdefault(target, []).append(_keys_record(fact, fact.keys))
    return found


def nullable(schema: Json) -> bool:
    return bool(schema.get("nullable")) or "null" in (schema.get("type") or ())


def always_sent(spec: Mapping[str, Json] | None = None) -> dict[str, AlwaysSent]:
    """Component name -> what the rule (the module text) says of it, for each schema it decides."""
    spec = spec if spec is not None else _spec.spec()
    schemas = spec["components"]["schemas"]
    found = records(spec)
    pooled = {name: group for group in SAME_DOCUMENT for name in group}
    out: dict[str, AlwaysSent] = {}
    for name in sorted(found):
        seen = [r for member in pooled.get(name, (name,)) for r in found.get(member, ())]
        live = sorted({r.where for r in seen if r.live})
        if not live or len({r.where for r in seen}) < MIN_ANSWERS:
            continue
        properties = schemas[name].get("properties", {})
        common = frozenset.intersection(*(r.keys for r in seen)) & frozenset(properties)
        seen_null = frozenset().union(*(r.nulls for r in seen)) & common
        cannot_say = {k for k in seen_null if "$ref" in properties[k] and not nullable(properties[k])}
        required = common - cannot_say
        nullable = {k for k in seen_null - cannot_say}
        out[name] = AlwaysSent(
            name, tuple(sorted(required)), tuple(sorted(nullable)), tuple(sorted(cannot_say)), tuple(live)
        )
    return out


def overlay_actions() -> str:
    """The correction's overlay actions for what ``always_sent`` decides, as YAML text: computed on the spec
    built without the correction, so that a field it makes nullable is seen as the others leave it."""
    from scripts.spec_build import BASE, OVERLAY, build, load_document

    spec = build(
        load_document(BASE), load_document(OVERLAY), strict=False, skip=frozenset({CORRECTION}), check=False
    ).spec
    schemas = spec["components"]["schemas"]
    lines: list[str] = []
    for name, result in always_sent(spec).items():
        if not result.required:
            continue
        lines += [f"  - target: $.components.schemas.{name}", f"    x-correction: {{id: {CORRECTION}}}", "    update:"]
        lines.append(f"      required: [{', '.join(result.required)}]")
        newly = [k for k in result.nullable if not nullable(schemas[name]["properties"][k])]
        if newly:
            lines.append("      properties:")
            lines += [f"        {k}: {{nullable: true}}" for k in newly]
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--overlay"]:
        print(overlay_actions())
    else:
        for result in always_sent().values():
            print(f"{result.schema}: required {list(result.required)} nullable {list(result.nullable)}")
            if result.left_optional:
                print(
                    f"    left optional (null, a reference the spec does not allow null): {list(result.left_optional)}"
                )
            print(f"    live: {', '.join(result.live)}")
