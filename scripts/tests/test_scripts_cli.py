"""Every script in scripts/ answers --help without doing anything; unusable input is one line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.spec_build import ROOT

SCRIPTS = sorted(p.stem for p in (ROOT / "scripts").glob("*.py") if not p.name.startswith("_"))


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    # CLOCKIFY_API_KEY unset and CI set: were --help ignored, record.py would refuse rather than call the API.
    env = {"PATH": str(Path(sys.executable).parent), "CI": "1", "HOME": str(Path.home())}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_scripts_are_all_here() -> None:
    assert {"api_diff", "generate", "update_spec", "upstream", "overlay", "record", "bench"} <= set(SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_script_answers_help(script: str) -> None:
    done = run("-m", f"scripts.{script}", "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: "), done.stdout[:200]
    assert len(done.stdout.splitlines()) > 3, "the module's description is shown"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("openapi: 3.0.1\npaths: {/x: {get: {responses: {}}}}\n", "has no 'components'"),
        ("openapi: 3.0.1\ncomponents: {schemas: {}}\n", "has no 'paths'"),
        ("openapi: 3.0.1\npaths: {}\ncomponents: {}\n", "has no operations"),
        ("{not yaml: [", "is not valid YAML"),
    ],
)
def test_generate_refuses_an_unusable_upstream_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    upstream = tmp_path / "upstream.yaml"
    upstream.write_text(content, encoding="utf-8")
    done = run("-m", "scripts.generate", "--upstream", str(upstream), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if not line.startswith("generate: reading")]
    assert len(lines) == 1, done.stderr
    assert message in lines[0]
    assert not (tmp_path / "out").exists(), "no empty client"


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--out", "x"], "--out goes with --upstream"), (["--upstream", "x.yaml"], "--upstream needs --out")],
)
def test_generate_refuses_half_an_upstream_request(args: list[str], message: str) -> None:
    done = run("-m", "scripts.generate", *args)
    assert done.returncode == 2
    assert message in done.stderr


def test_make_generate_refuses_out_without_upstream(tmp_path: Path) -> None:
    if not (ROOT / ".venv" / ".installed").is_file():
        pytest.skip("make would build .venv first")
    done = subprocess.run(
        ["make", "-s", "generate", f"OUT={tmp_path / 'out'}"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "needs UPSTREAM" in done.stderr
    assert not (tmp_path / "out").exists()
