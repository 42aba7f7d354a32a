"""Clockify changed its spec: re-correct it, diff it, regenerate the client and write a report, in one go.

    python -m scripts.update_spec UPSTREAM [--root DIR] [--timeout S]
    make update-spec UPSTREAM=<file or https URL>

UPSTREAM is Clockify's new OpenAPI document (YAML or JSON): a file, or an https URL (Clockify publishes
its spec at one), fetched with a time-out. The command
  1. applies spec/corrections.overlay.yaml to it leniently: each correction ends applied, stale
     (upstream now says the same: "satisfied"; its target is gone: "target-gone") or conflicting;
  2. diffs the new corrected spec against the previous one (spec/clockify.corrected.json as
     committed in git; the file on disk when DIR is not a git checkout): every change once, with a
     rule id, a level (breaking, warning, info) and the operations it affects (scripts/api_diff.py,
     scripts/API_DIFF_RULES.md);
  3. regenerates generated/clockify_api and runs the contract suite (pytest contract_tests -m contract);
  4. writes, so that the update is reviewed as a diff:
       spec/clockify.base.yaml        the new upstream document (YAML), the base of the next update
       spec/clockify.corrected.json   the new corrected spec
       generated/clockify_api/        the regenerated client
       spec/update-report.md          the report, fit for a pull-request description
       spec/update-report.json        the same, machine-readable
       spec/update-report.xml         the API changes as JUnit XML (an unaccepted breaking change fails)

Everything is staged in a copy of the tree and swapped in at the end: an interruption (Ctrl-C) or an
unusable input leaves the tree as it was. When the diff fails, only the reports are swapped in.

A breaking change is accepted by listing its id, with a reason, in spec/accepted-changes.yaml:
    accepted:
      - id: "response-property-removed:UserDtoV1.email:string"
        reason: "nobody reads it; released as 2.0"

Exit status:
  0    nothing to review
  1    review needed: breaking changes not accepted yet, stale or conflicting corrections, upstream
       problems (the corrected spec is not valid OpenAPI) no correction handles, departures of the
       old base that spec/DECISIONS.md still records
  2    unusable input, nothing written: bad arguments, an upstream that cannot be fetched or read or
       is not a usable OpenAPI document (no paths, no components), a malformed accepted-changes file
  3    a step failed (the corrections, the diff, the client generation, the contract suite): the report says which
  130  interrupted (Ctrl-C): nothing written
(Through make, any non-zero status shows as make's own status 2; the message on stderr says which.)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from scripts import api_diff, base_check
from scripts._atomic import swap_in
from scripts.api_diff import AcceptedError, Change, diff, load_accepted
from scripts.generate import PACKAGE, count_operations, generate_client
from scripts.overlay import APPLIED, CONFLICT, IDLE, SATISFIED, TARGET_GONE, Outcome, OverlayError
from scripts.spec_build import ROOT, BuildResult, SpecError, build, dumps, load_document
from scripts.upstream import FETCH_TIMEOUT_S, Upstream, UpstreamError, read

BASE_NAME = "spec/clockify.base.yaml"
OVERLAY_NAME = "spec/corrections.overlay.yaml"
CORRECTED_NAME = "spec/clockify.corrected.json"
GENERATED_NAME = "generated"
REPORT_MD = "spec/update-report.md"
REPORT_JSON = "spec/update-report.json"
REPORT_JUNIT = "spec/update-report.xml"
ACCEPTED_NAME = "spec/accepted-changes.yaml"
DECISIONS_NAME = "spec/DECISIONS.md"
# Not copied into the staged tree the update works in: version control, environments, caches.
NOT_STAGED = (".git", ".venv", "build", ".bench", "__pycache__", ".*_cache", ".hypothesis", "node_modules")
HEADER_MARK = "# Clockify's published OpenAPI description: the project's upstream base."

# Why a stale correction is stale, in the reviewer's words.
STALE_REASONS = {
    SATISFIED: "upstream now says the same: propose removing the correction",
    TARGET_GONE: "its target is gone upstream: find where it moved, or remove the correction",
}
# pytest's exit code -> the contract suite's status (5: nothing collected).
CONTRACT_STATUS = {0: "passed", 5: "no-tests"}
CONTRACT_TIMEOUT_S = 1800  # replayed cassettes take seconds; a hang must not block the update forever
PR_BODY_LIMIT = 60_000  # characters; GitHub refuses a pull-request description over 65 536
MAX_FAILURE_LINES = 10  # the Markdown groups failing contract tests in so many lines; the JSON lists them all


EXIT_OK, EXIT_REVIEW, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


# --- Input and base -----------------------------------------------------------------------------


def base_text(name: str, text: str, fmt: str, document: Mapping[str, Any], today: str, sha256: str) -> str:
    """The new spec/clockify.base.yaml: the upstream text under a header saying where it came from."""
    if fmt == "json":  # the base stays YAML, so the next update diffs YAML against YAML
        text = yaml.safe_dump(dict(document), sort_keys=False, allow_unicode=True, width=120)
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(HEADER_MARK):  # replace our own header, keep upstream's comments
        while lines and lines[0].startswith("#"):
            lines.pop(0)
    header = (
        f"{HEADER_MARK}\n"
        f"# Imported by `make update-spec` on {today} from {name} ({fmt.upper()}, sha256 {sha256[:16]}...).\n"
        "# Do not edit: corrections live in corrections.overlay.yaml; what changed is in update-report.md.\n"
    )
    return header + "".join(lines)


def previous_corrected(root: Path) -> tuple[dict[str, Any], str]:
    """The corrected spec the update is compared with, and where it came from.

    As committed, when ``root`` is a git checkout, so a second run (after accepting changes, say) reports
    the same changes; otherwise the file on disk; an empty spec when there is none.
    """
    try:
        top = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
        )
        if top.returncode == 0 and Path(top.stdout.strip()).resolve() == root.resolve():
            shown = subprocess.run(
                ["git", "-C", str(root), "show", f"HEAD:{CORRECTED_NAME}"], capture_output=True, text=True, check=False
            )
            head = subprocess.run(
                ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
            )
            if shown.returncode == 0:
                return json.loads(shown.stdout), f"`{CORRECTED_NAME}` at commit {head.stdout.strip()}"
    except OSError:  # no git: fall back to the file on disk
        pass
    path = root / CORRECTED_NAME
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8")), f"`{CORRECTED_NAME}` (working tree)"
    return {"paths": {}}, "nothing (no previous corrected spec: every operation is new)"


# --- Corrections ----------------------------------------------------------------------------------


def _action(o: Outcome) -> dict[str, Any]:
    return {"index": o.action_index, "target": o.target, "status": o.status, "detail": o.detail}


def classify_corrections(result: BuildResult) -> dict[str, list[dict[str, Any]]]:
    """Per correction id: applied, stale (every action stale), partly stale, or conflicting. None is dropped."""
    groups: dict[str, list[dict[str, Any]]] = {"applied": [], "stale": [], "partly_stale": [], "conflicts": []}
    witnesses = {c.id: c.witness for c in result.corrections}
    for cid, outcomes in result.by_correction().items():
        statuses = {o.status for o in outcomes}
        entry: dict[str, Any] = {"id": cid}
        if CONFLICT in statuses:
            group = "conflicts"
        elif statuses <= {APPLIED, IDLE}:  # a guard with nothing to fix here still guards the next update
            group = "applied"
        elif all(o.stale for o in outcomes):
            group = "stale"
            entry["reason"] = "+".join(sorted(statuses))
            entry["explanation"] = "; ".join(STALE_REASONS[s] for s in sorted(statuses))
            entry["witness"] = witnesses[cid]  # goes with it: a witness without its correction fails the suite
        else:  # some actions still apply: the correction stays, its stale actions go
            group = "partly_stale"
        entry["actions"] = [_action(o) for o in outcomes]
        groups[group].append(entry)
    return groups


# --- Contract suite -------------------------------------------------------------------------------


def run_contract_suite(root: Path) -> dict[str, Any]:
    """Run ``pytest contract_tests -m contract -q`` under ``root``, against the regenerated client."""
    if not (root / "contract_tests").is_dir():
        return {
            "status": "no-tests",
            "summary": "no contract tests yet (contract_tests/ does not exist)",
            "exit_code": None,
        }
    # The regenerated client and the quirk layer under root come first, before any installed copy.
    paths = [root / GENERATED_NAME, root / "overrides", root]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*map(str, paths), os.environ.get("PYTHONPATH", "")])}
    env["COLUMNS"] = "240"  # pytest cuts each failure's message to the terminal width
    # -rfE: one "FAILED <test id> - <message>" line per failure, parsed into the report.
    cmd = [sys.executable, "-m", "pytest", "contract_tests", "-m", "contract", "-q", "-rfE", "-p", "no:cacheprovider"]
    try:
        run = subprocess.run(
            cmd, cwd=root, env=env, capture_output=True, text=True, check=False, timeout=CONTRACT_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return {"status": "failed", "summary": f"timed out after {CONTRACT_TIMEOUT_S} s", "exit_code": None}
    except OSError as exc:
        return {"status": "failed", "summary": f"could not run pytest: {exc}", "exit_code": None}
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    status = CONTRACT_STATUS.get(run.returncode, "failed")
    summary = lines[-1].strip("= ") if lines else f"pytest exited with {run.returncode}"
    if status == "no-tests":
        summary = f"no contract tests yet ({summary})"
    result: dict[str, Any] = {"status": status, "summary": summary, "exit_code": run.returncode}
    if status == "failed":
        result["failures"] = failures(lines)
        result["output_tail"] = "\n".join([*lines[-40:], *run.stderr.splitlines()[-10:]])
    return result


def failures(lines: Sequence[str]) -> list[dict[str, str]]:
    """The failing tests of pytest's short summary ("FAILED <id> - <message>"; "ERROR" for errors)."""
    found = []
    for line in lines:
        outcome, _, rest = line.partition(" ")
        if outcome in ("FAILED", "ERROR") and rest:
            test, _, message = rest.partition(" - ")
            found.append({"test": test, "outcome": outcome.lower(), "message": message})
    return found


