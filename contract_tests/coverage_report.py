"""What the contract run exercised of the corrected spec, through the fake Clockify, as a table for CI.

Out of what the spec documents: its operations (in the contract's scope), each operation's documented
statuses, and its documented error classes (every distinct status, code and message of ``x-clockify-errors``
and ``x-clockify-rules``, client-side policies left out). The fake reports every answer it gives
(``clockify_client.testing.SERVED_HOOKS``); ``make contract`` writes ``.reports/coverage.md`` (the table)
and ``.reports/coverage.json`` beside the JUnit XML.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from clockify_client.testing import Served
from clockify_client.testing._answers import CONDITIONS

from contract_tests import catalog

Json = Any


@dataclasses.dataclass(frozen=True)
class ErrorClass:
    status: int
    code: int
    message: str  # may hold {operationId} / {path} placeholders

    def matches(self, served: Served) -> bool:
        if (served.status, served.code) != (self.status, self.code) or served.message is None:
            return False
        pattern = "".join(
            ".*" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{\w+\})", self.message)
        )
        return re.fullmatch(pattern, served.message, re.DOTALL) is not None


def _entries(node: Json) -> Iterator[Mapping[str, Json]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-clockify-errors" and isinstance(value, dict):
                yield from (v for v in value.values() if isinstance(v, dict))
            elif key == "x-clockify-rules" and isinstance(value, list):
                yield from (r["error"] for r in value if isinstance(r, dict) and isinstance(r.get("error"), dict))
            else:
                yield from _entries(value)
    elif isinstance(node, list):
        for item in node:
            yield from _entries(item)


def error_classes(document: Mapping[str, Json]) -> list[ErrorClass]:
    found = {
        ErrorClass(e["status"], e.get("code", e["status"]), e["message"])
        for e in _entries(document)
        if e.get("policy") is not True and isinstance(e.get("status"), int) and isinstance(e.get("message"), str)
    }
    return sorted(found, key=lambda c: (c.status, c.code, c.message))


def summarize(served: Iterable[Served], document: Mapping[str, Json] | None = None) -> dict[str, Json]:
    document = document or catalog.spec()
    answers = [s for s in served if s.shipped_spec]
    operations = catalog.operations()
    statuses = {op: sorted(int(s) for s in o.definition["responses"] if s.isdigit()) for op, o in operations.items()}
    seen = {(s.operation_id, s.status) for s in answers}
    classes = error_classes(document)
    conditions = sorted(CONDITIONS)
    return {
        "operations": {
            op: {"documented": statuses[op], "exercised": sorted(st for st in statuses[op] if (op, st) in seen)}
            for op in sorted(operations)
        },
        "error_classes": [{**dataclasses.asdict(c), "exercised": sum(c.matches(s) for s in answers)} for c in classes],
        "server_states": {
            name: sum(1 for s in answers if s.source and s.source.startswith(name + " ")) for name in conditions
        },
        "answers": len(answers),
    }


def table(summary: Mapping[str, Json]) -> str:
    ops = summary["operations"]
    documented = sum(len(v["documented"]) for v in ops.values())
    exercised = sum(len(v["exercised"]) for v in ops.values())
    ran = sum(bool(v["exercised"]) for v in ops.values())
    classes = summary["error_classes"]
    hit = sum(bool(c["exercised"]) for c in classes)
    states = summary["server_states"]
    lines = [
        "| what (from the corrected spec) | exercised | documented | share |",
        "|---|---|---|---|",
        f"| operations | {ran} | {len(ops)} | {ran / len(ops):.0%} |",
        f"| documented statuses (operation x status) | {exercised} | {documented} | {exercised / documented:.0%} |",
        f"| documented error classes (status, code, message) | {hit} | {len(classes)} | {hit / len(classes):.0%} |",
        f"| server states (conditions) | {sum(bool(n) for n in states.values())} | {len(states)} | |",
        "",
        "| operation | statuses exercised | of documented |",
        "|---|---|---|",
        *(
            f"| {op} | {' '.join(map(str, v['exercised']))} | {' '.join(map(str, v['documented']))} |"
            for op, v in ops.items()
        ),
        "",
        "| status | code | message | answers |",
        "|---|---|---|---|",
        *(f"| {c['status']} | {c['code']} | {c['message'][:90]} | {c['exercised']} |" for c in classes),
        "",
        "| server state | answers |",
        "|---|---|",
        *(f"| {name} | {count} |" for name, count in states.items()),
    ]
    return "\n".join(lines) + "\n"


def write(served: Iterable[Served], directory: Path) -> str:
    summary = summarize(served)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "coverage.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    text = table(summary)
    (directory / "coverage.md").write_text("# Contract coverage through the fake Clockify\n\n" + text, encoding="utf-8")
    return text
