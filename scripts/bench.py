"""Benchmarks: every figure is a ratio against a baseline measured in the same run, on this machine.

    python -m scripts.bench            (make bench)   writes .bench/results.json and prints it

Figures (the parse figures in CPU time of this process, the others in wall time):
  parse_ratio_vs_json_loads       a 1000-row detailed report page into typed rows, every field the row type offers
                                  read once (``read_everything``) / json.loads of the bytes
  parse_lazy_ratio_vs_json_loads  the same page into row views without reading them / json.loads
  parse_floor_ratio_vs_json_loads the least any pure-Python reader can do with the page (``floor_read``: one
                                  lookup per typed field, the conversions the types need, no checks, no
                                  objects) / json.loads: what parse_ratio_vs_json_loads cannot go below
  parse_object_floor_ratio_vs_json_loads  the same least work handed out as named-tuple rows with the fields of
                                  ``DetailedEntry`` and read by ``read_everything`` like the typed rows
                                  (``floor_rows``): what parse_ratio_vs_json_loads cannot go below, read the
                                  way that figure reads
  parse_ratio_vs_object_floor     the typed rows / the object floor, both read the same way: what the row views
                                  cost above the least any pure-Python typed row can (checks, tolerant reading,
                                  the row object and its lazy conversion)
  parse_reader_ratio_vs_json_loads  ``read_everything`` alone on the typed rows, already converted / json.loads:
                                  the share of the figures above that is the reading, at the bench reader's price
  parse_ratio_generated_models    the page through the bare generated models (from_dict), every field read once
  parse_ratio_pydantic            the page through pydantic v2 models with the same fields (model_validate_json),
                                  every field read once; a dev-only baseline
  parse_ratio_vs_pydantic         the typed rows / pydantic, both reading every field
  read_ratio_vs_generated         the same page read as ``call`` reads it (checked against the spec, then the
                                  generated models: clockify_client._tolerance) / the bare generated models
  validation_ms                   validating a full detailed-report request (median)
  validation_ratio_jsonschema_only  the same with the pure-Python validator alone / with the fast one
  overhead_ratio_vs_generated     one whole call through the layer / the same call through the bare
                                  generated function (both over an in-process transport)
  throughput_*                    see scripts/bench_throughput.py
  fake_ratio_vs_mock_transport    1,000 user-style calls through the fake Clockify / the same calls answered
                                  by a static httpx.MockTransport (see scripts/bench_fake.py)
  time_to_first_call_ms           a fresh Python process importing clockify_client and making one call over an
                                  in-process transport (median), from before the import to the answer, both
                                  packages compiled to bytecode as an install leaves them (``compile_packages``);
                                  time_to_first_call_generated_ms the same through the bare generated client,
                                  time_to_first_call_ratio the first over the second
"""

from __future__ import annotations

import argparse
import collections
import compileall
import datetime
import json
import operator
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import clockify_api
import clockify_client
import httpx
import pydantic
import pydantic.alias_generators
from clockify_api.api.time_entry import create_time_entry
from clockify_api.client import AuthenticatedClient
from clockify_api.models.create_time_entry_request import CreateTimeEntryRequest
from clockify_api.models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
from clockify_api.types import Unset
from clockify_client import Clockify, _reading
from clockify_client._validation import RequestValidator
from clockify_client.testing import answer_body

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


