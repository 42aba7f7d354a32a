"""The property that would have caught the live API's nulls: Hypothesis mutates a valid success body of every
operation (one to three changes at once: a field set to null, a field's JSON type changed, an unlisted enum
value, an extra field, an optional field left out) and the real client call still returns the model, with
every untouched field intact and each changed field kept and reported (``clockify_client.mismatches``).

The bodies are every recorded success in the cassettes (written from the documentation or observed live),
each answered to the request recorded with it through an ``httpx.MockTransport``. What each mutation must do
is worked out here from the corrected spec's schemas on their own (a JSON-type oracle, written apart from
``_tolerance``):

- null: read as absent (or as None where the spec says nullable); reported unless nullable;
- another JSON type: the raw value is kept where it was (``to_dict`` gives it back); reported;
- an unlisted enum value: kept; reported;
- an array item of the wrong type: left out of the list; reported;
- an extra field: kept in ``additional_properties``; an optional field left out: absent; neither reported.

Required fields (two schemas have any) keep their raw value on the attribute instead; their own test is in
``overrides/tests/test_tolerant_reading.py``.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from clockify_client import Clockify, _tolerance, errors, mismatches
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests import cassette_io, catalog, checks
from contract_tests.conftest import FAKE_KEY, contract_settings

Json = Any
Step = str | int


@dataclasses.dataclass(frozen=True, eq=False)  # hashed by identity: cached per recorded success
class Success:
    """A recorded success: the request as ``call`` takes it, and the JSON answer."""

    operation_id: str
    path: Mapping[str, str]
    query: Mapping[str, str]
    body: Json
    status: int
    answer: Json
    source: str  # the cassette, relative to the cassettes folder


def _successes() -> list[Success]:
    """Every recorded success with a body, in every cassette (the operations' own and any others)."""
    templates = {
        op_id: re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$")
        for op_id, op in catalog.operations().items()
    }
    found = []
    for path in sorted(cassette_io.CASSETTES.rglob("*.yaml")):
        for interaction in cassette_io.load(path):
            request, response = interaction["request"], interaction["response"]
            operation_id, _, outcome = str(interaction.get("request_class", "")).partition("/")
            text, status = response["body"]["string"], int(response["status"]["code"])
            if operation_id not in catalog.SCOPE or outcome != catalog.OK or not 200 <= status < 300 or not text:
                continue
            url = urlsplit(request["uri"])
            match = templates[operation_id].search(url.path)
            assert match, f"{path.name}: {url.path} is not the path of {operation_id}"
            found.append(
                Success(
                    operation_id,
                    match.groupdict(),
                    dict(parse_qsl(url.query)),
                    json.loads(request["body"]) if request["body"] else None,
                    status,
                    json.loads(text),
                    path.relative_to(cassette_io.CASSETTES).with_suffix("").as_posix(),
                )
            )
    return found


SUCCESSES = _successes()


JSON_MEDIA = {"application/json", "*/*"}  # the generator reads */* as JSON (scripts/generator.yaml)


def test_every_operation_with_a_json_answer_has_a_body_to_mutate() -> None:
    documented = {
        op_id
        for op_id in catalog.SCOPE
        if any(
            JSON_MEDIA & set(catalog.resolve(response).get("content", {}))
            for status, response in catalog.operations()[op_id].definition["responses"].items()
            if status.startswith("2")
        )
    }
    assert documented == {s.operation_id for s in SUCCESSES}
    assert len(documented) >= 30


# --- the oracle: the spec's JSON types, read directly from the schemas --------------------------------


def _schema(node: Mapping[str, Json]) -> Mapping[str, Json]:
    """Follow ``$ref`` and one-part combiners to the schema that says what the value is."""
    node = catalog.resolve(node)
    for combiner in ("allOf", "oneOf", "anyOf"):
        parts = node.get(combiner)
        if isinstance(parts, list) and len(parts) == 1:
            return _schema(parts[0])
    return node


def _nullable(node: Mapping[str, Json]) -> bool:
    return bool(node.get("nullable") or catalog.resolve(node).get("nullable") or _schema(node).get("nullable"))


def json_types(node: Mapping[str, Json]) -> frozenset[str] | None:
    """The JSON types the spec allows here; None for anything."""
    schema = _schema(node)
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            each = [json_types(part) for part in schema[combiner]]
            return None if None in each else frozenset().union(*each)  # type: ignore[arg-type]
    kind = schema.get("type")
    if kind is None:
        return frozenset({"string"}) if "enum" in schema else frozenset({"object"}) if "properties" in schema else None
    return frozenset({"integer", "number"}) if kind == "number" else frozenset({kind})


def json_type(value: Json) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object", type(None): "null"}[type(value)]


OTHER_VALUES: dict[str, Json] = {
    "string": "zz-another-type",
    "integer": 7,
    "number": 2.5,
    "boolean": True,
    "object": {"zzField": 1},
    "array": ["zz"],
}


@dataclasses.dataclass(frozen=True)
class Site:
    steps: tuple[Step, ...]
    schema: Mapping[str, Json]
    role: str  # "field" of an object, or "item" of an array
    required: bool


def sites(value: Json, schema: Mapping[str, Json], steps: tuple[Step, ...] = ()) -> Iterator[Site]:
    """Every value in the body that the spec describes, with its schema."""
    resolved = _schema(schema)
    if isinstance(value, dict):
        properties = resolved.get("properties", {})
        required = set(resolved.get("required", ()))
        for key, item in value.items():
            if key in properties:
                yield Site((*steps, key), properties[key], "field", key in required)
                yield from sites(item, properties[key], (*steps, key))
    elif isinstance(value, list) and "items" in resolved:
        for index, item in enumerate(value):
            yield Site((*steps, index), resolved["items"], "item", False)
            yield from sites(item, resolved["items"], (*steps, index))


def objects(value: Json, steps: tuple[Step, ...] = ()) -> Iterator[tuple[Step, ...]]:
    if isinstance(value, dict):
        yield steps
        for key, item in value.items():
            yield from objects(item, (*steps, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from objects(item, (*steps, index))


def json_path(steps: tuple[Step, ...]) -> str:
    return "$" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps)


def parent(document: Json, steps: tuple[Step, ...]) -> Json:
    for step in steps[:-1]:
        document = document[step]
    return document


# --- mutations and what they must do --------------------------------------------------------------------

Expectation = tuple[str, Json]  # ("set", value), ("remove", None) or ("add", value) on the dumped models


@dataclasses.dataclass(frozen=True)
class Mutation:
    kind: str
    steps: tuple[Step, ...]
    value: Json
    effect: Expectation
    reported: bool

    def apply(self, body: Json) -> None:
        holder, last = parent(body, self.steps), self.steps[-1]
        if self.kind == "drop":
            del holder[last]
        else:
            holder[last] = self.value


@st.composite
def mutations(draw: st.DrawFn, body: Json, candidates: list[Site], holders: list[tuple[Step, ...]]) -> Mutation:
    kinds = ["null", "retype", "unlisted", "drop", "extra"]
    while True:
        kind = draw(st.sampled_from(kinds))
        if kind == "extra":
            steps = (*draw(st.sampled_from(holders)), "zzExtraField")
            extra: Json = draw(st.sampled_from([None, "x", 3, [1], {"nested": True}]))
            return Mutation(kind, steps, extra, ("add", extra), False)
        pool = [
            s
            for s in candidates
            if (kind != "drop" or s.role == "field")
            and (kind != "unlisted" or "enum" in _schema(s.schema))
            and (kind != "retype" or json_types(s.schema) is not None)
        ]
        if not pool:
            continue
        site = draw(st.sampled_from(pool))
        item = site.role == "item"
        if kind == "drop":
            return Mutation(kind, site.steps, None, ("remove", None), False)
        if kind == "unlisted":
            value = "ZZ_UNLISTED_VALUE"
            return Mutation(kind, site.steps, value, ("set", value), True)
        if kind == "null":
            if _nullable(site.schema) or json_types(site.schema) is None:
                return Mutation(kind, site.steps, None, ("set", None), False)
            return Mutation(kind, site.steps, None, ("remove", None), True)
        allowed = json_types(site.schema) or frozenset()
        value = OTHER_VALUES[draw(st.sampled_from(sorted(set(OTHER_VALUES) - allowed)))]
        return Mutation(kind, site.steps, value, ("remove", None) if item else ("set", value), True)


def overlaps(a: tuple[Step, ...], b: tuple[Step, ...]) -> bool:
    """One is inside the other (or they are the same place)."""
    return a[: len(b)] == b or b[: len(a)] == a


@st.composite
def mutation_sets(
    draw: st.DrawFn, body: Json, candidates: list[Site], holders: list[tuple[Step, ...]]
) -> list[Mutation]:
    """One to three mutations, none inside another."""
    chosen: list[Mutation] = []
    for _ in range(draw(st.integers(1, 3))):
        mutation = draw(mutations(body, candidates, holders))
        if not any(overlaps(mutation.steps, other.steps) for other in chosen):
            chosen.append(mutation)
    return chosen


def mutated(body: Json, chosen: list[Mutation]) -> Json:
    out = copy.deepcopy(body)
    for mutation in chosen:
        mutation.apply(out)
    return out


def expected_dump(dumped: Json, chosen: list[Mutation]) -> Json:
    """The client's dump of the unmutated answer, with each mutation's effect; the last items of an array
    are removed first so that the earlier indexes still hold."""
    expected = copy.deepcopy(dumped)
    for mutation in sorted(chosen, key=lambda m: m.steps, reverse=True):
        holder, last = parent(expected, mutation.steps), mutation.steps[-1]
        action, value = mutation.effect
        if action == "remove":
            del holder[last]
        else:
            holder[last] = value
    return expected


def dump(result: Any) -> Json:
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


class Server:
    """One client for the whole run, answering each call with the body it was last given."""

    def __init__(self) -> None:
        self.status, self.content = 200, b""
        transport = httpx.MockTransport(lambda request: httpx.Response(self.status, content=self.content, headers=JSON))
        self.client = Clockify(api_key=FAKE_KEY, transport=transport, rate_limit=None, max_retries=0)

    def answer(self, success: Success, body: Json) -> Any:
        self.status, self.content = success.status, json.dumps(body).encode()
        return self.client.call(
            cast(Any, success.operation_id), path=success.path, query=success.query or None, body=success.body
        )


JSON = {"Content-Type": "application/json"}
SERVER = Server()


def response_schema(success: Success) -> Mapping[str, Json]:
    response = catalog.operations()[success.operation_id].definition["responses"][str(success.status)]
    content = catalog.resolve(response)["content"]
    schema: Mapping[str, Json] = next(content[m]["schema"] for m in sorted(JSON_MEDIA) if m in content)
    return schema


@functools.cache
def prepared(success: Success) -> tuple[Json, list[Site], list[tuple[Step, ...]]]:
    """The unmutated answer as the client dumps it, the optional values to mutate, the objects to extend."""
    original = SERVER.answer(success, success.answer)
    assert mismatches(original) == (), "the recorded body itself disagrees with the corrected spec"
    candidates = [s for s in sites(success.answer, response_schema(success)) if not s.required]
    return dump(original), candidates, list(objects(success.answer))


# Each example is one in-process call: four times the profile's examples still take a few seconds.
@pytest.mark.parametrize(
    "success",
    SUCCESSES,
    ids=[s.operation_id if s.source == s.operation_id else f"{s.operation_id}:{s.source}" for s in SUCCESSES],
)
@settings(contract_settings(), max_examples=contract_settings().max_examples * 4)
@given(data=st.data())
def test_a_mutated_success_still_returns_the_model_and_reports_the_change(
    success: Success, data: st.DataObject
) -> None:
    _tolerance._warned.clear()
    original, candidates, holders = prepared(success)
    chosen = data.draw(mutation_sets(success.answer, candidates, holders), label="mutations")
    result = SERVER.answer(success, mutated(success.answer, chosen))
    name, many = checks.expected_model(success.operation_id, success.status)
    items = result if many else [result]
    assert isinstance(items, list)
    assert {type(item).__name__ for item in items} <= {name}, "not the model the spec documents"
    assert dump(result) == expected_dump(original, chosen), "an untouched field changed, or a change was lost"
    reported = {m.path: m.value for m in mismatches(result)}
    assert len(reported) == len(mismatches(result)), "a change reported twice"
    assert reported == {json_path(m.steps): m.value for m in chosen if m.reported}


@pytest.mark.parametrize("success", SUCCESSES, ids=lambda s: f"{s.operation_id}:{s.source}")
def test_only_a_top_level_of_another_type_fails_and_says_where(success: Success) -> None:
    for other in [*sorted(set(OTHER_VALUES) - {json_type(success.answer)}), "null"]:
        body = OTHER_VALUES.get(other)
        with pytest.raises(errors.UnexpectedResponseError, match=r"\$: expected an? "):
            SERVER.answer(success, body)
