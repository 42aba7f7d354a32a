"""The README's examples marked ``<!-- checked: mypy --strict -->`` type-check as a user's code would: each
marked Python block, as it stands, under ``mypy --strict`` against the packages of this checkout."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARK = "<!-- checked: mypy --strict -->"


def checked_blocks(readme: str) -> list[str]:
    """The Python blocks that directly follow the mark."""
    return re.findall(re.escape(MARK) + r"\n```python\n(.*?)```", readme, flags=re.DOTALL)


def test_the_marked_readme_examples_type_check_under_mypy_strict(tmp_path: Path) -> None:
    blocks = checked_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2, "the usage example and the testing example are marked"
    names = []
    for index, code in enumerate(blocks):
        names.append(f"readme_block_{index}.py")
        (tmp_path / names[-1]).write_text(code, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overrides")])}
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy"), *names],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_an_unannotated_or_mistyped_example_would_be_caught(tmp_path: Path) -> None:
    """The check has teeth: the testing example as it read before (totals may be None) fails it."""
    code = (
        "from clockify_client import Clockify\n\n"
        "def billable(clockify: Clockify, ws: str) -> float:\n"
        "    report = clockify.reports.detailed(ws, {})\n"
        "    return report.totals.total_billable_time.total_seconds()\n"
    )
    (tmp_path / "mistyped.py").write_text(code, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overrides")])}
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy"), "mistyped.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stdout
    assert 'Item "None" of "DetailedTotals | None"' in run.stdout, run.stdout
