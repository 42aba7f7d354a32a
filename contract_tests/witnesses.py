"""One witness per correction: behaviour that holds with the correction and fails without it.

A witness takes a corrected spec document and asserts, through the same mechanisms the client uses
(its request validator, the spec's response schemas), what the server was documented to do. The
teeth test (test_correction_teeth.py) builds the spec without each correction in turn and checks
that its witness fails; a correction without a failing witness fails the suite. Adding a correction
means adding a function here, registered under the correction's id: nothing else changes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from clockify_client import _serialize, _spec, _tolerance, errors
from clockify_client._validation import RequestValidator, openapi_to_json_schema
from clockify_client.testing import _answers as conditions
from clockify_client.testing import complete_body

Spec = Mapping[str, Any]
Witness = Callable[[Spec], None]
WITNESSES: dict[str, Witness] = {}

WS = {"workspaceId": "5b641568b07987035750505e"}
USER = {**WS, "userId": "5a0ab5acb07987125438b60f"}
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
DETAILED = {**DATES, "detailedFilter": {"page": 1, "pageSize": 50}}
ATTENDANCE = {**DATES, "attendanceFilter": {"page": 1, "pageSize": 50}}
SUMMARY = {**DATES, "summaryFilter": {"groups": ["PROJECT"]}}


def witness(correction_id: str) -> Callable[[Witness], Witness]:
    def register(fn: Witness) -> Witness:
        WITNESSES[correction_id] = fn
        return fn

    return register


def _validator(spec: Spec) -> RequestValidator:
    return RequestValidator(document=spec, operations=_spec.index(spec))


def problems(spec: Spec, operation_id: str, **request: Any) -> list[errors.Problem]:
    return _validator(spec).problems(operation_id, **request)


def accepted(spec: Spec, operation_id: str, **request: Any) -> None:
    found = problems(spec, operation_id, **request)
    assert not found, f"{operation_id} refused a documented-valid request: {found}"


def predicted(spec: Spec, operation_id: str, code: int | None, message: str, **request: Any) -> errors.Problem:
    """The request is refused, and its first problem is the server's documented answer."""
    found = problems(spec, operation_id, **request)
    assert found, f"{operation_id} accepted a request the server refuses"
    first = found[0]
    assert (first.code, first.message) == (code, message), f"predicted {first.code} {first.message!r}"
    return first


def response_conforms(spec: Spec, schema_name: str, instance: Any) -> None:
    """``instance`` conforms to ``schema_name``: a documented body given in part (the fields a record shows)
    is completed first with the fields the server always sends."""
    instance = complete_body(schema_name, instance, spec=spec)
    # As checks.conformance_problems: "#/components/schemas/..." references resolve against the root.
    components = {n: openapi_to_json_schema(s) for n, s in spec["components"]["schemas"].items()}
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": {"schemas": components}}
    error = jsonschema.exceptions.best_match(jsonschema.Draft4Validator(root).iter_errors(instance))
    assert error is None, f"a documented {schema_name} does not conform: {error.message if error else ''}"


def _operation(spec: Spec, operation_id: str) -> Mapping[str, Any]:
    for item in spec["paths"].values():
        for method in _spec.HTTP_METHODS:
            op = item.get(method)
            if op and op["operationId"] == operation_id:
                return dict(op)
    raise AssertionError(f"no operation {operation_id}")


@witness("error-responses")
def error_responses(spec: Spec) -> None:
    for operation_id in _spec.index(spec):
        responses = _operation(spec, operation_id)["responses"]
        for status in ("400", "401", "403", "404", "429", "500"):
            assert status in responses, f"{operation_id} documents no {status}"
    response_conforms(spec, "ErrorResponse", {"code": 501, "message": "Maximum page size is 201"})


