"""What the contract suite knows about the API, kept apart from the client it tests.

* The operations of the corrected spec (read from the document the generated package ships), and how a
  request's method and URL map back to one.
* The placeholder ids every cassette uses instead of real ones.
* The documented server errors, their bodies copied from seed 004's "Error Handling Guide" (not from the
  spec's ``x-clockify-errors``, which are what the client predicts from: the suite compares the two).
* ``classify``: a small model of the server, written from the seeds, that names the documented outcome a
  request gets. The VCR matcher (``recording.match_request_class``) maps every request to the recorded
  interaction of its class, so any number of generated requests replay one recorded answer.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

Json = Any

# --- Placeholder ids ---------------------------------------------------------------------------------
# Real ids never reach a cassette: recording maps them to these (see recording.Scrubber). Most are the
# example ids of the seed documents, so a reader recognises them as examples.
WORKSPACE_ID = "64a687e29ae1f428e7ebe303"  # seed 001, "workspaceId" of its examples
USER_ID = "5a0ab5acb07987125438b60f"  # seed 001, "userId"
OTHER_USER_ID = "5a0ab5acb07987125438b610"
PROJECT_ID = "5b641568b07987035750505e"  # seed 001, "projectId"
TASK_ID = "5b715448b0798751107918ab"  # seed 001, "taskId"
TAG_ID = "64c777ddd3fcab07cfbb210c"  # seed 001, "tagIds"
CLIENT_ID = "6694bb8babec074beb0731cb"  # seed 000, the id in its example payload
TIME_ENTRY_ID = "65a4f0c1b2d3e4f5a6b7c8d9"
DUPLICATE_ENTRY_ID = "65a4f0c1b2d3e4f5a6b7c8da"
OTHER_ENTRY_ID = "65a4f0c1b2d3e4f5a6b7c8db"
RUNNING_ENTRY_ID = "65a4f0c1b2d3e4f5a6b7c8dc"
CUSTOM_FIELD_ID = "5e4117fe8c625f38930d57b7"  # seed 001, "customFieldId"
CURRENCY_ID = "5b641568b07987035750505f"
EXPENSE_ID = "65b0c2d1e2f3a4b5c6d7e8f9"
CATEGORY_ID = "65b0c2d1e2f3a4b5c6d7e8fa"
MISSING_ID = "000000000000000000000000"  # an id nothing has: the not-found scenario asks for it

PLACEHOLDER_IDS: Mapping[str, str] = {
    name: value for name, value in globals().items() if name.endswith("_ID") and isinstance(value, str)
}

# --- The corrected spec --------------------------------------------------------------------------------

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
CORE_BASE = "https://api.clockify.me/api"  # the global hosts, as the client defaults to them
REPORTS_BASE = "https://reports.api.clockify.me"


@functools.cache
def spec() -> Mapping[str, Json]:
    """The corrected spec, as shipped inside the generated package (the document the client reads)."""
    text = resources.files("clockify_api").joinpath("openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Json] = json.loads(text)
    return document


@dataclasses.dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the template, e.g. /v1/workspaces/{workspaceId}/projects
    is_report: bool
    definition: Mapping[str, Json]

    @property
    def body_schema(self) -> Mapping[str, Json] | None:
        body = self.definition.get("requestBody")
        if not body:
            return None
        schema: Mapping[str, Json] = body["content"]["application/json"]["schema"]
        return resolve(schema)


def resolve(node: Mapping[str, Json]) -> Mapping[str, Json]:
    """A schema node with its top-level ``$ref`` (into components) followed."""
    while "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = spec()["components"][kind][name]
    return node


# The operations the contract covers: the project's scope. An upstream base adopted by `make update-spec`
# may describe more; those are generated but not contract-tested (the update report lists them as added).
SCOPE = frozenset(
    {
        "getLoggedUser", "getWorkspacesOfUser", "getWorkspaceOfUser", "getUsersOfWorkspace", "getProjects",
        "getProject", "createNewProject", "updateProject", "deleteProject", "getClients", "createClient", "getTags",
        "createNewTag", "getTasks", "createTask", "createTimeEntry", "getTimeEntries", "getTimeEntry",
        "updateTimeEntry", "deleteTimeEntry", "stopRunningTimeEntry", "getInProgressTimeEntries", "createForOthers",
        "replaceMany", "duplicateTimeEntry", "updateInvoicedStatus", "deleteMany", "generateDetailedReport",
        "generateSummaryReport", "generateWeeklyReport", "generateDetailedReportV1", "generateAttendanceReport",
    }
)  # fmt: skip


@functools.cache
def operations() -> Mapping[str, Operation]:
    """The operations of the spec in ``SCOPE``."""
    found: dict[str, Operation] = {}
    for path, item in spec()["paths"].items():
        report = any(urlsplit(s["url"]).hostname == "reports.api.clockify.me" for s in item.get("servers", ()))
        for method in HTTP_METHODS:
            if method in item and item[method].get("operationId") in SCOPE:
                op = item[method]
                found[op["operationId"]] = Operation(op["operationId"], method.upper(), path, report, op)
    return found


@dataclasses.dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    literals: int  # segments without a parameter: the more, the more specific


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every operation's method and path template as a regex, most specific first. A request path may
    carry any base path of the spec's servers in front (``/api`` for the core API, ``/report`` regionally)."""
    bases = sorted(
        {urlsplit(s["url"]).path.rstrip("/") for item in spec()["paths"].values() for s in item.get("servers", ())}
    )
    prefix = "(?:" + "|".join(re.escape(b) for b in bases) + ")"
    found = []
    for op in operations().values():
        segments = op.path.strip("/").split("/")
        regex = "".join("/[^/]+" if s.startswith("{") else "/" + re.escape(s) for s in segments)
        literals = sum(not s.startswith("{") for s in segments)
        found.append(Route(op.operation_id, op.method, re.compile(prefix + regex), literals))
    return tuple(sorted(found, key=lambda r: (-r.literals, r.operation_id)))


