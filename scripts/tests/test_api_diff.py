"""The API diff: what changed between two specs, and whether it breaks a client, on small crafted specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.api_diff import API, REQUEST, RESPONSE, RULES, Change, diff, fields


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
