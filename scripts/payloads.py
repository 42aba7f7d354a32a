"""Realistic response bodies, shared by the tests and the benchmarks. Deterministic: the same
arguments always give the same bytes.

    python -m scripts.payloads [--rows N] [--shape 004|003]   # print one detailed-report page
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from typing import Any, Literal

_USERS = [("John Smith", "john@company.com"), ("Ana Lopez", "ana@company.com"), ("Wei Chen", "wei@company.com")]
_PROJECTS = [
    ("Website Redesign", "ABC Corporation"),
    ("Mobile App", "Acme Corp"),
    ("Internal", "Company"),
    ("Data Platform", "Globex"),
]
_TAGS = ["Development", "Meeting", "Review", "Sprint1", "Support"]
_WORDS = ["developed", "user", "interface", "components", "client", "meeting", "review", "fix", "bug", "api", "plan"]


def _hex_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(96):024x}"


def _iso_duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}H" if hours else "", f"{minutes}M" if minutes else "", f"{secs}S" if secs else ""]
    return "PT" + ("".join(parts) or "0S")


def detailed_rows(rows: int, *, seed: int = 4) -> list[dict[str, Any]]:
    """Rows in the shape 004 measured: ``id``, flat user/project fields, duration in seconds."""
    rng = random.Random(seed)
    users = [(_hex_id(rng), name, email) for name, email in _USERS]
    projects = [(_hex_id(rng), name, _hex_id(rng), client) for name, client in _PROJECTS]
    tags = [(_hex_id(rng), name) for name in _TAGS]
    start = datetime.datetime(2024, 1, 15, 9, 0, tzinfo=datetime.UTC)
    out = []
    for _ in range(rows):
        user_id, user_name, email = rng.choice(users)
        project_id, project_name, client_id, client_name = rng.choice(projects)
        duration = rng.randrange(300, 8 * 3600, 60)
        end = start + datetime.timedelta(seconds=duration)
        out.append(
            {
                "id": _hex_id(rng),
                "userId": user_id,
                "userName": user_name,
                "userEmail": email,
                "projectId": project_id,
                "projectName": project_name,
                "clientId": client_id,
                "clientName": client_name,
                "timeInterval": {
                    "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "duration": duration,
                },
                "description": " ".join(rng.choices(_WORDS, k=rng.randrange(2, 8))).capitalize(),
                "billable": rng.random() < 0.7,
                "tags": [{"id": i, "name": n} for i, n in rng.sample(tags, rng.randrange(0, 3))],
            }
        )
        start = end + datetime.timedelta(minutes=rng.randrange(0, 120))
    return out


def as_003_row(row: dict[str, Any]) -> dict[str, Any]:
    """The same row in the shape 003 shows: ``_id``, nested user/project, ISO-8601 duration."""
    interval = row["timeInterval"]
    return {
        "_id": row["id"],
        "description": row["description"],
        "tags": row["tags"],
        "user": {"id": row["userId"], "name": row["userName"], "email": row["userEmail"]},
        "project": {
            "id": row["projectId"],
            "name": row["projectName"],
            "clientId": row["clientId"],
            "clientName": row["clientName"],
        },
        "timeInterval": {**interval, "duration": _iso_duration(interval["duration"])},
        "billable": row["billable"],
        "isLocked": False,
    }


def detailed_report_payload(rows: int, *, shape: Literal["004", "003"] = "004", page: int = 1) -> bytes:
    """A page of the detailed report with ``rows`` rows and its totals, as the server's bytes; each
    ``page`` has rows of its own."""
    items = detailed_rows(rows, seed=4 + page - 1)
    total = sum(r["timeInterval"]["duration"] for r in items)
    billable = sum(r["timeInterval"]["duration"] for r in items if r["billable"])
    totals: dict[str, Any] = {
        "totalTime": total,
        "totalBillableTime": billable,
        "entriesCount": rows,
        "amounts": [{"type": "EARNED", "amount": billable // 36 * 100, "currency": "USD"}],
    }
    if shape == "003":
        body: dict[str, Any] = {"timeentries": [as_003_row(r) for r in items], "totals": [totals]}
    else:
        body = {"timeEntries": items, "totals": [totals]}
    return json.dumps(body).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.payloads", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=3, help="rows on the page (default: %(default)s)")
    parser.add_argument("--shape", choices=("004", "003"), default="004", help="the seed document whose shape to use")
    args = parser.parse_args(argv)
    sys.stdout.write(detailed_report_payload(args.rows, shape=args.shape).decode("utf-8") + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
