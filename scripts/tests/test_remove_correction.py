"""Removing a stale correction takes its actions and its witness, and nothing else."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
import yaml

from scripts import remove_correction
from scripts.spec_build import OVERLAY, ROOT, SpecError, corrections, load_document

WITNESSES = ROOT / "contract_tests" / "witnesses.py"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "spec").mkdir()
    (tmp_path / "contract_tests").mkdir()
    shutil.copyfile(OVERLAY, tmp_path / remove_correction.OVERLAY_NAME)
    shutil.copyfile(WITNESSES, tmp_path / "contract_tests" / "witnesses.py")
    return tmp_path


def functions(path: Path) -> set[str]:
    return {n.name for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.FunctionDef)}


IDS = [c.id for c in corrections(load_document(OVERLAY))]


@pytest.mark.parametrize("correction_id", sorted({IDS[0], IDS[len(IDS) // 2], IDS[-1], *IDS[1::8]}))
def test_the_actions_and_the_witness_go_and_everything_else_stays(root: Path, correction_id: str) -> None:
    before = load_document(OVERLAY)
    record = next(c for c in corrections(before) if c.id == correction_id)
    assert remove_correction.main([correction_id, "--root", str(root)]) == 0
    after = load_document(root / remove_correction.OVERLAY_NAME)
    assert after["actions"] == [a for a in before["actions"] if a["x-correction"]["id"] != correction_id]
    assert {k: v for k, v in after.items() if k != "actions"} == {k: v for k, v in before.items() if k != "actions"}
    witness = record.witness.partition("::")[2]
    assert functions(root / "contract_tests" / "witnesses.py") == functions(WITNESSES) - {witness}
    text = (root / remove_correction.OVERLAY_NAME).read_text(encoding="utf-8")
    assert text.count("# ---") == OVERLAY.read_text(encoding="utf-8").count("# ---"), "section comments stay"


def test_an_unknown_correction_changes_nothing(root: Path) -> None:
    assert remove_correction.main(["no-such-correction", "--root", str(root)]) == 1
    assert (root / remove_correction.OVERLAY_NAME).read_bytes() == OVERLAY.read_bytes()


def test_an_anchor_another_correction_uses_is_refused() -> None:
    text = (
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.a\n    x-correction: {id: one}\n    update: &shared {x: 1}\n"
        "  - target: $.b\n    x-correction: {id: two}\n    update: *shared\n"
    )
    with pytest.raises(SpecError, match="would break the overlay: found undefined alias"):
        remove_correction.without_actions(text, "one")
    assert yaml.safe_load(remove_correction.without_actions(text, "two"))["actions"] == [
        {"target": "$.a", "x-correction": {"id": "one"}, "update": {"x": 1}}
    ]


@pytest.mark.parametrize("correction_id", IDS)
def test_every_correction_comes_out_alone(correction_id: str) -> None:
    """Each correction can go when it is stale (the update command's remedy): none leans on another's
    text, such as a YAML anchor defined in another correction's actions."""
    remove_correction.without_actions(OVERLAY.read_text(encoding="utf-8"), correction_id)
