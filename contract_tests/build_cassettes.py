"""Build the committed cassettes from one table of documented cases.

    python -m contract_tests.build_cassettes          # rewrite contract_tests/cassettes/

Every interaction here is *written* (no live key was available): its request is a representative of its
request class and its response is the documented answer, in the shape the seeds and the corrected spec give.
Interactions that `make record` recorded live are kept as they are (their provenance says
"recorded live on ..."); the builder only fills in the classes nobody recorded. test_cassettes_are_built
checks that the committed files equal this module's output.
"""

from __future__ import annotations

import copy
import http
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from contract_tests import cassette_io, catalog, evidence
from contract_tests.cassette_io import Interaction
from contract_tests.catalog import (
    CATEGORY_ID,
    CLIENT_ID,
    CURRENCY_ID,
    CUSTOM_FIELD_ID,
    DUPLICATE_ENTRY_ID,
    EXPENSE_ID,
    MISSING_ID,
    OTHER_ENTRY_ID,
    OTHER_USER_ID,
    PROJECT_ID,
    RUNNING_ENTRY_ID,
    TAG_ID,
    TASK_ID,
    TIME_ENTRY_ID,
    USER_ID,
    WORKSPACE_ID,
    Call,
)

Json = Any
REDACTED = "REDACTED"  # what a credential header reads as in every cassette (recording.REDACTED)
RETRY_AFTER = "1"

WS = {"workspaceId": WORKSPACE_ID}
USER = {**WS, "userId": USER_ID}

# --- Response bodies: the shapes of the seeds, in the corrected spec's schemas ------------------------------