@witness("regional-hosts")
def regional_hosts(spec: Spec) -> None:
    forms = {  # per global host, its regional and subdomain forms
        "https://api.clockify.me/api": ("https://{region}.clockify.me/api", "https://{subdomain}.clockify.me/api"),
        "https://reports.api.clockify.me": (
            "https://{region}.clockify.me/report",
            "https://{subdomain}.clockify.me/report",
        ),
    }
    for operation in _spec.index(spec).values():
        servers = spec["paths"][operation.path]["servers"]
        regional, subdomain = forms[servers[0]["url"]]
        by_url = {server["url"]: server.get("variables", {}) for server in servers}
        assert regional in by_url, f"{operation.operation_id}: no regional host"
        assert by_url[regional]["region"]["enum"] == ["euc1", "use2", "euw2", "apse2"]
        assert set(by_url.get(subdomain, {})) == {"subdomain"}, f"{operation.operation_id}: no subdomain host"


@witness("last-page-header")
def last_page_header(spec: Spec) -> None:
    paged = [op for op in _spec.index(spec).values() if op.paged_by_query]
    assert paged, "no operation is paged with page and page-size"
    for operation in paged:
        response = spec["paths"][operation.path][operation.method.lower()]["responses"][str(operation.success_status)]
        header = response.get("headers", {}).get("Last-Page")
        assert header, f"{operation.operation_id}: the Last-Page header is not described"
        name = header["$ref"].rsplit("/", 1)[-1] if "$ref" in header else None
        resolved = spec["components"]["headers"][name] if name else header
        assert resolved["schema"] == {"type": "boolean"}


@witness("report-body-required")
def report_body_required(spec: Spec) -> None:
    for operation_id in ("generateDetailedReport", "generateAttendanceReport", "generateSummaryReport"):
        assert problems(spec, operation_id, path=WS, body=None), f"{operation_id} accepted no body"


@witness("report-date-format")
def report_date_format(spec: Spec) -> None:
    message = (
        "Invalid date! dateRangeStart and dateRangeEnd must be present; dateRangeStart and dateRangeEnd must be in "
        "ISO date format [1996-03-15T23:59:59.999Z]"
    )
    predicted(spec, "generateDetailedReport", 501, message, path=WS, body={**DETAILED, "dateRangeStart": "2024-01-01"})
    bad_zone = {**ATTENDANCE, "dateRangeEnd": "2024-01-31T23:59:59"}
    predicted(spec, "generateAttendanceReport", 501, message, path=WS, body=bad_zone)
    for impossible in ("2024-13-01T00:00:00.000Z", "2024-04-31T00:00:00.000Z", "2024-01-01T24:00:00.000Z"):
        predicted(
            spec, "generateDetailedReport", 501, message, path=WS, body={**DETAILED, "dateRangeStart": impossible}
        )
    accepted(spec, "generateDetailedReport", path=WS, body=DETAILED)
    leap_day = {**DETAILED, "dateRangeStart": "2024-02-29T00:00:00.000Z", "dateRangeEnd": "2024-03-01T00:00:00.000Z"}
    accepted(spec, "generateDetailedReport", path=WS, body=leap_day)


@witness("report-date-order")
def report_date_order(spec: Spec) -> None:
    reversed_dates = {**DETAILED, "dateRangeStart": DATES["dateRangeEnd"], "dateRangeEnd": DATES["dateRangeStart"]}
    message = "Invalid date range. dateRangeStart must be before dateRangeEnd."
    predicted(spec, "generateDetailedReport", 501, message, path=WS, body=reversed_dates)


@witness("detailed-required-errors")
def detailed_required_errors(spec: Spec) -> None:
    predicted(spec, "generateDetailedReport", 501, "Please provide detailed filter.", path=WS, body=dict(DATES))
    message = "generateDetailedReport.arg1.dateRangeStart: Field dateRangeStart is required"
    body = {k: v for k, v in DETAILED.items() if k != "dateRangeStart"}
    predicted(spec, "generateDetailedReport", 400, message, path=WS, body=body)