def group_failures(failed: Sequence[Mapping[str, str]], limit: int = MAX_FAILURE_LINES) -> list[str]:
    """At most ``limit`` Markdown lines, one per failing test function: how many cases failed, which
    (the parameters, mostly operation ids) and the first cause."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for failure in failed:
        test, _, case = failure["test"].partition("[")
        groups.setdefault(test, []).append((case.removesuffix("]"), failure["message"]))
    ordered = sorted(groups.items(), key=lambda group: (-len(group[1]), group[0]))  # the largest first
    shown = ordered if len(ordered) <= limit else ordered[: limit - 1]
    lines = []
    for test, items in shown:
        cases = [f"`{case}`" for case, _ in items if case]
        listed = ", ".join(cases[:5]) + (f" and {len(cases) - 5} more" if len(cases) > 5 else "")
        cause = next((message for _, message in items if message), "")
        lines.append(
            f"- `{test}`: {len(items)} failed"
            + (f" ({listed})" if listed else "")
            + (f": {_cell(cause)[:160]}" if cause else "")
        )
    if rest := ordered[len(shown) :]:
        count = sum(len(items) for _, items in rest)
        lines.append(f"- and {_plural(len(rest), 'more test')} ({count} failed)")
    return lines


# --- Report -----------------------------------------------------------------------------------------


@dataclasses.dataclass
class Update:
    """Everything one run found; ``report()`` turns it into the JSON report."""

    upstream: Upstream
    previous_from: str
    previous_operations: int
    result: BuildResult
    corrections: dict[str, list[dict[str, Any]]]
    changes: list[Change]
    accepted: dict[str, str]  # spec/accepted-changes.yaml: change id -> reason
    api_diff: dict[str, Any]  # {"status": "ok"} or {"status": "failed", "error": ...}
    written: list[str]
    generation: dict[str, Any]
    contract_suite: dict[str, Any]
    obsolete_decisions: list[str]  # departures DECISIONS.md records that the adopted base no longer has
    started: float
    date: str

    @property
    def unaccepted(self) -> list[Change]:
        return api_diff.unaccepted_breaking(self.changes, self.accepted)

    @property
    def needs_review(self) -> bool:
        c = self.corrections
        return bool(
            self.unaccepted
            or c["stale"]
            or c["partly_stale"]
            or c["conflicts"]
            or self.invalid
            or self.obsolete_decisions
        )

    @property
    def invalid(self) -> bool:
        """The corrected spec is not valid OpenAPI: `make generate` would refuse it."""
        return bool(self.result.problems)

    @property
    def failed(self) -> bool:
        return any(step["status"] != "ok" for step in (self.api_diff, self.generation)) or (
            self.contract_suite["status"] == "failed"
        )

    @property
    def exit_status(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_REVIEW if self.needs_review else EXIT_OK

    def report(self) -> dict[str, Any]:
        document = self.upstream.document
        info = document.get("info") or {}
        c = self.corrections
        levels = {level: [ch for ch in self.changes if ch.level == level] for level in api_diff.LEVELS}
        used = {ch.id for ch in self.changes}
        return {
            "upstream": {
                "source": self.upstream.source,
                "name": self.upstream.name,
                "format": self.upstream.fmt,
                "sha256": self.upstream.sha256,
                "openapi": str(document.get("openapi")),
                "title": str(info.get("title", "")),
                "version": str(info.get("version", "")),
                "operations": count_operations(self.result.spec),
            },
            "previous": {"from": self.previous_from, "operations": self.previous_operations},
            "date": self.date,
            "duration_s": round(time.perf_counter() - self.started, 1),
            "summary": {
                "breaking": len(levels[api_diff.BREAKING]),
                "unaccepted": len(self.unaccepted),
                "warnings": len(levels[api_diff.WARNING]),
                "info": len(levels[api_diff.INFO]),
                "applied": len(c["applied"]),
                "stale": len(c["stale"]),
                "partly_stale": len(c["partly_stale"]),
                "conflicts": len(c["conflicts"]),
                "upstream_problems": len(self.result.problems),
            },
            "applied": c["applied"],
            "stale_corrections": c["stale"],
            "partly_stale_corrections": c["partly_stale"],
            "conflicts": c["conflicts"],
            "breaking": api_diff.to_json(levels[api_diff.BREAKING], self.accepted),
            "warnings": api_diff.to_json(levels[api_diff.WARNING], self.accepted),
            "info": api_diff.to_json(levels[api_diff.INFO], self.accepted),
            "unaccepted": [ch.id for ch in self.unaccepted],
            "accepted_unused": sorted(set(self.accepted) - used),
            "upstream_problems": self.result.problems,
            "obsolete_decisions": self.obsolete_decisions,
            "diff": self.api_diff,
            "written": self.written,
            "generation": self.generation,
            "contract_suite": self.contract_suite,
            "needs_review": self.needs_review,
            "exit_status": self.exit_status,
        }


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _folded(summary: str, lines: list[str], threshold: int = 25) -> list[str]:
    """Long lists fold away so the description stays readable on a pull request."""
    if len(lines) <= threshold:
        return lines
    return [f"<details><summary>{summary}</summary>", "", *lines, "", "</details>"]


def _acceptance_todo(report: Mapping[str, Any]) -> list[str]:
    """The review items about breaking changes: each unaccepted one, ready to accept once decided."""
    todo = []
    if report["unaccepted"]:
        entries = "".join(f'\n    - id: {json.dumps(cid)}\n      reason: ""' for cid in report["unaccepted"])
        todo.append(
            f"{_plural(len(report['unaccepted']), 'breaking change')} not accepted yet (below): decide how to release "
            f"each, then list it in `{ACCEPTED_NAME}` with a reason (an empty reason is refused):\n\n"
            f"  ```yaml\n  accepted:{entries}\n  ```"
        )
    if report["accepted_unused"]:
        unused = ", ".join(f"`{cid}`" for cid in report["accepted_unused"])
        todo.append(f"no longer seen, so remove from `{ACCEPTED_NAME}`: {unused}")
    return todo


def _actions_cell(actions: Sequence[Mapping[str, Any]]) -> str:
    return "<br>".join(f"`{_cell(a['target'])}`: **{a['status']}**: {_cell(a['detail'])}" for a in actions)


def summary_line(report: Mapping[str, Any]) -> str:
    s = report["summary"]
    stale = f"{s['stale']} stale" + (f" ({s['partly_stale']} more partly stale)" if s["partly_stale"] else "")
    unaccepted = f" ({s['unaccepted']} not accepted)" if s["unaccepted"] else ""
    counts = f"{_plural(s['warnings'], 'warning')}, {s['info']} info"
    changes = f"{_plural(s['breaking'], 'breaking change')}{unaccepted}, {counts}"
    if report["diff"]["status"] != "ok":
        changes = "API diff FAILED"
    return (
        f"{changes}; "
        f"corrections: {s['applied']} applied, {stale}, {s['conflicts']} conflicting; "
        f"{_plural(s['upstream_problems'], 'upstream problem')}; "
        f"contract suite: {report['contract_suite']['summary']}"
    )


def correction_items(report: Mapping[str, Any]) -> list[str]:
    """What the reviewer does about each correction that is no longer simply applied."""
    items = [
        f"`{c['id']}` is stale ({c['reason']}): {c['explanation']}; once agreed, "
        f"`python -m scripts.remove_correction {c['id']}` removes it and its witness `{c['witness']}`"
        for c in report["stale_corrections"]
    ]
    items += [
        f"`{c['id']}` is partly stale: remove its stale actions; keep only the annotations of redundant ones"
        for c in report["partly_stale_corrections"]
    ]
    items += [f"`{c['id']}` conflicts with upstream: re-check its evidence" for c in report["conflicts"]]
    return items


def obsolete_decisions(root: Path) -> list[str]:
    """The departures of the base DECISIONS.md records: all obsolete once the base is the published file itself."""
    path = root / DECISIONS_NAME
    return base_check.recorded(path.read_text(encoding="utf-8")) if path.is_file() else []


def decision_items(report: Mapping[str, Any]) -> list[str]:
    """Each recorded departure of the old base goes: the new base is the published text, departing nowhere."""
    return [
        f"`{DECISIONS_NAME}` records `{pointer}` as a departure of the base; the new base is the published file "
        f"and departs nowhere: remove that bullet (`python -m scripts.base_check --forget '{pointer}'`)"
        for pointer in report["obsolete_decisions"]
    ]


def problem_items(report: Mapping[str, Any]) -> list[str]:
    """Upstream's mistakes that make the corrected spec invalid: ours to correct before the build passes."""
    count = len(report["upstream_problems"])
    if not count:
        return []
    return [
        f"the corrected spec is not valid OpenAPI in {_plural(count, 'place')} (below): write a correction for each, "
        "with its evidence and witness (`guard: true` when the mistake lies outside the operations in scope)"
    ]


