"""`make bench` keeps working: one quick pass writes every figure it promises."""

from __future__ import annotations

import json
from pathlib import Path

from scripts import bench, bench_fake


def test_bench_writes_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--repeat", "3", "--skip-throughput", "--skip-fake", "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    for name in ("parse_ratio_vs_json_loads", "validation_ms", "overhead_ratio_vs_generated"):
        assert results[name] > 0, name
        assert name in results["goals"], name
    # The generated models are the slow baseline the typed views exist to beat.
    assert results["parse_ratio_generated_models"] > results["parse_ratio_vs_json_loads"]
    assert results["read_ratio_vs_generated"] > 0


def test_the_fake_benchmark_compares_the_same_1000_calls() -> None:
    results = bench_fake.run(repeat=1)
    assert results["fake_ratio_vs_mock_transport"] > 0
    assert results["fake_ms_per_call"] > 0