@witness("detailed-page-size")
def detailed_page_size(spec: Spec) -> None:
    def body(size: int) -> dict[str, Any]:
        return {**DATES, "detailedFilter": {"page": 1, "pageSize": size}}

    predicted(spec, "generateDetailedReport", 400, "Maximum page size is 1,000", path=WS, body=body(1001))
    zero = problems(spec, "generateDetailedReport", path=WS, body=body(0))
    assert zero, "pageSize 0 (every row at once) was accepted"
    assert zero[0].policy, "pageSize 0 is refused by policy, not by a server error"
    accepted(spec, "generateDetailedReport", path=WS, body=body(1000))


@witness("attendance-page-size")
def attendance_page_size(spec: Spec) -> None:
    body = {**DATES, "attendanceFilter": {"page": 1, "pageSize": 202}}
    predicted(spec, "generateAttendanceReport", 501, "Maximum page size is 201", path=WS, body=body)
    accepted(spec, "generateAttendanceReport", path=WS, body={**DATES, "attendanceFilter": {"pageSize": 201}})


@witness("attendance-sort-column")
def attendance_sort_column(spec: Spec) -> None:
    accepted(spec, "generateAttendanceReport", path=WS, body={**DATES, "attendanceFilter": {"sortColumn": "USER"}})
    refused = problems(
        spec, "generateAttendanceReport", path=WS, body={**DATES, "attendanceFilter": {"sortColumn": "NAME"}}
    )
    assert refused, "sortColumn NAME (which fails on the server) was accepted"
    node = spec["components"]["schemas"]["AttendanceFilterV1"]["properties"]["sortColumn"]
    assert "NAME" not in (node.get("default"), node.get("example")), "NAME is still a default or example"


@witness("summary-groups")
def summary_groups(spec: Spec) -> None:
    def body(groups: list[str]) -> dict[str, Any]:
        return {**DATES, "summaryFilter": {"groups": groups}}

    size = "Groups size must be between 1 and 3"
    predicted(spec, "generateSummaryReport", 501, size, path=WS, body=body([]))
    predicted(spec, "generateSummaryReport", 501, size, path=WS, body=body(["PROJECT", "CLIENT", "TASK", "DATE"]))
    predicted(spec, "generateSummaryReport", 501, "Invalid group name", path=WS, body=body(["NOPE"]))
    accepted(spec, "generateSummaryReport", path=WS, body=body(["USER", "USER_GROUP", "TAG"]))


@witness("detailed-sort-column-error")
def detailed_sort_column_error(spec: Spec) -> None:
    message = (
        "generateDetailedReport.arg1.detailedFilter.sortColumn: You entered invalid value for field : 'sortColumn'. "
        "Value must be from the following set: [ID, DESCRIPTION, USER, DURATION, DATE, NATURAL, USER_DATE]"
    )
    body = {**DATES, "detailedFilter": {"sortColumn": "BOGUS"}}
    predicted(spec, "generateDetailedReport", 400, message, path=WS, body=body)


@witness("entity-contains-error")
def entity_contains_error(spec: Spec) -> None:
    def message(path: str) -> str:
        return (
            f"generateDetailedReport.arg1.{path}: You entered invalid value for field : 'contains'. "
            "Value must be from the following set: [CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY]"
        )

    for field in ("clients", "users", "tags"):
        body = {**DETAILED, field: {"contains": "X", "ids": []}}
        predicted(spec, "generateDetailedReport", 400, message(f"{field}.contains"), path=WS, body=body)


@witness("report-enum-empty-string")
def report_enum_empty_string(spec: Spec) -> None:
    crash = "Error occurred while generating report"
    for body in (
        {**DATES, "detailedFilter": {"sortColumn": ""}},
        {**DETAILED, "amountShown": ""},
        {**DETAILED, "exportType": ""},
    ):
        problem = predicted(spec, "generateDetailedReport", 500, crash, path=WS, body=body)
        assert problem.status_code == 500


