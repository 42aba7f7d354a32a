"""The Reports API, computed from the fake's stored time entries and expenses.

Totals are always over the whole result and rows over the requested page, as the server does; an
``exportType`` other than JSON turns the same rows into a file of the documented content type.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from clockify_client.testing._state import (
    DEFAULT_CAPACITY,
    DEFAULT_CURRENCY,
    Entity,
    Store,
    parse_instant,
    wire_instant,
)

Json = Any
Rows = list[dict[str, Any]]

EXPORT_TYPES = {
    "CSV": "text/csv",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "PDF": "application/pdf",
    "ZIP": "application/zip",
}
DEFAULT_PAGE_SIZE = 50

# --- which entries a report body selects ------------------------------------------------------------


def _entity_values(store: Store, entry: Mapping[str, Any], name: str) -> list[str]:
    """The ids an entry has for a report's entity filter (``projects``, ``tags``, ...)."""
    project = store.get("project", entry["projectId"]) if entry.get("projectId") else None
    found = {
        "users": [entry["userId"]],
        "projects": [entry.get("projectId") or ""],
        "clients": [project["clientId"] if project else ""],
        "tasks": [entry.get("taskId") or ""],
        "tags": list(entry.get("tagIds") or []),
    }.get(name)
    return [v for v in found if v] if found is not None else []


def _passes(values: Sequence[str], condition: Json) -> bool:
    if not isinstance(condition, Mapping) or not condition.get("ids"):
        return True
    ids = set(condition["ids"])
    mode = condition.get("contains", "CONTAINS")
    if mode == "DOES_NOT_CONTAIN":
        return not ids & set(values)
    if mode == "CONTAINS_ONLY":
        return bool(values) and set(values) <= ids
    return bool(ids & set(values))


ENTITY_FILTERS = ("users", "projects", "clients", "tasks", "tags")


def selected_entries(store: Store, workspace_id: str, body: Mapping[str, Any]) -> list[Entity]:
    start, end = parse_instant(body.get("dateRangeStart")), parse_instant(body.get("dateRangeEnd"))
    filters = [n for n in ENTITY_FILTERS if isinstance(body.get(n), Mapping) and body[n].get("ids")]
    billable = body.get("billable")
    invoicing = body.get("invoicingState")
    text = body.get("description")
    found = []
    if start is None or end is None:
        return []
    # Stored instants are all written alike (wire_instant: UTC, seconds), so they compare as text.
    low, high = wire_instant(start), wire_instant(end)
    for entry in store.of_workspace("entry", workspace_id):
        interval = entry["timeInterval"]
        if interval["end"] is None or not low <= interval["start"] <= high:
            continue  # a running timer is in no report
        if isinstance(billable, bool) and entry["billable"] != billable:
            continue
        if invoicing in ("INVOICED", "UNINVOICED") and (entry["id"] in store.invoiced) != (invoicing == "INVOICED"):
            continue
        if isinstance(text, str) and text and text.lower() not in entry["description"].lower():
            continue
        if all(_passes(_entity_values(store, entry, n), body[n]) for n in filters):
            found.append(entry)
    return found


# --- one detailed row per entry ---------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _span(start: str, end: str | None) -> int:
    began, ended = parse_instant(start), parse_instant(end)
    return int((ended - began).total_seconds()) if began and ended else 0


def _rate(project: Mapping[str, Any] | None, user: Mapping[str, Any], workspace: Mapping[str, Any]) -> int:
    """The hourly rate in cents: the project's, else the member's, else the workspace's."""
    member: Mapping[str, Any] = next((m for m in user["memberships"] if m["targetId"] == workspace.get("id")), {})
    for rate in (project and project.get("hourlyRate"), member.get("hourlyRate"), workspace.get("hourlyRate")):
        if rate and rate.get("amount"):
            return int(rate["amount"])
    return 0


NOBODY: Mapping[str, Any] = {"name": "", "email": "", "memberships": []}


def detailed_rows(store: Store, entries: Sequence[Mapping[str, Any]]) -> Rows:
    """One report row per entry, with the names and amounts the rows carry (computed once per entry
    until the state changes: the pages of one report are read one after another)."""
    known: dict[str, dict[str, Any]] = store.derived.setdefault("detailed rows", {})
    missing = [e for e in entries if e["id"] not in known]
    known.update((row["id"], row) for row in _rows(store, missing))
    return [known[e["id"]] for e in entries]


