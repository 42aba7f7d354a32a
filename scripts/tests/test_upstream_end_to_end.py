"""Clockify republishes its spec: adopting it, doing what the report asks, gives a green build.

In a clone of this checkout (its working tree as it is, committed there): `make update-spec` with
Clockify's published file, then every item of the report's review list (a stale correction goes
with its witness, through scripts/remove_correction.py; upstream problems must be handled by
corrections already), then `make generate` and `make test` must pass, and `Clockify(region=...)`
and `Clockify(subdomain=...)` reach both hosts. The clone reuses this checkout's environment
(`VENV=`), so nothing is installed; the clone's own generated client and quirk layer come first on
the import path. Runs where the published file is at hand (`CLOCKIFY_REFERENCE_SPEC`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_build import ROOT

pytestmark = pytest.mark.upstream

VENV = Path(sys.prefix)
STEP_TIMEOUT_S = 1800


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=STEP_TIMEOUT_S)


def _clone(destination: Path) -> Path:
    """A git clone of this checkout, with its uncommitted changes (and new files) committed in the clone."""
    assert _run(["git", "clone", "--quiet", str(ROOT), str(destination)], ROOT).returncode == 0
    listed = _run(["git", "ls-files", "-z", "--modified", "--others", "--exclude-standard"], ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, destination / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        else:  # deleted in the working tree
            target.unlink(missing_ok=True)
    identity = ["-c", "user.name=end-to-end", "-c", "user.email=end-to-end@example.invalid"]
    assert _run(["git", "add", "-A"], destination).returncode == 0
    _run(["git", *identity, "commit", "--quiet", "--allow-empty", "-m", "working tree"], destination)
    return destination


def _environment(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLOCKIFY_REFERENCE_SPEC", "PYTHONPATH", "MAKEFLAGS")}
    # The shared environment has this checkout installed in editable mode: the clone's packages go first.
    env["PYTHONPATH"] = os.pathsep.join(str(clone / part) for part in ("generated", "overrides", "."))
    return env


def _make(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # VENV= and -o: the clone uses this environment as it is, never rebuilding or reinstalling it.
    cmd = ["make", "--no-print-directory", f"VENV={VENV}", "-o", f"{VENV}/.installed", *args]
    return _run(cmd, clone, _environment(clone))


@pytest.fixture(scope="module")
def adopted(reference: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The clone after `make update-spec UPSTREAM=<published file>`, and its report."""
    if not (VENV / ".installed").is_file():
        pytest.skip(f"no environment built by make at {VENV}")
    clone = _clone(tmp_path_factory.mktemp("end-to-end") / "repo")
    update = _make(clone, "update-spec", f"UPSTREAM={reference}")
    report: dict[str, Any] = json.loads((clone / "spec" / "update-report.json").read_text(encoding="utf-8"))
    assert update.returncode != 0, "a stale correction needs review: the update must say so by its exit status"
    return clone, report


def test_the_update_report_asks_only_what_can_be_done(adopted: tuple[Path, dict[str, Any]]) -> None:
    _, report = adopted
    summary = report["summary"]
    assert report["upstream"]["operations"] == 158
    assert summary["upstream_problems"] == 0, report["upstream_problems"]
    assert (summary["breaking"], summary["partly_stale"], summary["conflicts"]) == (0, 0, 0), summary
    assert [(c["id"], c["witness"]) for c in report["stale_corrections"]] == [
        ("attendance-sort-column", "contract_tests/witnesses.py::attendance_sort_column")
    ]
    assert report["generation"]["status"] == "ok"
    assert report["contract_suite"]["status"] == "passed", report["contract_suite"].get("failures")


def test_following_the_review_list_gives_a_green_build_with_regions_and_subdomains(
    adopted: tuple[Path, dict[str, Any]],
) -> None:
    clone, report = adopted
    stale = [c["id"] for c in report["stale_corrections"]]
    removed = _run([sys.executable, "-m", "scripts.remove_correction", *stale, "--root", str(clone)], clone)
    assert removed.returncode == 0, removed.stderr
    generate = _make(clone, "generate")
    assert generate.returncode == 0, generate.stdout[-3000:] + generate.stderr[-3000:]
    assert "operations:  158" in generate.stdout
    test = _make(clone, "test")
    assert test.returncode == 0, test.stdout[-6000:] + test.stderr[-3000:]
    hosts = _run(
        [
            sys.executable,
            "-c",
            "import clockify_api, clockify_client\n"
            "from clockify_client import Clockify\n"
            "print(clockify_api.__file__)\n"
            "for where in ({'region': 'euc1'}, {'subdomain': 'acme'}, {}):\n"
            "    with Clockify(api_key='not-a-key', **where) as client:\n"
            "        print(client.hosts.core, client.hosts.reports)\n",
        ],
        clone,
        _environment(clone),
    )
    assert hosts.returncode == 0, hosts.stderr
    package, regional, subdomain, global_ = hosts.stdout.splitlines()
    assert Path(package).is_relative_to(clone), "the clone's regenerated client was imported"
    assert regional == "https://euc1.clockify.me/api https://euc1.clockify.me/report"
    assert subdomain == "https://acme.clockify.me/api https://acme.clockify.me/report"
    assert global_ == "https://api.clockify.me/api https://reports.api.clockify.me"