@witness("report-exports")
def report_exports(spec: Spec) -> None:
    for operation_id in ("generateDetailedReport", "generateSummaryReport", "generateDetailedReportV1"):
        content = _operation(spec, operation_id)["responses"]["200"]["content"]
        for media_type in ("application/json", "text/csv", "application/pdf", "application/zip"):
            assert media_type in content, f"{operation_id} does not describe {media_type} answers"
        assert "*/*" not in content


@witness("detailed-report-rows")
def detailed_report_rows(spec: Spec) -> None:
    measured_004 = {
        "timeEntries": [{"id": "64f2a1b2c3d4e5f6a7b8c9d0", "timeInterval": {"duration": 28800}}],
        "totals": [{"totalTime": 28800, "entriesCount": 1, "amounts": [{"amount": 125000, "currency": "USD"}]}],
    }
    guide_003 = {"timeentries": [{"_id": "5b715448b0798751107918ab", "timeInterval": {"duration": "PT2H"}}]}
    for page in (measured_004, guide_003):
        response_conforms(spec, "TimeEntryDetailedReportDto", page)
    row = spec["components"]["schemas"]["TimeEntryDto"]["properties"]
    assert {"id", "_id"} <= set(row), "rows name their id `id` (004) or `_id` (003)"
    assert "timeEntries" in spec["components"]["schemas"]["TimeEntryDetailedReportDto"]["properties"]


@witness("invoiced-ids-are-strings")
def invoiced_ids_are_strings(spec: Spec) -> None:
    body = {"timeEntryIds": ["5b715448b0798751107918ab"], "invoiced": True}
    accepted(spec, "updateInvoicedStatus", path=WS, body=body)


@witness("core-datetimes-utc")
def core_datetimes_utc(spec: Spec) -> None:
    assert problems(spec, "createTimeEntry", path=WS, body={"start": "2024-01-15T09:00:00+02:00"})
    assert problems(spec, "stopRunningTimeEntry", path=USER, body={"end": "2024-01-15T09:00:00.123456+00:00"})
    assert problems(spec, "createTimeEntry", path=WS, body={"start": "2024-02-30T09:00:00Z"})
    accepted(spec, "createTimeEntry", path=WS, body={"start": "2024-01-15T09:00:00Z"})


@witness("time-entry-start-required")
def time_entry_start_required(spec: Spec) -> None:
    found = problems(spec, "createTimeEntry", path=WS, body={"description": "no start"})
    assert any("start" in p.message for p in found), "a time entry without start was accepted"
    # The live server accepts it (go-clockify-qa-reports, empty-time-entry-accepted): a policy, no server code.
    assert all(p.policy and p.code is None for p in found if "start" in p.message), found


@witness("required-with-default")
def required_with_default(spec: Spec) -> None:
    accepted(spec, "getUsersOfWorkspace", path=WS, query={})


@witness("self-contradictory-schemas")
def self_contradictory_schemas(spec: Spec) -> None:
    response_conforms(spec, "WorkspaceDtoV1", {"id": "w1", "name": "Acme", "features": ["BULK_EDIT", "EXPENSES"]})
    plan = spec["components"]["schemas"]["FeaturePlan"]
    assert "oneOf" not in plan, "FeaturePlan still refers to itself"


@witness("enums-published-as-objects")
def enums_published_as_objects(spec: Spec) -> None:
    response_conforms(spec, "UserDtoV1", {"id": "u1", "email": "ada@example.com", "status": "ACTIVE"})
    response_conforms(spec, "TaskDtoV1", {"id": "t1", "name": "Design", "status": "DONE"})
    with_bogus_status = {"id": "t1", "name": "Design", "status": {"ACTIVE": "ACTIVE"}}
    try:
        response_conforms(spec, "TaskDtoV1", with_bogus_status)
    except AssertionError:
        return
    raise AssertionError("a task status that is an object conforms: the enumeration is not enforced")


@witness("running-timer-interval")
def running_timer_interval(spec: Spec) -> None:
    running = {"start": "2024-01-15T14:15:22Z", "end": None, "duration": None}
    response_conforms(spec, "TimeIntervalDtoV1", running)