def _rows(store: Store, entries: Iterable[Mapping[str, Any]]) -> Rows:
    cache: dict[tuple[str, str], Any] = {}

    def get(kind: str, ident: Any) -> Any:
        if not ident:
            return None
        key = (kind, ident)
        if key not in cache:
            cache[key] = store.get(kind, ident)
        return cache[key]

    rows = []
    for entry in entries:
        project = get("project", entry.get("projectId"))
        client = get("client", project["clientId"]) if project else None
        task = get("task", entry.get("taskId"))
        user = get("user", entry["userId"]) or NOBODY
        interval = entry["timeInterval"]
        seconds = _span(interval["start"], interval["end"])
        rate = _rate(project, user, get("workspace", entry["workspaceId"]) or {}) if entry["billable"] else 0
        rows.append(
            {
                "id": entry["id"],
                "description": entry["description"],
                "userId": entry["userId"],
                "userName": user["name"],
                "userEmail": user["email"],
                "projectId": project["id"] if project else "",
                "projectName": project["name"] if project else "",
                "projectColor": project["color"] if project else "",
                "clientId": client["id"] if client else "",
                "clientName": client["name"] if client else "",
                "taskId": task["id"] if task else "",
                "taskName": task["name"] if task else "",
                "timeInterval": {"start": interval["start"], "end": interval["end"], "duration": seconds},
                "billable": entry["billable"],
                "locked": entry["isLocked"],
                "tags": [{"id": t, "name": (get("tag", t) or NOBODY)["name"]} for t in entry["tagIds"]],
                "rate": rate,
                "amount": round(rate * seconds / 3600),
            }
        )
    return rows