def median_seconds(
    fn: Callable[[], object], *, repeat: int, number: int = 1, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median over ``repeat`` samples of ``number`` calls each, after one warm-up sample."""
    samples = []
    for i in range(repeat + 1):
        started = clock()
        for _ in range(number):
            fn()
        if i:
            samples.append((clock() - started) / number)
    return statistics.median(samples)


def paired_ratio(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    *,
    repeat: int,
    number: int,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median of per-round ratios, the two interleaved so that machine noise hits both alike."""
    ratios = []
    for _ in range(repeat):
        s = median_seconds(subject, repeat=1, number=number, clock=clock)
        b = median_seconds(baseline, repeat=1, number=number, clock=clock)
        ratios.append(s / b)
    return statistics.median(ratios)


# --- reading every field ------------------------------------------------------------------------------


def field_names(cls: type) -> tuple[str, ...]:
    """Every field a caller can read on an instance of ``cls``, from the type itself: a report view's
    (its fields and the properties computed from them), a named tuple's, a generated model's (its attrs
    fields), a pydantic model's."""
    if issubclass(cls, _reading._View):
        return _reading.fields_of(cls)
    if issubclass(cls, tuple) and hasattr(cls, "_fields"):
        return tuple(cls._fields)
    if attrs.has(cls):
        return tuple(f.name for f in attrs.fields(cls) if f.name != "additional_properties")
    if issubclass(cls, pydantic.BaseModel):
        return tuple(cls.model_fields)
    return ()


# Values with nothing inside to read.
_PLAIN = frozenset(
    {str, int, float, bool, type(None), datetime.datetime, datetime.date, datetime.timedelta, Decimal, Unset}
)


class _Plan(NamedTuple):
    read: Callable[[Any], tuple[Any, ...]]  # every field of an instance, in one C-level call
    deep: tuple[int, ...] | None  # the fields that have held an object or a list; None: not known yet
    plain: Callable[[tuple[Any, ...]], tuple[Any, ...]]  # the other fields, picked from ``read``'s answer


def _picker(positions: tuple[int, ...]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    if not positions:
        return lambda values: ()
    pick = operator.itemgetter(*positions)
    return (lambda values: (pick(values),)) if len(positions) == 1 else pick


class ReadEverything:
    """Reads every field of an object once (``field_names``), and every field of the objects and lists of
    objects those hold, the same way for every kind of model, so that no baseline pays for more reading.

    What a caller pays to read a field is one attribute read: per type, one C-level ``attrgetter`` reads all
    of them. Only the fields that have held an object or a list are looked into (learnt from the type's
    first instance); that every other field still holds a plain value is checked on every instance in one
    C-level pass, so an object in a field that held only plain values before is found, and the field is
    looked into from then on."""

    def __init__(self) -> None:
        self._plans: dict[type, _Plan | None] = {}

    def _plan(self, cls: type, deep: tuple[int, ...] | None) -> _Plan | None:
        names = field_names(cls)
        if not names:
            self._plans[cls] = None
            return None
        get = operator.attrgetter(*names)
        read = (lambda obj: (get(obj),)) if len(names) == 1 else get
        plain = tuple(i for i in range(len(names)) if deep is not None and i not in deep)
        self._plans[cls] = plan = _Plan(read, deep, _picker(plain))
        return plan

    def __call__(self, obj: Any) -> None:
        cls = type(obj)
        plan = self._plans[cls] if cls in self._plans else self._plan(cls, None)
        if plan is None:
            return
        values = plan.read(obj)
        if plan.deep is None or not _PLAIN.issuperset(map(type, plan.plain(values))):
            plan = self._plan(cls, tuple(sorted({*(plan.deep or ()), *self._deep_positions(values)})))
        for i in plan.deep or ():  # type: ignore[union-attr]  # a type with fields keeps a plan
            value = values[i]
            if type(value) is list:
                for item in value:
                    if type(item) not in _PLAIN:
                        self(item)
            elif type(value) not in _PLAIN:
                self(value)

    @staticmethod
    def _deep_positions(values: tuple[Any, ...]) -> tuple[int, ...]:
        return tuple(i for i, value in enumerate(values) if type(value) not in _PLAIN)


def _pydantic_page() -> type[pydantic.BaseModel]:
    """A detailed-report page as pydantic v2 models with the typed fields of ``DetailedEntry`` (datetimes,
    durations from seconds, tags, amounts): the popular way to get typed rows, as a baseline."""
    config = pydantic.ConfigDict(alias_generator=pydantic.alias_generators.to_camel, populate_by_name=True)

    class Tag(pydantic.BaseModel):
        model_config = config
        id: str | None = None
        name: str | None = None

    class Interval(pydantic.BaseModel):
        model_config = config
        start: datetime.datetime | None = None
        end: datetime.datetime | None = None
        duration: datetime.timedelta | None = None

    class Amount(pydantic.BaseModel):
        model_config = config
        type: str | None = None
        currency: str | None = None
        amount: int | None = None

    class Row(pydantic.BaseModel):
        model_config = config
        id: str | None = None
        description: str | None = None
        user_id: str | None = None
        user_name: str | None = None
        user_email: str | None = None
        project_id: str | None = None
        project_name: str | None = None
        client_id: str | None = None
        client_name: str | None = None
        task_id: str | None = None
        task_name: str | None = None
        billable: bool | None = None
        locked: bool | None = None
        tags: list[Tag] = []
        time_interval: Interval | None = None
        amount: int | None = None
        amounts: list[Amount] = []

    class Page(pydantic.BaseModel):
        model_config = config
        time_entries: list[Row] = []

    return Page


# The least any pure-Python reader of a row can do: one lookup per typed field and the conversions the
# field types need (two date-times, a duration, the tag pairs), with no type check and no row object.
# It bounds what a ratio to json.loads can be without a compiled decoder (``parse_floor_ratio_vs_json_loads``).
FLOOR_LOOKUPS = (
    "id", "description", "userId", "userName", "userEmail", "projectId", "projectName", "clientId", "clientName",
    "taskId", "taskName", "billable", "locked", "amount", "amounts",
)  # fmt: skip
FLOOR_CONVERTED = ("timeInterval.start", "timeInterval.end", "timeInterval.duration", "tags")


def floor_read(body: bytes) -> None:
    fromisoformat, second = datetime.datetime.fromisoformat, datetime.timedelta(seconds=1)
    for row in json.loads(body)["timeEntries"]:
        list(map(row.get, FLOOR_LOOKUPS))
        interval = row["timeInterval"]
        fromisoformat(interval["start"]), fromisoformat(interval["end"]), second * interval["duration"]
        [(tag["id"], tag["name"]) for tag in row["tags"]]


# The same least work, handed out as the cheapest objects Python has (named tuples: a field read is a C-level
# item read) with the fields of ``DetailedEntry``, and then read by ``ReadEverything`` like the typed rows:
# what parse_ratio_vs_json_loads cannot go below without a compiled decoder, read the way the figure reads
# (``parse_object_floor_ratio_vs_json_loads``). The page carries no amounts: they are looked up, not converted.
FloorRow: Any = collections.namedtuple("FloorRow", field_names(_reading.DetailedEntry))  # type: ignore[misc]


def floor_rows(body: bytes) -> list[Any]:
    fromisoformat, second = datetime.datetime.fromisoformat, datetime.timedelta(seconds=1)
    new, tag_type = tuple.__new__, _reading.Tag
    rows = []
    for row in json.loads(body)["timeEntries"]:
        get, interval, amount = row.get, row["timeInterval"], row.get("amount")
        tags = [new(tag_type, (tag["id"], tag["name"])) for tag in row["tags"]]
        rows.append(
            new(
                FloorRow,
                (
                    get("id"), get("description"), get("userId"), get("userName"), get("userEmail"),
                    get("projectId"), get("projectName"), get("clientId"), get("clientName"), get("taskId"),
                    get("taskName"), get("billable"), get("locked"), tags, fromisoformat(interval["start"]),
                    fromisoformat(interval["end"]), second * interval["duration"], amount, amount,
                    get("amounts") or [], [name for _, name in tags if name is not None],
                    [ident for ident, _ in tags if ident is not None],
                ),
            )
        )  # fmt: skip
    return rows


def parse_and_read(body: bytes, read: Callable[[Any], None]) -> list[_reading.DetailedEntry]:
    """The figure's subject: a detailed-report page into typed rows, every row read by ``read``."""
    rows = _reading.parse_detailed_report(body).rows
    for row in rows:
        read(row)
    return rows


def bench_parse(repeat: int) -> dict[str, float]:
    body = detailed_report_payload(1000)
    read = ReadEverything()
    page_model = _pydantic_page()
    cpu = time.process_time  # the CPU this process spends: the other sessions on the machine do not count

    def typed() -> object:
        return parse_and_read(body, read)

    def lazy() -> object:
        return _reading.parse_detailed_report(body).rows

    def generated() -> object:
        page = TimeEntryDetailedReportDto.from_dict(json.loads(body))
        read(page)
        return page

    def with_pydantic() -> object:
        page = page_model.model_validate_json(body)
        read(page)
        return page

    def baseline() -> object:
        return json.loads(body)

    def floor() -> object:
        floor_read(body)
        return None

    def object_floor() -> object:
        rows = floor_rows(body)
        for row in rows:
            read(row)
        return rows

    converted = parse_and_read(body, read)

    def reader_alone() -> object:
        for row in converted:
            read(row)
        return converted

    def tolerant() -> object:
        return _reading.parse_json_body("generateDetailedReport", 200, body)

    tolerant()
    some = max(3, repeat // 3)
    return {
        "parse_rows": 1000.0,
        "parse_fields_per_row": float(len(field_names(_reading.DetailedEntry))),
        "parse_json_loads_ms": median_seconds(baseline, repeat=repeat, clock=cpu) * 1000,
        "parse_ratio_vs_json_loads": paired_ratio(typed, baseline, repeat=repeat, number=1, clock=cpu),
        "parse_lazy_ratio_vs_json_loads": paired_ratio(lazy, baseline, repeat=repeat, number=3, clock=cpu),
        "parse_floor_ratio_vs_json_loads": paired_ratio(floor, baseline, repeat=repeat, number=3, clock=cpu),
        "parse_object_floor_ratio_vs_json_loads": paired_ratio(
            object_floor, baseline, repeat=repeat, number=1, clock=cpu
        ),
        "parse_ratio_vs_object_floor": paired_ratio(typed, object_floor, repeat=repeat, number=1, clock=cpu),
        "parse_reader_ratio_vs_json_loads": paired_ratio(reader_alone, baseline, repeat=repeat, number=3, clock=cpu),
        "parse_ratio_generated_models": paired_ratio(generated, baseline, repeat=repeat, number=1, clock=cpu),
        "parse_ratio_pydantic": paired_ratio(with_pydantic, baseline, repeat=repeat, number=1, clock=cpu),
        "parse_ratio_vs_pydantic": paired_ratio(typed, with_pydantic, repeat=repeat, number=1, clock=cpu),
        "read_ratio_vs_generated": paired_ratio(tolerant, generated, repeat=some, number=1),
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
    answer = answer_body("createTimeEntry", id="e1", description="Planning", workspaceId=WS, billable=False)

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


# One call in a fresh process, from before the import to the parsed answer, over an in-process transport.
_FIRST_CALL = """
import time
started = time.perf_counter()
import httpx
{imports}
answer = {answer!r}
transport = httpx.MockTransport(
    lambda request: httpx.Response(200, content=answer, headers={{"Content-Type": "application/json"}})
)
{call}
assert me.id == "5b641568b07987035750505e", me
print((time.perf_counter() - started) * 1000)
"""
_ME = answer_body("getLoggedUser", id="5b641568b07987035750505e", name="Ana", email="ana@example.com")
FIRST_CALLS = {
    "time_to_first_call_ms": _FIRST_CALL.format(
        answer=_ME,
        imports="from clockify_client import Clockify",
        call="me = Clockify(api_key='bench-key', transport=transport).users.me()",
    ),
    "time_to_first_call_generated_ms": _FIRST_CALL.format(
        answer=_ME,
        imports="from clockify_api.api.user import get_logged_user\n"
        "from clockify_api.client import AuthenticatedClient",
        call=(
            "client = AuthenticatedClient(base_url='https://api.clockify.me/api', token='bench-key', prefix='',"
            " auth_header_name='X-Api-Key', httpx_args={'transport': transport})\n"
            "me = get_logged_user.sync(client=client)"
        ),
    ),
}


def compile_packages() -> None:
    """Bytecode for this repository's two packages, as installing them (a wheel, or pip's editable install)
    writes it. The dependencies and the standard library have theirs already; where the environment stops
    Python from writing any (PYTHONDONTWRITEBYTECODE), a fresh process would compile only our source, every
    time: the figure would charge each side for compiling it (the layer has more), which no installed
    client pays."""
    for package in (clockify_api, clockify_client):
        compileall.compile_dir(Path(str(package.__file__)).parent, quiet=1)


def bench_first_call(repeat: int) -> dict[str, float]:
    """Median over ``repeat`` fresh processes each (interleaved), as ``python -c`` would run them, both
    packages compiled to bytecode beforehand (``compile_packages``)."""
    compile_packages()
    samples: dict[str, list[float]] = {name: [] for name in FIRST_CALLS}
    for _ in range(repeat):
        for name, script in FIRST_CALLS.items():
            done = subprocess.run(
                [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
            )
            samples[name].append(float(done.stdout.strip().splitlines()[-1]))
    results = {name: statistics.median(values) for name, values in samples.items()}
    results["time_to_first_call_ratio"] = results["time_to_first_call_ms"] / results["time_to_first_call_generated_ms"]
    return results


GOALS = {
    "parse_ratio_vs_json_loads": ("<=", 1.5),
    "parse_ratio_vs_pydantic": ("<=", 1.0),
    "validation_ms": ("<=", 0.2),
    "overhead_ratio_vs_generated": ("<=", 1.5),
    "throughput_rps": (">=", 45.0),  # 90 % of the 50 requests a second the server allows (issue 4)
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
    results.update(bench_first_call(max(3, args.repeat // 3)))
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
