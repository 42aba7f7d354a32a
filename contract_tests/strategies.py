"""Hypothesis strategies for requests, derived from the corrected spec.

* ``spec_calls``: what Schemathesis generates from the operation's parameters and body schema (positive
  mode). Schemathesis reads OpenAPI 3.0 itself (hypothesis-jsonschema is broken on current Hypothesis).
* ``valid_calls``: those, with what JSON Schema cannot say made true: report dates are real instants with
  dateRangeStart before dateRangeEnd (the spec's ``x-clockify-rules``), and a JSON answer is asked for (file
  exports are their own class: ``export_calls``). Path ids are id-shaped.
* ``invalid_calls(op, outcome)``: a valid call broken in exactly one documented way. Which fields a broken
  enum crashes the server on, and which entity filters exist, is read from the spec's ``x-clockify-errors``;
  the values that break them come from seed 004.
"""

from __future__ import annotations

import copy
import datetime
import functools
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import schemathesis
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core import NotSet
from schemathesis.core.parameters import ParameterLocation

from contract_tests import catalog
from contract_tests.catalog import Call
from contract_tests.conftest import contract_settings

Json = Any
Draw = Callable[[st.SearchStrategy[Any]], Any]

IDS = st.sampled_from(sorted(catalog.PLACEHOLDER_IDS.values())) | st.text("0123456789abcdef", min_size=24, max_size=24)
EPOCH = datetime.datetime(2018, 1, 1, tzinfo=datetime.UTC)
MILLIS_IN_10_YEARS = 10 * 366 * 24 * 3600 * 1000


