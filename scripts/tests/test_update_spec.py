"""`make update-spec`: re-correct, diff, regenerate and report, on upstream variants made from our own base.

Every run works on a copy of spec/ in a temporary folder (``--root``), never on the repository. Runs that
test the report rather than the client replace the generator with a stub (seconds each); the unchanged
base, all the variants at once and Clockify's own file run the real command end to end.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.catalog import SCOPE
from scripts import base_check, update_spec
from scripts.spec_build import BASE, OVERLAY, ROOT, build, corrections, dumps, load_document
from scripts.update_spec import (
    ACCEPTED_NAME,
    BASE_NAME,
    CORRECTED_NAME,
    HEADER_MARK,
    REPORT_JSON,
    REPORT_JUNIT,
    REPORT_MD,
)

Document = dict[str, Any]


def schemas(doc: Document) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


# --- Upstream variants: each mutates a deep copy of our base --------------------------------------


def add_enum_values(doc: Document) -> None:
    schemas(doc)["DetailedFilterV1"]["properties"]["sortColumn"]["enum"].append("PROJECT")  # a request enum
    schemas(doc)["TimeEntryDtoV1"]["properties"]["type"]["enum"].append("HOLIDAY_OVERTIME")  # a response enum


def remove_response_field(doc: Document) -> None:
    del schemas(doc)["UserDtoV1"]["properties"]["email"]


def add_required_request_field(doc: Document) -> None:
    client = schemas(doc)["CreateClientRequestV1"]
    client["properties"]["costCenter"] = {"type": "string"}
    client["required"] = ["costCenter"]


def make_corrections_redundant(doc: Document) -> None:
    attendance = schemas(doc)["AttendanceFilterV1"]["properties"]
    attendance["pageSize"]["maximum"] = 201
    attendance["sortColumn"]["enum"] = ["USER" if v == "NAME" else v for v in attendance["sortColumn"]["enum"]]
    attendance["sortColumn"].pop("default", None)


def remove_correction_target(doc: Document) -> None:
    del schemas(doc)["SummaryFilterV1"]["properties"]["groups"]


def unchanged(doc: Document) -> None:
    """The base itself."""


VARIANTS: dict[str, Callable[[Document], None]] = {
    "unchanged": unchanged,
    "enum-added": add_enum_values,
    "response-field-removed": remove_response_field,
    "required-request-field-added": add_required_request_field,
    "corrections-satisfied": make_corrections_redundant,
    "correction-target-gone": remove_correction_target,
}


def everything(doc: Document) -> None:
    for mutate in VARIANTS.values():
        mutate(doc)


# --- Running the command on a copy ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Run:
    root: Path
    status: int
    report: dict[str, Any]

    def changes(self, rule: str) -> list[dict[str, Any]]:
        found = [c for key in ("breaking", "warnings", "info") for c in self.report[key]]
        return [c for c in found if c["rule"] == rule]

    def stale(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.report["stale_corrections"]}


def in_scope_base() -> Document:
    """The base's 32 operations in scope: the project's own base, or, once Clockify's file is adopted, its subset."""
    return base_check.subset(load_document(BASE), SCOPE)


def overlay_has(*correction_ids: str) -> set[str]:
    """Those of the corrections the overlay still has (a stale one is removed after an update)."""
    return set(correction_ids) & {c.id for c in corrections(load_document(OVERLAY))}


# A correction Clockify's file satisfies (it lists USER since; 004 saw NAME in 2025). The tests of moving to a
# file that makes a correction stale carry their own copy, so they hold before an adoption and after it has
# removed this one from spec/ (its witness too: the copy's witness is only reported, never run).
STALE_ID = "attendance-sort-column"
STALE_ACTIONS: list[dict[str, Any]] = yaml.safe_load(
    """
- target: $.components.schemas.AttendanceFilterV1.properties.sortColumn['enum','default']
  remove: true
  x-correction:
    id: attendance-sort-column
    anchor: $.components.schemas.AttendanceFilterV1.properties.sortColumn
    upstream: {enum: [NAME, DATE, START, END, BREAK, WORK, CAPACITY, OVERTIME, TIME_OFF]}
    says: The sort columns start with NAME, which is also the default.
    documented: USER is the column that works; NAME fails.
    evidence: seed 004 "AttendanceFilter Parameters" (sortColumn) and the AttendanceFilter Structure example
    date: 2025-08-23
    witness: contract_tests/witnesses.py::attendance_sort_column
- target: $.components.schemas.AttendanceFilterV1.properties.sortColumn
  x-correction: {id: attendance-sort-column}
  update:
    enum: [USER, DATE, START, END, BREAK, WORK, CAPACITY, OVERTIME, TIME_OFF]
"""
)


