"""The API diff: what changed between two specs, and whether it breaks a client, on small crafted specs."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts.api_diff import API, REQUEST, RESPONSE, RULES, Change, diff, fields
from scripts.spec_build import ROOT, load_document

CORRECTED = ROOT / "spec" / "clockify.corrected.json"


def spec() -> dict[str, Any]:
    """One operation with a parameter, a request body and a response, sharing schemas through $ref."""
    return {
        "openapi": "3.0.3",
        "paths": {
            "/v1/reports/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "post": {
                    "operationId": "makeReport",
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Filter"}}},
                    },
                    "responses": {
                        "200": {"content": {"*/*": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                        "204": {"description": "nothing"},
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "Filter": {
                    "type": "object",
                    "required": ["start"],
                    "properties": {
                        "start": {"type": "string", "format": "date-time"},
                        "detailed": {"$ref": "#/components/schemas/Detailed"},
                    },
                },
                "Detailed": {
                    "type": "object",
                    "properties": {
                        "pageSize": {"type": "integer"},
                        "sortColumn": {"type": "string", "enum": ["DATE", "USER"]},
                    },
                },
                "Report": {
                    "type": "object",
                    "required": ["rows"],
                    "properties": {
                        "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                        "status": {"type": "string", "enum": ["DONE", "PARTIAL"]},
                    },
                },
                "Row": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"type": "object", "properties": {"duration": {"type": "integer"}}},
                    ]
                },
                "Base": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Row"}},
                },
            }
        },
    }


def changed(mutate: Any) -> list[Change]:
    new = spec()
    mutate(new)
    return diff(spec(), new)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def operation(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"]["/v1/reports/{id}"]["post"]
    return result


def add_required_end(doc: dict[str, Any]) -> None:
    schema(doc, "Filter")["properties"]["end"] = {"type": "string"}
    schema(doc, "Filter")["required"].append("end")


def test_an_unchanged_spec_has_no_changes() -> None:
    assert diff(spec(), spec()) == []


def test_fields_follow_refs_merge_allof_and_cut_cycles() -> None:
    doc = spec()
    flat = fields(doc, {"$ref": "#/components/schemas/Report"})
    assert set(flat) == {"", ".rows", ".rows[]", ".rows[].id", ".rows[].parent", ".rows[].duration", ".status"}
    assert flat[".rows[].parent"].type == "object"  # Row -> Base -> Row: the cycle stops here
    assert flat[".rows"].required
    assert not flat[".status"].required
    assert flat[".status"].enum == frozenset({"DONE", "PARTIAL"})


@pytest.mark.parametrize(
    ("mutate", "kind", "location", "breaking"),
    [
        (
            lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].append("PROJECT"),
            "enum-value-added",
            "makeReport request body .detailed.sortColumn",
            False,
        ),
        (
            lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].remove("USER"),
            "enum-value-removed",
            "makeReport request body .detailed.sortColumn",
            True,
        ),
        (
            lambda d: schema(d, "Report")["properties"]["status"]["enum"].append("FAILED"),
            "enum-value-added",
            "makeReport response 200 .status",
            False,  # our client keeps unknown enum values
        ),
        (
            lambda d: schema(d, "Report")["properties"]["status"]["enum"].remove("PARTIAL"),
            "enum-value-removed",
            "makeReport response 200 .status",
            True,
        ),
        (
            lambda d: schema(d, "Base")["properties"].pop("id"),
            "field-removed",
            "makeReport response 200 .rows[].id",
            True,
        ),
        (
            lambda d: schema(d, "Report")["properties"].update(total={"type": "integer"}),
            "field-added",
            "makeReport response 200 .total",
            False,
        ),
        (
            lambda d: schema(d, "Detailed").update(required=["pageSize"]),
            "field-made-required",
            "makeReport request body .detailed.pageSize",
            True,
        ),
        (
            lambda d: schema(d, "Filter").update(required=[]),
            "field-made-optional",
            "makeReport request body .start",
            False,
        ),
        (
            lambda d: schema(d, "Report").update(required=[]),
            "field-made-optional",
            "makeReport response 200 .rows",
            True,
        ),
        (
            lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(type="string"),
            "field-retyped",
            "makeReport request body .detailed.pageSize",
            True,
        ),
        (
            lambda d: schema(d, "Filter")["properties"].pop("detailed"),
            "field-removed",
            "makeReport request body .detailed",
            True,
        ),
        (
            lambda d: schema(d, "Filter")["properties"].update(note={"type": "string"}),
            "field-added",
            "makeReport request body .note",
            False,
        ),
        (
            add_required_end,
            "field-added-required",
            "makeReport request body .end",
            True,
        ),
        (
            lambda d: operation(d)["parameters"].append({"name": "sort", "in": "query", "schema": {"type": "string"}}),
            "parameter-added",
            "makeReport parameter query sort",
            False,
        ),
        (
            lambda d: operation(d)["parameters"].append({"name": "v", "in": "header", "required": True, "schema": {}}),
            "parameter-added-required",
            "makeReport parameter header v",
            True,
        ),
        (
            lambda d: operation(d)["parameters"].clear(),
            "parameter-removed",
            "makeReport parameter query page",
            True,
        ),
        (
            lambda d: operation(d)["parameters"][0].update(required=True),
            "parameter-made-required",
            "makeReport parameter query page",
            True,
        ),
        (
            lambda d: operation(d)["parameters"][0]["schema"].update(type="string"),
            "parameter-retyped",
            "makeReport parameter query page",
            True,
        ),
        (
            lambda d: operation(d)["responses"].pop("204"),
            "response-removed",
            "makeReport response 204",
            True,
        ),
        (
            lambda d: d["paths"].update({"/v1/other": {"get": {"operationId": "other", "responses": {}}}}),
            "operation-added",
            "other",
            False,
        ),
        (lambda d: d["paths"].clear(), "operation-removed", "makeReport", True),
        (
            lambda d: d["paths"].update({"/v2/reports/{id}": d["paths"].pop("/v1/reports/{id}")}),
            "operation-moved",
            "makeReport",
            True,
        ),
    ],
)
def test_each_change_is_found_once_and_classified(mutate: Any, kind: str, location: str, breaking: bool) -> None:
    change = only(changed(mutate))
    assert (change.kind, change.location, change.breaking) == (kind, location, breaking)
    assert change.why


def test_below_a_removed_field_nothing_more_is_listed() -> None:
    change = only(changed(lambda d: schema(d, "Report")["properties"].pop("rows")))
    assert (change.kind, change.location, change.detail) == (
        "field-removed",
        "makeReport response 200 .rows",
        "was array",
    )


def test_a_change_in_a_shared_schema_is_reported_where_each_operation_reaches_it() -> None:
    def share(d: dict[str, Any]) -> None:
        d["paths"]["/v1/rows"] = {
            "get": {
                "operationId": "listRows",
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Row"}}}}
                },
            }
        }

    def drop_duration(d: dict[str, Any]) -> None:
        share(d)
        schema(d, "Row")["allOf"][1]["properties"].pop("duration")

    old, new = spec(), spec()
    share(old)
    drop_duration(new)
    assert [c.location for c in diff(old, new)] == [
        "listRows response 200 .duration",
        "makeReport response 200 .rows[].duration",
    ]


def test_enum_details_list_the_values() -> None:
    def swap(d: dict[str, Any]) -> None:
        schema(d, "Detailed")["properties"]["sortColumn"]["enum"] = ["DATE", "NAME", "ZONED_DATE"]

    details = {(c.kind, c.detail, c.breaking) for c in changed(swap)}
    assert details == {("enum-value-added", "NAME, ZONED_DATE", False), ("enum-value-removed", "USER", True)}


def test_oneof_alternatives_are_named_in_the_type() -> None:
    def either(d: dict[str, Any]) -> None:
        schema(d, "Row")["allOf"][1]["properties"]["duration"] = {"oneOf": [{"type": "integer"}, {"type": "string"}]}

    change = only(changed(either))
    assert (change.kind, change.detail, change.breaking) == ("field-retyped", "integer -> oneOf[integer, string]", True)


def test_a_path_level_parameter_counts_for_the_operation() -> None:
    def drop(d: dict[str, Any]) -> None:
        d["paths"]["/v1/reports/{id}"]["parameters"] = []

    assert only(changed(drop)).location == "makeReport parameter path id"


def test_every_rule_is_reachable_and_explained() -> None:
    directions = {REQUEST, RESPONSE, API}
    assert all(direction in directions and rule.why for (_, direction), rule in RULES.items())
    # The rules the brief asks for, read straight from the table.
    assert RULES[("removed", RESPONSE)].breaking
    assert RULES[("enum-value-removed", REQUEST)].breaking
    assert not RULES[("enum-value-added", RESPONSE)].breaking
    assert not RULES[("enum-value-added", REQUEST)].breaking
    assert RULES[("added-required", REQUEST)].breaking
    assert not RULES[("added", REQUEST)].breaking


def test_documents_with_dangling_refs_and_odd_nodes_do_not_crash() -> None:
    new = copy.deepcopy(spec())
    schema(new, "Filter")["properties"]["detailed"] = {"$ref": "#/components/schemas/Missing"}
    new["paths"]["/v1/reports/{id}"]["x-extension"] = {"note": 1}
    kinds = {c.kind for c in diff(spec(), new)}
    assert kinds == {"field-removed", "field-retyped"}  # Detailed's fields are gone; the field is now untyped


# --- Cycles through oneOf, enums behind a oneOf wrapper ------------------------------------------


def self_referencing(doc: dict[str, Any]) -> None:
    """FeaturePlan as Clockify publishes it: an object that is its own (only) alternative."""
    schema(doc, "Report")["properties"]["plan"] = {"$ref": "#/components/schemas/FeaturePlan"}
    doc["components"]["schemas"]["FeaturePlan"] = {
        "type": "object",
        "oneOf": [{"$ref": "#/components/schemas/FeaturePlan"}, {"allOf": [{"$ref": "#/components/schemas/Loop"}]}],
        "properties": {"tier": {"type": "string", "enum": ["FREE", "PRO"]}},
    }
    doc["components"]["schemas"]["Loop"] = {"anyOf": [{"allOf": [{"$ref": "#/components/schemas/Loop"}]}]}


def test_a_schema_that_is_its_own_alternative_is_cut_not_recursed() -> None:
    doc = spec()
    self_referencing(doc)
    flat = fields(doc, {"$ref": "#/components/schemas/Report"})
    assert flat[".plan"].type == "oneOf[anyOf[object], object]"  # each cycle named by its type, once
    assert flat[".plan.tier"].enum == frozenset({"FREE", "PRO"})
    assert diff(doc, doc) == []
    change = only(changed(self_referencing))
    assert (change.kind, change.location) == ("field-added", "makeReport response 200 .plan")


def test_an_enum_behind_a_oneof_wrapper_is_the_fields_enum() -> None:
    def wrap(values: list[str]) -> Any:
        def mutate(d: dict[str, Any]) -> None:
            schema(d, "Report")["properties"]["status"] = {"oneOf": [{"type": "string", "enum": values}]}

        return mutate

    old, new = spec(), spec()
    wrap(["DONE", "PARTIAL"])(old)
    wrap(["DONE"])(new)
    assert fields(old, {"$ref": "#/components/schemas/Report"})[".status"].enum == frozenset({"DONE", "PARTIAL"})
    change = only(diff(old, new))
    assert (change.kind, change.location, change.detail, change.breaking) == (
        "enum-value-removed",
        "makeReport response 200 .status",
        "PARTIAL",
        True,
    )


def test_a_oneof_with_an_alternative_that_is_not_an_enum_has_no_enum() -> None:
    doc = spec()
    schema(doc, "Report")["properties"]["status"] = {"anyOf": [{"enum": ["DONE"]}, {"type": "string"}]}
    assert fields(doc, {"$ref": "#/components/schemas/Report"})[".status"].enum is None


def test_a_value_removed_from_account_status_in_the_corrected_spec_is_breaking() -> None:
    corrected = json.loads(CORRECTED.read_text(encoding="utf-8"))
    new = copy.deepcopy(corrected)
    new["components"]["schemas"]["AccountStatus"]["oneOf"][0]["enum"].remove("LIMITED_DELETED")
    changes = diff(corrected, new)
    assert {(c.kind, c.detail, c.breaking) for c in changes} == {("enum-value-removed", "LIMITED_DELETED", True)}
    # (Clockify's full spec, once adopted, has more operations that answer with a user.)
    assert {c.location for c in changes} >= {
        "getLoggedUser response 200 .status",
        "getUsersOfWorkspace response 200 [].status",
    }


@pytest.mark.upstream
def test_the_raw_reference_document_diffs_without_recursing_forever(reference: Path) -> None:
    raw = load_document(reference)
    assert diff(raw, raw) == []
    corrected = json.loads(CORRECTED.read_text(encoding="utf-8"))
    changes = diff(corrected, raw)
    assert any(c.kind == "operation-added" for c in changes)
    assert {c.kind for c in diff(raw, corrected)} >= {"operation-removed"}


# --- Nullable and limits ----------------------------------------------------------------------------


def with_page_maximum(maximum: int) -> Any:
    def mutate(d: dict[str, Any]) -> None:
        operation(d)["parameters"][0]["schema"]["maximum"] = maximum

    return mutate


def between(before: Any, after: Any) -> list[Change]:
    old, new = spec(), spec()
    before(old)
    after(new)
    return diff(old, new)


@pytest.mark.parametrize(
    ("before", "after", "kind", "location", "detail", "breaking"),
    [
        (
            with_page_maximum(200),
            with_page_maximum(100),
            "parameter-limit-tightened",
            "makeReport parameter query page",
            "maximum 200 -> 100",
            True,
        ),
        (
            with_page_maximum(100),
            with_page_maximum(200),
            "parameter-limit-loosened",
            "makeReport parameter query page",
            "maximum 100 -> 200",
            False,
        ),
        (
            lambda d: None,
            lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(maximum=1000),
            "field-limit-tightened",
            "makeReport request body .detailed.pageSize",
            "maximum none -> 1000",
            True,
        ),
        (
            lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(maximum=50),
            lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(maximum=1000),
            "field-limit-loosened",
            "makeReport request body .detailed.pageSize",
            "maximum 50 -> 1000",
            False,
        ),
        (
            lambda d: schema(d, "Filter")["properties"]["start"].update(minLength=1),
            lambda d: schema(d, "Filter")["properties"]["start"].update(minLength=10),
            "field-limit-tightened",
            "makeReport request body .start",
            "minLength 1 -> 10",
            True,
        ),
        (
            lambda d: schema(d, "Filter")["properties"]["start"].update(pattern="^[0-9]+$"),
            lambda d: None,
            "field-limit-loosened",
            "makeReport request body .start",
            "pattern ^[0-9]+$ -> none",
            False,
        ),
        (
            lambda d: None,
            lambda d: schema(d, "Filter")["properties"]["start"].update(pattern="^[0-9]+$"),
            "field-limit-tightened",
            "makeReport request body .start",
            "pattern none -> ^[0-9]+$",
            True,
        ),
        (
            lambda d: schema(d, "Report")["properties"]["rows"].update(maxItems=10),
            lambda d: schema(d, "Report")["properties"]["rows"].update(maxItems=5),
            "field-limit-tightened",
            "makeReport response 200 .rows",
            "maxItems 10 -> 5",
            False,  # fewer rows than the client can already take
        ),
        (
            lambda d: None,
            lambda d: schema(d, "Base")["properties"]["id"].update(nullable=True),
            "field-made-nullable",
            "makeReport response 200 .rows[].id",
            "may be null",
            True,
        ),
        (
            lambda d: schema(d, "Base")["properties"]["id"].update(nullable=True),
            lambda d: None,
            "field-made-non-nullable",
            "makeReport response 200 .rows[].id",
            "never null",
            False,
        ),
        (
            lambda d: schema(d, "Filter")["properties"]["start"].update(nullable=True),
            lambda d: None,
            "field-made-non-nullable",
            "makeReport request body .start",
            "never null",
            True,
        ),
        (
            lambda d: None,
            lambda d: schema(d, "Filter")["properties"]["start"].update(nullable=True),
            "field-made-nullable",
            "makeReport request body .start",
            "may be null",
            False,
        ),
    ],
)
def test_nullable_and_limits_are_compared(
    before: Any, after: Any, kind: str, location: str, detail: str, breaking: bool
) -> None:
    change = only(between(before, after))
    assert (change.kind, change.location, change.detail, change.breaking) == (kind, location, detail, breaking)
    assert change.why


def test_a_long_pattern_is_cut_in_the_detail() -> None:
    change = only(changed(lambda d: schema(d, "Filter")["properties"]["start"].update(pattern="x" * 100)))
    assert change.detail == "pattern none -> " + "x" * 39 + "…"