def render_markdown(report: Mapping[str, Any]) -> str:
    """The report as a pull-request description; info rows give way when it would be too long for one."""
    text = _render_markdown(report, api_diff.LEVELS)
    if len(text) > PR_BODY_LIMIT:
        text = _render_markdown(report, (api_diff.BREAKING, api_diff.WARNING))
    return text


def _render_markdown(report: Mapping[str, Any], listed: Sequence[str]) -> str:
    up, prev, s = report["upstream"], report["previous"], report["summary"]
    lines = [
        f"# Upstream spec update: `{up['name']}`",
        "",
        f"**{summary_line(report)}**",
        "",
        f"Upstream: `{up['name']}` (OpenAPI {up['openapi']}, {up['title']} {up['version']}, sha256 "
        f"`{up['sha256'][:16]}`), {up['operations']} operations; previously {prev['operations']}. "
        f"Compared with {prev['from']}. Written by `make update-spec` on {report['date']} in {report['duration_s']} s.",
        "",
    ]
    todo = []
    if report["diff"]["status"] != "ok":
        todo.append(
            f"the API diff failed ({_cell(report['diff']['error'])[:300]}): nothing was written but this report; "
            "fix the diff and run the update again"
        )
    todo += _acceptance_todo(report)
    todo += correction_items(report)
    todo += problem_items(report)
    todo += decision_items(report)
    if s["stale"] or s["partly_stale"] or s["conflicts"] or s["upstream_problems"]:
        todo.append(
            "then `make generate` and `make test` must pass again: the strict build refuses stale or conflicting "
            "corrections and a spec that is not valid OpenAPI"
        )
    if report["generation"]["status"] == "failed":
        todo.append("the client could not be regenerated (see below)")
    if report["contract_suite"]["status"] == "failed":
        todo.append("the contract suite fails (see below)")
    verdict = "Nothing to review: the update is safe for clients." if not todo else "## To review"
    lines += [verdict, ""] + [f"- [ ] {t}" for t in todo] + ([""] if todo else [])
    if report["diff"]["status"] == "ok":
        rows = [*report["breaking"], *report["warnings"], *report["info"]]
        lines += api_diff.render_rows(rows, listed=listed, elsewhere=REPORT_JSON)
    else:
        lines += ["## API changes", "", "Not known: the API diff failed.", ""]

    lines += ["## Corrections", ""]
    for title, key in (("Stale", "stale_corrections"), ("Partly stale", "partly_stale_corrections")):
        if report[key]:
            lines += [f"### {title} ({len(report[key])})", "", "| correction | reason | actions |", "|---|---|---|"]
            for c in report[key]:
                reason = c.get("explanation", "some actions are stale, the others still apply")
                lines.append(f"| `{c['id']}` | {_cell(reason)} | {_actions_cell(c['actions'])} |")
            lines.append("")
    if report["conflicts"]:
        lines += [f"### Conflicting ({s['conflicts']})", "", "| correction | actions |", "|---|---|"]
        lines += [f"| `{c['id']}` | {_actions_cell(c['actions'])} |" for c in report["conflicts"]]
        lines.append("")
    applied = ", ".join(f"`{c['id']}`" for c in report["applied"]) or "none"
    lines += [f"### Applied ({s['applied']})", "", applied, ""]

    lines += [f"## Upstream problems ({s['upstream_problems']})", ""]
    if report["upstream_problems"]:
        lines += [
            "Where the corrected upstream is not valid OpenAPI 3.0. Upstream's mistakes, ours to correct: until a "
            "correction handles each, `make generate` refuses the spec and this update exits 1:",
            "",
        ]
        lines += _folded(
            _plural(s["upstream_problems"], "problem"), [f"- `{_cell(p)}`" for p in report["upstream_problems"]]
        )
    else:
        lines.append("None.")
    lines.append("")

    gen, suite = report["generation"], report["contract_suite"]
    lines += ["## Client and contract suite", ""]
    if gen["status"] == "ok":
        warned = f", {_plural(len(gen['warnings']), 'generator warning')}" if gen["warnings"] else ""
        lines.append(f"- client: regenerated into `{gen['package']}` ({gen['models']} models{warned})")
    elif gen["status"] == "skipped":
        lines.append(f"- client: not regenerated: {gen['reason']}")
    else:
        lines.append(f"- client: **generation failed**: {_cell(gen['error'])[:500]}")
    lines.append(f"- contract suite (`pytest contract_tests -m contract`): **{suite['status']}**: {suite['summary']}")
    if suite.get("failures"):
        lines += [
            "",
            f"Failing tests by test function ({len(suite['failures'])} in all; every id in "
            f"`{REPORT_JSON}`, `contract_suite.failures`):",
            "",
            *group_failures(suite["failures"]),
        ]
    elif suite.get("output_tail"):  # nothing to group (a crash, a collection error): pytest's last words
        lines += ["", "```", *suite["output_tail"].splitlines()[-MAX_FAILURE_LINES:], "```"]
    return "\n".join(lines) + "\n"