@witness("time-entry-duration-iso8601")
def time_entry_duration_iso8601(spec: Spec) -> None:
    # Read as the client reads an answer (tolerant reading): the documented form is taken as it is,
    # a bare number of seconds in a string (the published example) is not a duration the model can hold.
    assert _reads(spec, "TimeIntervalDtoV1", "duration", "PT1H30M")
    assert not _reads(spec, "TimeIntervalDtoV1", "duration", "8000"), "a duration of no ISO form is read"


def _reads(spec: Spec, schema_name: str, field: str, value: Any) -> bool:
    """Whether the client reads ``value`` in ``schema_name.field`` of a whole document as the spec describes it
    (tolerant reading)."""
    document = complete_body(schema_name, {field: value}, spec=spec)
    return bool(_tolerance.compiled({"$ref": f"#/components/schemas/{schema_name}"}, spec).ok(document))


@witness("live-core-durations-iso8601")
def live_core_durations_iso8601(spec: Spec) -> None:
    # The live forms (2026-05-20 ledger, 2022 webhook) are read; the published "milliseconds" text is not a duration.
    for schema_name, field, live in (
        ("ProjectDtoV1", "duration", "PT2H9M23S"),
        ("ProjectDtoImplV1", "duration", "PT12H30M"),
        ("EstimateDtoV1", "estimate", "PT0S"),
        ("TimeEstimateDto", "estimate", "PT0S"),
        ("TaskDtoV1", "duration", "PT20S"),
        ("TaskDtoV1", "estimate", "PT0S"),
    ):
        assert _reads(spec, schema_name, field, live), f"{schema_name}.{field} {live!r} is not read"
        assert not _reads(spec, schema_name, field, "60000"), f"{schema_name}.{field} reads milliseconds text"
    assert not _reads(spec, "TimeEstimateDto", "estimate", 0), "a number of no recorded unit is read as a duration"


@witness("report-durations-seconds")
def report_durations_seconds(spec: Spec) -> None:
    # Seconds are read; a text is not (a report total is never an ISO text) except in a detailed row (003).
    for schema_name, field, seconds in (
        ("TimeEntryReportTotals", "totalTime", 144000),
        ("TimeEntryReportTotals", "totalBillableTime", 115200),
        ("SummaryReportChartDto", "totalTime", 20000.0),
        ("GroupOneDto", "duration", 7200),
        ("DailyTotalDto", "duration", 3600),
        ("AttendanceDto", "totalDuration", 28800),
        ("AttendanceDto", "break", 1800),
        ("ReportTimeIntervalDto", "duration", 28800),
    ):
        assert _reads(spec, schema_name, field, seconds), f"{schema_name}.{field} {seconds!r} is not read"
        # More seconds than any duration holds: a number, but not one the model can hold as a timedelta.
        assert not _reads(spec, schema_name, field, 10**20), f"{schema_name}.{field} reads an impossible duration"
    assert _reads(spec, "ReportTimeIntervalDto", "duration", "PT2H"), "003's ISO row duration is not read"
    assert not _reads(spec, "ReportTimeIntervalDto", "duration", "two hours"), "a row duration of no form is read"


@witness("request-durations")
def request_durations(spec: Spec) -> None:
    # A timedelta in a request body goes out in its field's wire form, as the client serializes any body.
    def sent(schema_name: str, body: Any) -> Any:
        schema = {"$ref": f"#/components/schemas/{schema_name}"}
        resolve = spec["components"]["schemas"].__getitem__
        try:
            return _serialize.to_json(
                body, reports=False, durations=lambda path: _serialize.wire_form(schema, path, resolve)
            )
        except _serialize.UnsendableError as exc:
            raise AssertionError(f"{schema_name}: {exc.problem.path}: {exc.problem.message}") from None

    hours, minutes = datetime.timedelta(hours=2), datetime.timedelta(minutes=5)
    assert sent("TaskRequestV1", {"name": "t", "estimate": hours}) == {"name": "t", "estimate": "PT2H"}
    assert sent("ProjectRequest", {"name": "p", "estimate": {"estimate": hours}})["estimate"] == {"estimate": "PT2H"}
    audit = sent("DetailedReportFilterV1", {"detailedFilter": {"auditFilter": {"duration": minutes}}})
    assert audit == {"detailedFilter": {"auditFilter": {"duration": 300}}}


