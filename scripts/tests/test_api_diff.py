"""The API diff: every rule on crafted spec pairs, each change reported once, renames as renames."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contract_tests.catalog import SCOPE
from scripts import api_diff, base_check
from scripts.api_diff import (
    FIELD_POLICY,
    FIELD_SUBJECTS,
    REQUEST,
    RESPONSE,
    RULES,
    AcceptedError,
    Change,
    diff,
    fields,
    load_accepted,
    render_markdown,
    rules_table,
    to_json,
    to_junit,
    unaccepted_breaking,
)
from scripts.spec_build import OVERLAY, ROOT, build, load_document

CORRECTED = ROOT / "spec" / "clockify.corrected.json"
RULES_DOC = ROOT / "scripts" / "API_DIFF_RULES.md"
Doc = dict[str, Any]
Mutation = Callable[[Doc], None]


def spec() -> Doc:
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
                        "404": {"description": "no such report"},
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
            },
            "securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
        },
        "security": [{"ApiKeyAuth": []}],
    }


def changed(mutate: Mutation, base: Callable[[], Doc] = spec) -> list[Change]:
    new = base()
    mutate(new)
    return diff(base(), new)


def between(before: Mutation, after: Mutation) -> list[Change]:
    old, new = spec(), spec()
    before(old)
    after(new)
    return diff(old, new)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def schema(doc: Doc, name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def operation(doc: Doc) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"]["/v1/reports/{id}"]["post"]
    return result


def add_required_end(doc: Doc) -> None:
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
    # Where each field is defined: a property merged from allOf is located in the part that defines it.
    assert flat[".rows[].id"].slot == "#/components/schemas/Base/properties/id"
    assert flat[".rows[].duration"].slot == "#/components/schemas/Row/allOf/1/properties/duration"


# --- Each rule, on the shared fixture -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "rule", "location", "level"),
    [
        (
            lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].append("PROJECT"),
            "request-property-enum-value-added",
            "Detailed.sortColumn",
            "info",
        ),
        (
            lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].remove("USER"),
            "request-property-enum-value-removed",
            "Detailed.sortColumn",
            "breaking",
        ),
        (
            lambda d: schema(d, "Report")["properties"]["status"]["enum"].append("FAILED"),
            "response-property-enum-value-added",
            "Report.status",
            "info",  # our client keeps unknown enum values
        ),
        (
            lambda d: schema(d, "Report")["properties"]["status"]["enum"].remove("PARTIAL"),
            "response-property-enum-value-removed",
            "Report.status",
            "breaking",
        ),
        (lambda d: schema(d, "Base")["properties"].pop("id"), "response-property-removed", "Base.id", "breaking"),
        (
            lambda d: schema(d, "Report")["properties"].update(total={"type": "integer"}),
            "response-property-added",
            "Report.total",
            "info",
        ),
        (
            lambda d: schema(d, "Detailed").update(required=["pageSize"]),
            "request-property-made-required",
            "Detailed.pageSize",
            "breaking",
        ),
        (lambda d: schema(d, "Filter").update(required=[]), "request-property-made-optional", "Filter.start", "info"),
        (
            lambda d: schema(d, "Report").update(required=[]),
            "response-property-made-optional",
            "Report.rows",
            "breaking",
        ),
        (
            lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(type="string"),
            "request-property-type-changed",
            "Detailed.pageSize",
            "breaking",
        ),
        (
            lambda d: schema(d, "Filter")["properties"].pop("detailed"),
            "request-property-removed",
            "Filter.detailed",
            "breaking",
        ),
        (
            lambda d: schema(d, "Filter")["properties"].update(note={"type": "string"}),
            "request-property-added",
            "Filter.note",
            "info",
        ),
        (add_required_end, "request-property-added-required", "Filter.end", "breaking"),
        (
            lambda d: operation(d)["parameters"].append({"name": "sort", "in": "query", "schema": {"type": "string"}}),
            "request-parameter-added",
            "query parameter sort",
            "info",
        ),
        (
            lambda d: operation(d)["parameters"].append({"name": "v", "in": "header", "required": True, "schema": {}}),
            "request-parameter-added-required",
            "header parameter v",
            "breaking",
        ),
        (lambda d: operation(d)["parameters"].clear(), "request-parameter-removed", "query parameter page", "breaking"),
        (
            lambda d: operation(d)["parameters"][0].update(required=True),
            "request-parameter-made-required",
            "query parameter page",
            "breaking",
        ),
        (
            lambda d: operation(d)["parameters"][0]["schema"].update(type="string"),
            "request-parameter-type-changed",
            "query parameter page",
            "breaking",
        ),
        (lambda d: operation(d)["responses"].pop("204"), "response-success-status-removed", "response 204", "breaking"),
        (
            lambda d: d["paths"].update({"/v1/other": {"get": {"operationId": "other", "responses": {}}}}),
            "api-operation-added",
            "other",
            "info",
        ),
        (lambda d: d["paths"].clear(), "api-operation-removed", "makeReport", "breaking"),
        (
            lambda d: d["paths"].update({"/v2/reports/{id}": d["paths"].pop("/v1/reports/{id}")}),
            "api-operation-moved",
            "makeReport",
            "breaking",
        ),
    ],
)
def test_each_change_is_found_once_and_classified(mutate: Mutation, rule: str, location: str, level: str) -> None:
    change = only(changed(mutate))
    assert (change.rule, change.location, change.level) == (rule, location, level)
    assert change.operations == ("makeReport",) or rule == "api-operation-added"
    assert change.why == RULES[rule].why


# --- Every field rule at every place it applies -------------------------------------------------------

Absent = None
FIELD_PAIRS: dict[str, tuple[Any, Any, bool, bool]] = {
    # change: (old schema or Absent, new schema or Absent, required before, required after)
    "added": (Absent, {"type": "string"}, False, False),
    "added-required": (Absent, {"type": "string"}, False, True),
    "removed": ({"type": "string"}, Absent, False, False),
    "made-required": ({"type": "string"}, {"type": "string"}, False, True),
    "made-optional": ({"type": "string"}, {"type": "string"}, True, False),
    "type-changed": ({"type": "string"}, {"type": "boolean"}, False, False),
    "type-widened": ({"type": "integer"}, {"type": "number"}, False, False),
    "format-changed": ({"type": "integer", "format": "int32"}, {"type": "integer", "format": "int64"}, False, False),
    "enum-value-added": ({"type": "string", "enum": ["A"]}, {"type": "string", "enum": ["A", "B"]}, False, False),
    "enum-value-removed": ({"type": "string", "enum": ["A", "B"]}, {"type": "string", "enum": ["A"]}, False, False),
    "enum-introduced": ({"type": "string"}, {"type": "string", "enum": ["A"]}, False, False),
    "enum-dropped": ({"type": "string", "enum": ["A"]}, {"type": "string"}, False, False),
    "made-nullable": ({"type": "string"}, {"type": "string", "nullable": True}, False, False),
    "made-non-nullable": ({"type": "string", "nullable": True}, {"type": "string"}, False, False),
    "limit-tightened": ({"type": "string", "maxLength": 10}, {"type": "string", "maxLength": 5}, False, False),
    "limit-loosened": ({"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 10}, False, False),
    "pattern-added": ({"type": "string"}, {"type": "string", "pattern": "^[0-9]+$"}, False, False),
    "pattern-removed": ({"type": "string", "pattern": "^[0-9]+$"}, {"type": "string"}, False, False),
    "pattern-loosened": ({"type": "string", "pattern": "^[0-9]+$"}, {"type": "string", "pattern": ".*"}, False, False),
    "pattern-changed": (
        {"type": "string", "pattern": "^[0-9]+$"},
        {"type": "string", "pattern": "^[a-z]+$"},
        False,
        False,
    ),
    "default-added": ({"type": "integer"}, {"type": "integer", "default": 50}, False, False),
    "default-changed": ({"type": "integer", "default": 50}, {"type": "integer", "default": 100}, False, False),
    "default-removed": ({"type": "integer", "default": 50}, {"type": "integer"}, False, False),
    "alternative-added": (
        {"oneOf": [{"type": "string"}]},
        {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        False,
        False,
    ),
    "alternative-removed": (
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        {"anyOf": [{"type": "string"}]},
        False,
        False,
    ),
    "deprecated": ({"type": "string"}, {"type": "string", "deprecated": True}, False, False),
    "undeprecated": ({"type": "string", "deprecated": True}, {"type": "string"}, False, False),
}


def placed(direction: str, subject: str, field: Any, required: bool) -> Doc:
    """A one-operation spec with ``field`` (a schema, or None for absent) at the given place."""
    op: dict[str, Any] = {"operationId": "op", "responses": {"200": {"description": "ok"}}}
    present = field is not None
    if subject == "parameter" and present:
        op["parameters"] = [{"name": "p", "in": "query", "required": required, "schema": field}]
    elif subject == "header" and present:
        op["responses"]["200"]["headers"] = {"X-H": {"required": required, "schema": field}}
    elif subject in ("body", "property"):
        obj = {"type": "object", "properties": {"p": field}, "required": ["p"] if required else []}
        body = (field if subject == "body" else obj) if present or subject == "property" else None
        if body is None:
            pass
        elif direction == REQUEST:
            body_required = required if subject == "body" else True
            op["requestBody"] = {"required": body_required, "content": {"application/json": {"schema": body}}}
        else:
            op["responses"]["200"]["content"] = {"application/json": {"schema": body}}
        if subject == "property" and not present:
            obj["properties"] = {}
    return {"openapi": "3.0.3", "paths": {"/p": {"post": op}}}


FIELD_CASES = [
    (direction, subject, change)
    for (change, direction) in FIELD_POLICY
    for subject in FIELD_SUBJECTS[direction]
    if not (direction == RESPONSE and (subject, change) in api_diff.UNREACHABLE)
]


@pytest.mark.parametrize(("direction", "subject", "change"), FIELD_CASES)
def test_every_field_rule_at_every_place(direction: str, subject: str, change: str) -> None:
    before, after, required_before, required_after = FIELD_PAIRS[change]
    if direction == RESPONSE and subject == "body" and change in ("added", "removed"):
        required_before = required_after = False
    found = only(
        diff(placed(direction, subject, before, required_before), placed(direction, subject, after, required_after))
    )
    assert found.rule == f"{direction}-{subject}-{change}"
    assert found.operations == ("op",)
    assert found.level == RULES[found.rule].level


# --- What a Python client absorbs ------------------------------------------------------------------


def test_integer_to_number_is_absorbed_in_a_request_but_breaks_a_response() -> None:
    request = only(changed(lambda d: schema(d, "Detailed")["properties"]["pageSize"].update(type="number")))
    assert (request.rule, request.level, request.detail) == (
        "request-property-type-widened",
        "info",
        "integer -> number",
    )
    response = only(changed(lambda d: schema(d, "Row")["allOf"][1]["properties"]["duration"].update(type="number")))
    assert (response.rule, response.level) == ("response-property-type-changed", "breaking")


def test_a_pattern_loosened_to_anything_is_not_breaking_but_a_new_pattern_is_a_warning() -> None:
    def pattern(value: str) -> Mutation:
        return lambda d: schema(d, "Filter")["properties"]["start"].update(pattern=value)

    assert only(between(pattern("^[0-9]+$"), pattern(".*"))).level == "info"
    assert only(between(pattern("^[0-9]+$"), pattern("^[0-9a-f]+$"))).level == "warning"
    assert only(between(pattern("^[0-9]+$"), pattern("^.*$"))).rule == "request-property-pattern-changed", (
        "^.*$ refuses a line break: not anything"
    )


def test_a_documented_error_status_removed_is_absorbed() -> None:
    change = only(changed(lambda d: operation(d)["responses"].pop("404")))
    assert (change.rule, change.level, change.location) == ("response-error-status-removed", "info", "response 404")


def test_a_new_status_is_info() -> None:
    change = only(changed(lambda d: operation(d)["responses"].update({"429": {"description": "slow down"}})))
    assert (change.rule, change.level) == ("response-status-added", "info")


# --- Renames ----------------------------------------------------------------------------------------


def test_a_renamed_operation_id_is_a_rename_not_removed_plus_added() -> None:
    change = only(changed(lambda d: operation(d).update(operationId="generateReport")))
    assert (change.rule, change.location, change.detail) == (
        "api-operation-id-renamed",
        "generateReport",
        "makeReport -> generateReport",
    )
    assert change.level == "breaking"


def test_a_renamed_path_parameter_is_a_rename_not_a_move() -> None:
    def rename(d: Doc) -> None:
        item = d["paths"].pop("/v1/reports/{id}")
        item["parameters"][0]["name"] = "reportId"
        d["paths"]["/v1/reports/{reportId}"] = item

    change = only(changed(rename))
    assert (change.rule, change.location, change.detail, change.level) == (
        "request-path-parameter-renamed",
        "path parameter",
        "id -> reportId",
        "warning",
    )


def test_a_renamed_path_parameter_still_compares_its_schema() -> None:
    def rename_and_retype(d: Doc) -> None:
        item = d["paths"].pop("/v1/reports/{id}")
        item["parameters"][0] |= {"name": "reportId", "schema": {"type": "integer"}}
        d["paths"]["/v1/reports/{reportId}"] = item

    assert {c.rule for c in changed(rename_and_retype)} == {
        "request-path-parameter-renamed",
        "request-parameter-type-changed",
    }


def test_an_operation_id_rename_and_a_new_operation_of_another_shape_stay_apart() -> None:
    def both(d: Doc) -> None:
        operation(d)["operationId"] = "generateReport"
        d["paths"]["/v1/other"] = {"get": {"operationId": "other", "responses": {}}}

    assert {c.rule for c in changed(both)} == {"api-operation-id-renamed", "api-operation-added"}


# --- Reported once, with the operations it affects -------------------------------------------------------


def share(d: Doc) -> None:
    d["paths"]["/v1/rows"] = {
        "get": {
            "operationId": "listRows",
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Row"}}}}},
        }
    }


def test_a_change_in_a_shared_schema_is_reported_once_with_every_operation() -> None:
    def drop_id(d: Doc) -> None:
        share(d)
        schema(d, "Base")["properties"].pop("id")

    old = spec()
    share(old)
    new = spec()
    drop_id(new)
    change = only(diff(old, new))
    assert (change.rule, change.location, change.operations) == (
        "response-property-removed",
        "Base.id",
        ("listRows", "makeReport"),
    )


def test_an_enum_shared_by_many_operations_appears_once() -> None:
    corrected = json.loads(CORRECTED.read_text(encoding="utf-8"))
    new = copy.deepcopy(corrected)
    new["components"]["schemas"]["AccountStatus"]["oneOf"][0]["enum"].remove("LIMITED_DELETED")
    change = only(diff(corrected, new))
    assert (change.rule, change.location, change.detail, change.level) == (
        "response-property-enum-value-removed",
        "AccountStatus",
        "LIMITED_DELETED",
        "breaking",
    )
    # Clockify's full spec, once adopted as the base, has more operations that answer with a user.
    assert set(change.operations) >= {"getLoggedUser", "getUsersOfWorkspace"}


def test_a_parameter_change_in_many_operations_appears_once() -> None:
    def two(d: Doc) -> None:
        d["paths"]["/v1/more"] = {
            "get": {
                "operationId": "more",
                "parameters": [copy.deepcopy(operation(d)["parameters"][0])],
                "responses": {},
            }
        }

    def default(d: Doc) -> None:
        two(d)
        for op in (operation(d), d["paths"]["/v1/more"]["get"]):
            op["parameters"][0]["schema"]["default"] = 1

    old, new = spec(), spec()
    two(old)
    default(new)
    change = only(diff(old, new))
    assert (change.rule, change.location, change.detail, change.level) == (
        "request-parameter-default-added",
        "query parameter page",
        "none -> 1",
        "warning",
    )
    assert change.operations == ("makeReport", "more")


# --- Headers, media types, security, deprecation, alternatives -----------------------------------------


def with_last_page(d: Doc) -> None:
    d["components"]["headers"] = {"Last-Page": {"schema": {"type": "boolean"}}}
    operation(d)["responses"]["200"]["headers"] = {"Last-Page": {"$ref": "#/components/headers/Last-Page"}}


def test_a_removed_response_header_is_breaking() -> None:
    change = only(between(with_last_page, lambda d: None))
    assert (change.rule, change.location, change.level) == (
        "response-header-removed",
        "response 200 header Last-Page",
        "breaking",
    )
    added = only(between(lambda d: None, with_last_page))
    assert (added.rule, added.level) == ("response-header-added", "info")


def test_a_retyped_response_header_is_found_through_its_ref() -> None:
    def retype(d: Doc) -> None:
        with_last_page(d)
        d["components"]["headers"]["Last-Page"]["schema"]["type"] = "string"

    change = only(between(with_last_page, retype))
    assert (change.rule, change.location, change.detail) == (
        "response-header-type-changed",
        "response 200 header Last-Page",
        "boolean -> string",
    )


def test_media_types() -> None:
    def content(d: Doc, where: str) -> dict[str, Any]:
        holder = operation(d)["requestBody"] if where == "request" else operation(d)["responses"]["200"]
        result: dict[str, Any] = holder["content"]
        return result

    def add(where: str, media: str) -> Mutation:
        return lambda d: content(d, where).update({media: {"schema": {"type": "string", "format": "binary"}}})

    removed = only(between(add("response", "text/csv"), lambda d: None))
    assert (removed.rule, removed.location, removed.detail, removed.level) == (
        "response-media-type-removed",
        "response 200",
        "text/csv",
        "breaking",
    )
    assert only(between(lambda d: None, add("response", "text/csv"))).rule == "response-media-type-added"
    assert only(between(add("request", "text/csv"), lambda d: None)).rule == "request-media-type-removed"
    assert only(between(lambda d: None, add("request", "text/csv"))).rule == "request-media-type-added"

    def respell(d: Doc) -> None:
        content(d, "response")["application/json"] = content(d, "response").pop("*/*")

    change = only(changed(respell))
    assert (change.rule, change.detail, change.level) == (
        "response-media-type-respelled",
        "*/* -> application/json",
        "info",
    )

    def respell_request(d: Doc) -> None:
        content(d, "request")["*/*"] = content(d, "request").pop("application/json")

    assert only(changed(respell_request)).rule == "request-media-type-respelled"


def test_security_schemes_and_requirements() -> None:
    def schemes(d: Doc) -> dict[str, Any]:
        result: dict[str, Any] = d["components"]["securitySchemes"]
        return result

    def add_addon(d: Doc) -> None:
        schemes(d)["AddonKeyAuth"] = {"type": "apiKey", "in": "header", "name": "X-Addon-Token"}
        d["security"].append({"AddonKeyAuth": []})

    changes = {(c.rule, c.location, c.detail, c.level, c.operations) for c in changed(add_addon)}
    assert changes == {
        ("api-security-scheme-added", "security scheme AddonKeyAuth", "", "info", ("makeReport",)),
        ("api-security-alternative-added", "security", "AddonKeyAuth", "info", ("makeReport",)),
    }
    removed = {(c.rule, c.level) for c in between(add_addon, lambda d: None)}
    assert removed == {("api-security-scheme-removed", "breaking"), ("api-security-alternative-removed", "breaking")}

    moved = only(changed(lambda d: schemes(d)["ApiKeyAuth"].update({"in": "query"})))
    assert (moved.rule, moved.detail, moved.level) == ("api-security-scheme-changed", "in header -> query", "breaking")
    assert changed(lambda d: schemes(d)["ApiKeyAuth"].update(name="x-api-key")) == [], "header names ignore case"

    own = only(changed(lambda d: operation(d).update(security=[])))
    assert (own.rule, own.detail) == ("api-security-alternative-added", "no credential"), (
        "an operation-level list replaces the inherited one"
    )


def test_deprecation() -> None:
    change = only(changed(lambda d: operation(d).update(deprecated=True)))
    assert (change.rule, change.level) == ("api-operation-deprecated", "warning")
    assert only(between(lambda d: operation(d).update(deprecated=True), lambda d: None)).rule == (
        "api-operation-undeprecated"
    )
    param = only(changed(lambda d: operation(d)["parameters"][0].update(deprecated=True)))
    assert (param.rule, param.location) == ("request-parameter-deprecated", "query parameter page")


def test_a_new_oneof_alternative_is_not_a_retype() -> None:
    def one_of(*types: str) -> Mutation:
        def mutate(d: Doc) -> None:
            alternatives = [{"type": t} for t in types]
            schema(d, "Row")["allOf"][1]["properties"]["duration"] = {"oneOf": alternatives}

        return mutate

    change = only(between(one_of("integer"), one_of("integer", "string")))
    assert (change.rule, change.detail, change.level) == ("response-property-alternative-added", "string", "warning")
    wrapped = only(changed(one_of("integer", "string")))
    assert (wrapped.rule, wrapped.detail) == ("response-property-alternative-added", "string"), (
        "a field wrapped into a oneOf that keeps its type gains an alternative"
    )
    swapped = only(between(one_of("integer"), one_of("string")))
    assert swapped.rule == "response-property-type-changed"


def test_named_alternatives_are_compared_by_name() -> None:
    def alternatives(*names: str) -> Mutation:
        def mutate(d: Doc) -> None:
            for name in names:
                d["components"]["schemas"].setdefault(name, {"type": "object", "properties": {}})
            schema(d, "Filter")["properties"]["detailed"] = {
                "oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in names]
            }

        return mutate

    change = only(between(alternatives("Detailed", "Summary"), alternatives("Detailed", "Summary", "Weekly")))
    assert (change.rule, change.detail, change.level) == ("request-property-alternative-added", "Weekly", "info")


# --- Cycles, enums behind a oneOf wrapper ------------------------------------------------------------


def self_referencing(doc: Doc) -> None:
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
    assert flat[".plan"].type.startswith("oneOf[")
    assert "FeaturePlan" in flat[".plan"].alternatives  # the cycle is named, once
    assert flat[".plan.tier"].enum == frozenset({"FREE", "PRO"})
    assert diff(doc, doc) == []
    change = only(changed(self_referencing))
    assert (change.rule, change.location) == ("response-property-added", "Report.plan")


def test_an_enum_behind_a_oneof_wrapper_is_the_fields_enum() -> None:
    def wrap(values: list[str]) -> Mutation:
        def mutate(d: Doc) -> None:
            schema(d, "Report")["properties"]["status"] = {"oneOf": [{"type": "string", "enum": values}]}

        return mutate

    old, new = spec(), spec()
    wrap(["DONE", "PARTIAL"])(old)
    wrap(["DONE"])(new)
    assert fields(old, {"$ref": "#/components/schemas/Report"})[".status"].enum == frozenset({"DONE", "PARTIAL"})
    change = only(diff(old, new))
    assert (change.rule, change.location, change.detail, change.level) == (
        "response-property-enum-value-removed",
        "Report.status",
        "PARTIAL",
        "breaking",
    )


def test_a_oneof_with_an_alternative_that_is_not_an_enum_has_no_enum() -> None:
    doc = spec()
    schema(doc, "Report")["properties"]["status"] = {"anyOf": [{"enum": ["DONE"]}, {"type": "string"}]}
    assert fields(doc, {"$ref": "#/components/schemas/Report"})[".status"].enum is None


def test_documents_with_dangling_refs_and_odd_nodes_do_not_crash() -> None:
    new = copy.deepcopy(spec())
    schema(new, "Filter")["properties"]["detailed"] = {"$ref": "#/components/schemas/Missing"}
    new["paths"]["/v1/reports/{id}"]["x-extension"] = {"note": 1}
    rules = {c.rule for c in diff(spec(), new)}
    assert rules == {"request-property-removed", "request-property-type-changed"}


def test_limits_and_long_details() -> None:
    def maximum(value: int) -> Mutation:
        return lambda d: operation(d)["parameters"][0]["schema"].update(maximum=value)

    tightened = only(between(maximum(200), maximum(100)))
    assert (tightened.rule, tightened.detail, tightened.level) == (
        "request-parameter-limit-tightened",
        "maximum 200 -> 100",
        "breaking",
    )
    assert only(between(maximum(100), maximum(200))).level == "info"
    fewer = only(
        between(*(lambda d, n=n: schema(d, "Report")["properties"]["rows"].update(maxItems=n) for n in (10, 5)))
    )
    assert (fewer.rule, fewer.level) == ("response-property-limit-tightened", "info")
    long = only(changed(lambda d: schema(d, "Filter")["properties"]["start"].update(pattern="x" * 100)))
    assert long.detail == "pattern none -> " + "x" * 39 + "…"


# --- Accepting changes, and the outputs ------------------------------------------------------------------


def test_a_change_id_is_stable_and_names_rule_location_and_detail() -> None:
    change = only(changed(lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].remove("USER")))
    assert change.id == "request-property-enum-value-removed:Detailed.sortColumn:USER"
    assert only(changed(lambda d: schema(d, "Detailed")["properties"]["sortColumn"]["enum"].remove("USER"))) == change


def test_accepted_changes_file(tmp_path: Path) -> None:
    path = tmp_path / "accepted.yaml"
    assert load_accepted(path) == {}
    path.write_text("accepted:\n  - id: a:b\n    reason: ' fine '\n", encoding="utf-8")
    assert load_accepted(path) == {"a:b": "fine"}
    for text, message in [
        ("accepted:\n  - id: a:b\n", "needs an 'id' and a 'reason'"),
        ("accepted:\n  - id: a\n    reason: x\n  - id: a\n    reason: y\n", "listed twice"),
        ("accepted: 3\n", "must be a list"),
        ("accepted: [\n", "cannot read"),
        ("- 1\n", "must be a list"),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(AcceptedError, match=message):
            load_accepted(path)


def test_outputs_mark_unaccepted_breaking_changes() -> None:
    def two(d: Doc) -> None:
        schema(d, "Base")["properties"].pop("id")
        add_required_end(d)

    changes = changed(two)
    removed = next(c for c in changes if c.rule == "response-property-removed")
    accepted = {removed.id: "nobody reads it"}
    assert [c.rule for c in unaccepted_breaking(changes, accepted)] == ["request-property-added-required"]
    suite = ET.fromstring(to_junit(changes, accepted))
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    [failure] = suite.iter("failure")
    assert failure.get("type") == "request-property-added-required"
    rows = to_json(changes, accepted)
    assert {r["id"]: r["accepted"] for r in rows} == {
        removed.id: "nobody reads it",
        "request-property-added-required:Filter.end:string": None,
    }
    markdown = "\n".join(render_markdown(changes, accepted))
    assert "## Breaking changes (2, 1 accepted)" in markdown
    assert "**Accepted**: nobody reads it" in markdown
    assert "## Warning changes (0)\n\nNone." in markdown


def test_the_rules_doc_lists_every_rule() -> None:
    doc = RULES_DOC.read_text(encoding="utf-8")
    assert rules_table() in doc, "run `python -m scripts.api_diff --rules` and paste the table into the doc"


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.yaml"
    old.write_text(json.dumps(spec()), encoding="utf-8")
    doc = spec()
    schema(doc, "Base")["properties"].pop("id")
    new.write_text(json.dumps(doc), encoding="utf-8")
    assert api_diff.main([str(old), str(new), "--format", "json"]) == 1
    [row] = json.loads(capsys.readouterr().out)
    accepted = tmp_path / "accepted.yaml"
    accepted.write_text(f"accepted:\n  - id: '{row['id']}'\n    reason: checked\n", encoding="utf-8")
    assert api_diff.main([str(old), str(new), "--accepted", str(accepted)]) == 0
    assert "**Accepted**: checked" in capsys.readouterr().out
    assert api_diff.main([str(old), str(tmp_path / "missing.yaml")]) == 2


# --- The real reference ------------------------------------------------------------------------------


@pytest.mark.upstream
def test_the_reference_document_diffs_fast_and_reports_each_change_once(reference: Path) -> None:
    raw = load_document(reference)
    assert diff(raw, raw) == []
    # Before: the operations in scope of the published file, corrected: as committed, whatever spec/ holds now.
    corrected = build(base_check.subset(raw, SCOPE), load_document(OVERLAY), strict=False).spec
    changes = diff(corrected, raw)
    ids = [c.id for c in changes]
    assert len(ids) == len(set(ids))
    by_rule = {c.rule for c in changes}
    assert {"api-operation-added", "response-header-removed"} <= by_rule
    [last_page] = [c for c in changes if c.rule == "response-header-removed"]
    assert last_page.location == "response 200 header Last-Page"
    assert len(last_page.operations) >= 7, "one change for every paged list"
    assert not any(c.rule == "api-security-scheme-changed" and "x-api-key" in c.detail for c in changes), (
        "header names ignore case"
    )


def nothing(d: Doc) -> None:
    """The fixture as it is."""


def rename_path_parameter(d: Doc) -> None:
    item = d["paths"].pop("/v1/reports/{id}")
    item["parameters"][0]["name"] = "reportId"
    d["paths"]["/v1/reports/{reportId}"] = item


def add_scheme(d: Doc) -> None:
    d["components"]["securitySchemes"]["AddonKeyAuth"] = {"type": "apiKey", "in": "header", "name": "X-Addon-Token"}
    d["security"].append({"AddonKeyAuth": []})


def csv(where: str) -> Mutation:
    def mutate(d: Doc) -> None:
        holder = operation(d)["requestBody"] if where == "request" else operation(d)["responses"]["200"]
        holder["content"]["text/csv"] = {"schema": {"type": "string"}}

    return mutate


def respell(where: str) -> Mutation:
    def mutate(d: Doc) -> None:
        holder = operation(d)["requestBody"] if where == "request" else operation(d)["responses"]["200"]
        content = holder["content"]
        (media,) = content
        content["*/*" if media == "application/json" else "application/json"] = content.pop(media)

    return mutate


def regional(d: Doc) -> None:
    d["servers"] = [
        {"url": "https://{region}.example.invalid", "variables": {"region": {"default": "eu", "enum": ["eu"]}}}
    ]


# Every rule that is not a field rule, from a crafted pair: (before, after) mutations of the fixture.
OTHER_CASES: dict[str, tuple[Mutation, Mutation]] = {
    "api-operation-added": (nothing, lambda d: d["paths"].update({"/x": {"get": {"operationId": "x"}}})),
    "api-operation-removed": (lambda d: d["paths"].update({"/x": {"get": {"operationId": "x"}}}), nothing),
    "api-operation-moved": (nothing, lambda d: d["paths"].update({"/v2": d["paths"].pop("/v1/reports/{id}")})),
    "api-operation-id-renamed": (nothing, lambda d: operation(d).update(operationId="renamed")),
    "api-operation-deprecated": (nothing, lambda d: operation(d).update(deprecated=True)),
    "api-operation-undeprecated": (lambda d: operation(d).update(deprecated=True), nothing),
    "api-security-scheme-added": (nothing, add_scheme),
    "api-security-scheme-removed": (add_scheme, nothing),
    "api-security-scheme-changed": (
        nothing,
        lambda d: d["components"]["securitySchemes"]["ApiKeyAuth"].update(type="http", scheme="bearer"),
    ),
    "api-security-alternative-added": (nothing, lambda d: d["security"].append({})),
    "api-security-alternative-removed": (lambda d: d["security"].append({}), nothing),
    "request-path-parameter-renamed": (nothing, rename_path_parameter),
    "api-server-added": (nothing, regional),
    "api-server-removed": (regional, nothing),
    "request-media-type-added": (nothing, csv("request")),
    "request-media-type-removed": (csv("request"), nothing),
    "request-media-type-respelled": (nothing, respell("request")),
    "response-media-type-added": (nothing, csv("response")),
    "response-media-type-removed": (csv("response"), nothing),
    "response-media-type-respelled": (nothing, respell("response")),
    "response-status-added": (nothing, lambda d: operation(d)["responses"].update({"201": {"description": "made"}})),
    "response-success-status-removed": (nothing, lambda d: operation(d)["responses"].pop("204")),
    "response-error-status-removed": (nothing, lambda d: operation(d)["responses"].pop("404")),
    "response-header-added": (nothing, with_last_page),
    "response-header-removed": (with_last_page, nothing),
}


@pytest.mark.parametrize("rule", sorted(OTHER_CASES))
def test_every_other_rule_from_a_crafted_pair(rule: str) -> None:
    before, after = OTHER_CASES[rule]
    found = [c for c in between(before, after) if c.rule == rule]
    assert len(found) == 1, between(before, after)
    assert (found[0].level, found[0].why) == (RULES[rule].level, RULES[rule].why)


def test_every_rule_has_a_crafted_pair() -> None:
    field_rules = {f"{d}-{s}-{c}" for d, s, c in FIELD_CASES}
    assert set(RULES) == field_rules | set(OTHER_CASES)
    assert field_rules.isdisjoint(OTHER_CASES)


def test_servers_are_compared_per_operation_with_enumerated_variables_expanded() -> None:
    def regions(*names: str) -> Mutation:
        def mutate(d: Doc) -> None:
            variables = {"region": {"default": names[0], "enum": list(names)}}
            d["paths"]["/v1/reports/{id}"]["servers"] = [
                {"url": "https://api.example.invalid"},
                {"url": "https://{region}.example.invalid", "variables": variables},
            ]

        return mutate

    change = only(between(regions("euc1", "use2"), regions("use2")))
    assert (change.rule, change.location, change.detail, change.level) == (
        "api-server-removed",
        "servers",
        "https://euc1.example.invalid",
        "breaking",
    )
    assert change.operations == ("makeReport",)
    assert between(regions("euc1"), lambda d: None)[0].detail == "https://api.example.invalid", (
        "an operation without servers of its own answers on the document's (none here)"
    )