def _closed(node: Json) -> Json:
    """The spec with every object schema that lists its properties closed to others, as the client checks a
    request (``openapi_to_json_schema(closed=True)``): otherwise Schemathesis adds keys the client refuses."""
    if isinstance(node, list):
        return [_closed(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: v if k in ("example", "examples", "default", "enum") or k.startswith("x-")  # data, not schemas
        else {n: _closed(s) for n, s in v.items()} if k == "properties"
        else _closed(v)
        for k, v in node.items()
    }  # fmt: skip
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        out["additionalProperties"] = False
    return out


@functools.cache
def _schema() -> Any:
    return schemathesis.openapi.from_dict(_closed(json.loads(json.dumps(catalog.spec()))))


@functools.cache
def _schema_without_formats() -> Any:
    """The spec with every string ``format`` left out: the client keeps formats (email, date-time) as the
    annotations OpenAPI makes them, so breaking only a format is not a request it refuses."""

    def strip(node: Json) -> Json:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if not (k == "format" and node.get("type") == "string")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return schemathesis.openapi.from_dict(strip(_closed(json.loads(json.dumps(catalog.spec())))))


@functools.cache
def spec_calls(operation_id: str) -> st.SearchStrategy[Call]:
    op = catalog.operations()[operation_id]
    api_operation = _schema()[op.path][op.method]

    def to_call(case: Any) -> Call:
        body = None if isinstance(case.body, NotSet) else case.body
        return Call(operation_id, dict(case.path_parameters or {}), dict(case.query or {}), body)

    strategy: st.SearchStrategy[Call] = api_operation.as_strategy().map(to_call)
    return strategy


@functools.cache
def negative_body_calls(operation_id: str) -> st.SearchStrategy[Call]:
    """Calls whose JSON body breaks the operation's schema (Schemathesis's negative mode: a wrong type, a
    value outside an enum or a bound, a missing required property...), with valid path ids."""
    op = catalog.operations()[operation_id]
    api_operation = _schema_without_formats()[op.path][op.method]

    def body_is_negative(case: Any) -> bool:
        body = case.meta.components.get(ParameterLocation.BODY) if case.meta else None
        return body is not None and body.mode == GenerationMode.NEGATIVE

    @st.composite
    def calls(draw: Draw) -> Call:
        case = draw(api_operation.as_strategy(generation_mode=GenerationMode.NEGATIVE).filter(body_is_negative))
        body = None if isinstance(case.body, NotSet) else case.body
        return Call(
            operation_id, {name: draw(IDS) for name in case.path_parameters or {}}, dict(case.query or {}), body
        )

    return calls()


def report_date(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@st.composite
def date_ranges(draw: Draw, *, ordered: bool = True) -> tuple[str, str]:
    """Two report dates; ``ordered``: start strictly before end, else start at or after end."""
    a = draw(st.integers(0, MILLIS_IN_10_YEARS))
    b = draw(st.integers(0, MILLIS_IN_10_YEARS))
    if a == b and ordered:
        b += 1
    low, high = sorted((a, b))
    start, end = (low, high) if ordered else (high, low)
    return tuple(report_date(EPOCH + datetime.timedelta(milliseconds=ms)) for ms in (start, end))  # type: ignore[return-value]


def valid_calls(operation_id: str) -> st.SearchStrategy[Call]:
    """Valid calls of the operation. A derandomized profile (CI's) draws the same first examples in every test,
    so they are drawn once per operation, twice as many as one test takes, and shared by every test of the
    operation (each draws from all of them); a random profile (deep) draws afresh in each test."""
    if not contract_settings().derandomize:
        return _valid_calls(operation_id)
    return st.sampled_from(_drawn_once(operation_id)).map(copy.deepcopy)


@functools.cache
def _drawn_once(operation_id: str) -> tuple[Call, ...]:
    found: list[Call] = []
    profile = contract_settings()

    @settings(profile, max_examples=2 * profile.max_examples)
    @given(_valid_calls(operation_id))
    def collect(call: Call) -> None:
        found.append(call)

    collect()
    return tuple(found)


@st.composite
def _valid_calls(draw: Draw, operation_id: str) -> Call:
    call: Call = draw(spec_calls(operation_id))
    path = {name: draw(IDS) for name in call.path}
    body = copy.deepcopy(call.body)
    if catalog.operations()[operation_id].is_report and isinstance(body, dict):
        body["dateRangeStart"], body["dateRangeEnd"] = draw(date_ranges())
        export = body.get("exportType")
        if isinstance(export, str) and export.upper() in catalog.FILE_EXPORTS:
            body["exportType"] = draw(st.sampled_from(["JSON", "JSON_V1"]))
        # Schemathesis may add unknown properties whose contents look like a documented mistake (an empty
        # "status" inside them, say); the seeds' model cannot tell what the server makes of those.
        assume(catalog.report_outcome(operation_id, body) == catalog.OK)
    return Call(operation_id, path, call.query, body)


def export_calls(operation_id: str, export: str = "CSV") -> st.SearchStrategy[Call]:
    return valid_calls(operation_id).map(
        lambda c: Call(operation_id, c.path, c.query, {**c.body, "exportType": export})
    )


# --- Documented error classes ----------------------------------------------------------------------------

Path = tuple[str, ...]  # property names; "[]" steps into an array's first item


Site = tuple[Path, str, Mapping[str, Json], Mapping[str, Json]]  # path, keyword, annotation, schema node


def _walk(node: Json, path: Path, seen: frozenset[str]) -> Iterator[Site]:
    """(path, keyword, annotation, node) for every ``x-clockify-errors`` entry under a schema."""
    if not isinstance(node, Mapping):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            yield from _walk(catalog.spec()["components"]["schemas"][name], path, seen | {name})
        return
    for keyword, entry in (node.get("x-clockify-errors") or {}).items():
        yield path, keyword, entry, node
    for name, sub in (node.get("properties") or {}).items():
        yield from _walk(sub, (*path, name), seen)
    if "items" in node:
        yield from _walk(node["items"], (*path, "[]"), seen)


def annotated(operation_id: str) -> list[Site]:
    """Every server error the corrected spec annotates on an operation's body."""
    schema = catalog.operations()[operation_id].definition.get("requestBody", {})
    body = schema.get("content", {}).get("application/json", {}).get("schema")
    return list(_walk(body, (), frozenset())) if body else []


def crash_sites(operation_id: str) -> list[Path]:
    """Fields where the spec predicts the server's HTTP 500 for an empty string."""
    return sorted(
        {p for p, keyword, entry, _ in annotated(operation_id) if keyword == "minLength" and entry.get("status") == 500}
    )


def set_at(body: dict[str, Json], path: Path, value: Json) -> None:
    """Set a value at ``path``, creating the objects and one-item arrays on the way (no filter requires a
    property, so ``{}`` is a valid start for each; WeeklyFilterV1's ``group`` is already in a valid body)."""
    node: Json = body
    for step, following in zip(path, (*path[1:], None), strict=True):
        if following is None:
            if step == "[]":
                node.append(value)
            else:
                node[step] = value
            return
        container: Json = [] if following == "[]" else {}
        if step == "[]":
            if not node or not isinstance(node[0], type(container)):
                node.insert(0, container)
            node = node[0]
        else:
            if not isinstance(node.get(step), type(container)):
                node[step] = container
            node = node[step]


def _not(values: frozenset[str]) -> st.SearchStrategy[str]:
    return st.text(min_size=1, max_size=20).filter(lambda s: s not in values)


# Malformed dates: the forms seed 004 names ("2024-01-01" without time, other zone forms), any other text.
MALFORMED_DATES = st.one_of(
    st.sampled_from(
        [
            "2024-01-01",
            "2024-01-01T00:00:00Z",
            "2024-01-01T00:00:00.000",
            "2024-01-01T00:00:00.000+02:00",
            "2024-01-01 00:00:00.000Z",
            "01/01/2024",
            "",
            "2024-01-01T00:00:00.000Z\n",
        ]
    ),
    st.text(max_size=30),
).filter(lambda s: not catalog.DATE_FORMAT.fullmatch(s))


def invalid_calls(operation_id: str, outcome: str) -> st.SearchStrategy[Call]:
    """A valid call broken in exactly one way, of the documented class ``outcome``."""
    return _broken_calls(valid_calls(operation_id), operation_id, outcome)


@st.composite
def _broken_calls(draw: Draw, valid: st.SearchStrategy[Call], operation_id: str, outcome: str) -> Call:
    call: Call = draw(valid)
    body: dict[str, Json] = copy.deepcopy(call.body) if isinstance(call.body, dict) else {}
    if outcome == catalog.MISSING_START:
        del body["dateRangeStart"]
    elif outcome == catalog.MISSING_DETAILED_FILTER:
        del body["detailedFilter"]
    elif outcome == catalog.INVALID_DATE:
        body[draw(st.sampled_from(["dateRangeStart", "dateRangeEnd"]))] = draw(MALFORMED_DATES)
    elif outcome == catalog.DATE_ORDER:
        body["dateRangeStart"], body["dateRangeEnd"] = draw(date_ranges(ordered=False))
    elif outcome == catalog.PAGE_SIZE_1000:
        set_at(body, ("detailedFilter", "pageSize"), draw(st.integers(1001, 2**31 - 1)))
    elif outcome == catalog.PAGE_SIZE_201:
        set_at(body, ("attendanceFilter", "pageSize"), draw(st.integers(202, 2**31 - 1)))
    elif outcome == catalog.SORT_COLUMN:
        set_at(body, ("detailedFilter", "sortColumn"), draw(_not(catalog.DETAILED_SORT_COLUMNS)))
    elif outcome == catalog.GROUPS_SIZE:
        size = draw(st.just(0) | st.integers(4, 12))
        set_at(
            body,
            ("summaryFilter", "groups"),
            draw(st.lists(st.sampled_from(sorted(catalog.SUMMARY_GROUPS)), min_size=size, max_size=size)),
        )
    elif outcome == catalog.GROUP_NAME:
        good = st.sampled_from(sorted(catalog.SUMMARY_GROUPS))
        groups = draw(st.lists(good, max_size=2))
        groups.insert(draw(st.integers(0, len(groups))), draw(st.just("") | _not(catalog.SUMMARY_GROUPS)))
        set_at(body, ("summaryFilter", "groups"), groups)
    elif outcome == catalog.SERVER_CRASH:
        set_at(body, draw(st.sampled_from(crash_sites(operation_id))), "")
    elif outcome.startswith(catalog.CONTAINS_PREFIX):
        field = outcome[len(catalog.CONTAINS_PREFIX) :]
        set_at(body, (field, "contains"), draw(_not(catalog.CONTAINS_VALUES)))
    else:
        raise ValueError(f"no strategy for {outcome!r}")
    # One break, one class: a break that also trips a check the server makes first belongs to that class.
    assume(catalog.report_outcome(operation_id, body) == outcome)
    return Call(operation_id, call.path, call.query, body)