def route(method: str, url: str) -> str | None:
    """The operationId a request addresses, or None."""
    path = urlsplit(url).path
    return next((r.operation_id for r in routes() if r.method == method.upper() and r.pattern.fullmatch(path)), None)


# --- Documented server errors ------------------------------------------------------------------------

# Outcome names: the second half of a request class.
OK = "ok"
NO_TOKEN = "auth-none-or-both"
MISSING_START = "missing-date-range-start"
MISSING_DETAILED_FILTER = "missing-detailed-filter"
INVALID_DATE = "invalid-date"
DATE_ORDER = "date-order"
PAGE_SIZE_1000 = "page-size-over-1000"
PAGE_SIZE_201 = "attendance-page-size-over-201"
SORT_COLUMN = "invalid-sort-column"
GROUPS_SIZE = "groups-size"
GROUP_NAME = "invalid-group-name"
SERVER_CRASH = "empty-enum-server-crash"
CONTAINS_PREFIX = "invalid-contains:"
EXPORT_PREFIX = "export:"

GUIDE = 'seed 004, "Error Handling Guide"'


@dataclasses.dataclass(frozen=True)
class ErrorCase:
    """A documented error answer: HTTP status, Clockify's code and message, and where it is documented."""

    status: int
    code: int
    message: str
    evidence: str

    def body(self) -> str:
        return json.dumps({"code": self.code, "message": self.message})


