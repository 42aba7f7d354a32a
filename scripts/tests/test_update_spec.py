"""`make update-spec`: re-correct, diff, regenerate and report, on upstream variants made from our own base.

Every run works on a copy of spec/ in a temporary folder (``--root``), never on the repository. Runs that
test the report rather than the client replace the generator with a stub (seconds each); the unchanged
base, all the variants at once and Clockify's own file run the real command end to end.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.catalog import SCOPE
from scripts import base_check, update_spec
from scripts.spec_build import BASE, OVERLAY, ROOT, build, corrections, dumps, load_document
from scripts.update_spec import BASE_NAME, CORRECTED_NAME, HEADER_MARK, REPORT_JSON, REPORT_MD

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

    def changes(self, kind: str, location: str) -> list[dict[str, Any]]:
        found = [c for key in ("breaking", "non_breaking") for c in self.report[key]]
        return [c for c in found if c["kind"] == kind and c["location"] == location]

    def stale(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.report["stale_corrections"]}


def in_scope_base() -> Document:
    """The base's 32 operations in scope: the project's own base, or, once Clockify's file is adopted, its subset."""
    return base_check.subset(load_document(BASE), SCOPE)


def overlay_has(*correction_ids: str) -> set[str]:
    """Those of the corrections the overlay still has (a stale one is removed after an update)."""
    return set(correction_ids) & {c.id for c in corrections(load_document(OVERLAY))}


@pytest.fixture(scope="module")
def base_doc() -> Document:
    return in_scope_base()


@pytest.fixture(scope="module")
def make_root(tmp_path_factory: pytest.TempPathFactory) -> Callable[[], Path]:
    # The previous corrected spec as the build makes it from the copied files, so these tests do not
    # depend on the committed one being in sync (test_pipeline checks that).
    base_document = in_scope_base()
    base, overlay = yaml.safe_dump(base_document).encode(), OVERLAY.read_bytes()
    corrected = dumps(build(base_document, load_document(OVERLAY), strict=False).spec)

    def make() -> Path:
        root = tmp_path_factory.mktemp("repo")
        (root / "spec").mkdir()
        (root / BASE_NAME).write_bytes(base)
        (root / "spec" / "corrections.overlay.yaml").write_bytes(overlay)
        (root / CORRECTED_NAME).write_text(corrected, encoding="utf-8")
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


def run_main(root: Path, upstream: Path, *flags: str) -> Run:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(update_spec, "generate_client", fake_generate)
        status = update_spec.main([str(upstream), "--root", str(root), *flags])
    return Run(root, status, json.loads((root / REPORT_JSON).read_text(encoding="utf-8")))


def run_cli(root: Path, upstream: Path, *flags: str) -> tuple[Run, str]:
    cmd = [sys.executable, "-m", "scripts.update_spec", str(upstream), "--root", str(root), *flags]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    assert (root / REPORT_JSON).is_file(), done.stderr
    return Run(root, done.returncode, json.loads((root / REPORT_JSON).read_text(encoding="utf-8"))), done.stderr


@pytest.fixture(scope="module")
def variant(
    make_root: Callable[[], Path], base_doc: Document, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Run]:
    """variant(name, acknowledge=False): the stubbed run for one variant, made once per module."""
    cache: dict[tuple[str, bool], Run] = {}

    def run(name: str, acknowledge: bool = False) -> Run:
        if (name, acknowledge) not in cache:
            upstream = write_upstream(tmp_path_factory.mktemp(name) / "upstream.yaml", base_doc, VARIANTS[name])
            cache[(name, acknowledge)] = run_main(make_root(), upstream, *(["--acknowledge"] if acknowledge else []))
        return cache[(name, acknowledge)]

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
    for key in ("breaking", "non_breaking", "stale_corrections", "partly_stale_corrections", "conflicts"):
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
    assert markdown.startswith("# Upstream spec update: `clockify.base.yaml`\n\n**0 breaking changes, 0 non-breaking;")
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


# --- One variant at a time (generator stubbed) ------------------------------------------------------------


