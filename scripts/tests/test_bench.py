"""`make bench` keeps working: one quick pass writes every figure it promises."""

from __future__ import annotations

import json
from pathlib import Path

from scripts import bench


def test_bench_writes_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert bench.main(["--repeat", "3", "--skip-throughput", "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    for name in ("parse_ratio_vs_json_loads", "validation_ms", "overhead_ratio_vs_generated"):
        assert results[name] > 0, name
        assert name in results["goals"], name
    # The generated models are the slow baseline the typed views exist to beat.
    assert results["parse_ratio_generated_models"] > results["parse_ratio_vs_json_loads"]
    assert results["read_ratio_vs_generated"] > 0