# The 13 bodies of seed 004's Error Handling Guide, copied verbatim (test_catalog checks them against the
# seed when it is beside the checkout). Measured on the detailed report unless the guide says otherwise.
SEED_004_ERRORS: Mapping[str, ErrorCase] = {
    MISSING_START: ErrorCase(
        400,
        400,
        "generateDetailedReport.arg1.dateRangeStart: Field dateRangeStart is required",
        f"{GUIDE} > HTTP 400 > Missing Required Parameters (missing dates)",
    ),
    MISSING_DETAILED_FILTER: ErrorCase(
        400,
        501,
        "Please provide detailed filter.",
        f"{GUIDE} > HTTP 400 > Missing Required Parameters (missing detailedFilter)",
    ),
    INVALID_DATE: ErrorCase(
        400,
        501,
        "Invalid date! dateRangeStart and dateRangeEnd must be present; dateRangeStart and dateRangeEnd must be in "
        "ISO date format [1996-03-15T23:59:59.999Z]",
        f"{GUIDE} > HTTP 400 > Date Format Errors (invalid date format)",
    ),
    DATE_ORDER: ErrorCase(
        400,
        501,
        "Invalid date range. dateRangeStart must be before dateRangeEnd.",
        f"{GUIDE} > HTTP 400 > Date Format Errors (date logic error)",
    ),
    PAGE_SIZE_1000: ErrorCase(
        400,
        400,
        "Maximum page size is 1,000",
        f"{GUIDE} > HTTP 400 > Pagination Errors (page size too large)",
    ),
    PAGE_SIZE_201: ErrorCase(
        400,
        501,
        "Maximum page size is 201",
        f"{GUIDE} > HTTP 400 > Pagination Errors (AttendanceFilter page size limit)",
    ),
    SORT_COLUMN: ErrorCase(
        400,
        400,
        "generateDetailedReport.arg1.detailedFilter.sortColumn: You entered invalid value for field : 'sortColumn'. "
        "Value must be from the following set: [ID, DESCRIPTION, USER, DURATION, DATE, NATURAL, USER_DATE]",
        f"{GUIDE} > HTTP 400 > Validation Errors (invalid sort column)",
    ),
    GROUPS_SIZE: ErrorCase(
        400,
        501,
        "Groups size must be between 1 and 3",
        f"{GUIDE} > HTTP 400 > Validation Errors (summaryFilter errors)",
    ),
    GROUP_NAME: ErrorCase(
        400,
        501,
        "Invalid group name",
        f"{GUIDE} > HTTP 400 > Validation Errors (summaryFilter errors)",
    ),
    CONTAINS_PREFIX + "clients": ErrorCase(
        400,
        400,
        "generateDetailedReport.arg1.clients.contains: You entered invalid value for field : 'contains'. "
        "Value must be from the following set: [CONTAINS, DOES_NOT_CONTAIN, CONTAINS_ONLY]",
        f"{GUIDE} > HTTP 400 > Validation Errors (entity filter errors)",
    ),
    "unauthorized": ErrorCase(401, 401, "Unauthorized", f"{GUIDE} > HTTP 401 (invalid API key)"),
    NO_TOKEN: ErrorCase(401, 401, "Multiple or none auth tokens present", f"{GUIDE} > HTTP 401 (missing API key)"),
    SERVER_CRASH: ErrorCase(
        500,
        500,
        "Error occurred while generating report",
        f"{GUIDE} > HTTP 500 (empty string parameters; Server Crash Triggers)",
    ),
}

# Statuses the corrected spec documents for every operation (correction error-responses) whose messages no
# seed records: the reason phrase stands in until `make record` replaces what it can record.
UNDOCUMENTED_MESSAGE = (
    "shape from the corrected spec (correction error-responses: ErrorResponse {code, message}); no seed records "
    "this message, the HTTP reason phrase stands in for it"
)


# Answers observed live on the core API (contract_tests/evidence/, fact named after the `#`), written into the
# cassettes of the requests they answer; test_observed.py checks each against its fact.
def _observed(fact: str, note: str = "") -> str:
    source, fact_id = fact.split("#")
    return f"contract_tests/evidence/{source}.yaml#{fact_id} (the live answer{note})"


LIVE_ERRORS: Mapping[str, ErrorCase] = {
    "unauthorized": ErrorCase(401, 4003, "Api key does not exist", _observed("go-clockify-qa-reports#unknown-api-key")),
    NO_TOKEN: ErrorCase(
        401, 1000, "Multiple or none auth tokens present", _observed("go-clockify-qa-reports#no-credential")
    ),
    "forbidden": ErrorCase(
        403,
        501,
        "Access Denied",
        _observed("go-clockify-qa-reports#workspace-not-visible", ", assumed for every operation on a workspace"),
    ),
    "not-found:getTimeEntry": ErrorCase(
        400,
        501,
        "Time entry doesn't belong to Workspace",
        _observed("go-clockify-qa-reports#time-entry-not-in-workspace"),
    ),
    "not-found:getProject": ErrorCase(
        400,
        501,
        "Project doesn't belong to Workspace",
        _observed("gone-project-stub#project-not-in-workspace", ", as a hand-made stub transcribes it"),
    ),
    "rate-limited": ErrorCase(
        429, 429, "Too Many Requests", _observed("clockify-cli-threads#rate-limited", "; Retry-After chosen here")
    ),
}
SERVER_ERROR = ErrorCase(500, 500, "Internal Server Error", UNDOCUMENTED_MESSAGE)


def scenario_error(name: str, operation_id: str) -> ErrorCase:
    """The answer of scenario ``name`` to ``operation_id``: the live core answer, or seed 004's on the Reports
    API (measured there; DECISIONS.md, 401 bodies)."""
    if name == "server-error":
        return SERVER_ERROR
    if name == "invalid-key" and operations()[operation_id].is_report:
        return SEED_004_ERRORS["unauthorized"]
    key = {"invalid-key": "unauthorized", "not-found": f"not-found:{operation_id}"}.get(name, name)
    return LIVE_ERRORS[key]


ASSUMED = (
    "; measured on the detailed report, assumed for {op} as the corrected spec assumes it (correction {correction})"
)