# --- The command --------------------------------------------------------------------------------------


def _error(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, SpecError) else f"{type(exc).__name__}: {exc}"


def _generate(spec_path: Path, root: Path) -> dict[str, Any]:
    package = root / GENERATED_NAME / PACKAGE
    try:
        warnings = generate_client(spec_path, root / GENERATED_NAME, strict=False)
    except Exception as exc:  # whatever fails, the report must say so
        return {"status": "failed", "error": _error(exc), "warnings": []}
    models = sum(1 for p in (package / "models").glob("*.py") if p.name != "__init__.py")
    return {"status": "ok", "package": f"{GENERATED_NAME}/{PACKAGE}", "models": models, "warnings": warnings}


def _api_diff(previous: Mapping[str, Any], spec: Mapping[str, Any]) -> tuple[list[Change], dict[str, Any]]:
    try:
        return diff(previous, spec), {"status": "ok"}
    except Exception as exc:  # a bug in the diff must not cost the report; nothing is written yet
        return [], {"status": "failed", "error": _error(exc)}


def _contract_suite(root: Path) -> dict[str, Any]:
    try:
        return run_contract_suite(root)
    except Exception as exc:  # the client is written already: the report must still be
        return {"status": "failed", "summary": f"could not run: {_error(exc)}", "exit_code": None}


