"""`make bench` keeps working and keeps honest: one quick pass writes every figure it promises, and the
parse figure reads every field a caller can read on a report row."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from clockify_api.models.time_entry_detailed_report_dto import TimeEntryDetailedReportDto
from clockify_client import DetailedEntry, _reading

from scripts import bench, bench_fake
from scripts.payloads import detailed_report_payload

FIGURES = (
    "parse_ratio_vs_json_loads",
    "parse_lazy_ratio_vs_json_loads",
    "parse_floor_ratio_vs_json_loads",
    "parse_object_floor_ratio_vs_json_loads",
    "parse_reader_ratio_vs_json_loads",
    "parse_ratio_vs_object_floor",
    "parse_ratio_generated_models",
    "parse_ratio_pydantic",
    "parse_ratio_vs_pydantic",
    "read_ratio_vs_generated",
    "validation_ms",
    "overhead_ratio_vs_generated",
    "time_to_first_call_ms",
    "time_to_first_call_generated_ms",
    "time_to_first_call_ratio",
)


def test_bench_writes_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--repeat", "3", "--skip-throughput", "--skip-fake", "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    for name in FIGURES:
        assert results[name] > 0, name
    for name in ("parse_ratio_vs_json_loads", "parse_ratio_vs_pydantic", "validation_ms"):
        assert name in results["goals"], name
    assert results["parse_fields_per_row"] == len(bench.field_names(DetailedEntry))
    # Reading every field costs more than only wrapping the rows: the two figures measure different things.
    assert results["parse_ratio_vs_json_loads"] > results["parse_lazy_ratio_vs_json_loads"]
    assert results["time_to_first_call_ratio"] == (
        results["time_to_first_call_ms"] / results["time_to_first_call_generated_ms"]
    )


def _public_attributes(cls: type) -> set[str]:
    """What a caller can read on an instance, found without the bench's help: every public name that is
    not a method, less ``raw`` (the JSON itself, not a typed field)."""
    return {name for name in dir(cls) if not name.startswith("_") and not callable(getattr(cls, name))} - {"raw"}


def test_the_bench_reads_every_public_field_of_each_row_type() -> None:
    for view in (DetailedEntry, _reading.Amount, _reading.DetailedTotals, _reading.AttendanceRow):
        assert set(bench.field_names(view)) == _public_attributes(view), view.__name__
    assert len(bench.field_names(DetailedEntry)) == len(set(bench.field_names(DetailedEntry)))


class _Recording(DetailedEntry):
    """A row that notes every attribute read on it."""

    seen: set[str] = set()  # noqa: RUF012  # shared on purpose: the test reads it after the fact

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("_"):
            _Recording.seen.add(name)
        return super().__getattribute__(name)


def test_read_everything_reads_every_field_and_the_objects_inside() -> None:
    row = json.loads(detailed_report_payload(1))["timeEntries"][0]
    row["amounts"] = [{"type": "EARNED", "amount": 12500, "currency": "USD"}]
    recorder = _Recording(row)
    bench.ReadEverything()(recorder)
    assert _Recording.seen - {"raw"} == set(bench.field_names(DetailedEntry))  # raw: read by the conversion
    # The amounts inside a row are read too: every field of theirs, each once.
    reads: list[str] = []

    class Amount(_reading.Amount):
        def __getattribute__(self, name: str) -> Any:
            if not name.startswith("_") and name != "raw":
                reads.append(name)
            return super().__getattribute__(name)

    plain = DetailedEntry(row)
    assert plain.amounts[0].amount == 12500  # converted; now its amounts become ones that note their reads
    plain.__dict__["amounts"] = [Amount(row["amounts"][0])]
    bench.ReadEverything()(plain)
    assert sorted(reads) == sorted(bench.field_names(_reading.Amount))


def test_every_row_of_the_page_is_read() -> None:
    read: list[Any] = []
    rows = bench.parse_and_read(detailed_report_payload(40), read.append)
    assert len(rows) == 40
    assert read == rows


def test_the_baselines_read_the_same_rows() -> None:
    body = detailed_report_payload(5)
    generated = TimeEntryDetailedReportDto.from_dict(json.loads(body))
    pydantic_page = bench._pydantic_page().model_validate_json(body)
    typed = _reading.parse_detailed_report(body).rows
    rows = pydantic_page.time_entries  # type: ignore[attr-defined]
    assert [r.id for r in rows] == [r.id for r in typed] == [r.id for r in generated.time_entries]  # type: ignore[union-attr]
    assert [r.time_interval.duration for r in rows] == [r.duration for r in typed]
    assert all(isinstance(r.time_interval.start, datetime.datetime) for r in rows)
    assert [[t.name for t in r.tags] for r in rows] == [r.tag_names for r in typed]


def test_the_fake_benchmark_compares_the_same_1000_calls() -> None:
    results = bench_fake.run(repeat=1)
    assert results["fake_ratio_vs_mock_transport"] > 0
    assert results["fake_ms_per_call"] > 0


def test_the_floor_looks_up_every_field_the_row_type_reads() -> None:
    # The floor is a bound for this row type: it must look at every field a DetailedEntry is read from.
    first_paths = {getattr(DetailedEntry, name).paths[0] for name in DetailedEntry._FIELDS}
    assert first_paths == set(bench.FLOOR_LOOKUPS) | set(bench.FLOOR_CONVERTED)
    bench.floor_read(detailed_report_payload(3))  # and it runs on the page the figure uses


def test_the_object_floor_hands_out_what_the_typed_rows_give() -> None:
    # A bound only while it does the same work: every field of DetailedEntry, with the same values.
    body = detailed_report_payload(200)
    names = bench.field_names(DetailedEntry)
    assert list(bench.FloorRow._fields) == list(names)
    floor = bench.floor_rows(body)
    typed = _reading.parse_detailed_report(body).rows
    assert len(floor) == len(typed) == 200
    for cheap, row in zip(floor, typed, strict=True):
        assert [getattr(cheap, name) for name in names] == [getattr(row, name) for name in names]
        assert [type(getattr(cheap, name)) for name in names] == [type(getattr(row, name)) for name in names]


class _Box:
    """A plain object with fields, for the reader: ``inner`` may hold a number or another box."""

    reads: list[str] = []  # noqa: RUF012  # shared on purpose: the test reads it after the fact

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    @property
    def inner(self) -> Any:
        _Box.reads.append("inner")
        return self._inner

    @property
    def label(self) -> str:
        _Box.reads.append("label")
        return "x"


def test_read_everything_finds_an_object_where_only_plain_values_were_before(monkeypatch: Any) -> None:
    monkeypatch.setattr(bench, "field_names", lambda cls: ("inner", "label") if cls is _Box else ())
    read = bench.ReadEverything()
    read(_Box(1))  # learnt: ``inner`` holds a plain value
    _Box.reads.clear()
    read(_Box(_Box(_Box(2))))  # now it holds boxes, two deep
    assert _Box.reads == ["inner", "label"] * 3
    _Box.reads.clear()
    read(_Box([_Box(3), 4]))  # or a list with a box in it
    assert _Box.reads == ["inner", "label"] * 2