def corrections_with_stale() -> Document:
    """The project's corrections with this test's copy of the one the published file satisfies, whatever spec/ has."""
    overlay = load_document(OVERLAY)
    kept = [a for a in overlay["actions"] if (a.get("x-correction") or {}).get("id") != STALE_ID]
    return {**overlay, "actions": [*kept, *copy.deepcopy(STALE_ACTIONS)]}


@pytest.fixture(scope="module")
def base_doc() -> Document:
    return in_scope_base()


@pytest.fixture(scope="module")
def make_root(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    # The previous corrected spec as the build makes it from the copied files, so these tests do not
    # depend on the committed one being in sync (test_pipeline checks that).
    # make(base, overlay): a "before" state of the test's own (the copied files are the default).
    own_base = in_scope_base()
    own_built = build(own_base, load_document(OVERLAY), strict=False)
    own = (yaml.safe_dump(own_base), OVERLAY.read_text(encoding="utf-8"), own_built)

    def make(base_document: Document | None = None, overlay_document: Document | None = None) -> Path:
        base, overlay, built = own
        if base_document is not None or overlay_document is not None:
            base_document = own_base if base_document is None else base_document
            overlay_document = load_document(OVERLAY) if overlay_document is None else overlay_document
            base, overlay = yaml.safe_dump(base_document), yaml.safe_dump(overlay_document, sort_keys=False)
            built = build(base_document, overlay_document, strict=False)
        root = tmp_path_factory.mktemp("repo")
        (root / "spec").mkdir()
        (root / BASE_NAME).write_text(base, encoding="utf-8")
        (root / "spec" / "corrections.overlay.yaml").write_text(overlay, encoding="utf-8")
        (root / CORRECTED_NAME).write_text(dumps(built.spec), encoding="utf-8")
        return root

    return make


def write_upstream(path: Path, base_doc: Document, mutate: Callable[[Document], None]) -> Path:
    doc = copy.deepcopy(base_doc)
    mutate(doc)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: the pure-Python dumper is slow
    text = json.dumps(doc) if path.suffix == ".json" else yaml.dump(doc, Dumper=dumper, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def fake_generate(spec_path: Path, destination: Path, *, strict: bool = True) -> list[str]:
    """Stands in for openapi-python-client where a test is about the report, not the client."""
    (destination / "clockify_api" / "models").mkdir(parents=True, exist_ok=True)
    return []


def run_main(root: Path, upstream: Path | str, *flags: str) -> Run:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(update_spec, "generate_client", fake_generate)
        status = update_spec.main([str(upstream), "--root", str(root), *flags])
    return Run(root, status, json.loads((root / REPORT_JSON).read_text(encoding="utf-8")))


def accept(root: Path, *ids: str) -> None:
    entries = "".join(f"  - id: {json.dumps(i)}\n    reason: reviewed in the test\n" for i in ids)
    (root / ACCEPTED_NAME).write_text(f"accepted:\n{entries}", encoding="utf-8")


def run_cli(root: Path, upstream: Path, *flags: str) -> tuple[Run, str]:
    cmd = [sys.executable, "-m", "scripts.update_spec", str(upstream), "--root", str(root), *flags]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert (root / REPORT_JSON).is_file(), done.stderr
    return Run(root, done.returncode, json.loads((root / REPORT_JSON).read_text(encoding="utf-8"))), done.stderr


@pytest.fixture(scope="module")
def variant(
    make_root: Callable[[], Path], base_doc: Document, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Run]:
    """variant(name, accepting=False): the stubbed run for one variant, made once per module; accepting
    runs it again with every breaking change of the first run accepted."""
    cache: dict[tuple[str, bool], Run] = {}

    def run(name: str, accepting: bool = False) -> Run:
        if (name, accepting) not in cache:
            upstream = write_upstream(tmp_path_factory.mktemp(name) / "upstream.yaml", base_doc, VARIANTS[name])
            root = make_root()
            if accepting:
                accept(root, *run(name).report["unaccepted"])
            cache[(name, accepting)] = run_main(root, upstream)
        return cache[(name, accepting)]

    return run


@pytest.fixture(scope="module")
def unchanged_run(make_root: Callable[[], Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    upstream = write_upstream(tmp_path_factory.mktemp("upstream") / "clockify.base.yaml", in_scope_base(), unchanged)
    run, _ = run_cli(make_root(), upstream)
    return run, upstream


@pytest.fixture(scope="module")
def everything_run(
    make_root: Callable[[], Path], base_doc: Document, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Run, str]:
    upstream = write_upstream(tmp_path_factory.mktemp("everything") / "upstream.yaml", base_doc, everything)
    return run_cli(make_root(), upstream)


# --- The unchanged base, end to end -----------------------------------------------------------------------


def test_an_unchanged_upstream_needs_no_review_and_exits_0(unchanged_run: tuple[Run, Path]) -> None:
    run, _ = unchanged_run
    assert run.status == 0
    report = run.report
    for key in ("breaking", "warnings", "info", "stale_corrections", "partly_stale_corrections", "conflicts"):
        assert report[key] == [], key
    assert [c["id"] for c in report["applied"]] == [c.id for c in corrections(load_document(OVERLAY))]
    assert report["upstream_problems"] == []
    assert report["needs_review"] is False
    assert report["generation"]["status"] == "ok"
    assert report["contract_suite"] == {
        "status": "no-tests",
        "summary": "no contract tests yet (contract_tests/ does not exist)",
        "exit_code": None,
    }
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert markdown.startswith(
        "# Upstream spec update: `clockify.base.yaml`\n\n**0 breaking changes, 0 warnings, 0 info;"
    )
    assert "Nothing to review" in markdown


def test_every_output_is_written(unchanged_run: tuple[Run, Path]) -> None:
    run, upstream = unchanged_run
    base = (run.root / BASE_NAME).read_text(encoding="utf-8")
    assert base.startswith(HEADER_MARK + "\n# Imported by `make update-spec` on ")
    assert "from clockify.base.yaml (YAML, sha256 " in base
    assert base.endswith(upstream.read_text(encoding="utf-8")), "upstream's text is kept as published"
    corrected = json.loads((run.root / CORRECTED_NAME).read_text(encoding="utf-8"))
    assert corrected["components"]["schemas"]["AttendanceFilterV1"]["properties"]["pageSize"]["maximum"] == 201
    assert (run.root / "generated" / "clockify_api" / "openapi.json").read_text(encoding="utf-8") == dumps(corrected)
    assert (run.root / REPORT_MD).is_file()
    assert (run.root / REPORT_JUNIT).read_text(encoding="utf-8").startswith("<?xml")
    assert not list(run.root.parent.glob(f".{run.root.name}.update-*")), "the staged copy is gone"


# --- One variant at a time (generator stubbed) ------------------------------------------------------------


def test_added_enum_values_are_not_breaking(variant: Callable[..., Run]) -> None:
    run = variant("enum-added")
    [request] = run.changes("request-property-enum-value-added")
    [response] = run.changes("response-property-enum-value-added")
    assert (request["detail"], request["operations"]) == ("PROJECT", ["generateDetailedReport"])
    assert (response["detail"], response["location"]) == ("HOLIDAY_OVERTIME", "TimeEntryDtoV1.type")
    assert run.report["breaking"] == []
    assert run.status == 0, "nothing to review"


def test_a_removed_response_field_is_one_breaking_change_until_accepted(variant: Callable[..., Run]) -> None:
    run = variant("response-field-removed")
    [change] = run.report["breaking"]
    assert (change["rule"], change["location"], change["detail"]) == (
        "response-property-removed",
        "UserDtoV1.email",
        "string",
    )
    assert change["operations"] == ["getLoggedUser", "getUsersOfWorkspace"]
    assert run.report["unaccepted"] == [change["id"]]
    assert run.status == 1
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert f'- id: "{change["id"]}"' in markdown, "the review item says what to accept"
    accepted = variant("response-field-removed", accepting=True)
    assert (accepted.status, accepted.report["unaccepted"]) == (0, [])
    assert accepted.report["breaking"][0]["accepted"] == "reviewed in the test"


def test_a_new_required_request_field_is_breaking(variant: Callable[..., Run]) -> None:
    run = variant("required-request-field-added")
    [change] = run.report["breaking"]
    assert (change["rule"], change["location"], change["detail"]) == (
        "request-property-added-required",
        "CreateClientRequestV1.costCenter",
        "string",
    )
    assert run.status == 1
    assert variant("required-request-field-added", accepting=True).status == 0


def test_corrections_upstream_now_satisfies_are_stale(variant: Callable[..., Run]) -> None:
    run = variant("corrections-satisfied")
    stale = run.stale()
    assert set(stale) == overlay_has("attendance-sort-column")
    for entry in stale.values():
        assert entry["reason"] == "satisfied"
        assert "propose removing" in entry["explanation"]
        assert {a["status"] for a in entry["actions"]} == {"satisfied"}
    if "attendance-sort-column" in stale:
        assert len(stale["attendance-sort-column"]["actions"]) == 2, "each action of the correction is reported"
    # Upstream now says the maximum, not the server error it predicts: the correction stays, for its annotation.
    [partly] = run.report["partly_stale_corrections"]
    assert (partly["id"], [a["status"] for a in partly["actions"]]) == ("attendance-page-size", ["redundant"])
    assert "attendance-page-size" not in {c["id"] for c in run.report["applied"]}
    assert run.report["breaking"] == [], "the corrected API is the same"
    assert run.status == 1, "a stale correction is to review: no flag hides it"


def test_a_correction_whose_target_is_gone_is_stale_and_the_api_change_is_reported(
    variant: Callable[..., Run],
) -> None:
    run = variant("correction-target-gone")
    [entry] = run.report["stale_corrections"]
    assert (entry["id"], entry["reason"]) == ("summary-groups", "target-gone")
    assert entry["actions"][0]["detail"] == "the target matches nothing"
    [removed] = run.changes("request-property-removed")
    assert (removed["location"], removed["level"]) == ("SummaryFilterV1.groups", "breaking")
    assert run.status == 1


# --- All variants at once, end to end ---------------------------------------------------------------------


def test_all_variants_at_once_end_to_end(everything_run: tuple[Run, str]) -> None:
    run, stderr = everything_run
    report = run.report
    assert run.status == 1
    assert "needs review" in stderr
    assert "[4/5] generating the client" in stderr, "progress lines"
    assert {"applied", "stale_corrections", "breaking", "warnings", "info", "conflicts", "upstream_problems"} <= set(
        report
    )
    assert report["contract_suite"]["status"] == "no-tests"
    assert set(run.stale()) == overlay_has("attendance-sort-column", "summary-groups")
    assert [c["id"] for c in report["partly_stale_corrections"]] == ["attendance-page-size"]
    assert {c["rule"] for c in report["breaking"]} == {
        "response-property-removed",
        "request-property-added-required",
        "request-property-removed",
    }
    assert {c["rule"] for c in report["info"]} == {
        "request-property-enum-value-added",
        "response-property-enum-value-added",
    }
    assert report["summary"] == {
        "breaking": 3,
        "unaccepted": 3,
        "warnings": 0,
        "info": 2,
        "applied": len(report["applied"]),
        "stale": len(overlay_has("attendance-sort-column", "summary-groups")),
        "partly_stale": 1,
        "conflicts": 0,
        "upstream_problems": 0,
    }
    # The regenerated client knows the new request enum value.
    model = run.root / "generated" / "clockify_api" / "models" / "detailed_filter_v1_sort_column.py"
    assert 'PROJECT = "PROJECT"' in model.read_text(encoding="utf-8")
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    for heading in (
        "## To review",
        "## Breaking changes (3)",
        "## Info changes (2)",
        f"### Stale ({len(run.stale())})",
    ):
        assert f"\n{heading}\n" in markdown
    assert "- [ ] `summary-groups` is stale (target-gone)" in markdown
    assert (
        "| `response-property-removed` | `UserDtoV1.email` | string | `getLoggedUser`, `getUsersOfWorkspace` |"
        in markdown
    )


# --- Inputs, usage errors and the contract suite -----------------------------------------------------------


def test_a_json_upstream_becomes_a_yaml_base(make_root: Callable[[], Path], base_doc: Document, tmp_path: Path) -> None:
    upstream = write_upstream(tmp_path / "clockify.json", base_doc, unchanged)
    run = run_main(make_root(), upstream)
    base = (run.root / BASE_NAME).read_text(encoding="utf-8")
    assert "from clockify.json (JSON, sha256" in base
    assert not base.splitlines()[3].startswith("{"), "written as block YAML"
    assert yaml.safe_load(base) == base_doc
    assert (run.status, run.report["upstream"]["format"]) == (0, "json")


def test_a_second_import_replaces_our_header() -> None:
    once = update_spec.base_text("a.yaml", "openapi: 3.0.3\n", "yaml", {}, "2026-01-01", "0" * 64)
    twice = update_spec.base_text("b.yaml", once, "yaml", {}, "2026-02-01", "1" * 64)
    assert twice.count(HEADER_MARK) == 1
    assert "from b.yaml" in twice
    assert twice.endswith("\nopenapi: 3.0.3\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("openapi: [3.0\n", "is not valid YAML"),
        ("just: text\n", "not an OpenAPI 3 document"),
        ("openapi: 3.0.0\ncomponents: {}\n", "has no 'paths'"),
        ("openapi: 3.0.0\npaths: {}\ncomponents: {}\n", "has no operations"),
        ("openapi: 3.0.0\npaths: {/x: {get: {responses: {}}}}\n", "has no 'components'"),
    ],
)
def test_unusable_input_is_a_usage_error_and_writes_nothing(
    make_root: Callable[[], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    root = make_root()
    before = (root / BASE_NAME).read_bytes()
    upstream = tmp_path / "upstream.yaml"
    if content is not None:
        upstream.write_text(content, encoding="utf-8")
    assert update_spec.main([str(upstream), "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert [line for line in err.splitlines() if not line.startswith("update-spec: [")] == [err.splitlines()[-1]], (
        "one line"
    )
    assert (root / BASE_NAME).read_bytes() == before
    assert not (root / REPORT_JSON).exists()


def test_a_malformed_accepted_changes_file_is_a_usage_error(
    make_root: Callable[[], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root()
    (root / ACCEPTED_NAME).write_text("accepted:\n  - id: x\n", encoding="utf-8")
    assert update_spec.main([str(BASE), "--root", str(root)]) == 2
    assert "needs an 'id' and a 'reason'" in capsys.readouterr().err
    assert not (root / REPORT_JSON).exists()


def test_a_root_without_corrections_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        update_spec.main([str(BASE), "--root", str(tmp_path)])
    assert exited.value.code == 2
    assert "has no spec/corrections.overlay.yaml" in capsys.readouterr().err


def test_help_describes_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        update_spec.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert all(word in out for word in ("--timeout", "--root", "update-report.md", "Exit status", "accepted-changes"))


def write_suite(root: Path, *tests: str) -> None:
    suite = root / "contract_tests"
    suite.mkdir()
    body = "".join(f"\n\n@pytest.mark.contract\ndef test_{i}() -> None:\n    assert {t}\n" for i, t in enumerate(tests))
    if tests:
        (suite / "test_fake.py").write_text("import pytest" + body, encoding="utf-8")


def test_an_empty_contract_suite_means_no_contract_tests_yet(tmp_path: Path) -> None:
    write_suite(tmp_path)
    result = update_spec.run_contract_suite(tmp_path)
    assert (result["status"], result["exit_code"]) == ("no-tests", 5)
    assert result["summary"].startswith("no contract tests yet")


def test_a_passing_contract_suite_is_reported(tmp_path: Path) -> None:
    write_suite(tmp_path, "True")
    result = update_spec.run_contract_suite(tmp_path)
    assert (result["status"], result["exit_code"]) == ("passed", 0)
    assert result["summary"].startswith("1 passed")


def test_a_failing_contract_suite_fails_the_command(
    make_root: Callable[[], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root()
    write_suite(root, "True", "1 == 2")
    upstream = tmp_path / "upstream.yaml"
    shutil.copyfile(BASE, upstream)
    run = run_main(root, upstream)
    assert run.status == 3
    suite = run.report["contract_suite"]
    assert (suite["status"], suite["exit_code"]) == ("failed", 1)
    assert suite["summary"].startswith("1 failed, 1 passed")
    [failure] = suite["failures"]
    assert (failure["test"], failure["outcome"]) == ("contract_tests/test_fake.py::test_1", "failed")
    assert "1 == 2" in failure["message"]
    markdown = (root / REPORT_MD).read_text(encoding="utf-8")
    assert "\n- `contract_tests/test_fake.py::test_1`: 1 failed: " in markdown
    assert "the contract suite failed" in capsys.readouterr().err


def contract_section(markdown: str) -> list[str]:
    return markdown.split("## Client and contract suite\n", 1)[1].strip().splitlines()


def test_many_contract_failures_are_summarized_in_a_few_lines(variant: Callable[..., Run]) -> None:
    report = copy.deepcopy(variant("unchanged").report)
    failures = [
        {"test": f"contract_tests/test_{t}.py::test_{t}[op{i}]", "outcome": "failed", "message": f"AssertionError: {t}"}
        for t in range(15)
        for i in range(t + 1)
    ]
    report["contract_suite"] = {"status": "failed", "summary": "120 failed, 3 passed", "exit_code": 1}
    report["contract_suite"] |= {"failures": failures, "output_tail": "\n".join(f["test"] for f in failures)}
    section = contract_section(update_spec.render_markdown(report))
    assert len(section) <= 16, section  # client, suite, a heading and at most 10 grouped lines
    assert "**failed**: 120 failed, 3 passed" in section[1]
    assert "(120 in all; every id in `spec/update-report.json`, `contract_suite.failures`)" in section[3]
    grouped = section[5:]
    assert len(grouped) == update_spec.MAX_FAILURE_LINES
    assert grouped[0] == (
        "- `contract_tests/test_14.py::test_14`: 15 failed (`op0`, `op1`, `op2`, `op3`, `op4` and 10 more): "
        "AssertionError: 14"
    )
    assert grouped[-1] == "- and 6 more tests (21 failed)"  # test_0 .. test_5: 1 + 2 + ... + 6
    assert "test_0[op0]" not in "\n".join(section), "the raw ids stay in the JSON"


def test_a_report_too_long_for_a_pull_request_counts_its_info_changes_only(variant: Callable[..., Run]) -> None:
    report = copy.deepcopy(variant("enum-added").report)
    [row] = [r for r in report["info"] if r["rule"] == "request-property-enum-value-added"]
    report["info"] = [{**row, "location": f"Schema{i}.field"} for i in range(1000)]
    markdown = update_spec.render_markdown(report)
    assert len(markdown) <= update_spec.PR_BODY_LIMIT
    assert "## Info changes (1000)\n\nListed in `spec/update-report.json`" in markdown
    report["info"] = report["info"][:3]
    assert "`Schema2.field`" in update_spec.render_markdown(report), "a short report lists every change"


def test_a_crash_without_failure_lines_shows_the_last_lines_only(variant: Callable[..., Run]) -> None:
    report = copy.deepcopy(variant("unchanged").report)
    tail = "\n".join(f"line {i}" for i in range(50))
    report["contract_suite"] = {"status": "failed", "summary": "timed out", "exit_code": None, "output_tail": tail}
    report["contract_suite"]["failures"] = []
    section = contract_section(update_spec.render_markdown(report))
    assert section[-13:] == ["", "```", *(f"line {i}" for i in range(40, 50)), "```"]


def test_a_failing_diff_writes_only_the_reports_and_says_why(
    make_root: Callable[[], Path], base_doc: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root()
    before = {name: (root / name).read_bytes() for name in (BASE_NAME, CORRECTED_NAME)}
    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, remove_response_field)

    def crash(old: Any, new: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(update_spec, "diff", crash)
        run = run_main(root, upstream)
    assert run.status == 3
    report = run.report
    assert report["diff"] == {"status": "failed", "error": "RecursionError: maximum recursion depth exceeded"}
    assert report["written"] == [REPORT_MD, REPORT_JSON, REPORT_JUNIT]
    assert {name: (root / name).read_bytes() for name in before} == before, "the tree is as it was"
    assert not (root / "generated").exists()
    assert (report["generation"]["status"], report["contract_suite"]["status"]) == ("skipped", "skipped")
    assert {"applied", "stale_corrections", "breaking", "warnings", "info"} <= set(report)
    markdown = (root / REPORT_MD).read_text(encoding="utf-8")
    assert "**API diff FAILED; corrections:" in markdown
    assert "- [ ] the API diff failed (RecursionError: maximum recursion depth exceeded)" in markdown
    assert "the API diff failed" in capsys.readouterr().err


def test_a_generator_crash_is_reported_not_raised(
    make_root: Callable[[], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root()
    upstream = tmp_path / "upstream.yaml"
    shutil.copyfile(BASE, upstream)

    def crash(spec_path: Path, destination: Path, *, strict: bool = True) -> list[str]:
        raise RuntimeError("the generator broke")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(update_spec, "generate_client", crash)
        status = update_spec.main([str(upstream), "--root", str(root)])
    report = json.loads((root / REPORT_JSON).read_text(encoding="utf-8"))
    assert status == 3
    assert report["generation"]["error"] == "RuntimeError: the generator broke"
    assert report["contract_suite"]["status"] == "skipped"
    assert report["written"] == [BASE_NAME, CORRECTED_NAME, REPORT_MD, REPORT_JSON, REPORT_JUNIT]
    assert "the client could not be regenerated" in capsys.readouterr().err


def test_the_previous_spec_is_the_committed_one_in_a_git_checkout() -> None:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    spec, source = update_spec.previous_corrected(ROOT)
    assert source.startswith(f"`{CORRECTED_NAME}` at commit ")
    assert spec["openapi"].startswith("3.")


# --- Clockify's own file ------------------------------------------------------------------------------------


@pytest.mark.upstream
def test_the_reference_file_adds_operations_and_makes_a_correction_stale(
    reference: Path, make_root: Callable[..., Path]
) -> None:
    # Before: the operations in scope of the published file itself, corrected (whatever spec/ holds now).
    before = base_check.subset(load_document(reference), SCOPE)
    run, stderr = run_cli(make_root(before, corrections_with_stale()), reference)
    report = run.report
    assert run.status == 1, stderr
    assert (report["upstream"]["operations"], report["previous"]["operations"]) == (158, len(SCOPE))
    stale = run.stale()
    assert stale["attendance-sort-column"]["reason"] == "satisfied"
    assert len(run.changes("api-operation-added")) == 158 - len(SCOPE)
    assert not run.changes("api-operation-removed")
    ids = [c["id"] for key in ("breaking", "warnings", "info") for c in report[key]]
    assert len(ids) == len(set(ids)), "each change once"
    assert report["generation"]["status"] == "ok"
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert "- [ ] `attendance-sort-column` is stale (satisfied)" in markdown
    assert f"## Info changes ({report['summary']['info']})" in markdown


# --- Upstream from a URL, Ctrl-C ----------------------------------------------------------------------------


@contextlib.contextmanager
def serving(directory: Path, delay: float = 0.0) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 serving ``directory``, answering after ``delay`` seconds."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)

        def do_GET(self) -> None:
            time.sleep(delay)
            super().do_GET()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_upstream_may_be_a_url(make_root: Callable[[], Path], base_doc: Document, tmp_path: Path) -> None:
    write_upstream(tmp_path / "openapi.yaml", base_doc, add_enum_values)
    with serving(tmp_path) as url:
        run = run_main(make_root(), f"{url}/openapi.yaml")
    assert run.status == 0
    assert run.report["upstream"]["source"] == f"{url}/openapi.yaml"
    assert f"from {url}/openapi.yaml (YAML" in (run.root / BASE_NAME).read_text(encoding="utf-8")
    assert len(run.changes("request-property-enum-value-added")) == 1


@pytest.mark.parametrize(
    ("path", "delay", "message"),
    [
        ("missing.yaml", 0.0, "HTTP 404"),
        ("openapi.yaml", 3.0, "no answer within 0.5 s"),
    ],
)
def test_an_unusable_url_is_a_one_line_usage_error(
    make_root: Callable[[], Path],
    base_doc: Document,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    path: str,
    delay: float,
    message: str,
) -> None:
    root = make_root()
    write_upstream(tmp_path / "openapi.yaml", base_doc, unchanged)
    with serving(tmp_path, delay) as url:
        assert update_spec.main([f"{url}/{path}", "--root", str(root), "--timeout", "0.5"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert message in err[-1]
    assert not (root / REPORT_JSON).exists()


def test_plain_http_is_refused_except_to_loopback(
    make_root: Callable[[], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert update_spec.main(["http://example.invalid/openapi.yaml", "--root", str(make_root())]) == 2
    assert "use https" in capsys.readouterr().err  # refused before any connection is tried


def tree_state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_ctrl_c_leaves_the_tree_as_it_was(make_root: Callable[[], Path], base_doc: Document, tmp_path: Path) -> None:
    root = make_root()
    before = tree_state(root)
    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, remove_response_field)
    cmd = [sys.executable, "-m", "scripts.update_spec", str(upstream), "--root", str(root)]
    child = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert child.stderr is not None
    lines = []
    for line in child.stderr:  # wait for the generator to start, then press Ctrl-C (the whole process group)
        lines.append(line)
        if "[4/5]" in line:
            time.sleep(0.2)  # inside the step: a generation takes seconds, and may take less than 2
            os.killpg(child.pid, signal.SIGINT)
            break
    rest = child.stderr.read()
    assert child.wait(timeout=60) == 130, [*lines, rest]
    assert "Traceback" not in rest
    assert rest.strip().splitlines()[-1] == "update-spec: interrupted: nothing was changed"
    assert tree_state(root) == before
    assert not list(root.parent.glob(f".{root.name}.update-*")), "the staged copy is removed"


def test_the_swap_holds_ctrl_c_back_until_every_output_is_in_place(tmp_path: Path) -> None:
    from scripts._atomic import swap_in

    staged, tree = tmp_path / "staged", tmp_path / "tree"
    (staged / "pkg").mkdir(parents=True)
    (staged / "pkg" / "new.py").write_text("new", encoding="utf-8")
    (staged / "a.txt").write_text("new a", encoding="utf-8")
    (tree / "pkg").mkdir(parents=True)
    (tree / "pkg" / "old.py").write_text("old", encoding="utf-8")
    moves = {staged / "a.txt": tree / "a.txt", staged / "pkg": tree / "pkg"}
    real_move = shutil.move

    def interrupted_move(src: str, dst: str) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C in the middle of the swap
        return real_move(src, dst)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shutil, "move", interrupted_move)
        with pytest.raises(KeyboardInterrupt):
            swap_in(moves)
    assert (tree / "a.txt").read_text(encoding="utf-8") == "new a"
    assert sorted(p.name for p in (tree / "pkg").iterdir()) == ["new.py"], "both outputs swapped, then the Ctrl-C"
    assert sorted(p.name for p in tree.iterdir()) == ["a.txt", "pkg"], "nothing left aside"


def test_the_readme_states_the_exit_statuses_the_command_returns() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("`python -m scripts.update_spec` exits with", 1)[1].split("\n\n", 2)[1]
    stated = {int(line.split("|")[1]) for line in table.splitlines()[2:]}
    codes = {
        update_spec.EXIT_OK,
        update_spec.EXIT_REVIEW,
        update_spec.EXIT_USAGE,
        update_spec.EXIT_FAILED,
        update_spec.EXIT_INTERRUPTED,
    }
    assert stated == codes
    assert all(f"\n  {code} " in (update_spec.__doc__ or "") for code in codes), "and so does --help"


# --- The review list is complete ------------------------------------------------------------------------


def test_a_stale_correction_is_listed_with_its_witness_and_how_to_remove_both(
    make_root: Callable[..., Path], base_doc: Document, tmp_path: Path
) -> None:
    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, make_corrections_redundant)
    run = run_main(make_root(None, corrections_with_stale()), upstream)
    stale = run.stale()["attendance-sort-column"]
    assert stale["witness"] == "contract_tests/witnesses.py::attendance_sort_column"
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert (
        "`python -m scripts.remove_correction attendance-sort-column` removes it and its witness "
        "`contract_tests/witnesses.py::attendance_sort_column`"
    ) in markdown


def test_departures_the_old_base_recorded_are_listed_until_their_bullets_go(
    make_root: Callable[..., Path], base_doc: Document, tmp_path: Path
) -> None:
    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, unchanged)
    root = make_root()
    decisions = root / update_spec.DECISIONS_NAME
    decisions.write_text(
        f"# Decisions\n\n{base_check.DECISIONS_SECTION}\n\n- `#/components/schemas/X`: the old base said so,\n"
        "  for a reason\n\n## Next\n",
        encoding="utf-8",
    )
    run = run_main(root, upstream)
    assert (run.status, run.report["obsolete_decisions"]) == (1, ["#/components/schemas/X"])
    assert run.report["needs_review"] is True
    markdown = (root / REPORT_MD).read_text(encoding="utf-8")
    assert "- [ ] `spec/DECISIONS.md` records `#/components/schemas/X` as a departure of the base" in markdown
    decisions.write_text(base_check.forget(decisions.read_text(encoding="utf-8"), ["#/components/schemas/X"]))
    done = run_main(root, upstream)
    assert (done.status, done.report["obsolete_decisions"]) == (0, [])


def test_an_update_whose_only_problem_is_invalid_openapi_is_reviewed_and_fails(
    make_root: Callable[[], Path], base_doc: Document, tmp_path: Path
) -> None:
    def invalid(doc: Document) -> None:
        del doc["info"]["version"]  # no API change, no stale correction: only the OpenAPI is broken

    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, invalid)
    run = run_main(make_root(), upstream)
    report = run.report
    assert report["upstream_problems"], "the validator's finding is reported"
    assert (report["breaking"], report["warnings"], report["info"], report["stale_corrections"]) == ([], [], [], [])
    assert report["needs_review"] is True
    assert run.status == 1, "no correction handles the problem"
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert "Nothing to review" not in markdown
    assert "- [ ] the corrected spec is not valid OpenAPI in 1 place (below): write a correction" in markdown


def test_a_guard_with_nothing_to_fix_counts_as_applied(variant: Callable[..., Run]) -> None:
    run = variant("unchanged")
    applied = {c["id"]: c for c in run.report["applied"]}
    assert {a["status"] for a in applied["array-default-not-a-list"]["actions"]} == {"idle"}
    assert run.status == 0