def entity_filters(operation_id: str) -> tuple[str, ...]:
    """The entity filters ({contains, ids, status}) of a report's body, in the spec's order."""
    schema = operations()[operation_id].body_schema or {}
    return tuple(name for name in schema.get("properties", {}) if name in ENTITY_FILTERS)


def documented_outcomes(operation_id: str) -> tuple[str, ...]:
    """The request-determined error outcomes the suite holds a cassette interaction for, per operation."""
    op = operations()[operation_id]
    if not op.is_report:
        return (NO_TOKEN,) if operation_id == "getLoggedUser" else ()
    own: dict[str, tuple[str, ...]] = {
        "generateDetailedReport": (NO_TOKEN, MISSING_START, MISSING_DETAILED_FILTER, PAGE_SIZE_1000, SORT_COLUMN),
        "generateSummaryReport": (GROUPS_SIZE, GROUP_NAME),
        "generateAttendanceReport": (PAGE_SIZE_201,),
    }
    shared = (INVALID_DATE, DATE_ORDER, SERVER_CRASH)
    contains = tuple(CONTAINS_PREFIX + name for name in entity_filters(operation_id))
    return own.get(operation_id, ()) + shared + contains


def error_case(operation_id: str, outcome: str) -> ErrorCase:
    """The documented answer to a request of class (operation_id, outcome)."""
    if outcome.startswith(CONTAINS_PREFIX):
        field = outcome[len(CONTAINS_PREFIX) :]
        measured = SEED_004_ERRORS[CONTAINS_PREFIX + "clients"]
        message = measured.message.replace("generateDetailedReport.arg1.clients.", f"{operation_id}.arg1.{field}.")
        if (operation_id, field) == ("generateDetailedReport", "clients"):
            return measured
        note = ASSUMED.format(op=f"{operation_id} {field}", correction="entity-contains-error")
        return dataclasses.replace(measured, message=message, evidence=measured.evidence + note)
    if outcome == NO_TOKEN and not operations()[operation_id].is_report:
        return LIVE_ERRORS[NO_TOKEN]
    case = SEED_004_ERRORS[outcome]
    shared = {
        INVALID_DATE: "report-date-format",
        DATE_ORDER: "report-date-order",
        SERVER_CRASH: "report-enum-empty-string",
    }
    if operation_id != "generateDetailedReport" and outcome in shared:
        note = ASSUMED.format(op=operation_id, correction=shared[outcome])
        return dataclasses.replace(case, evidence=case.evidence + note)
    return case


# --- The server model ------------------------------------------------------------------------------------

DATE_FORMAT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")  # 004: exact
# 004's sortColumn message set, plus ZONED_DATE, which DECISIONS.md keeps valid (the newer reference lists it).
DETAILED_SORT_COLUMNS = frozenset(
    {"ID", "DESCRIPTION", "USER", "DURATION", "DATE", "NATURAL", "USER_DATE", "ZONED_DATE"}
)
SUMMARY_GROUPS = frozenset(
    {"PROJECT", "CLIENT", "TASK", "TAG", "DATE", "WEEK", "MONTH", "USER", "USER_GROUP", "TIMEENTRY"}
)
CONTAINS_VALUES = frozenset({"CONTAINS", "DOES_NOT_CONTAIN", "CONTAINS_ONLY"})
ENTITY_FILTERS = ("clients", "projects", "users", "userGroups", "tags", "tasks", "currency", "categories")
FILE_EXPORTS = frozenset({"CSV", "XLSX", "PDF", "ZIP"})
# Fields whose value is one of a set of names. 004 measured the crash for sortColumn, amountShown and
# exportType; its checklist ("No empty strings in any parameter") extends it to the other choice fields.
ENUM_FIELDS = frozenset(
    {
        "amountShown",
        "amounts",
        "approvalState",
        "contains",
        "status",
        "containedInTimeentry",
        "dateRangeType",
        "exportType",
        "invoicingState",
        "sortOrder",
        "sortColumn",
        "weekStart",
        "zoomLevel",
        "totals",
        "numberCondition",
        "type",
        "group",
        "subgroup",
        "summaryChartType",
        "filtrationType",
    }
)