def totals(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    amount = sum(int(r["amount"]) for r in rows)
    return {
        "id": "",
        "totalTime": sum(r["timeInterval"]["duration"] for r in rows),
        "totalBillableTime": sum(r["timeInterval"]["duration"] for r in rows if r["billable"]),
        "entriesCount": len(rows),
        "totalAmount": amount,
        "amounts": [{"type": "EARNED", "value": amount / 100, "amount": amount, "currency": DEFAULT_CURRENCY}],
    }


def page_of(rows: Sequence[Any], page: Any, page_size: Any) -> list[Any]:
    """Page ``page`` (from 1) of ``page_size`` rows; a page size of 0 is every row (seed 004)."""
    number = page if isinstance(page, int) and page >= 1 else 1
    size = page_size if isinstance(page_size, int) and page_size >= 0 else DEFAULT_PAGE_SIZE
    if size == 0:
        return list(rows)
    return list(rows[(number - 1) * size : number * size])


_SORT_KEYS: Mapping[str, Callable[[Mapping[str, Any]], Any]] = {
    "DATE": lambda r: r["timeInterval"]["start"],
    "ZONED_DATE": lambda r: r["timeInterval"]["start"],
    "USER_DATE": lambda r: (r["userName"], r["timeInterval"]["start"]),
    "USER": lambda r: r["userName"],
    "DURATION": lambda r: r["timeInterval"]["duration"],
    "DESCRIPTION": lambda r: r["description"],
    "ID": lambda r: r["id"],
}


def _sorted(rows: Rows, column: Any, order: Any) -> Rows:
    key = _SORT_KEYS.get(str(column), _SORT_KEYS["DATE"])
    return sorted(rows, key=lambda r: (key(r), r["id"]), reverse=order == "DESCENDING")


# --- the five reports -------------------------------------------------------------------------------


def _hours(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def detailed(store: Store, workspace_id: str, body: Mapping[str, Any]) -> tuple[Json, Rows]:
    options = body.get("detailedFilter") or {}
    rows = _sorted(
        detailed_rows(store, selected_entries(store, workspace_id, body)),
        options.get("sortColumn"),
        body.get("sortOrder"),
    )
    page = page_of(rows, options.get("page"), options.get("pageSize"))
    table = [
        {
            "Project": r["projectName"],
            "Client": r["clientName"],
            "Description": r["description"],
            "Task": r["taskName"],
            "User": r["userName"],
            "Email": r["userEmail"],
            "Tags": ", ".join(t["name"] for t in r["tags"]),
            "Billable": "Yes" if r["billable"] else "No",
            "Start": r["timeInterval"]["start"],
            "End": r["timeInterval"]["end"],
            "Duration (h)": _hours(r["timeInterval"]["duration"]),
        }
        for r in page
    ]
    return {"totals": [totals(rows)], "timeEntries": page}, table


_GROUP_KEYS: Mapping[str, Callable[[Mapping[str, Any]], list[tuple[str, str]]]] = {
    "PROJECT": lambda r: [(r["projectId"], r["projectName"])],
    "CLIENT": lambda r: [(r["clientId"], r["clientName"])],
    "TASK": lambda r: [(r["taskId"], r["taskName"])],
    "TAG": lambda r: [(t["id"], t["name"]) for t in r["tags"]] or [("", "")],
    "USER": lambda r: [(r["userId"], r["userName"])],
    "DATE": lambda r: [(r["timeInterval"]["start"][:10],) * 2],
    "MONTH": lambda r: [(r["timeInterval"]["start"][:7],) * 2],
    "WEEK": lambda r: [(_week(r["timeInterval"]["start"]),) * 2],
    "TIMEENTRY": lambda r: [(r["id"], r["description"])],
    "USER_GROUP": lambda r: [("", "")],
}


def _week(start: str) -> str:
    day = dt.date.fromisoformat(start[:10])
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def _group(rows: Sequence[Mapping[str, Any]], groups: Sequence[str]) -> Rows:
    if not groups:
        return []
    key = _GROUP_KEYS.get(groups[0], _GROUP_KEYS["PROJECT"])
    buckets: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row in rows:
        for pair in key(row):
            buckets.setdefault(pair, []).append(row)
    out = []
    for (ident, name), members in sorted(buckets.items(), key=lambda item: item[0][1]):
        node: dict[str, Any] = {
            "id": ident,
            "name": name,
            "duration": sum(r["timeInterval"]["duration"] for r in members),
            "amount": sum(int(r["amount"]) for r in members),
        }
        if len(groups) > 1:
            node["children"] = _group(members, groups[1:])
        out.append(node)
    return out


def summary(store: Store, workspace_id: str, body: Mapping[str, Any]) -> tuple[Json, Rows]:
    rows = detailed_rows(store, selected_entries(store, workspace_id, body))
    groups = list((body.get("summaryFilter") or {}).get("groups") or ["PROJECT"])
    tree = _group(rows, groups)
    table = [
        {groups[0].title(): n["name"], "Time (h)": _hours(n["duration"]), "Amount": f"{n['amount'] / 100:.2f}"}
        for n in tree
    ]
    return {"totals": [totals(rows)], "groupOne": tree}, table


def weekly(store: Store, workspace_id: str, body: Mapping[str, Any]) -> tuple[Json, Rows]:
    rows = detailed_rows(store, selected_entries(store, workspace_id, body))
    options = body.get("weeklyFilter") or {}
    group = str(options.get("group") or "USER")

    def days(members: Iterable[Mapping[str, Any]]) -> Rows:
        by_day: dict[str, list[Mapping[str, Any]]] = {}
        for r in members:
            by_day.setdefault(r["timeInterval"]["start"][:10], []).append(r)
        return [
            {
                "date": d,
                "duration": sum(r["timeInterval"]["duration"] for r in rs),
                "amount": sum(int(r["amount"]) for r in rs),
            }
            for d, rs in sorted(by_day.items())
        ]

    tree = _group(rows, [group])
    key = _GROUP_KEYS.get(group, _GROUP_KEYS["USER"])
    for node in tree:
        node["days"] = days(r for r in rows if (node["id"], node["name"]) in key(r))
    table = [
        {
            group.title(): n["name"],
            **{d["date"]: _hours(d["duration"]) for d in n["days"]},
            "Total": _hours(n["duration"]),
        }
        for n in tree
    ]
    report = {
        "totals": [totals(rows)],
        "totalsByDay": days(rows),
        "groupOne": tree,
        "decimalFormat": False,
        "trackTimeDownToSeconds": True,
        "includeUsersWithoutTime": False,
    }
    return report, table


def expenses(store: Store, workspace_id: str, body: Mapping[str, Any]) -> tuple[Json, Rows]:
    start, end = parse_instant(body.get("dateRangeStart")), parse_instant(body.get("dateRangeEnd"))
    found = []
    for expense in store.of_workspace("expense", workspace_id):
        day = parse_instant(expense["date"] + "T00:00:00+00:00")
        if day is None or start is None or end is None or not start.date() <= day.date() <= end.date():
            continue
        if isinstance(body.get("billable"), bool) and expense["billable"] != body["billable"]:
            continue
        values = {"users": [expense["userId"]], "projects": [expense["projectId"]] if expense["projectId"] else []}
        if all(_passes(v, body.get(n)) for n, v in values.items()):
            found.append(expense)
    found.sort(key=lambda e: (e["date"], e["id"]), reverse=body.get("sortOrder") == "DESCENDING")
    page = page_of(found, body.get("page"), body.get("pageSize"))
    report = {
        "expenses": page,
        "totals": {
            "expensesCount": len(found),
            "totalAmount": sum(e["amount"] for e in found),
            "totalAmountBillable": sum(e["amount"] for e in found if e["billable"]),
        },
    }
    table = [
        {
            "Date": e["date"],
            "Project": e["projectName"],
            "Category": e["categoryName"],
            "User": e["userName"],
            "Notes": e["notes"],
            "Amount": f"{e['amount']:.2f}",
        }
        for e in page
    ]
    return report, table


def attendance(store: Store, workspace_id: str, body: Mapping[str, Any]) -> tuple[Json, Rows]:
    days: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for row in detailed_rows(store, selected_entries(store, workspace_id, body)):
        days.setdefault((row["userName"], row["timeInterval"]["start"][:10]), []).append(row)
    running = {e["userId"] for e in store.running(workspace_id)}
    rows = []
    for (name, day), members in sorted(days.items()):
        first = min(r["timeInterval"]["start"] for r in members)
        last = max(r["timeInterval"]["end"] for r in members)
        work = sum(r["timeInterval"]["duration"] for r in members)
        span = int((parse_instant(last) - parse_instant(first)).total_seconds())  # type: ignore[operator]
        rows.append(
            {
                "userId": members[0]["userId"],
                "userName": name,
                "date": day,
                "startTime": first[11:16],
                "endTime": last[11:16],
                "totalDuration": work,
                "break": max(0, span - work),
                "capacity": DEFAULT_CAPACITY,
                "overtime": max(0, work - DEFAULT_CAPACITY),
                "remainingCapacity": max(0, DEFAULT_CAPACITY - work),
                "timeOff": 0,
                "hasRunningEntry": members[0]["userId"] in running,
            }
        )
    options = body.get("attendanceFilter") or {}
    page = page_of(rows, options.get("page"), options.get("pageSize"))
    table = [
        {
            "User": r["userName"],
            "Date": r["date"],
            "Start": r["startTime"],
            "End": r["endTime"],
            "Break": _hours(r["break"]),
            "Work": _hours(r["totalDuration"]),
        }
        for r in page
    ]
    return {"entities": page}, table


REPORTS: Mapping[str, Callable[[Store, str, Mapping[str, Any]], tuple[Json, Rows]]] = {
    "generateDetailedReport": detailed,
    "generateSummaryReport": summary,
    "generateWeeklyReport": weekly,
    "generateDetailedReportV1": expenses,
    "generateAttendanceReport": attendance,
}


# --- exports ----------------------------------------------------------------------------------------


def _csv(table: Rows) -> bytes:
    out = io.StringIO()
    columns = list(dict.fromkeys(k for row in table for k in row))
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return out.getvalue().encode()


def _xlsx(table: Rows) -> bytes:
    """A minimal Office Open XML workbook: one sheet, inline strings."""
    columns = list(dict.fromkeys(k for row in table for k in row))
    lines = [columns] + [[str(row.get(c, "")) for c in columns] for row in table]
    cells = "".join(
        f'<row r="{i + 1}">' + "".join(f'<c t="inlineStr"><is><t>{escape(v)}</t></is></c>' for v in line) + "</row>"
        for i, line in enumerate(lines)
    )
    ooxml = "http://schemas.openxmlformats.org"
    main, rel = f"{ooxml}/spreadsheetml/2006/main", f"{ooxml}/officeDocument/2006/relationships"
    pkg, media = f"{ooxml}/package/2006/relationships", "application/vnd.openxmlformats-"

    def relationship(kind: str, target: str) -> str:
        link = f'<Relationship Id="rId1" Type="{rel}/{kind}" Target="{target}"/>'
        return f'<Relationships xmlns="{pkg}">{link}</Relationships>'

    overrides = {"/xl/workbook.xml": "sheet.main+xml", "/xl/worksheets/sheet1.xml": "worksheet+xml"}
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{ooxml}/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="{media}package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            + "".join(
                f'<Override PartName="{name}" ContentType="{media}officedocument.spreadsheetml.{kind}"/>'
                for name, kind in overrides.items()
            )
            + "</Types>"
        ),
        "_rels/.rels": relationship("officeDocument", "xl/workbook.xml"),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": relationship("worksheet", "worksheets/sheet1.xml"),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    return out.getvalue()