@witness("custom-field-value-any")
def custom_field_value_any(spec: Spec) -> None:
    for value in ("CF-001", 42, True, ["a", "b"], {"k": "v"}):
        response_conforms(spec, "CustomFieldValueDtoV1", {"customFieldId": "44a687e29ae1f428e7ebe305", "value": value})


@witness("array-default-not-a-list")
def array_default_not_a_list(spec: Spec) -> None:
    def arrays(node: Any) -> Any:
        if isinstance(node, Mapping):
            if node.get("type") == "array":
                yield node
            for value in node.values():
                yield from arrays(value)
        elif isinstance(node, list):
            for value in node:
                yield from arrays(value)

    for schema in arrays({k: v for k, v in spec.items() if k != "x-corrections"}):
        assert isinstance(schema.get("default", []), list), f"an array whose default is {schema['default']!r}"


# --- Observed live (contract_tests/evidence/) ---------------------------------------------------------------


@witness("live-null-rates-estimates")
def live_null_rates_estimates(spec: Spec) -> None:
    from contract_tests import evidence  # the corpus needs the shipped spec's operations; loaded on use

    projects = evidence.fact("go-clockify-probe-log", "projects-list-nulls").body
    for project in projects:
        response_conforms(spec, "ProjectDtoV1", project)
        response_conforms(spec, "ProjectDtoImplV1", project)  # createNewProject: the same document
        for membership in project["memberships"]:
            response_conforms(spec, "MembershipDtoV1", membership)
    for task in evidence.fact("go-clockify-probe-log", "tasks-list-nulls").body:
        response_conforms(spec, "TaskDtoV1", task)
    # jpweijers-webhook-payload and clockify-api-docs-threads: a time entry's and a member's rates are null.
    response_conforms(spec, "TimeEntryWithRatesDtoV1", {"id": "e1", "hourlyRate": None, "costRate": None})
    member = {"userId": "u1", "hourlyRate": None, "costRate": None, "membershipType": "WORKSPACE"}
    response_conforms(spec, "UserDtoV1", {"id": "u1", "memberships": [member]})


@witness("core-page-size-maximum")
def core_page_size_maximum(spec: Spec) -> None:
    message = "Page size cannot be larger than 5,000."
    lists = {
        "getProjects": WS,
        "getTags": WS,
        "getClients": WS,
        "getUsersOfWorkspace": WS,
        "getTasks": {**WS, "projectId": "5b641568b07987035750505e"},
        "getTimeEntries": USER,
    }
    for operation_id, path in lists.items():
        predicted(spec, operation_id, 501, message, path=path, query={"page-size": 5001})
        accepted(spec, operation_id, path=path, query={"page-size": 5000})


