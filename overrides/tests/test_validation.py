"""Validation before sending: the corrected spec's constraints, the server errors they predict
(x-clockify-errors), the cross-field rules (x-clockify-rules), and robustness against any input."""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from clockify_client import _spec, _validation, errors
from clockify_client._validation import RULES, RequestValidator, openapi_to_json_schema, validator

WS = {"workspaceId": "w1"}
START, END = "2024-01-01T00:00:00.000Z", "2024-01-31T23:59:59.999Z"
DETAILED: dict[str, Any] = {
    "dateRangeStart": START,
    "dateRangeEnd": END,
    "detailedFilter": {"page": 1, "pageSize": 1000, "sortColumn": "DATE"},
    "amountShown": "EARNED",
    "exportType": "JSON",
    "sortOrder": "DESCENDING",
    "billable": True,
    "clients": {"ids": ["c1", "c2"], "contains": "CONTAINS", "status": "ACTIVE"},
    "projects": {"ids": ["p1"], "contains": "DOES_NOT_CONTAIN"},
    "users": {"ids": ["u1"], "contains": "CONTAINS", "status": "ALL"},
    "tags": {"ids": ["t1"], "contains": "CONTAINS"},
}
PERIOD = {"dateRangeStart": START, "dateRangeEnd": END}
INVALID_DATE = (
    "Invalid date! dateRangeStart and dateRangeEnd must be present; dateRangeStart and dateRangeEnd must be in "
    "ISO date format [1996-03-15T23:59:59.999Z]"
)
CRASH = "Error occurred while generating report"


def refused(operation_id: str, *, path: Any = WS, query: Any = None, body: Any = None) -> errors.RequestValidationError:
    with pytest.raises(errors.RequestValidationError) as caught:
        validator().validate(operation_id, path=path, query=query, body=body)
    assert caught.value.operation_id == operation_id
    return caught.value


def detailed(**changes: Any) -> dict[str, Any]:
    body = dict(DETAILED)
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body


def only(error: errors.RequestValidationError) -> errors.Problem:
    assert len(error.problems) == 1, error.problems
    return error.problems[0]


# --- documented server answers ---------------------------------------------------------------------


def test_attendance_page_size_above_201_is_code_501() -> None:
    error = refused("generateAttendanceReport", body={**PERIOD, "attendanceFilter": {"page": 1, "pageSize": 202}})
    problem = only(error)
    assert (problem.path, problem.code, problem.status_code) == ("$.attendanceFilter.pageSize", 501, 400)
    assert (error.code, error.message, error.predicted_status_code) == (501, "Maximum page size is 201", 400)
    assert error.status_code == 400


def test_detailed_page_size_above_1000_is_code_400() -> None:
    error = refused("generateDetailedReport", body=detailed(detailedFilter={"page": 1, "pageSize": 1001}))
    assert (error.code, error.message, error.predicted_status_code) == (400, "Maximum page size is 1,000", 400)
    assert only(error).path == "$.detailedFilter.pageSize"


def test_detailed_page_size_zero_is_refused_as_policy() -> None:
    error = refused("generateDetailedReport", body=detailed(detailedFilter={"page": 1, "pageSize": 0}))
    problem = only(error)
    assert problem.policy is True
    assert (problem.code, problem.status_code) == (None, None)
    assert error.code is None
    assert "at least 1" in error.message


def test_detailed_report_without_detailed_filter() -> None:
    error = refused("generateDetailedReport", body=detailed(detailedFilter=None))
    assert (only(error).path, error.code, error.message) == ("$.detailedFilter", 501, "Please provide detailed filter.")


def test_detailed_report_without_date_range_start() -> None:
    error = refused("generateDetailedReport", body=detailed(dateRangeStart=None))
    assert only(error).path == "$.dateRangeStart"
    assert (error.code, error.message) == (
        400,
        "generateDetailedReport.arg1.dateRangeStart: Field dateRangeStart is required",
    )


@pytest.mark.parametrize("start", ["2024-02-01T00:00:00.000Z", END])
def test_date_range_start_must_be_before_end(start: str) -> None:
    error = refused("generateDetailedReport", body=detailed(dateRangeStart=start))
    assert only(error).path == "$.dateRangeStart"
    assert (error.code, error.message, error.predicted_status_code) == (
        501,
        "Invalid date range. dateRangeStart must be before dateRangeEnd.",
        400,
    )