def test_added_enum_values_are_not_breaking(variant: Callable[..., Run]) -> None:
    run = variant("enum-added")
    request = run.changes("enum-value-added", "generateDetailedReport request body .detailedFilter.sortColumn")
    response = run.changes("enum-value-added", "replaceMany response 200 [].type")
    assert [(c["detail"], c["direction"]) for c in request] == [("PROJECT", "request")]
    assert [(c["detail"], c["direction"]) for c in response] == [("HOLIDAY_OVERTIME", "response")]
    assert run.report["breaking"] == []
    assert len(run.report["non_breaking"]) == 2
    assert run.status == 0, "nothing to review: no --acknowledge needed"


def test_a_removed_response_field_is_breaking(variant: Callable[..., Run]) -> None:
    run = variant("response-field-removed")
    locations = {c["location"] for c in run.report["breaking"] if c["kind"] == "field-removed"}
    assert locations == {"getLoggedUser response 200 .email", "getUsersOfWorkspace response 200 [].email"}
    assert run.report["breaking"][0]["detail"] == "was string"
    assert run.report["stale_corrections"] == []
    assert run.status == 1
    assert variant("response-field-removed", acknowledge=True).status == 0


def test_a_new_required_request_field_is_breaking(variant: Callable[..., Run]) -> None:
    run = variant("required-request-field-added")
    [change] = run.report["breaking"]
    assert (change["kind"], change["location"], change["detail"]) == (
        "field-added-required",
        "createClient request body .costCenter",
        "string",
    )
    assert run.status == 1
    assert variant("required-request-field-added", acknowledge=True).status == 0


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
    assert run.status == 1
    assert variant("corrections-satisfied", acknowledge=True).status == 0


def test_a_correction_whose_target_is_gone_is_stale_and_the_api_change_is_reported(
    variant: Callable[..., Run],
) -> None:
    run = variant("correction-target-gone")
    [entry] = run.report["stale_corrections"]
    assert (entry["id"], entry["reason"]) == ("summary-groups", "target-gone")
    assert entry["actions"][0]["detail"] == "the target matches nothing"
    assert run.changes("field-removed", "generateSummaryReport request body .summaryFilter.groups")[0]["breaking"]
    assert run.status == 1
    acknowledged = variant("correction-target-gone", acknowledge=True)
    assert (acknowledged.status, acknowledged.report["acknowledged"]) == (0, True)


# --- All variants at once, end to end ---------------------------------------------------------------------


def test_all_variants_at_once_end_to_end(everything_run: tuple[Run, str]) -> None:
    run, stderr = everything_run
    report = run.report
    assert run.status == 1
    assert "needs review" in stderr
    assert {"applied", "stale_corrections", "breaking", "non_breaking", "conflicts", "upstream_problems"} <= set(report)
    assert report["contract_suite"]["status"] == "no-tests"
    assert set(run.stale()) == overlay_has("attendance-sort-column", "summary-groups")
    assert [c["id"] for c in report["partly_stale_corrections"]] == ["attendance-page-size"]
    assert {c["kind"] for c in report["breaking"]} == {"field-removed", "field-added-required"}
    assert {c["kind"] for c in report["non_breaking"]} == {"enum-value-added"}
    assert report["summary"] == {
        "breaking": 4,
        "non_breaking": 2,
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
        "## Breaking changes (4)",
        "## Non-breaking changes (2)",
        f"### Stale ({len(run.stale())})",
    ):
        assert f"\n{heading}\n" in markdown
    assert "- [ ] `summary-groups` is stale (target-gone)" in markdown
    assert "| field-removed (response) | `getLoggedUser response 200 .email` | was string |" in markdown


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
    [(None, "cannot read"), ("just: text\n", "not an OpenAPI 3 document"), ("openapi: 3.0.0\n", "has no 'paths'")],
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
    assert message in capsys.readouterr().err
    assert (root / BASE_NAME).read_bytes() == before
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
    assert all(word in out for word in ("--acknowledge", "--root", "update-report.md", "Exit status"))


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