@witness("live-error-taxonomy")
def live_error_taxonomy(spec: Spec) -> None:
    seen: set[tuple[str, int]] = set()
    for name, response in spec["components"]["responses"].items():
        for example in response["content"]["application/json"].get("examples", {}).values():
            response_conforms(spec, "ErrorResponse", example["value"])
            seen.add((name, example["value"]["code"]))
    observed = {
        ("Unauthorized", 4003),
        ("Unauthorized", 1000),
        ("BadRequest", 501),
        ("BadRequest", 3000),
        ("NotFound", 3000),
        ("Forbidden", 501),
        ("TooManyRequests", 429),
    }
    assert observed <= seen, f"the error responses do not show the codes observed live: {sorted(observed - seen)}"
    # The same answers as data the fake Clockify reads (condition entries), filled as it fills them.
    live = {
        conditions.INVALID_KEY: (401, 4003, "Api key does not exist"),
        conditions.NONE_OR_BOTH: (401, 1000, "Multiple or none auth tokens present"),
        conditions.FORBIDDEN: (403, 501, "Access Denied"),
        conditions.MISSING_REFERENCE: (400, 501, "Time entry doesn't belong to Workspace"),
        conditions.NO_ROUTE: (404, 3000, "No static resource v1/workspaces/x/time-entries/stop."),
        conditions.METHOD_NOT_ALLOWED: (405, 3000, "Request method 'GET' is not supported"),
        conditions.RATE_LIMITED: (429, 429, "Too Many Requests"),
        conditions.PARAMETER_TYPE + "integer": (
            400,
            3000,
            "Method parameter 'page-size': Failed to convert value of type 'java.lang.String' to required type "
            "'int'; For input string: \"abc\"",
        ),
    }
    for condition, expected in live.items():
        found = conditions.find(
            spec,
            condition,
            entity="Time entry",
            path="v1/workspaces/x/time-entries/stop",
            method="GET",
            name="page-size",
            value="abc",
        )
        answered = (found.status, found.code, found.message) if found else None
        assert answered == expected, f"{condition}: the spec answers {answered}, observed live {expected}"


@witness("reports-auth-answers")
def reports_auth_answers(spec: Spec) -> None:
    reports = [op for op in _spec.index(spec).values() if op.is_report]
    assert reports, "no Reports operation in the spec"
    for op in reports:  # seed 004, measured on the Reports API: code 401 for both
        definition = spec["paths"][op.path][op.method.lower()]
        for condition, message in (
            (conditions.INVALID_KEY, "Unauthorized"),
            (conditions.NONE_OR_BOTH, "Multiple or none auth tokens present"),
        ):
            found = conditions.find(spec, condition, operation=definition)
            answered = (found.status, found.code, found.message) if found else None
            assert answered == (401, 401, message), f"{op.operation_id} {condition}: {answered}"