@pytest.mark.parametrize(
    "start", ["2024-01-01", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.000+01:00", "", START + "\n"]
)
def test_report_dates_take_only_the_millisecond_utc_form(start: str) -> None:
    error = refused("generateDetailedReport", body=detailed(dateRangeStart=start))
    # A malformed start is not compared with the end: one problem, the format one.
    assert (only(error).path, error.code, error.message) == ("$.dateRangeStart", 501, INVALID_DATE)


@pytest.mark.parametrize("groups", [[], ["PROJECT", "USER", "DATE", "TAG"]])
def test_summary_groups_take_one_to_three(groups: list[str]) -> None:
    error = refused("generateSummaryReport", body={**PERIOD, "summaryFilter": {"groups": groups}})
    assert (only(error).path, error.code, error.message) == (
        "$.summaryFilter.groups",
        501,
        "Groups size must be between 1 and 3",
    )


@pytest.mark.parametrize("name", ["NOPE", ""])
def test_summary_group_names(name: str) -> None:
    error = refused("generateSummaryReport", body={**PERIOD, "summaryFilter": {"groups": ["PROJECT", name]}})
    assert (only(error).path, error.code, error.message) == ("$.summaryFilter.groups[1]", 501, "Invalid group name")


def test_empty_sort_column_crashes_the_server() -> None:
    # "" fails minLength and enum: the annotation lists minLength first, so the 500 is predicted.
    error = refused("generateDetailedReport", body=detailed(detailedFilter={"pageSize": 50, "sortColumn": ""}))
    assert (only(error).path, error.code, error.message) == ("$.detailedFilter.sortColumn", 500, CRASH)
    assert error.predicted_status_code == 500
    assert error.status_code == 400  # the exception is still a BadRequestError: nothing was sent


def test_unknown_sort_column_names_the_valid_set() -> None:
    error = refused("generateDetailedReport", body=detailed(detailedFilter={"pageSize": 50, "sortColumn": "BOGUS"}))
    assert error.code == 400
    assert error.message == (
        "generateDetailedReport.arg1.detailedFilter.sortColumn: You entered invalid value for field : 'sortColumn'. "
        "Value must be from the following set: [ID, DESCRIPTION, USER, DURATION, DATE, NATURAL, USER_DATE]"
    )


@pytest.mark.parametrize("field", ["amountShown", "exportType"])
def test_empty_report_enums_crash_the_server(field: str) -> None:
    error = refused("generateDetailedReport", body=detailed(**{field: ""}))
    assert (only(error).path, error.code, error.message, error.predicted_status_code) == (f"$.{field}", 500, CRASH, 500)


@pytest.mark.parametrize(
    ("operation_id", "body", "message_start"),
    [
        (
            "generateDetailedReport",
            detailed(clients={"contains": "X"}),
            "generateDetailedReport.arg1.clients.contains:",
        ),
        (
            "generateSummaryReport",
            {**PERIOD, "summaryFilter": {"groups": ["PROJECT"]}, "projects": {"contains": "NO"}},
            "generateSummaryReport.arg1.projects.contains:",
        ),
    ],
)
def test_entity_contains_message_names_operation_and_path(
    operation_id: str, body: dict[str, Any], message_start: str
) -> None:
    error = refused(operation_id, body=body)
    assert error.code == 400
    assert error.message.startswith(message_start)
    assert error.message.endswith("Value must be from the following set: [CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY]")


def test_attendance_sorts_by_user_not_name() -> None:
    error = refused("generateAttendanceReport", body={**PERIOD, "attendanceFilter": {"sortColumn": "NAME"}})
    problem = only(error)
    assert (problem.path, problem.code) == ("$.attendanceFilter.sortColumn", None)
    assert "USER" in problem.message
    assert "'NAME'" in problem.message
    body = {**PERIOD, "attendanceFilter": {"sortColumn": "USER", "page": 1, "pageSize": 201}}
    assert validator().problems("generateAttendanceReport", path=WS, body=body) == []


# --- valid requests, parameters ----------------------------------------------------------------------


def test_a_full_detailed_report_request_passes() -> None:
    assert validator().problems("generateDetailedReport", path=WS, query=None, body=DETAILED) == []
    validator().validate("generateDetailedReport", path=WS, query=None, body=DETAILED)  # does not raise


@pytest.mark.parametrize(
    ("query", "where", "words"),
    [
        ({"page-size": "abc"}, "query.page-size", "must be an integer"),
        ({"page-size": -1}, "query.page-size", "at least 1"),
        ({"page-size": "0"}, "query.page-size", "at least 1"),
        ({"page": 2**31}, "query.page", "at most 2147483647"),
        ({"archived": "maybe"}, "query.archived", "must be a boolean"),
        ({"sort-column": "COLOR"}, "query.sort-column", "must be one of"),
        ({"clients": ["c1", 2]}, "query.clients[1]", "must be a string"),
        ({"pagesize": 10}, "query.pagesize", "not a query parameter of getProjects"),
    ],
)
def test_query_parameters_are_checked_as_the_spec_types(query: dict[str, Any], where: str, words: str) -> None:
    problem = only(refused("getProjects", query=query))
    assert problem.path == where
    assert words in problem.message
    assert problem.code is None


def test_query_values_arrive_as_python_values_or_text() -> None:
    query = {"page": "2", "page-size": 25, "archived": "true", "billable": False, "clients": ("c1", "c2")}
    assert validator().problems("getProjects", path=WS, query={**query, "users": {"u2", "u1"}, "name": None}) == []
    assert validator().problems("deleteMany", path={**WS, "userId": "u"}, query={"time-entry-ids": "e1"}) == []


@pytest.mark.parametrize(
    ("path", "where", "words"),
    [
        ({}, "path.workspaceId", "is required"),
        (None, "path.workspaceId", "is required"),
        ({"workspaceId": ""}, "path.workspaceId", "must not be empty"),
        ({"workspaceId": 7}, "path.workspaceId", "must be a string"),
    ],
)
def test_path_parameters(path: Any, where: str, words: str) -> None:
    problem = only(refused("getProjects", path=path))
    assert (problem.path, problem.code) == (where, None)
    assert words in problem.message


def test_required_query_parameters() -> None:
    problem = only(refused("deleteMany", path={**WS, "userId": "u"}))
    assert (problem.path, problem.message) == ("query.time-entry-ids", "query parameter time-entry-ids is required")
    # include-roles is "required" with a default: Spring sends the default, so leaving it out is fine.
    assert validator().problems("getUsersOfWorkspace", path=WS) == []


@pytest.mark.parametrize(
    ("operation_id", "path", "body", "where", "words"),
    [
        ("generateDetailedReport", WS, None, "$", "needs a request body"),
        ("generateDetailedReport", WS, [DETAILED], "$", "must be an object, not an array"),
        ("generateDetailedReport", WS, "{}", "$", "must be an object, not the string '{}'"),
        ("getProjects", WS, {"name": "x"}, "$", "getProjects takes no request body"),
        ("replaceMany", {**WS, "userId": "u"}, [], "$", "at least 1 item"),
        ("createTimeEntry", WS, {"start": "2024-01-01T09:00:00+01:00"}, "$.start", "must match ^[0-9]{4}"),
        ("createTimeEntry", WS, {"end": "2024-01-01T09:00:00Z"}, "$.start", "start is required"),
        ("updateInvoicedStatus", WS, {"invoiced": True, "timeEntryIds": ["e1", ""]}, "$.timeEntryIds[1]", "empty"),
    ],
)
def test_body_shape_problems(operation_id: str, path: Any, body: Any, where: str, words: str) -> None:
    problem = only(refused(operation_id, path=path, body=body))
    assert problem.path == where
    assert words in problem.message


def test_every_violation_is_listed_in_document_order() -> None:
    body = detailed(
        dateRangeEnd=None,
        amountShown="",
        clients={"contains": "X", "ids": "c1"},
        detailedFilter={"pageSize": 5000, "sortColumn": "BOGUS"},
    )
    error = refused("generateDetailedReport", path={}, query={"page": 1}, body=body)
    assert [p.path for p in error.problems] == [
        "path.workspaceId",
        "query.page",
        "$.amountShown",
        "$.clients.contains",
        "$.clients.ids",
        "$.dateRangeEnd",
        "$.detailedFilter.pageSize",
        "$.detailedFilter.sortColumn",
    ]
    assert [p.code for p in error.problems] == [None, None, 500, 400, None, None, 400, 400]
    # The error speaks for the first problem the documentation has an answer for.
    assert (error.code, error.message, error.predicted_status_code) == (500, CRASH, 500)
    assert "8 problems" in str(error)


def test_unknown_operation_is_a_configuration_error() -> None:
    with pytest.raises(errors.ConfigurationError, match="unknown operation"):
        validator().validate("getEverything", path=None, query=None, body=None)


# --- robustness: nothing but RequestValidationError ever escapes -------------------------------------


class Opaque:
    pass


JUNK: list[tuple[Any, Any, Any]] = [
    (None, None, None),
    ("w1", "page=1", "body"),
    ([1, 2], [("page", 1)], [1, 2]),
    ({1: "w"}, {2: 3}, {3: 4}),
    ({"workspaceId": Opaque()}, {"page": Opaque()}, {"x": Opaque(), "ids": {1, 2}}),
    ({"workspaceId": ["a"]}, {"page": [1, 2], "page-size": {"a": 1}}, {"dateRangeStart": 5, "detailedFilter": []}),
    (WS, {"page": float("nan")}, {"clients": {"ids": [[1], {"a": 1}, [1]]}, "dateRangeEnd": {"x": None}}),
    (WS, None, {"dateRangeStart": "2024-13-45T99:99:99.999Z", "dateRangeEnd": START}),
    (WS, None, 10**400),
    (WS, None, b"\x00"),
]


def all_operations() -> Iterator[str]:
    yield from _spec.operations()


@pytest.mark.parametrize("operation_id", list(all_operations()))
def test_no_input_makes_validate_crash(operation_id: str) -> None:
    for path, query, body in JUNK:
        problems = validator().problems(operation_id, path=path, query=query, body=body)
        assert all(p.path.startswith(("$", "path", "query")) and p.message for p in problems), problems
        if problems:
            with pytest.raises(errors.RequestValidationError):
                validator().validate(operation_id, path=path, query=query, body=body)
        else:
            validator().validate(operation_id, path=path, query=query, body=body)


# --- the mechanism: fast and detailed passes agree; data drives it ------------------------------------

CORPUS: list[tuple[str, Mapping[str, Any] | None, Mapping[str, Any] | None, Any]] = [
    ("generateDetailedReport", WS, None, DETAILED),
    ("generateDetailedReport", WS, None, detailed(detailedFilter={"pageSize": 0})),
    ("generateDetailedReport", WS, None, detailed(dateRangeStart=START + "\n")),
    ("generateDetailedReport", WS, None, detailed(detailedFilter={"pageSize": 1.0})),
    ("generateDetailedReport", WS, None, detailed(billable=1)),
    ("generateDetailedReport", WS, None, detailed(clients={"ids": ["a", "a"]})),
    ("generateDetailedReport", WS, None, detailed(customFields=[{"id": "f", "value": None}])),
    ("generateSummaryReport", WS, None, {**PERIOD, "summaryFilter": {"groups": ["PROJECT", "TAG", "USER"]}}),
    ("generateAttendanceReport", WS, None, {**PERIOD, "attendanceFilter": {"pageSize": True}}),
    ("createNewProject", WS, None, {"name": "p", "color": "#ABCDEF"}),
    ("createNewProject", WS, None, {"name": "p", "color": "#ABCDEF\n"}),
    ("getProjects", WS, {"page-size": 2**31 - 1, "clients": ["a"]}, None),
]


@pytest.mark.skipif(not _validation.HAVE_FAST_VALIDATOR, reason="jsonschema_rs is not installed")
@pytest.mark.parametrize(("operation_id", "path", "query", "body"), CORPUS)
def test_fast_and_detailed_passes_agree(
    operation_id: str, path: Mapping[str, Any] | None, query: Mapping[str, Any] | None, body: Any
) -> None:
    # The fast pass alone decides that a request is valid: it must never accept what the detailed pass refuses.
    compiled = validator().compile(operation_id)
    instance = {"path": dict(path or {}), "query": dict(query or {}), **({"body": body} if body is not None else {})}
    detailed_errors = list(compiled.detailed.iter_errors(instance))
    assert compiled.fast.is_valid(instance) == (not detailed_errors), detailed_errors


@pytest.mark.parametrize(("operation_id", "path", "query", "body"), CORPUS)
def test_without_the_fast_validator_the_answers_are_the_same(
    operation_id: str,
    path: Mapping[str, Any] | None,
    query: Mapping[str, Any] | None,
    body: Any,
) -> None:
    expected = validator().problems(operation_id, path=path, query=query, body=body)
    slow = RequestValidator(fast=False)
    assert slow.compile(operation_id).fast is None
    assert slow.problems(operation_id, path=path, query=query, body=body) == expected


def walk_schemas(node: Any, where: str = "$") -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        yield where, node
        for key, value in node.items():
            if not key.startswith("x-"):
                yield from walk_schemas(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_schemas(value, f"{where}[{index}]")


def test_every_annotation_names_a_keyword_of_its_schema() -> None:
    # An x-clockify-errors key for a keyword the node lacks would never fire: catch it here, not in production.
    seen = 0
    for where, node in walk_schemas(_spec.spec()["components"]["schemas"]):
        for key, entry in (node.get("x-clockify-errors") or {}).items():
            seen += 1
            if key.startswith("required:"):
                assert key.split(":", 1)[1] in node.get("required", []), where
            else:
                assert key in node, f"{where}: x-clockify-errors.{key} but no {key}"
            assert isinstance(entry.get("message"), str), where
            assert entry.get("policy") is True or isinstance(entry.get("code"), int), where
        for rule in node.get("x-clockify-rules") or []:
            seen += 1
            assert rule["rule"] in RULES, f"{where}: no check for rule {rule['rule']!r}"
            assert set(rule["fields"]) <= set(node.get("properties", {})), where
    assert seen > 20


def test_the_server_state_entries_sit_on_responses_not_schemas() -> None:
    # The error taxonomy's condition entries (components.responses) are answers the fake gives and the error
    # mapping reads; the validator never sees them, so none may hide on a schema, where a keyword is expected.
    conditions = 0
    for name, response in _spec.spec()["components"]["responses"].items():
        for key, entry in (response.get("x-clockify-errors") or {}).items():
            conditions += 1
            assert key not in response, f"{name}: {key} reads as a keyword"
            assert [type(entry[k]) for k in ("status", "code", "message")] == [int, int, str], name
    assert conditions >= 8


def test_a_new_rule_is_a_new_row(monkeypatch: pytest.MonkeyPatch) -> None:
    document = {
        "components": {
            "schemas": {
                "Range": {
                    "type": "object",
                    "properties": {"low": {"type": "integer"}, "high": {"type": "integer"}},
                    "x-clockify-rules": [
                        {
                            "rule": "below",
                            "fields": ["low", "high"],
                            "error": {"status": 400, "code": 7, "message": "m"},
                        }
                    ],
                }
            }
        }
    }
    op = _spec.Operation(
        operation_id="ranges",
        method="POST",
        path="/ranges",
        tag="t",
        host="core",
        parameters=(),
        body_schema={"type": "array", "items": {"$ref": "#/components/schemas/Range"}},
        body_required=True,
        body_media_type="application/json",
        success_status=200,
        success_types=(),
        paged_by_query=False,
    )
    monkeypatch.setitem(RULES, "below", lambda obj, fields: obj[fields[0]] >= obj[fields[1]])
    custom = RequestValidator(document, {"ranges": op})
    problems = custom.problems("ranges", body=[{"low": 1, "high": 2}, {"low": 3, "high": 2}])
    assert problems == [errors.Problem(path="$[1].low", message="m", code=7, status_code=400)]


def test_openapi_nullable_and_integer_formats() -> None:
    converted = openapi_to_json_schema(
        {
            "type": "object",
            "required": ["id", "n"],
            "properties": {
                "id": {"type": "string", "readOnly": True},
                "n": {"type": "integer", "format": "int32", "nullable": True, "enum": [1, 2]},
                "f": {"type": "string", "format": "binary"},
            },
        }
    )
    assert converted["required"] == ["n"]
    assert converted["properties"]["n"] == {
        "type": ["integer", "null"],
        "format": "int32",
        "enum": [1, 2, None],
        "minimum": -(2**31),
        "maximum": 2**31 - 1,
    }
    assert converted["properties"]["f"] == {"type": "string", "format": "binary"}


def test_a_nullable_reference_accepts_null_and_the_referenced_schema_only() -> None:
    # A reference cannot carry `nullable` beside `$ref` in OpenAPI 3.0; the corrections write it as
    # `allOf: [{$ref}]` with `nullable: true`, which must read as "null, or what the reference says".
    import jsonschema  # type: ignore[import-untyped]

    root = {
        "components": {"schemas": {"Rate": {"type": "object", "properties": {"amount": {"type": "integer"}}}}},
        **openapi_to_json_schema({"nullable": True, "allOf": [{"$ref": "#/components/schemas/Rate"}]}),
    }
    check = jsonschema.Draft4Validator(root)
    assert check.is_valid(None)
    assert check.is_valid({"amount": 5})
    assert not check.is_valid("5")
    assert not check.is_valid({"amount": "5"})


@pytest.mark.skipif(not _validation.HAVE_FAST_VALIDATOR, reason="the budget assumes jsonschema_rs")
def test_a_valid_report_request_takes_under_a_fifth_of_a_millisecond() -> None:
    check = validator().validate
    check("generateDetailedReport", path=WS, query=None, body=DETAILED)
    samples = []
    for _ in range(500):
        started = time.perf_counter()
        check("generateDetailedReport", path=WS, query=None, body=DETAILED)
        samples.append(time.perf_counter() - started)
    assert statistics.median(samples) < 0.0002
