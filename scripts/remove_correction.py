"""Remove a correction that became stale: its actions in the overlay and its witness, nothing else.

    python -m scripts.remove_correction ID [ID ...] [--root DIR]

`make update-spec` lists a stale correction (upstream now says the same, or its target is gone) for
review; once the reviewer agrees, this removes the correction's actions from
spec/corrections.overlay.yaml (comments and layout elsewhere untouched) and its witness function
from contract_tests/witnesses.py. Run `make generate` afterwards. Refuses, changing nothing, when
the correction is unknown or when another action uses a YAML anchor one of its actions defines.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

import yaml

from scripts.spec_build import ROOT, SpecError, corrections, load_document

OVERLAY_NAME = "spec/corrections.overlay.yaml"
ACTION_START = re.compile(r"^  - ")  # an item of the top-level actions list


def without_actions(text: str, correction_id: str) -> str:
    """The overlay text without the actions of ``correction_id``; comments and blank lines between actions stay."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if ACTION_START.match(line)]
    actions = yaml.safe_load(text)["actions"]
    if len(starts) != len(actions):
        raise SpecError(f"cannot tell the overlay's {len(actions)} actions apart in its text")
    doomed = [n for n, action in enumerate(actions) if action.get("x-correction", {}).get("id") == correction_id]
    if not doomed:
        raise SpecError(f"no correction {correction_id!r} in the overlay")
    keep = [True] * len(lines)
    for n in doomed:
        end = starts[n] + 1  # an action's own lines are indented deeper than the list; blank lines inside it too
        while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) >= 4):
            end += 1
        while not lines[end - 1].strip():
            end -= 1
        for i in range(starts[n], end):
            keep[i] = False
    result = "".join(line for line, kept in zip(lines, keep, strict=True) if kept)
    try:
        remaining = yaml.safe_load(result)["actions"]
    except yaml.YAMLError as exc:
        raise SpecError(f"removing {correction_id!r} would break the overlay: {exc}") from exc
    expected = [a for n, a in enumerate(actions) if n not in doomed]
    if remaining != expected:
        raise SpecError(f"removing {correction_id!r} would change other corrections (a shared YAML anchor?)")
    return result


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def without_witness(source: str, function: str) -> str:
    """The witnesses module without ``function`` (its decorator included) and the blank lines after it."""
    tree = ast.parse(source)
    found = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function]
    if not found:
        raise SpecError(f"no witness function {function!r}")
    node = found[0]
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
    last = node.end_lineno or node.lineno
    lines = source.splitlines(keepends=True)
    while last < len(lines) and not lines[last].strip():
        last += 1
    if last == len(lines):  # the last function: keep the file ending in one newline
        while first > 0 and not lines[first - 1].strip():
            first -= 1
    return "".join(lines[:first] + lines[last:])


def remove(root: Path, correction_id: str) -> list[str]:
    """Remove the correction and its witness under ``root``; return what was changed."""
    overlay_path = root / OVERLAY_NAME
    records = {c.id: c for c in corrections(load_document(overlay_path))}
    if correction_id not in records:
        raise SpecError(f"no correction {correction_id!r} in {OVERLAY_NAME}")
    file, _, function = records[correction_id].witness.partition("::")
    witness_path = root / file
    overlay = without_actions(overlay_path.read_text(encoding="utf-8"), correction_id)
    witnesses = without_witness(witness_path.read_text(encoding="utf-8"), function)
    overlay_path.write_text(overlay, encoding="utf-8")
    witness_path.write_text(witnesses, encoding="utf-8")
    return [f"{OVERLAY_NAME}: the actions of {correction_id}", f"{file}: {function}"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.remove_correction",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("ids", nargs="+", metavar="ID", help="the correction to remove (as the update report names it)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to change (default: this one)")
    args = parser.parse_args(argv)
    try:
        for correction_id in args.ids:
            for change in remove(args.root.resolve(), correction_id):
                print(f"removed {change}")
    except (SpecError, OSError) as exc:
        print(f"remove-correction: {exc}", file=sys.stderr)
        return 1
    print("now run `make generate`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
