"""Benchmarks: every figure is a ratio against a baseline measured in the same run, on this machine.

    python -m scripts.bench            (make bench)   writes .bench/results.json and prints it

Figures:
  parse_ratio_vs_json_loads       a 1000-row detailed report page into typed rows / json.loads of the bytes
  parse_ratio_generated_models    the same page through the bare generated models (for comparison)
  read_ratio_vs_generated         the same page read as ``call`` reads it (checked against the spec, then the
                                  generated models: clockify_client._tolerance) / the bare generated models
  validation_ms                   validating a full detailed-report request (median)
  validation_ratio_jsonschema_only  the same with the pure-Python validator alone / with the fast one
  overhead_ratio_vs_generated     one whole call through the layer / the same call through the bare
                                  generated function (both over an in-process transport)
  throughput_*                    see scripts/bench_throughput.py
  fake_ratio_vs_mock_transport    1,000 user-style calls through the fake Clockify / the same calls answered
                                  by a static httpx.MockTransport (see scripts/bench_fake.py)
"""

from __future__ import annotations

import argparse
import datetime
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from clockify_api.api.time_entry import create_time_entry
from clockify_api.client import AuthenticatedClient
from clockify_api.models.create_time_entry_request import CreateTimeEntryRequest
from clockify_api.models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
from clockify_client import Clockify, _reading
from clockify_client._validation import RequestValidator

from scripts import bench_fake
from scripts.payloads import detailed_report_payload
from scripts.spec_build import ROOT

RESULTS = ROOT / ".bench" / "results.json"
WS = "5b641568b07987035750505e"
DETAILED_REQUEST: dict[str, Any] = {
    "dateRangeStart": "2024-01-01T00:00:00.000Z",
    "dateRangeEnd": "2024-01-31T23:59:59.999Z",
    "detailedFilter": {"page": 1, "pageSize": 1000, "sortColumn": "DATE", "options": {"totals": "CALCULATE"}},
    "amountShown": "EARNED",
    "exportType": "JSON",
    "sortOrder": "ASCENDING",
    "billable": True,
    "invoicingState": "UNINVOICED",
    "clients": {"contains": "CONTAINS", "ids": ["64c777ddd3fcab07cfbb210c"], "status": "ACTIVE"},
    "projects": {"contains": "CONTAINS", "ids": ["5b641568b07987035750505e"], "status": "ACTIVE"},
    "tags": {"containedInTimeentry": "CONTAINS", "contains": "CONTAINS", "ids": ["64c777ddd3fcab07cfbb210c"]},
    "timeZone": "Europe/Berlin",
}


def median_seconds(fn: Callable[[], object], *, repeat: int, number: int = 1) -> float:
    """Median over ``repeat`` samples of ``number`` calls each, after one warm-up sample."""
    samples = []
    for i in range(repeat + 1):
        started = time.perf_counter()
        for _ in range(number):
            fn()
        if i:
            samples.append((time.perf_counter() - started) / number)
    return statistics.median(samples)


def paired_ratio(subject: Callable[[], object], baseline: Callable[[], object], *, repeat: int, number: int) -> float:
    """Median of per-round ratios, the two interleaved so that machine noise hits both alike."""
    ratios = []
    for _ in range(repeat):
        s = median_seconds(subject, repeat=1, number=number)
        b = median_seconds(baseline, repeat=1, number=number)
        ratios.append(s / b)
    return statistics.median(ratios)


def bench_parse(repeat: int) -> dict[str, float]:
    body = detailed_report_payload(1000)

    def typed() -> object:
        return _reading.parse_detailed_report(body).rows

    def generated() -> object:
        return TimeEntryDetailedReportDto.from_dict(json.loads(body))

    def baseline() -> object:
        return json.loads(body)

    def tolerant() -> object:
        return _reading.parse_json_body("generateDetailedReport", 200, body)

    tolerant()
    return {
        "parse_rows": 1000.0,
        "parse_json_loads_ms": median_seconds(baseline, repeat=repeat) * 1000,
        "parse_ratio_vs_json_loads": paired_ratio(typed, baseline, repeat=repeat, number=3),
        "parse_ratio_generated_models": paired_ratio(generated, baseline, repeat=max(3, repeat // 3), number=1),
        "read_ratio_vs_generated": paired_ratio(tolerant, generated, repeat=max(3, repeat // 3), number=1),
    }


def bench_validation(repeat: int) -> dict[str, float]:
    fast = RequestValidator()
    slow = RequestValidator(fast=False)

    def with_fast() -> None:
        fast.validate("generateDetailedReport", path={"workspaceId": WS}, body=DETAILED_REQUEST)

    def jsonschema_only() -> None:
        slow.validate("generateDetailedReport", path={"workspaceId": WS}, body=DETAILED_REQUEST)

    with_fast()
    return {
        "validation_ms": median_seconds(with_fast, repeat=repeat, number=200) * 1000,
        "validation_ratio_jsonschema_only": paired_ratio(jsonschema_only, with_fast, repeat=repeat, number=50),
    }


def bench_overhead(repeat: int) -> dict[str, float]:
    answer = json.dumps({"id": "e1", "description": "Planning", "workspaceId": WS, "billable": False}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=answer, headers={"Content-Type": "application/json"})

    start = datetime.datetime(2024, 1, 15, 9, 0, tzinfo=datetime.UTC)
    # Rate limiting is off here: it deliberately waits, and this measures the layer's own cost.
    layer = Clockify(api_key="bench-key", transport=httpx.MockTransport(handler), rate_limit=None)
    bare = AuthenticatedClient(
        base_url="https://api.clockify.me/api",
        token="bench-key",
        prefix="",
        auth_header_name="X-Api-Key",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )

    def through_layer() -> object:
        return layer.time_entries.create(WS, start=start, description="Planning", project_id="p1")

    def through_generated() -> object:
        body = CreateTimeEntryRequest(start=start, description="Planning", project_id="p1")
        return create_time_entry.sync_detailed(WS, client=bare, body=body).parsed

    through_layer()
    through_generated()
    return {"overhead_ratio_vs_generated": paired_ratio(through_layer, through_generated, repeat=repeat, number=100)}


GOALS = {
    "parse_ratio_vs_json_loads": ("<=", 2.0),
    "validation_ms": ("<=", 0.2),
    "overhead_ratio_vs_generated": ("<=", 1.5),
    "throughput_rps": (">=", 45.0),
    "throughput_429s": ("<=", 0.0),
    "throughput_ratio_vs_sequential": (">=", 10.0),
    "fake_ratio_vs_mock_transport": ("<=", 2.0),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15, help="samples per figure (default 15)")
    parser.add_argument("--skip-throughput", action="store_true", help="leave out the loopback throughput run")
    parser.add_argument("--skip-fake", action="store_true", help="leave out the fake Clockify's 1,000-call run")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "machine": {"python": sys.version.split()[0], "cores": __import__("os").cpu_count()},
    }
    results.update(bench_parse(args.repeat))
    results.update(bench_validation(args.repeat))
    results.update(bench_overhead(args.repeat))
    if not args.skip_fake:
        results.update(bench_fake.run(repeat=max(3, args.repeat // 3)))
    if not args.skip_throughput:
        from scripts import bench_throughput

        results.update(bench_throughput.run())
    results["goals"] = {
        name: {"goal": f"{op} {limit}", "met": (results[name] <= limit) if op == "<=" else (results[name] >= limit)}
        for name, (op, limit) in GOALS.items()
        if name in results
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(results, indent=2)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