@dataclasses.dataclass(frozen=True)
class Call:
    """One request as the client's ``call`` takes it: parameter names exactly as the spec spells them."""

    operation_id: str
    path: Mapping[str, Json] = dataclasses.field(default_factory=dict)
    query: Mapping[str, Json] = dataclasses.field(default_factory=dict)
    body: Json = None

    def url(self, core: str = CORE_BASE, reports: str = REPORTS_BASE) -> str:
        """The URL the client would send this call to (ids are the caller's; query values as the wire has them)."""
        op = operations()[self.operation_id]
        path = op.path
        for name, value in self.path.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        pairs = [(k, _wire(item)) for k, v in self.query.items() for item in (v if isinstance(v, list) else [v])]
        query = ("?" + urlencode(pairs)) if pairs else ""
        return (reports if op.is_report else core) + path + query


def _wire(value: Json) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


@dataclasses.dataclass(frozen=True, order=True)
class RequestClass:
    operation_id: str
    outcome: str

    def __str__(self) -> str:
        return f"{self.operation_id}/{self.outcome}"


def auth_headers(headers: Mapping[str, Any]) -> int:
    """How many of the two credential headers a request carries (Clockify accepts exactly one)."""
    names = {str(name).lower() for name in headers}
    return len(names & {"x-api-key", "x-addon-token"})


def classify(method: str, url: str, headers: Mapping[str, Any], body: bytes | str | None) -> RequestClass:
    """The class of a request on the wire: which operation, and which documented outcome it gets."""
    operation_id = route(method, url)
    if operation_id is None:
        return RequestClass("?", f"no route for {method} {urlsplit(url).path}")
    if auth_headers(headers) != 1:
        return RequestClass(operation_id, NO_TOKEN)
    if not operations()[operation_id].is_report:
        return RequestClass(operation_id, OK)
    try:
        data = json.loads(body) if body else None
    except ValueError:
        return RequestClass(operation_id, "undocumented: a body that is not JSON")
    return RequestClass(operation_id, report_outcome(operation_id, data))


def _instant(value: Json) -> datetime.datetime | None:
    if not isinstance(value, str) or not DATE_FORMAT.fullmatch(value):
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:  # the right shape, but no such day or time (2024-13-45...)
        return None


def _has_empty_enum(node: Json, key: str | None = None) -> bool:
    if isinstance(node, dict):
        return any(_has_empty_enum(v, k) for k, v in node.items())
    if isinstance(node, list):
        return any(_has_empty_enum(v, key) for v in node)
    return node == "" and key in ENUM_FIELDS


def _int_over(value: Json, limit: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > limit


def report_outcome(operation_id: str, body: Json) -> str:
    """What the Reports API answers a body, per seed 004 (and the decisions in spec/DECISIONS.md)."""
    if not isinstance(body, dict):
        return "undocumented: no JSON object body"
    detailed = operation_id == "generateDetailedReport"
    if detailed and "dateRangeStart" not in body:
        return MISSING_START
    if any(f in body and _instant(body[f]) is None for f in ("dateRangeStart", "dateRangeEnd")):
        return INVALID_DATE
    start, end = _instant(body.get("dateRangeStart")), _instant(body.get("dateRangeEnd"))
    if start is None or end is None:
        return "undocumented: a missing date"
    if start >= end:
        return DATE_ORDER
    if detailed and "detailedFilter" not in body:
        return MISSING_DETAILED_FILTER
    if _has_empty_enum(body):
        return SERVER_CRASH
    detailed_filter = body.get("detailedFilter")
    if detailed and isinstance(detailed_filter, dict):
        if _int_over(detailed_filter.get("pageSize"), 1000):
            return PAGE_SIZE_1000
        if "sortColumn" in detailed_filter and detailed_filter["sortColumn"] not in DETAILED_SORT_COLUMNS:
            return SORT_COLUMN
    attendance = body.get("attendanceFilter") if operation_id == "generateAttendanceReport" else None
    if isinstance(attendance, dict) and _int_over(attendance.get("pageSize"), 201):
        return PAGE_SIZE_201
    summary = body.get("summaryFilter")
    if (
        operation_id == "generateSummaryReport"
        and isinstance(summary, dict)
        and isinstance(summary.get("groups"), list)
    ):
        groups = summary["groups"]
        if not 1 <= len(groups) <= 3:
            return GROUPS_SIZE
        if any(group not in SUMMARY_GROUPS for group in groups):
            return GROUP_NAME
    for name in ENTITY_FILTERS:
        entity = body.get(name)
        if isinstance(entity, dict) and "contains" in entity and entity["contains"] not in CONTAINS_VALUES:
            return CONTAINS_PREFIX + name
    export = body.get("exportType")
    if isinstance(export, str) and export.upper() in FILE_EXPORTS:
        return EXPORT_PREFIX + export.upper()
    return OK