RATE = {"amount": 10500, "currency": "USD"}
MEMBERSHIP = {
    "userId": USER_ID,
    "targetId": WORKSPACE_ID,
    "membershipType": "WORKSPACE",
    "membershipStatus": "ACTIVE",
    "hourlyRate": RATE,
    "costRate": {"amount": 6000, "currency": "USD"},
}
SETTINGS = {
    "weekStart": "MONDAY",
    "timeZone": "Europe/Berlin",
    "timeFormat": "HOUR24",
    "dateFormat": "YYYY-MM-DD",
    "sendNewsletter": False,
    "weeklyUpdates": False,
    "longRunning": True,
    "timeTrackingManual": False,
    "summaryReportSettings": {"group": "PROJECT", "subgroup": "CLIENT"},
    "isCompactViewOn": False,
    "dashboardSelection": "ME",
    "dashboardViewType": "PROJECT",
    "dashboardPinToTop": False,
    "projectListCollapse": 50,
    "collapseAllProjectLists": False,
    "groupSimilarEntriesDisabled": False,
    "myStartOfDay": "09:00",
    "theme": "DEFAULT",
    "lang": "EN",
}
# `status` is the enumeration's name (correction enums-published-as-objects).
USER_BODY = {
    "id": USER_ID,
    "email": "john.smith@example.com",
    "name": "John Smith",
    "activeWorkspace": WORKSPACE_ID,
    "defaultWorkspace": WORKSPACE_ID,
    "profilePicture": "https://img.clockify.me/no-user-image.png",
    "memberships": [MEMBERSHIP],
    "settings": SETTINGS,
    "customFields": [],
    "status": "ACTIVE",
}
OTHER_USER_BODY = {
    **USER_BODY,
    "id": OTHER_USER_ID,
    "email": "ana.lopez@example.com",
    "name": "Ana Lopez",
    "memberships": [{**MEMBERSHIP, "userId": OTHER_USER_ID}],
}
WORKSPACE_BODY = {
    "id": WORKSPACE_ID,
    "name": "Acme Engineering",
    "hourlyRate": {"amount": 10500, "currency": "USD"},
    "costRate": {"amount": 6000, "currency": "USD"},
    "memberships": [MEMBERSHIP],
    "workspaceSettings": {
        "timeRoundingInReports": False,
        "onlyAdminsSeeBillableRates": True,
        "onlyAdminsCreateProject": True,
        "onlyAdminsSeeDashboard": False,
        "defaultBillableProjects": True,
        "isProjectPublicByDefault": True,
        "lockTimeEntries": "2024-01-01T00:00:00Z",
        "round": {"round": "Round to nearest", "minutes": "15"},
        "projectFavorites": True,
        "canSeeTimeSheet": True,
        "canSeeTracker": True,
        "projectPickerSpecialFilter": False,
        "forceProjects": False,
        "forceTasks": False,
        "forceTags": False,
        "forceDescription": False,
        "onlyAdminsSeeAllTimeEntries": False,
        "onlyAdminsSeePublicProjectsEntries": False,
        "trackTimeDownToSecond": True,
        "projectGroupingLabel": "client",
        "automaticLock": {
            "changeDay": "FRIDAY",
            "dayOfMonth": 1,
            "firstDay": "MONDAY",
            "olderThanPeriod": "DAYS",
            "olderThanValue": 30,
            "type": "WEEKLY",
        },
        "onlyAdminsCreateTag": False,
        "onlyAdminsCreateTask": False,
        "timeTrackingMode": "DEFAULT",
        "isCostRateActive": True,
        "durationFormat": "FULL",
        "numberFormat": "COMMA_PERIOD",
        "currencyFormat": "CURRENCY_SPACE_VALUE",
        "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
    },
    "imageUrl": "",
    "features": ["ADD_TIME_FOR_OTHERS", "APPROVAL", "EXPENSES", "INVOICING", "TIME_OFF"],
    "currencies": [{"id": CURRENCY_ID, "code": "USD", "isDefault": True}],
    "subdomain": {"enabled": False, "name": ""},
}
PROJECT_BODY = {
    "id": PROJECT_ID,
    "name": "Website Redesign",
    "clientId": CLIENT_ID,
    "clientName": "ABC Corporation",
    "workspaceId": WORKSPACE_ID,
    "billable": True,
    "color": "#0B83D9",
    "archived": False,
    "duration": "PT12H30M",
    "note": "Client website relaunch",
    "public": True,
    "template": False,
    "hourlyRate": {"amount": 15000, "currency": "USD"},
    "costRate": {"amount": 6000, "currency": "USD"},
    "memberships": [{**MEMBERSHIP, "targetId": PROJECT_ID, "membershipType": "PROJECT"}],
    "estimate": {"estimate": "PT0S", "type": "AUTO"},
}
PROJECT_IMPL_BODY = {**PROJECT_BODY, "isPublic": True, "isTemplate": False}
CLIENT_BODY = {
    "id": CLIENT_ID,
    "name": "ABC Corporation",
    "workspaceId": WORKSPACE_ID,
    "archived": False,
    "address": "123 Main St",
    "note": "Client notes",
    "email": "billing@example.com",
    "ccEmails": [],
    "currencyId": CURRENCY_ID,
    "currencyCode": "USD",
}
TAG_BODY = {"id": TAG_ID, "name": "urgent", "workspaceId": WORKSPACE_ID, "archived": False}
TASK_BODY = {
    "id": TASK_ID,
    "name": "Task Name",
    "projectId": PROJECT_ID,
    "assigneeIds": [USER_ID],
    "assigneeId": USER_ID,
    "userGroupIds": [],
    "estimate": "PT2H",
    "billable": True,
    "duration": "PT1H30M",
    "hourlyRate": {"amount": 15000, "currency": "USD"},
    "costRate": {"amount": 6000, "currency": "USD"},
    "status": "ACTIVE",
}
INTERVAL = {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T10:30:00Z", "duration": "PT1H30M"}
TIME_ENTRY_BODY = {
    "id": TIME_ENTRY_ID,
    "description": "Working on new feature",
    "userId": USER_ID,
    "workspaceId": WORKSPACE_ID,
    "projectId": PROJECT_ID,
    "taskId": TASK_ID,
    "tagIds": [TAG_ID],
    "billable": True,
    "isLocked": False,
    "type": "REGULAR",
    # Seed 001, "1. Add Time Entry": a text field's value is a string (correction custom-field-value-any);
    # the value carries no name or type there (a live read of one does: recorded_bodies leaves them optional).
    "customFieldValues": [
        {"customFieldId": CUSTOM_FIELD_ID, "sourceType": "WORKSPACE", "timeEntryId": TIME_ENTRY_ID, "value": "CF-001"}
    ],
    "timeInterval": INTERVAL,
}
TIME_ENTRY_WITH_RATES = {**TIME_ENTRY_BODY, "hourlyRate": RATE, "costRate": {"amount": 6000, "currency": "USD"}}
# Seed 001, "7. Get In-Progress Time Entries": a running timer has a start and no end; its "Data Models"
# give that end as null (correction running-timer-interval).
RUNNING_BODY = {
    "id": RUNNING_ENTRY_ID,
    "description": "Current work",
    "userId": USER_ID,
    "workspaceId": WORKSPACE_ID,
    "projectId": PROJECT_ID,
    "tagIds": [],
    "billable": True,
    "isLocked": False,
    "type": "REGULAR",
    "timeInterval": {"start": "2024-01-15T14:15:22Z", "end": None, "duration": "PT2H30M"},
}

DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
DETAILED_ROWS = [
    {
        "id": "64f2a1b2c3d4e5f6a7b8c9d0",
        "description": "Developed user interface components",
        "userId": USER_ID,
        "userName": "John Smith",
        "userEmail": "john.smith@example.com",
        "projectId": PROJECT_ID,
        "projectName": "Website Redesign",
        "projectColor": "#0B83D9",
        "clientId": CLIENT_ID,
        "clientName": "ABC Corporation",
        "taskId": TASK_ID,
        "taskName": "Task Name",
        "timeInterval": {"start": "2024-01-15T09:00:00Z", "end": "2024-01-15T17:00:00Z", "duration": 28800},
        "billable": True,
        "locked": False,
        "tags": [{"id": TAG_ID, "name": "Development"}],
    },
    {
        "id": "64f2a1b2c3d4e5f6a7b8c9d1",
        "description": "Client meeting",
        "userId": OTHER_USER_ID,
        "userName": "Ana Lopez",
        "userEmail": "ana.lopez@example.com",
        "projectId": PROJECT_ID,
        "projectName": "Website Redesign",
        "projectColor": "#0B83D9",
        "clientId": CLIENT_ID,
        "clientName": "ABC Corporation",
        "timeInterval": {"start": "2024-01-16T10:00:00Z", "end": "2024-01-16T11:00:00Z", "duration": 3600},
        "billable": False,
        "locked": False,
        "tags": [],
    },
]
TOTALS = {
    "id": "",
    "totalTime": 32400,
    "totalBillableTime": 28800,
    "entriesCount": 2,
    "amounts": [{"type": "EARNED", "value": 1200.0, "amount": 120000, "currency": "USD"}],
}
DETAILED_BODY = {"totals": [TOTALS], "timeEntries": DETAILED_ROWS}
SUMMARY_BODY = {
    "totals": [TOTALS],
    "groupOne": [
        {
            "id": PROJECT_ID,
            "name": "Website Redesign",
            "clientName": "ABC Corporation",
            "nameLowerCase": "website redesign",
            "duration": 32400,
            "amount": 120000,
            "children": [
                {"id": USER_ID, "name": "John Smith", "duration": 28800, "amount": 120000},
                {"id": OTHER_USER_ID, "name": "Ana Lopez", "duration": 3600, "amount": 0},
            ],
        }
    ],
}
WEEKLY_BODY = {
    "totals": [TOTALS],
    "totalsByDay": [
        {"date": "2024-01-15", "duration": 28800, "amount": 120000},
        {"date": "2024-01-16", "duration": 3600, "amount": 0},
    ],
    "groupOne": [
        {
            "id": USER_ID,
            "name": "John Smith",
            "duration": 28800,
            "amount": 120000,
            "days": [{"date": "2024-01-15", "duration": 28800, "amount": 120000}],
            "children": [{"id": PROJECT_ID, "name": "Website Redesign", "duration": 28800, "amount": 120000}],
        }
    ],
    "decimalFormat": False,
    "trackTimeDownToSeconds": True,
    "includeUsersWithoutTime": False,
}
EXPENSES_BODY = {
    "expenses": [
        {
            "id": EXPENSE_ID,
            "date": "2024-01-15",
            "amount": 125.0,
            "quantity": 1.0,
            "billable": True,
            "locked": False,
            "categoryId": CATEGORY_ID,
            "categoryName": "Travel",
            "categoryHasUnitPrice": False,
            "notes": "Client site visit",
            "projectId": PROJECT_ID,
            "projectName": "Website Redesign",
            "projectColor": "#0B83D9",
            "userId": USER_ID,
            "userName": "John Smith",
            "userEmail": "john.smith@example.com",
            "workspaceId": WORKSPACE_ID,
        }
    ],
    "totals": {"expensesCount": 1, "totalAmount": 125.0, "totalAmountBillable": 125.0},
}
ATTENDANCE_BODY = {
    "entities": [
        {
            "userId": USER_ID,
            "userName": "John Smith",
            "date": "2024-01-15",
            "startTime": "09:00",
            "endTime": "17:00",
            "totalDuration": 28800,
            "break": 1800,
            "capacity": 28800,
            "overtime": 0,
            "remainingCapacity": 0,
            "timeOff": 0,
            "hasRunningEntry": False,
        }
    ]
}
CSV = {
    "generateDetailedReport": (
        "Project,Client,Description,Task,User,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,"
        "Duration (h),Duration (decimal)\n"
        "Website Redesign,ABC Corporation,Developed user interface components,Task Name,John Smith,"
        "john.smith@example.com,Development,Yes,2024-01-15,09:00:00,2024-01-15,17:00:00,08:00:00,8.00\n"
    ),
    "generateSummaryReport": "Project,Client,Time (h),Time (decimal),Amount (USD)\nWebsite Redesign,ABC Corporation,"
    "09:00:00,9.00,1200.00\n",
    "generateWeeklyReport": "User,Mon 2024-01-15,Tue 2024-01-16,Total\nJohn Smith,08:00:00,00:00:00,08:00:00\n",
    "generateDetailedReportV1": "Date,Project,Category,User,Notes,Amount (USD)\n2024-01-15,Website Redesign,Travel,"
    "John Smith,Client site visit,125.00\n",
    "generateAttendanceReport": "User,Date,Start,End,Break,Work,Capacity,Overtime,Time off\nJohn Smith,2024-01-15,"
    "09:00,17:00,00:30:00,08:00:00,08:00:00,00:00:00,00:00:00\n",
}

# --- Requests ---------------------------------------------------------------------------------------------

REPORT_BODIES: Mapping[str, Mapping[str, Json]] = {
    # seed 004, Implementation Examples, Example 1 (Monthly Invoice Generation)
    "generateDetailedReport": {
        **DATES,
        "clients": {"contains": "CONTAINS", "ids": [CLIENT_ID], "status": "ACTIVE"},
        "billable": True,
        "invoicingState": "UNINVOICED",
        "amounts": ["EARNED"],
        "sortOrder": "ASCENDING",
        "detailedFilter": {"page": 1, "pageSize": 1000, "sortColumn": "DATE"},
    },
    # seed 004, Example 4 (Project Summary Report)
    "generateSummaryReport": {
        **DATES,
        "projects": {"contains": "CONTAINS", "ids": [PROJECT_ID], "status": "ACTIVE"},
        "summaryFilter": {"groups": ["PROJECT", "USER"], "sortColumn": "DURATION", "summaryChartType": "PROJECT"},
        "amounts": ["EARNED", "COST", "PROFIT"],
    },
    # seed 003, Weekly Report, in the reference's weeklyFilter shape (DECISIONS.md)
    "generateWeeklyReport": {**DATES, "weeklyFilter": {"group": "USER", "subgroup": "TIME"}, "amountShown": "EARNED"},
    # seed 003, Expense Report, at the reference's path and in its shape (DECISIONS.md)
    "generateDetailedReportV1": {
        **DATES,
        "page": 1,
        "pageSize": 50,
        "sortColumn": "DATE",
        "sortOrder": "DESCENDING",
        "users": {"contains": "CONTAINS", "ids": [USER_ID]},
        "projects": {"contains": "CONTAINS", "ids": [PROJECT_ID]},
        "billable": True,
    },
    # seed 004, AttendanceFilter Structure
    "generateAttendanceReport": {
        **DATES,
        "attendanceFilter": {"page": 1, "pageSize": 201, "sortColumn": "USER", "hasTimeOff": False},
    },
}
START, END = "2024-01-15T09:00:00Z", "2024-01-15T10:30:00Z"
ENTRY_REQUEST = {
    "start": START,
    "end": END,
    "billable": True,
    "description": "Working on new feature",
    "projectId": PROJECT_ID,
    "taskId": TASK_ID,
    "tagIds": [TAG_ID],
}


def _csv(op: str) -> Call:
    return Call(op, WS, {}, {**REPORT_BODIES[op], "exportType": "CSV"})


# operationId -> (representative request, status, body or CSV text, evidence)
SUCCESS: Mapping[str, tuple[Call, int, Json, str]] = {
    "getLoggedUser": (Call("getLoggedUser"), 200, USER_BODY, 'seed 002, "Get Current User"'),
    "getWorkspacesOfUser": (Call("getWorkspacesOfUser"), 200, [WORKSPACE_BODY], 'seed 002, "List Workspaces"'),
    "getWorkspaceOfUser": (Call("getWorkspaceOfUser", WS), 200, WORKSPACE_BODY, 'seed 002, "Get Workspace"'),
    "getUsersOfWorkspace": (
        Call("getUsersOfWorkspace", WS, {"page": 1, "page-size": 50}),
        200,
        [USER_BODY, OTHER_USER_BODY],
        'seed 002, "List Workspace Users" and "Notes" (page, page-size, Last-Page)',
    ),
    "getProjects": (
        Call("getProjects", WS, {"archived": False, "page": 1, "page-size": 50}),
        200,
        [PROJECT_BODY],
        'seed 002, "List Projects"',
    ),
    "createNewProject": (
        Call("createNewProject", WS, {}, {"name": "Website Redesign", "isPublic": True, "clientId": CLIENT_ID}),
        201,
        PROJECT_IMPL_BODY,
        'seed 002, "Create Project"',
    ),
    "getProject": (Call("getProject", {**WS, "projectId": PROJECT_ID}), 200, PROJECT_BODY, 'seed 002, "Get Project"'),
    "updateProject": (
        Call("updateProject", {**WS, "projectId": PROJECT_ID}, {}, {"name": "Website Redesign", "archived": True}),
        200,
        {**PROJECT_IMPL_BODY, "archived": True},
        'seed 002, "Update Project"',
    ),
    "deleteProject": (
        Call("deleteProject", {**WS, "projectId": PROJECT_ID}),
        200,
        {**PROJECT_IMPL_BODY, "archived": True},
        'seed 002, "Delete Project" and "Notes" (archive before deleting)',
    ),
    "getClients": (
        Call("getClients", WS, {"page": 1, "page-size": 50}),
        200,
        [CLIENT_BODY],
        'seed 002, "List Clients"',
    ),
    "createClient": (
        Call("createClient", WS, {}, {"name": "ABC Corporation", "address": "123 Main St", "note": "Client notes"}),
        201,
        CLIENT_BODY,
        'seed 002, "Create Client"',
    ),
    "getTags": (Call("getTags", WS, {"page": 1, "page-size": 50}), 200, [TAG_BODY], 'seed 002, "List Tags"'),
    "createNewTag": (Call("createNewTag", WS, {}, {"name": "urgent"}), 201, TAG_BODY, 'seed 002, "Create Tag"'),
    "getTasks": (
        Call("getTasks", {**WS, "projectId": PROJECT_ID}, {"page": 1, "page-size": 50}),
        200,
        [TASK_BODY],
        'seed 002, "List Tasks on Project"',
    ),
    "createTask": (
        Call(
            "createTask",
            {**WS, "projectId": PROJECT_ID},
            {},
            {"name": "Task Name", "assigneeIds": [USER_ID], "estimate": "PT2H"},
        ),
        201,
        TASK_BODY,
        'seed 002, "Create Task"',
    ),
    "createTimeEntry": (
        Call("createTimeEntry", WS, {}, ENTRY_REQUEST),
        201,
        TIME_ENTRY_BODY,
        'seed 001, "1. Add Time Entry"; seed 002, "Create Time Entry"',
    ),
    "getTimeEntries": (
        Call(
            "getTimeEntries",
            USER,
            {"start": "2024-01-01T00:00:00Z", "end": "2024-01-31T23:59:59Z", "page": 1, "page-size": 100},
        ),
        200,
        [TIME_ENTRY_WITH_RATES],
        'seed 001, "2. Get Time Entries for User" (Request Example)',
    ),
    "stopRunningTimeEntry": (
        Call("stopRunningTimeEntry", USER, {}, {"end": "2024-01-15T16:30:00Z"}),
        200,
        {
            **RUNNING_BODY,
            "timeInterval": {"start": "2024-01-15T14:15:22Z", "end": "2024-01-15T16:30:00Z", "duration": "PT2H14M38S"},
        },
        'seed 001, "6. Stop Timer"; seed 002, "Stop Running Timer"',
    ),
    "createForOthers": (
        Call("createForOthers", {**WS, "userId": OTHER_USER_ID}, {}, ENTRY_REQUEST),
        201,
        {**TIME_ENTRY_BODY, "id": OTHER_ENTRY_ID, "userId": OTHER_USER_ID},
        'seed 001, "8. Add Time Entry for Another User"',
    ),
    "replaceMany": (
        Call(
            "replaceMany",
            USER,
            {},
            [
                {
                    "id": TIME_ENTRY_ID,
                    "start": START,
                    "end": "2024-01-15T11:00:00Z",
                    "description": "Updated description",
                    "billable": True,
                }
            ],
        ),
        200,
        [
            {
                **TIME_ENTRY_BODY,
                "description": "Updated description",
                "timeInterval": {"start": START, "end": "2024-01-15T11:00:00Z", "duration": "PT2H"},
            }
        ],
        'reference replaceMany (DECISIONS.md, bulk edit); seed 001, "4. Update Time Entry" (entry shape)',
    ),
    "deleteMany": (
        Call("deleteMany", USER, {"time-entry-ids": [DUPLICATE_ENTRY_ID, OTHER_ENTRY_ID]}),
        200,
        [{**TIME_ENTRY_BODY, "id": DUPLICATE_ENTRY_ID}, {**TIME_ENTRY_BODY, "id": OTHER_ENTRY_ID}],
        "reference deleteMany (DECISIONS.md, delete for a user)",
    ),
    "getTimeEntry": (
        Call("getTimeEntry", {**WS, "id": TIME_ENTRY_ID}, {"hydrated": False}),
        200,
        TIME_ENTRY_WITH_RATES,
        'seed 001, "3. Get Time Entry by ID"; seed 002, "Get Time Entry"',
    ),
    "updateTimeEntry": (
        Call(
            "updateTimeEntry",
            {**WS, "id": TIME_ENTRY_ID},
            {},
            {**ENTRY_REQUEST, "end": "2024-01-15T11:00:00Z", "description": "Updated description"},
        ),
        200,
        {
            **TIME_ENTRY_BODY,
            "description": "Updated description",
            "timeInterval": {"start": START, "end": "2024-01-15T11:00:00Z", "duration": "PT2H"},
        },
        'seed 001, "4. Update Time Entry"; seed 002, "Update Time Entry"',
    ),
    "deleteTimeEntry": (
        Call("deleteTimeEntry", {**WS, "id": TIME_ENTRY_ID}),
        204,
        None,
        'seed 001, "5. Delete Time Entry" (204 No Content)',
    ),
    "getInProgressTimeEntries": (
        Call("getInProgressTimeEntries", WS, {"page": 1, "page-size": 50}),
        200,
        [RUNNING_BODY],
        'seed 001, "7. Get In-Progress Time Entries" at the reference\'s path (DECISIONS.md, running timers)',
    ),
    "duplicateTimeEntry": (
        Call("duplicateTimeEntry", {**USER, "id": TIME_ENTRY_ID}),
        201,
        {**TIME_ENTRY_BODY, "id": DUPLICATE_ENTRY_ID},
        'reference duplicateTimeEntry (DECISIONS.md, duplicate); seed 001, "10. Duplicate Time Entry" (answer)',
    ),
    "updateInvoicedStatus": (
        Call("updateInvoicedStatus", WS, {}, {"timeEntryIds": [TIME_ENTRY_ID, OTHER_ENTRY_ID], "invoiced": True}),
        200,
        None,
        'seed 001, "11. Mark Time Entries as Invoiced" (request); the corrected spec documents no answer body',
    ),
    "generateDetailedReport": (
        Call("generateDetailedReport", WS, {}, REPORT_BODIES["generateDetailedReport"]),
        200,
        DETAILED_BODY,
        'seed 004, "Response Structure" (timeEntries, id, duration in seconds) and Example 1 (request)',
    ),
    "generateSummaryReport": (
        Call("generateSummaryReport", WS, {}, REPORT_BODIES["generateSummaryReport"]),
        200,
        SUMMARY_BODY,
        'seed 003, "2. Summary Report" (groupOne, children); seed 004 Example 4 (request)',
    ),
    "generateWeeklyReport": (
        Call("generateWeeklyReport", WS, {}, REPORT_BODIES["generateWeeklyReport"]),
        200,
        WEEKLY_BODY,
        'seed 003, "3. Weekly Report", in the reference\'s TimeEntryWeeklyReportDto shape (DECISIONS.md)',
    ),
    "generateDetailedReportV1": (
        Call("generateDetailedReportV1", WS, {}, REPORT_BODIES["generateDetailedReportV1"]),
        200,
        EXPENSES_BODY,
        'seed 003, "4. Expense Report", in the reference\'s ExpenseDetailedReportDtoV1 shape (DECISIONS.md)',
    ),
    "generateAttendanceReport": (
        Call("generateAttendanceReport", WS, {}, REPORT_BODIES["generateAttendanceReport"]),
        200,
        ATTENDANCE_BODY,
        'seed 004, "ATTENDANCE FILTER" (daily patterns), in the reference\'s AttendanceReportDtoV1 shape',
    ),
}
LISTS_WITH_LAST_PAGE = frozenset(op for op, (call, *_) in SUCCESS.items() if "page-size" in call.query)


def _without(body: Mapping[str, Json], key: str) -> dict[str, Json]:
    return {k: v for k, v in body.items() if k != key}


def _with(body: Mapping[str, Json], path: tuple[str, ...], value: Json) -> dict[str, Json]:
    out = copy.deepcopy(dict(body))
    node = out
    for step in path[:-1]:
        node = node.setdefault(step, {})
    node[path[-1]] = value
    return out


def error_body(op: str, outcome: str) -> Json:
    """A representative request body of a documented error class: the valid body, broken in one place."""
    base = REPORT_BODIES.get(op, {})
    if outcome.startswith(catalog.CONTAINS_PREFIX):
        return _with(base, (outcome[len(catalog.CONTAINS_PREFIX) :], "contains"), "INCLUDES")
    mutations: dict[str, Callable[[], Json]] = {
        catalog.MISSING_START: lambda: _without(base, "dateRangeStart"),
        catalog.MISSING_DETAILED_FILTER: lambda: _without(base, "detailedFilter"),
        catalog.INVALID_DATE: lambda: {**base, "dateRangeStart": "2024-01-01"},  # 004: "without time portion"
        catalog.DATE_ORDER: lambda: {**base, "dateRangeStart": "2024-02-01T00:00:00.000Z"},
        catalog.PAGE_SIZE_1000: lambda: _with(base, ("detailedFilter", "pageSize"), 5000),
        catalog.PAGE_SIZE_201: lambda: _with(base, ("attendanceFilter", "pageSize"), 500),
        catalog.SORT_COLUMN: lambda: _with(base, ("detailedFilter", "sortColumn"), "NAME"),
        catalog.GROUPS_SIZE: lambda: _with(base, ("summaryFilter", "groups"), []),
        catalog.GROUP_NAME: lambda: _with(base, ("summaryFilter", "groups"), ["PROJECT", "CUSTOMER"]),
        catalog.SERVER_CRASH: lambda: {**base, "exportType": ""},  # 004: a measured crash trigger
        catalog.NO_TOKEN: lambda: base or None,
    }
    return mutations[outcome]()


# --- Interactions -----------------------------------------------------------------------------------------


def _request(call: Call, *, auth: bool = True) -> dict[str, Json]:
    export = call.body.get("exportType") if isinstance(call.body, dict) else None
    headers: dict[str, list[str]] = {"Accept": ["*/*" if export in catalog.FILE_EXPORTS else "application/json"]}
    if call.body is not None:
        headers["Content-Type"] = ["application/json"]
    if auth:
        headers["X-Api-Key"] = [REDACTED]
    body = None if call.body is None else json.dumps(call.body, indent=2) + "\n"
    return {
        "body": body,
        "headers": headers,
        "method": catalog.operations()[call.operation_id].method,
        "uri": call.url(),
    }


def _response(status: int, body: str | None, headers: Mapping[str, str]) -> dict[str, Json]:
    return {
        "status": {"code": status, "message": http.HTTPStatus(status).phrase},
        "headers": {name: [value] for name, value in headers.items()},
        "body": {"string": body or ""},
    }


def _interaction(call: Call, provenance: str, response: dict[str, Json], *, auth: bool = True) -> Interaction:
    request = _request(call, auth=auth)
    cls = catalog.classify(request["method"], request["uri"], request["headers"], request["body"])
    return {"provenance": provenance, "request_class": str(cls), "request": request, "response": response}


def _json_response(status: int, body: Json, extra: Mapping[str, str] | None = None) -> dict[str, Json]:
    headers = {"Content-Type": "application/json", **(extra or {})}
    return _response(status, json.dumps(body, indent=2) + "\n", headers)


def _error_response(case: catalog.ErrorCase, extra: Mapping[str, str] | None = None) -> dict[str, Json]:
    return _response(case.status, case.body(), {"Content-Type": "application/json", **(extra or {})})


def written(evidence: str) -> str:
    return f"{cassette_io.WRITTEN}{evidence}, not recorded"


def operation_interactions(op: str) -> Iterator[Interaction]:
    call, status, body, evidence = SUCCESS[op]
    if body is None:
        response = _response(status, None, {})
    else:
        response = _json_response(status, body, {"Last-Page": "true"} if op in LISTS_WITH_LAST_PAGE else None)
    yield _interaction(call, written(evidence), response)
    if op in CSV:
        csv_evidence = f'seed 004, "exportType (Output Format)" (CSV; body in the form of {op}\'s JSON answer)'
        yield _interaction(_csv(op), written(csv_evidence), _response(200, CSV[op], {"Content-Type": "text/csv"}))
    for outcome in catalog.documented_outcomes(op):
        case = catalog.error_case(op, outcome)
        request = Call(op, call.path, call.query, error_body(op, outcome))
        yield _interaction(request, written(case.evidence), _error_response(case), auth=outcome != catalog.NO_TOKEN)


# scenario -> operations it is written for (one core, one Reports operation where both apply)
SCENARIO_OPERATIONS: Mapping[str, tuple[str, ...]] = {
    "invalid-key": ("getLoggedUser", "generateDetailedReport"),
    "forbidden": ("getUsersOfWorkspace", "createNewProject"),
    "not-found": ("getProject", "getTimeEntry"),
    "rate-limited": ("getLoggedUser", "createTimeEntry"),
    "server-error": ("getTimeEntries",),
}
NOT_FOUND_PATHS = {"getProject": {**WS, "projectId": MISSING_ID}, "getTimeEntry": {**WS, "id": MISSING_ID}}


def scenario_interactions(name: str) -> Iterator[Interaction]:
    extra = {"Retry-After": RETRY_AFTER} if name == "rate-limited" else None
    for op in SCENARIO_OPERATIONS[name]:
        case = catalog.scenario_error(name, op)
        call = SUCCESS[op][0]
        if name == "not-found":
            call = Call(op, NOT_FOUND_PATHS[op], call.query, call.body)
        yield _interaction(call, written(case.evidence), _error_response(case, extra))


# --- Facts observed live (contract_tests/evidence/) ----------------------------------------------------------


def observed_call(fact: evidence.Fact) -> Call:
    """The request of a replayed fact, in our placeholders: the operation's representative path (its last id one
    nothing has where the fact is about a missing or invisible entity), the recorded query and body."""
    assert fact.operation is not None
    path = dict(SUCCESS[fact.operation][0].path)
    if fact.entity == "missing":
        path[list(path)[-1]] = MISSING_ID
    return Call(fact.operation, path, dict(fact.query), fact.sent)


def observed_interaction(fact: evidence.Fact) -> Interaction:
    body = fact.body if fact.replay == "success" else fact.error_body()
    response = _json_response(int(fact.status or 0), body)
    return _interaction(observed_call(fact), fact.provenance, response, auth=fact.credential != "none")


def observed_table() -> dict[str, list[Interaction]]:
    """One cassette per replayed fact of the evidence corpus."""
    return {fact.name: [observed_interaction(fact)] for fact in evidence.replayed()}


# --- Files ------------------------------------------------------------------------------------------------


def table() -> dict[str, list[Interaction]]:
    """Every cassette the table describes, by name, with its written interactions."""
    files = {op: list(operation_interactions(op)) for op in catalog.operations()}
    files.update({name: list(scenario_interactions(name)) for name in cassette_io.SCENARIOS})
    files.update(observed_table())
    return files


def build(
    existing: Path | None = cassette_io.CASSETTES,
    recorded: Mapping[str, list[Interaction]] | None = None,
) -> dict[str, str]:
    """Relative path -> YAML text of every cassette. An interaction recorded live wins over the written one of
    its class: those in ``recorded`` (just recorded, by cassette name), then those already in ``existing``."""
    out: dict[str, str] = {}
    for name, interactions in table().items():
        live: dict[str, Interaction] = {}
        path = cassette_io.cassette_path(name, existing) if existing is not None else None
        if path is not None and path.is_file():
            for item in cassette_io.load(path):
                if str(item.get("provenance", "")).startswith(cassette_io.RECORDED):
                    live[str(cassette_io.request_class(item))] = item
        for item in (recorded or {}).get(name, []):
            live[str(cassette_io.request_class(item))] = item
        merged = [live.pop(item["request_class"], item) for item in interactions]
        merged.extend(live.values())  # a recorded class the table does not know is kept, never dropped
        out[cassette_io.relative_path(name)] = cassette_io.dump(name, merged)
    return out


def write(files: Mapping[str, str], root: Path = cassette_io.CASSETTES) -> None:
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def main() -> int:
    files = build()
    write(files)
    print(f"wrote {len(files)} cassettes to {cassette_io.CASSETTES}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