@witness("custom-field-request-value-any")
def custom_field_request_value_any(spec: Spec) -> None:
    entry = {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T10:00:00Z"}
    for value in ("CF-001", 42, True, ["a", "b"]):
        fields = [{"customFieldId": "5e4117fe8c625f38930d57b7", "value": value}]
        accepted(spec, "createTimeEntry", path=WS, body={**entry, "customFields": fields})
        accepted(
            spec,
            "updateTimeEntry",
            path={**WS, "id": "65a4f0c1b2d3e4f5a6b7c8d9"},
            body={**entry, "customFields": fields},
        )


@witness("live-null-settings")
def live_null_settings(spec: Spec) -> None:
    from contract_tests import evidence

    user = evidence.fact("clockify-manager-db-dump", "user-settings-and-memberships").body
    response_conforms(spec, "UserDtoV1", {"id": "u1", **user})
    workspace = evidence.fact("clockify-manager-db-dump", "workspace-settings-nulls").body
    response_conforms(spec, "WorkspaceDtoV1", {"id": "w1", **workspace})


@witness("admin-only-pages-list")
def admin_only_pages_list(spec: Spec) -> None:
    for pages in ([], ["PROJECT", "REPORTS"]):
        response_conforms(spec, "WorkspaceSettingsDtoV1", {"adminOnlyPages": pages})
    try:
        response_conforms(spec, "WorkspaceSettingsDtoV1", {"adminOnlyPages": "PROJECT"})
    except AssertionError:
        return
    raise AssertionError("adminOnlyPages as one string conforms: the list is not enforced")


@witness("live-null-client-fields")
def live_null_client_fields(spec: Spec) -> None:
    from contract_tests import evidence

    response_conforms(spec, "ClientWithCurrencyDtoV1", evidence.fact("dd-api-docs-runner", "client-create-nulls").body)
    for client in evidence.fact("dd-api-docs-runner", "clients-list-nulls").body:
        response_conforms(spec, "ClientWithCurrencyDtoV1", client)


@witness("project-name-required-error")
def project_name_required_error(spec: Spec) -> None:
    predicted(spec, "createNewProject", 501, "Project name is required", path=WS, body={"billable": True})
    accepted(spec, "createNewProject", path=WS, body={"name": "Website Redesign", "billable": True})


@witness("live-no-running-timer")
def live_no_running_timer(spec: Spec) -> None:
    examples = spec["components"]["responses"]["NotFound"]["content"]["application/json"].get("examples", {})
    for example in examples.values():
        response_conforms(spec, "ErrorResponse", example["value"])
    codes = {example["value"]["code"] for example in examples.values()}
    assert 404 in codes, f"no NotFound example shows the code 404 observed live (a route without its entity): {codes}"


@witness("documented-date-times")
def documented_date_times(spec: Spec) -> None:
    # Every place the description gives yyyy-MM-ddThh:mm:ssZ is a date-time (typed so), checked before sending.
    for name in ("start", "end", "get-week-before"):
        assert problems(spec, "getTimeEntries", path=USER, query={name: "yesterday"}), f"{name}=yesterday was accepted"
        assert problems(spec, "getTimeEntries", path=USER, query={name: "2024-01-01"}), f"{name} without a time"
        assert problems(spec, "getTimeEntries", path=USER, query={name: "2024-01-01T00:00:00+02:00"}), name
        accepted(spec, "getTimeEntries", path=USER, query={name: "2020-01-01T00:00:00Z"})
    rate = {"name": "Website Redesign", "hourlyRate": {"amount": 100, "since": "last week"}}
    assert problems(spec, "createNewProject", path=WS, body=rate), "a rate's since of no date-time form was accepted"
    accepted(
        spec, "createNewProject", path=WS, body={**rate, "hourlyRate": {"amount": 100, "since": "2020-01-01T00:00:00Z"}}
    )


@witness("report-row-datetimes")
def report_row_datetimes(spec: Spec) -> None:
    for field in ("start", "end"):
        assert _reads(spec, "ReportTimeIntervalDto", field, "2024-01-15T09:00:00Z")
        assert _reads(spec, "ReportTimeIntervalDto", field, "2024-01-15T10:00:00+01:00")
        assert not _reads(spec, "ReportTimeIntervalDto", field, "yesterday"), (
            f"a row's {field} of no date-time form is read"
        )


@witness("report-row-running-end")
def report_row_running_end(spec: Spec) -> None:
    assert _reads(spec, "ReportTimeIntervalDto", "end", None), "a running entry's row (end null) is not read"


@witness("query-export-files")
def query_export_files(spec: Spec) -> None:
    # A GET whose query chooses the export type answers files as well as JSON (call() gives Model | bytes).
    for item in spec["paths"].values():
        op = item.get("get") or {}
        if any(p.get("in") == "query" and p.get("name") == "exportType" for p in op.get("parameters", [])):
            content = op["responses"]["200"]["content"]
            for media in ("text/csv", "application/pdf", "application/zip"):
                assert content.get(media, {}).get("schema") == {"type": "string", "format": "binary"}, (
                    f"{op['operationId']}: exportType in the query, but no {media} answer"
                )


@witness("always-sent-fields")
def always_sent_fields(spec: Spec) -> None:
    """The spec's required answer fields are what the recorded answers say the server always sends
    (``recorded_bodies``: live support, seed answers only taking away), and a field seen null may be null."""
    from contract_tests import recorded_bodies  # reads the cassettes and the evidence corpus: loaded on use

    schemas = spec["components"]["schemas"]
    decided = recorded_bodies.always_sent(spec)
    assert decided, "no schema is reached by a live record"
    for name, result in decided.items():
        # A required name the schema has no property for (upstream dropped it) describes nothing to read.
        required = sorted(set(schemas[name].get("required", ())) & set(schemas[name].get("properties", {})))
        assert required == list(result.required), f"{name} requires {required}; the records say {list(result.required)}"
        for key in result.nullable:
            assert recorded_bodies.nullable(schemas[name]["properties"][key]), f"{name}.{key} is sent null"
