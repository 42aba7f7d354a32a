"""Clockify republishes its spec: adopting it, doing what the report asks, gives a green build.

In a clone of this checkout (its working tree as it is, committed there): `make update-spec` with
Clockify's published file, then every item of the report's review list (a stale correction goes
with its witness, through scripts/remove_correction.py; upstream problems must be handled by
corrections already), then `make generate` and `make test` must pass, and `Clockify(region=...)`
and `Clockify(subdomain=...)` reach both hosts. The clone reuses this checkout's environment
(`VENV=`), so nothing is installed; the clone's own generated client and quirk layer come first on
the import path. Runs where the published file is at hand (`CLOCKIFY_REFERENCE_SPEC`), and the clone's
`make test` runs with it too, upstream tests included, as an adopted repository's CI does; the clone's
own copy of this module skips there (`INSIDE_CLONE`), so the adoption happens once.

Whether the update needs review depends on the tree: this project as committed has a stale correction
and a recorded departure of its base; a tree that adopted the file already has neither. Either way the
exit status agrees with the report, and following the review list ends in a green build.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts import base_check
from scripts.spec_build import ROOT, corrections, load_document
from scripts.update_spec import DECISIONS_NAME, OVERLAY_NAME

INSIDE_CLONE = "CLOCKIFY_END_TO_END_CLONE"  # set in the clone's environment: its copy of this module skips
SKIP_REASON = "inside the end-to-end clone: the adoption happens once"
pytestmark = [
    pytest.mark.upstream,
    pytest.mark.skipif(bool(os.environ.get(INSIDE_CLONE)), reason=SKIP_REASON),
]

VENV = Path(sys.prefix)
STEP_TIMEOUT_S = 1800
# The clone's pytest reports a failure without the output it captured: its DEBUG log lines would fill the report.
INNER_PYTEST_OPTIONS = "--show-capture=no"
_REPORT_SECTION = re.compile(r"^=+ (FAILURES|ERRORS|short test summary info) =+$", re.MULTILINE)


def failure_report(output: str, limit: int = 8000) -> str:
    """What a failed pytest run says about its failures: the start of its FAILURES/ERRORS sections (the
    assertion, the falsifying example) and its short test summary; the last ``limit`` characters when it has
    neither (a failure before pytest ran)."""
    sections = {m.group(1): m.start() for m in _REPORT_SECTION.finditer(output)}
    if not sections:
        return output[-limit:]
    summary_at = sections.get("short test summary info", len(output))
    details = output[min(sections.values()) : summary_at]
    if len(details) > limit:
        details = details[:limit] + f"\n[... {len(details) - limit} characters of the failures left out ...]\n"
    return details + output[summary_at:][-limit:]


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


def _environment(clone: Path, reference: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MAKEFLAGS")}
    # The shared environment has this checkout installed in editable mode: the clone's packages go first.
    env["PYTHONPATH"] = os.pathsep.join(str(clone / part) for part in ("generated", "overrides", "."))
    env["CLOCKIFY_REFERENCE_SPEC"] = str(reference)  # the clone's upstream tests run, as in an adopted CI
    env[INSIDE_CLONE] = "1"
    env["PYTEST_ADDOPTS"] = INNER_PYTEST_OPTIONS
    return env


def _make(clone: Path, reference: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # VENV= and -o: the clone uses this environment as it is, never rebuilding or reinstalling it.
    cmd = ["make", "--no-print-directory", f"VENV={VENV}", "-o", f"{VENV}/.installed", *args]
    return _run(cmd, clone, _environment(clone, reference))


def _review_items(report: dict[str, Any]) -> int:
    """How many things the report asks a reviewer to do (update_spec's own verdict aside)."""
    keys = ("unaccepted", "stale_corrections", "partly_stale_corrections", "conflicts", "upstream_problems")
    return sum(len(report[key]) for key in (*keys, "obsolete_decisions"))


@dataclasses.dataclass(frozen=True)
class Adopted:
    clone: Path
    reference: Path
    status: int  # make's: 0, or 2 whatever the script's non-zero status
    report: dict[str, Any]
    before: dict[str, Any]  # the clone's corrections and recorded departures before the update


@pytest.fixture(scope="module")
def adopted(reference: Path, tmp_path_factory: pytest.TempPathFactory) -> Adopted:
    """The clone after `make update-spec UPSTREAM=<published file>`, and its report."""
    if not (VENV / ".installed").is_file():
        pytest.skip(f"no environment built by make at {VENV}")
    clone = _clone(tmp_path_factory.mktemp("end-to-end") / "repo")
    before = {
        "corrections": {c.id: c.witness for c in corrections(load_document(clone / OVERLAY_NAME))},
        "decisions": base_check.recorded((clone / DECISIONS_NAME).read_text(encoding="utf-8")),
    }
    update = _make(clone, reference, "update-spec", f"UPSTREAM={reference}")
    report: dict[str, Any] = json.loads((clone / "spec" / "update-report.json").read_text(encoding="utf-8"))
    return Adopted(clone, reference, update.returncode, report, before)


def test_the_exit_status_says_whether_the_report_has_anything_to_review(adopted: Adopted) -> None:
    report = adopted.report
    assert report["needs_review"] is (_review_items(report) > 0)
    assert report["exit_status"] == (1 if report["needs_review"] else 0)
    assert (adopted.status != 0) is report["needs_review"], f"make said {adopted.status}"
    markdown = (adopted.clone / "spec" / "update-report.md").read_text(encoding="utf-8")
    assert markdown.count("\n- [ ] ") >= _review_items(report), "every item is on the review list"
    assert ("Nothing to review" in markdown) is not report["needs_review"]


def test_the_update_report_asks_only_what_can_be_done(adopted: Adopted) -> None:
    report, before = adopted.report, adopted.before
    summary = report["summary"]
    assert report["upstream"]["operations"] == 158
    assert summary["upstream_problems"] == 0, report["upstream_problems"]
    assert (summary["breaking"], summary["partly_stale"], summary["conflicts"]) == (0, 0, 0), summary
    stale = {c["id"]: c["witness"] for c in report["stale_corrections"]}
    assert stale.items() <= before["corrections"].items(), "each stale one is a correction the tree has, its witness"
    # The published file lists USER: wherever the tree still has the correction saying so, it is stale.
    assert ("attendance-sort-column" in stale) is ("attendance-sort-column" in before["corrections"])
    assert report["obsolete_decisions"] == before["decisions"], "the new base departs nowhere"
    assert report["generation"]["status"] == "ok"
    assert report["contract_suite"]["status"] == "passed", report["contract_suite"].get("failures")


def test_following_the_review_list_gives_a_green_build_with_regions_and_subdomains(adopted: Adopted) -> None:
    clone, report = adopted.clone, adopted.report
    stale = [c["id"] for c in report["stale_corrections"]]
    if stale:
        removed = _run([sys.executable, "-m", "scripts.remove_correction", *stale, "--root", str(clone)], clone)
        assert removed.returncode == 0, removed.stderr
    if report["obsolete_decisions"]:  # the command the review list names
        forgot = _run([sys.executable, "-m", "scripts.base_check", "--forget", *report["obsolete_decisions"]], clone)
        assert forgot.returncode == 0, forgot.stderr
    assert base_check.recorded((clone / DECISIONS_NAME).read_text(encoding="utf-8")) == []
    generate = _make(clone, adopted.reference, "generate")
    assert generate.returncode == 0, failure_report(generate.stdout, 3000) + generate.stderr[-3000:]
    assert "operations:  158" in generate.stdout
    test = _make(clone, adopted.reference, "test")
    assert test.returncode == 0, failure_report(test.stdout) + test.stderr[-3000:]
    # The clone's upstream tests ran (only its copy of this module skips), as an adopted repository's CI runs them.
    skipped = [line for line in test.stdout.splitlines() if line.startswith("SKIPPED")]
    assert any(SKIP_REASON in line for line in skipped), "this module's copy skips there"
    assert not any("reference file absent" in line for line in skipped), skipped
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
        _environment(clone, adopted.reference),
    )
    assert hosts.returncode == 0, hosts.stderr
    package, regional, subdomain, global_ = hosts.stdout.splitlines()
    assert Path(package).is_relative_to(clone), "the clone's regenerated client was imported"
    assert regional == "https://euc1.clockify.me/api https://euc1.clockify.me/report"
    assert subdomain == "https://acme.clockify.me/api https://acme.clockify.me/report"
    assert global_ == "https://api.clockify.me/api https://reports.api.clockify.me"
