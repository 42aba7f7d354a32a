"""Upstream mode: the same corrections on Clockify's own file give a client that imports and type-checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.generate import describe
from scripts.spec_build import OVERLAY, ROOT, build, load_document
from scripts.tests.test_update_spec import STALE_ID, corrections_with_stale

pytestmark = pytest.mark.upstream


@pytest.fixture(scope="module")
def upstream_run(reference: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("upstream")
    run = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--upstream", str(reference), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr + run.stdout
    return out, run.stdout


def test_upstream_mode_corrects_all_158_operations(upstream_run: tuple[Path, str]) -> None:
    out, stdout = upstream_run
    spec = json.loads((out / "clockify.corrected.json").read_text(encoding="utf-8"))
    ops = [
        op for item in spec["paths"].values() for m, op in item.items() if isinstance(op, dict) and "operationId" in op
    ]
    assert len(ops) == 158
    assert all("429" in op["responses"] for op in ops), "the error responses reach every operation"
    assert spec["components"]["schemas"]["AttendanceFilterV1"]["properties"]["pageSize"]["maximum"] == 201
    assert "operations:  158" in stdout


def test_stale_corrections_are_reported_with_their_reason(reference: Path) -> None:
    # The 2026 snapshot already lists USER for the attendance sort column (004 saw NAME in 2025): the
    # corrections carry their own copy of that one, which an adoption removes from spec/.
    outcomes = build(load_document(reference), corrections_with_stale(), strict=False).outcomes
    lines = describe(outcomes)
    assert any(line.startswith(f"  satisfied  {STALE_ID}: upstream already says this") for line in lines), lines
    assert all(STALE_ID in line for line in lines), "only that one needs review"


def test_upstream_mode_prints_which_corrections_need_review(reference: Path, upstream_run: tuple[Path, str]) -> None:
    _, stdout = upstream_run
    notes = describe(build(load_document(reference), load_document(OVERLAY), strict=False).outcomes)
    assert ("needs review (stale or conflicting corrections):" in stdout) == bool(notes)
    assert set(notes) <= set(stdout.splitlines())


def test_the_upstream_client_imports_completely_and_passes_mypy(upstream_run: tuple[Path, str]) -> None:
    out, _ = upstream_run
    script = (
        "import importlib, pkgutil, clockify_api\n"
        "mods = [m.name for m in pkgutil.walk_packages(clockify_api.__path__, 'clockify_api.')]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "print(len(mods))\n"
    )
    imported = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True, check=False)
    assert imported.returncode == 0, imported.stderr
    assert int(imported.stdout) > 600
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "/dev/null", "--strict", "--python-version", "3.11",
         "--cache-dir", str(out / ".mypy_cache"), "clockify_api"],
        cwd=out, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout[-3000:]