def _suite_skipped(why: str) -> dict[str, Any]:
    return {"status": "skipped", "summary": f"not run: {why}", "exit_code": None}


def progress(message: str) -> None:
    """A progress line on stderr: the long steps (generation, contract suite) take a minute or more."""
    print(f"update-spec: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def staged_tree(root: Path) -> Iterator[Path]:
    """A scratch copy of ``root`` to write and test the update in, removed afterwards whatever happens.

    Made beside ``root`` when it can be (the same file system, so swapping in is renaming; and the
    same parent, so paths relative to the checkout such as ../shared still resolve).
    """
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{root.name}.update-", dir=root.parent))
    except OSError:
        stage = Path(tempfile.mkdtemp(prefix="update-spec-"))
    try:
        shutil.copytree(root, stage, ignore=shutil.ignore_patterns(*NOT_STAGED), symlinks=True, dirs_exist_ok=True)
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def update(source: str, root: Path, *, timeout: float = FETCH_TIMEOUT_S) -> dict[str, Any]:
    """Do the whole update of ``root`` and return the report.

    Everything is written in a staged copy of the tree and swapped in at the end, so an interruption
    or an unusable input leaves ``root`` as it was; a failed step is in the report, with its error,
    never a crash after partial writes. Raises UpstreamError or AcceptedError for unusable input.
    """
    started = time.perf_counter()
    progress(f"[1/5] reading {source}")
    upstream = read(source, timeout)
    accepted = load_accepted(root / ACCEPTED_NAME)
    previous, previous_from = previous_corrected(root)
    progress("[2/5] applying the corrections")
    result = build(upstream.document, load_document(root / OVERLAY_NAME), strict=False)
    now = datetime.datetime.now(datetime.UTC)
    corrections = classify_corrections(result)
    previous_operations = count_operations(previous) if isinstance(previous.get("paths"), dict) else 0
    progress("[3/5] comparing the API with the previous corrected spec")
    changes, diff_status = _api_diff(previous, result.spec)
    outputs = {
        BASE_NAME: base_text(
            upstream.name, upstream.text, upstream.fmt, upstream.document, now.date().isoformat(), upstream.sha256
        ),
        CORRECTED_NAME: dumps(result.spec),
    }
    with staged_tree(root) as stage:
        written: list[str] = []
        if diff_status["status"] == "ok":
            for name, content in outputs.items():
                (stage / name).write_text(content, encoding="utf-8")
                written.append(name)
            progress("[4/5] generating the client (about half a minute)")
            generation = _generate(stage / CORRECTED_NAME, stage)
            if generation["status"] == "ok":
                written.append(generation["package"])
                progress("[5/5] running the contract suite (about a minute)")
                suite = _contract_suite(stage)
            else:
                suite = _suite_skipped("the client was not regenerated")
        else:
            generation = {"status": "skipped", "reason": "the API diff failed, so nothing was written", "warnings": []}
            suite = _suite_skipped("the API diff failed")
        run = Update(
            upstream=upstream,
            previous_from=previous_from,
            previous_operations=previous_operations,
            result=result,
            corrections=corrections,
            changes=changes,
            accepted=accepted,
            api_diff=diff_status,
            written=[*written, REPORT_MD, REPORT_JSON, REPORT_JUNIT],
            generation=generation,
            contract_suite=suite,
            obsolete_decisions=obsolete_decisions(root),
            started=started,
            date=now.strftime("%Y-%m-%d %H:%M UTC"),
        )
        report = run.report()
        (stage / REPORT_JSON).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (stage / REPORT_MD).write_text(render_markdown(report), encoding="utf-8")
        (stage / REPORT_JUNIT).write_text(api_diff.to_junit(changes, accepted), encoding="utf-8")
        swap_in({stage / name: root / name for name in report["written"]})
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.update_spec", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("upstream", help="Clockify's new OpenAPI document (YAML or JSON): a path or an https URL")
    parser.add_argument(
        "--root",
        type=Path,
        default=ROOT,
        help="the tree whose spec/ and generated/ are read and written (default: this repository)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=FETCH_TIMEOUT_S,
        help="seconds to wait for an upstream URL (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if not (root / OVERLAY_NAME).is_file():
        parser.error(f"{root} has no {OVERLAY_NAME}")  # exits 2
    source = args.upstream if "://" in args.upstream else str(Path(args.upstream).resolve())
    try:
        report = update(source, root, timeout=args.timeout)
    except KeyboardInterrupt:
        print("update-spec: interrupted: nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UpstreamError, AcceptedError) as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (SpecError, OverlayError, OSError) as exc:
        print(f"update-spec: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(summary_line(report))
    print(f"wrote {', '.join(report['written'])} under {root}")
    generation, suite = report["generation"], report["contract_suite"]
    if report["diff"]["status"] != "ok":
        print(f"update-spec: error: the API diff failed: {report['diff']['error']}", file=sys.stderr)
    if generation["status"] == "failed":
        print(f"update-spec: error: the client could not be regenerated: {generation['error'][:2000]}", file=sys.stderr)
    if suite["status"] == "failed":
        print(f"update-spec: error: the contract suite failed: {suite['summary']}", file=sys.stderr)
    if report["upstream_problems"]:
        print(
            f"update-spec: error: the corrected spec is not valid OpenAPI in {len(report['upstream_problems'])} "
            f"place(s) no correction handles (see {REPORT_MD})",
            file=sys.stderr,
        )
    if report["needs_review"]:
        print(
            f"update-spec: needs review: {summary_line(report)}.\n"
            f"Read {REPORT_MD} and the diff before committing; accept breaking changes one by one in {ACCEPTED_NAME}.",
            file=sys.stderr,
        )
    return int(report["exit_status"])


if __name__ == "__main__":
    raise SystemExit(main())
