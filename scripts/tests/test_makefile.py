"""The Makefile with another checkout's environment (``VENV=``): used as it is, never reinstalled from this tree."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from scripts.spec_build import ROOT


def dry_run(*args: str) -> str:
    """What make would run (``-n``: printed, nothing executed)."""
    done = subprocess.run(["make", "-n", "--no-print-directory", *args], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_another_checkouts_environment_is_never_reinstalled_from_this_tree(tmp_path: Path) -> None:
    venv = tmp_path / "other-checkout" / ".venv"
    venv.mkdir(parents=True)
    (venv / ".installed").touch()
    os.utime(venv / ".installed", (0, 0))  # older than this tree's requirements: make would rebuild its own
    commands = dry_run("lint", f"VENV={venv}")
    assert "pip install" not in commands
    assert "-m venv" not in commands
    assert f"{venv}/bin/ruff check ." in commands
    assert str(venv) not in dry_run("clean", f"VENV={venv}"), "nor removed by make clean"


def test_this_trees_own_environment_is_built_and_installed_as_before() -> None:
    venv = ROOT / "build" / "never-built" / ".venv"  # inside the tree; -n creates nothing
    commands = dry_run("lint", f"VENV={venv}")
    assert f"{venv}/bin/pip install" in commands
    assert "-e ." in commands
    assert f"rm -rf {venv}" in dry_run("clean", f"VENV={venv}")
