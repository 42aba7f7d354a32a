"""The wheel as a user gets it: built from the project's files, it ships both packages with their
``py.typed`` markers, the corrected spec and the licence, keeps ``jsonschema-rs`` an extra, and
type-checks a user's script under ``mypy --strict`` once installed, outside this repository."""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .test_typed_surface import check, run_mypy

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ["pyproject.toml", "README.md", "LICENSE", "generated", "overrides"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the project's files (the build writes nothing into the checkout)."""
    source = tmp_path_factory.mktemp("source")
    for name in SHIPPED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(out), "."],
        cwd=source, check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    (built,) = out.glob("clockify_client_toolkit-*.whl")
    return built


def test_the_wheel_ships_typed_packages_the_spec_and_the_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"clockify_api/py.typed", "clockify_client/py.typed", "clockify_api/openapi.json"} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") or n.endswith(".dist-info/LICENSE") for n in names)
    assert not any(n.startswith(("overrides/", "tests/")) or "/tests/" in n for n in names)


def test_jsonschema_rs_is_an_extra(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    requires = email.message_from_bytes(archive.read(metadata)).get_all("Requires-Dist") or []
    fast = [r for r in requires if r.startswith("jsonschema-rs")]
    assert all("extra ==" in r for r in fast)  # never required
    assert any('extra == "fast"' in r for r in fast)
    assert any(r.startswith("httpx") and "extra" not in r for r in requires)


def test_the_installed_wheel_type_checks_a_user_script_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    """Installed into a fresh environment whose only other packages are this one's dependencies (found
    through a ``.pth`` line, as a site directory would be): mypy reads the packages through PEP 561."""
    env = tmp_path / "env"
    venv.create(env, with_pip=False)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(env), "platbase": str(env)}))
    zipfile.ZipFile(wheel).extractall(site)
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    work = tmp_path / "user"
    work.mkdir()
    revealed, by_line = run_mypy(work, None, python=env / "bin" / "python")
    check(revealed, by_line)
