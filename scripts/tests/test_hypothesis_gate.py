"""The gate's Hypothesis runs are the same every time, and a failure shows its example, even through the end-to-end
test's inner run (whose captured DEBUG log lines used to fill the report)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

from conftest import PROFILE, examples
from scripts.spec_build import ROOT
from scripts.tests.test_upstream_end_to_end import INNER_PYTEST_OPTIONS, failure_report

LOG_LINE = "DEBUG    httpcore.http11:_trace.py:47 receive_response_body.started request=<Request [b'GET']>\n"


@pytest.mark.skipif(PROFILE != "ci", reason="exploring: the deep profile is random on purpose")
def test_the_gate_draws_the_same_examples_every_run() -> None:
    gate = settings(max_examples=examples(90))  # as a test module's @settings inherits the profile
    assert gate.derandomize
    assert gate.database is None
    assert gate.max_examples == 90


def test_the_report_keeps_the_falsifying_example_and_the_summary_not_the_log_tail() -> None:
    output = (
        "collected 3 items\n\noverrides/tests/test_x.py F..\n\n"
        + "=" * 20 + " FAILURES " + "=" * 20 + "\n"
        + "E   OverflowError: int too large to convert to float\n"
        + "E   Falsifying example: test_x(\n        b=10**5000,\n    )\n"
        + "-" * 10 + " Captured log call " + "-" * 10 + "\n"
        + LOG_LINE * 500
        + "=" * 10 + " short test summary info " + "=" * 10 + "\n"
        + "FAILED overrides/tests/test_x.py::test_x - OverflowError: int too large\n"
        + "=" * 10 + " 1 failed, 2 passed in 3.2s " + "=" * 10 + "\n"
    )  # fmt: skip
    assert "Falsifying example" not in output[-6000:], "the tail alone loses it"
    report = failure_report(output)
    assert "Falsifying example: test_x(\n        b=10**5000," in report
    assert "FAILED overrides/tests/test_x.py::test_x - OverflowError" in report
    assert "1 failed, 2 passed" in report
    assert len(report) < 8000 + 400, "bounded: the log lines past the limit are left out"
    assert "characters of the failures left out" in report


def test_a_run_that_never_reached_pytest_is_shown_by_its_tail() -> None:
    output = "ruff check .\n" + "x" * 9000 + "\nFound 2 errors.\n"
    assert failure_report(output) == output[-8000:]


def test_an_inner_run_reports_the_falsifying_example_without_its_captured_log(tmp_path: Path) -> None:
    """A real pytest run with this project's plugins and root conftest (Schemathesis's among them), options as
    the end-to-end test starts the clone's: a failing property that logs, its example's values shown."""
    (tmp_path / "test_noisy.py").write_text(
        textwrap.dedent(
            """
            import logging
            from hypothesis import given, settings, strategies as st

            @settings(derandomize=True, database=None)
            @given(st.integers(0, 10**6))
            def test_noisy(n):
                logging.getLogger("httpcore").warning("CAPTURED" + "-LINE " * 40)  # the source never shows it whole
                assert n < 1000
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTEST_ADDOPTS": INNER_PYTEST_OPTIONS, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-ra", "-p", "conftest", "-p", "no:cacheprovider", "--rootdir", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stdout[-2000:]
    report = failure_report(done.stdout)
    assert "Failing test case: test_noisy(" in report
    assert "n=1000," in report, "the example's values, not `n=,`"
    assert "FAILED test_noisy.py::test_noisy" in report
    assert "CAPTURED-LINE" not in report, "the captured log is not in the report"