def test_a_failing_contract_suite_fails_the_command_even_when_acknowledged(
    make_root: Callable[[], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_root()
    write_suite(root, "True", "1 == 2")
    upstream = tmp_path / "upstream.yaml"
    shutil.copyfile(BASE, upstream)
    run = run_main(root, upstream, "--acknowledge")
    assert run.status == 1
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
        run = run_main(root, upstream, "--acknowledge")
    assert run.status == 1, "--acknowledge never hides a failure"
    report = run.report
    assert report["diff"] == {"status": "failed", "error": "RecursionError: maximum recursion depth exceeded"}
    assert report["written"] == [REPORT_MD, REPORT_JSON]
    assert {name: (root / name).read_bytes() for name in before} == before, "the tree is as it was"
    assert not (root / "generated").exists()
    assert (report["generation"]["status"], report["contract_suite"]["status"]) == ("skipped", "skipped")
    assert {"applied", "stale_corrections", "breaking", "non_breaking"} <= set(report)
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
    assert status == 1
    assert report["generation"]["error"] == "RuntimeError: the generator broke"
    assert report["contract_suite"]["status"] == "skipped"
    assert report["written"] == [BASE_NAME, CORRECTED_NAME, REPORT_MD, REPORT_JSON]
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
    reference: Path, make_root: Callable[[], Path]
) -> None:
    run, stderr = run_cli(make_root(), reference)
    report = run.report
    assert run.status == 1, stderr
    assert (report["upstream"]["operations"], report["previous"]["operations"]) == (158, 32)
    stale = run.stale()
    assert stale["attendance-sort-column"]["reason"] == "satisfied"
    added = [c for c in report["non_breaking"] if c["kind"] == "operation-added"]
    assert len(added) == 158 - 32
    assert not [c for c in report["breaking"] if c["kind"] == "operation-removed"]
    assert report["generation"]["status"] == "ok"
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert "- [ ] `attendance-sort-column` is stale (satisfied)" in markdown
    assert "126 operations added" in markdown


# --- The review list is complete ------------------------------------------------------------------------


def test_a_stale_correction_is_listed_with_its_witness_and_how_to_remove_both(variant: Callable[..., Run]) -> None:
    if not overlay_has("attendance-sort-column"):
        pytest.skip("attendance-sort-column was removed as stale (after Clockify's file was adopted)")
    run = variant("corrections-satisfied")
    stale = run.stale()["attendance-sort-column"]
    assert stale["witness"] == "contract_tests/witnesses.py::attendance_sort_column"
    markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
    assert (
        "`python -m scripts.remove_correction attendance-sort-column` removes it and its witness "
        "`contract_tests/witnesses.py::attendance_sort_column`"
    ) in markdown


def test_an_update_whose_only_problem_is_invalid_openapi_is_reviewed_and_fails(
    make_root: Callable[[], Path], base_doc: Document, tmp_path: Path
) -> None:
    def invalid(doc: Document) -> None:
        del doc["info"]["version"]  # no API change, no stale correction: only the OpenAPI is broken

    upstream = write_upstream(tmp_path / "upstream.yaml", base_doc, invalid)
    for flags in ((), ("--acknowledge",)):
        run = run_main(make_root(), upstream, *flags)
        report = run.report
        assert report["upstream_problems"], "the validator's finding is reported"
        assert (report["breaking"], report["non_breaking"], report["stale_corrections"]) == ([], [], [])
        assert report["needs_review"] is True
        assert run.status == 1, f"no correction handles the problem: exit 1 even with {flags}"
        markdown = (run.root / REPORT_MD).read_text(encoding="utf-8")
        assert "Nothing to review" not in markdown
        assert "- [ ] the corrected spec is not valid OpenAPI in 1 place (below): write a correction" in markdown


def test_a_guard_with_nothing_to_fix_counts_as_applied(variant: Callable[..., Run]) -> None:
    run = variant("unchanged")
    applied = {c["id"]: c for c in run.report["applied"]}
    assert {a["status"] for a in applied["array-default-not-a-list"]["actions"]} == {"idle"}
    assert run.status == 0
