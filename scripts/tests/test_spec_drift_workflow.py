"""The scheduled drift check (.github/workflows/spec-drift.yml), run step by step on this machine.

The test reads the workflow, and runs each step's own `run:` commands, in order, with GitHub's shell
options, in a copy of this tree made a git checkout with a local bare repository as `origin`. What
would reach GitHub is replaced, nothing else: UPSTREAM points at a spec served on 127.0.0.1, `gh` is a
stand-in on PATH that records its arguments, PYTHON is this interpreter (the `install` step, which
builds .venv, is the one step not run: this interpreter has the locked toolchain already), and the
`uses:` steps (checkout, setup-python, artifact upload) are GitHub's own actions.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from scripts.spec_build import BASE, ROOT, load_document
from scripts.tests.test_update_spec import remove_response_field, serving, write_upstream

WORKFLOW = ROOT / ".github" / "workflows" / "spec-drift.yml"
NOT_RUN = {"install": "builds .venv; the test's interpreter is that environment"}
SHELL = ["bash", "--noprofile", "--norc", "-eo", "pipefail"]  # GitHub's `bash` shell for run steps
FAKE_GH = """#!/bin/sh
# Stands in for the GitHub CLI: records each call; no pull request exists yet.
echo "$*" >> "$GH_CALLS"
if [ "$1 $2" = "pr view" ]; then exit 1; fi
if [ "$1 $2" = "pr create" ]; then test -s spec/update-report.md || exit 3; fi
"""


def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def steps() -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = workflow()["jobs"]["drift"]["steps"]
    return result


def test_the_workflow_is_scheduled_and_opens_a_pull_request() -> None:
    flow = workflow()
    triggers = flow["on"] if "on" in flow else flow[True]  # YAML 1.1 reads a bare `on` as true
    assert {"schedule", "workflow_dispatch"} <= set(triggers)
    assert flow["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert flow["env"]["UPSTREAM"].startswith("${{ vars.CLOCKIFY_SPEC_URL || 'https://")
    ids = [s.get("id") for s in steps()]
    assert ids.index("update") < ids.index("open-pr") < ids.index("verdict")
    assert "--body-file spec/update-report.md" in next(s for s in steps() if s.get("id") == "open-pr")["run"]
    assert set(NOT_RUN) <= set(ids)


@dataclasses.dataclass
class Job:
    outputs: dict[str, dict[str, str]]
    failed: str | None  # the id of the step that failed, if one did
    gh_calls: list[str]
    logs: str


def copy_of_this_tree(target: Path) -> None:
    """The working tree as it is (committed or not) in ``target``, made a fresh git checkout."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run([*git, "init", "-q", "-b", "main"], cwd=target, check=True)
    subprocess.run([*git, "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "the tree under test"], cwd=target, check=True)


def run_job(tmp_path: Path, upstream: str) -> Job:
    repo, origin, bin_dir = tmp_path / "repo", tmp_path / "origin.git", tmp_path / "bin"
    for folder in (repo, bin_dir):
        folder.mkdir(parents=True)
    copy_of_this_tree(repo)
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    subprocess.run(["git", "remote", "add", "origin", str(origin)], cwd=repo, check=True)
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    env_file, calls = tmp_path / "github_env", tmp_path / "gh_calls"
    env_file.touch()
    base_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "GH_"))},
        **{k: v for k, v in workflow()["env"].items() if "${{" not in v},
        "UPSTREAM": upstream,
        "PYTHON": sys.executable,
        "PATH": os.pathsep.join([str(bin_dir), os.environ["PATH"]]),
        "GITHUB_ENV": str(env_file),
        "GH_CALLS": str(calls),
    }
    outputs: dict[str, dict[str, str]] = {}
    logs = []
    for step in steps():
        if "run" not in step or step.get("id") in NOT_RUN:
            continue
        output_file = tmp_path / f"output_{step['id']}"
        output_file.touch()
        exported = dict(line.split("=", 1) for line in env_file.read_text(encoding="utf-8").splitlines() if line)
        step_env = {k: str(v) for k, v in (step.get("env") or {}).items() if "${{" not in str(v)}
        env = {**base_env, **exported, **step_env, "GITHUB_OUTPUT": str(output_file)}
        done = subprocess.run(
            [*SHELL, "-c", step["run"]], cwd=repo, env=env, capture_output=True, text=True, check=False
        )
        logs.append(f"--- {step['id']} ({done.returncode})\n{done.stdout}{done.stderr}")
        lines = output_file.read_text(encoding="utf-8").splitlines()
        outputs[step["id"]] = dict(line.split("=", 1) for line in lines if line)
        if done.returncode != 0:
            return Job(outputs, step["id"], _calls(calls), "\n".join(logs))
    return Job(outputs, None, _calls(calls), "\n".join(logs))


def _calls(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_a_changed_spec_opens_a_pull_request_with_the_report(tmp_path: Path) -> None:
    served = tmp_path / "served"
    served.mkdir()
    write_upstream(served / "openapi.yaml", copy.deepcopy(load_document(BASE)), remove_response_field)
    with serving(served) as url:
        job = run_job(tmp_path / "job", f"{url}/openapi.yaml")
    assert job.failed is None, job.logs
    assert job.outputs["update"] == {"status": "1"}, job.logs  # a breaking change to review
    [view, create] = job.gh_calls
    assert view.startswith("pr view spec-drift")
    assert re.fullmatch(
        r"pr create --head spec-drift --title Clockify's published spec changed \(\d{4}-\d\d-\d\d\) "
        r"--body-file spec/update-report\.md",
        create,
    ), create
    origin = tmp_path / "job" / "origin.git"
    changed = subprocess.run(
        ["git", "show", "--name-only", "--format=%s", "spec-drift"], cwd=origin, capture_output=True, text=True
    ).stdout.splitlines()
    assert changed[0] == "Adopt Clockify's published spec"
    assert {"spec/clockify.base.yaml", "spec/clockify.corrected.json", "spec/update-report.md"} <= set(changed)
    report = subprocess.run(
        ["git", "show", "spec-drift:spec/update-report.md"], cwd=origin, capture_output=True, text=True
    ).stdout
    assert "response-property-removed:UserDtoV1.email" in report
    assert "contract suite: " in report.splitlines()[2]


def test_an_unreachable_spec_opens_nothing_and_fails_the_job(tmp_path: Path) -> None:
    served = tmp_path / "served"
    served.mkdir()
    with serving(served) as url:
        job = run_job(tmp_path / "job", f"{url}/missing.yaml")
    assert job.outputs["update"] == {"status": "2"}, job.logs
    assert "nothing to propose" in job.logs
    assert job.gh_calls == []
    assert job.failed == "verdict"