def _pdf(table: Rows) -> bytes:
    """A one-page PDF listing the rows as text lines."""
    lines = [", ".join(f"{k}: {v}" for k, v in row.items()) for row in table] or ["(no rows)"]
    safe = [
        line.encode("latin-1", "replace")
        .decode("latin-1")
        .replace("\\", "\\\\")
        .replace("(", "\\(")
        .replace(")", "\\)")
        for line in lines[:60]
    ]
    stream = "BT /F1 9 Tf 36 806 Td 11 TL " + " ".join(f"({s}) '" for s in safe) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{number} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def _zip(table: Rows) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.csv", _csv(table))
    return out.getvalue()


EXPORTERS: Mapping[str, Callable[[Rows], bytes]] = {"CSV": _csv, "XLSX": _xlsx, "PDF": _pdf, "ZIP": _zip}


def generate(store: Store, operation_id: str, workspace_id: str, body: Mapping[str, Any]) -> tuple[str, bytes]:
    """(content type, body) of a report: JSON, or the file ``exportType`` asks for."""
    report, table = REPORTS[operation_id](store, workspace_id, body)
    export = str(body.get("exportType") or "JSON").upper()
    if export in EXPORTERS:
        return EXPORT_TYPES[export], EXPORTERS[export](table)
    return "application/json", json.dumps(report).encode()
