"""Where spec/clockify.base.yaml departs from Clockify's published file, for the operations it covers.

    python -m scripts.base_check REFERENCE
    python -m scripts.base_check --forget POINTER [POINTER ...]

The base states only what Clockify publishes: for each of its operations, and for every schema,
response, header and security scheme they reach, it must say what the published file says. The
words are our own (descriptions, summaries, examples, titles; the top-level info and tags), so they
are not compared. Anything we know better is a correction in corrections.overlay.yaml, never an edit
of the base. What is left is listed, one JSON pointer each, and must be a decision recorded in
DECISIONS.md under "The base departs from the published file" (checked by a test where the
published file is at hand). Exit status: 0 when every departure is recorded, 1 otherwise.
``--forget`` removes the bullets recording the given pointers from DECISIONS.md, once the base no
longer departs there (``make update-spec`` lists them as review items after adopting the published file).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from scripts.spec_build import BASE, SPEC_DIR, load_document

Json = Any
DECISIONS = SPEC_DIR / "DECISIONS.md"
DECISIONS_SECTION = "## The base departs from the published file"
PROSE = frozenset({"description", "summary", "example", "examples", "title"})
DOCUMENT_KEYS = ("openapi", "servers", "security")  # top-level keys that are not words
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclasses.dataclass(frozen=True)
class Departure:
    pointer: str  # a JSON pointer into the base (or where the base lacks it)
    detail: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.detail}"


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _keyed(value: Json) -> Json:
    """Parameter lists compare by (in, name), not by position."""
    if isinstance(value, list) and value and all(isinstance(p, Mapping) and {"in", "name"} <= set(p) for p in value):
        return {f"{p['in']}:{p['name']}": p for p in value}
    return value


def _compare(ours: Json, theirs: Json, pointer: str) -> Iterator[Departure]:
    ours, theirs = _keyed(ours), _keyed(theirs)
    if isinstance(ours, Mapping) and isinstance(theirs, Mapping):
        for key in sorted({*ours, *theirs} - PROSE, key=str):
            where = f"{pointer}/{_escape(key)}"
            if key not in theirs:
                yield Departure(where, "only in the base")
            elif key not in ours:
                yield Departure(where, "only in the published file")
            else:
                yield from _compare(ours[key], theirs[key], where)
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs):
        for index, (mine, published) in enumerate(zip(ours, theirs, strict=True)):
            yield from _compare(mine, published, f"{pointer}/{index}")
    elif ours != theirs:
        yield Departure(pointer, f"base {_short(ours)}, published {_short(theirs)}")


def _short(value: Json) -> str:
    text = repr(value)
    return text if len(text) <= 100 else text[:97] + "..."


def _references(node: Json) -> Iterator[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _schemes(node: Json) -> Iterator[str]:
    """The security schemes the operations' requirements name."""
    for item in node.values():
        for method in METHODS:
            for requirement in (item.get(method) or {}).get("security") or []:
                yield from requirement


def departures(base: Mapping[str, Json], published: Mapping[str, Json]) -> list[Departure]:
    """Every place where the base says something the published file does not say (or the reverse), over
    the base's operations and the components they reach, words aside."""
    found: list[Departure] = []
    for key in DOCUMENT_KEYS:
        found += _compare(base.get(key), published.get(key), f"#/{key}")
    their_paths = published.get("paths") or {}
    for path, item in (base.get("paths") or {}).items():
        pointer = f"#/paths/{_escape(path)}"
        if path not in their_paths:
            found.append(Departure(pointer, "path not in the published file"))
            continue
        theirs = their_paths[path]
        # Only the base's operations: the published file's other operations on the same path are out of scope.
        in_scope = {k: v for k, v in theirs.items() if k not in METHODS or k in item}
        found += _compare(item, in_scope, pointer)
    reached = {f"#/components/securitySchemes/{_escape(name)}" for name in _schemes(base.get("paths") or {})}
    todo = sorted(set(_references(base.get("paths"))))
    while todo:
        ref = todo.pop()
        if ref in reached:
            continue
        reached.add(ref)
        todo += [r for r in _references(_resolve(base, ref)) if r not in reached]
    for ref in sorted(reached):
        ours, theirs = _resolve(base, ref), _resolve(published, ref)
        if ours is None:
            found.append(Departure(ref, "referenced, but not in the base"))
        elif theirs is None:
            found.append(Departure(ref, "not in the published file"))
        else:
            found += _compare(ours, theirs, ref)
    for kind, members in (base.get("components") or {}).items():
        for name in members:
            ref = f"#/components/{_escape(kind)}/{_escape(name)}"
            if ref in reached:
                continue
            theirs = _resolve(published, ref)
            if theirs is None:
                found.append(Departure(ref, "in the base, but no operation of the base reaches it"))
            else:  # published unreached as well: what the file says, compared like any other component
                found += _compare(members[name], theirs, ref)
    return found


def subset(document: Mapping[str, Json], operation_ids: frozenset[str]) -> dict[str, Json]:
    """The document limited to the named operations and the components they reach (security schemes kept)."""
    paths: dict[str, Json] = {}
    for path, item in (document.get("paths") or {}).items():
        kept = {k: v for k, v in item.items() if k not in METHODS or v.get("operationId") in operation_ids}
        if any(method in kept for method in METHODS):
            paths[path] = kept
    reached: set[str] = set()
    todo = list(_references(paths))
    while todo:
        ref = todo.pop()
        if ref not in reached:
            reached.add(ref)
            todo += _references(_resolve(document, ref))
    components = {
        kind: {name: value for name, value in members.items() if kind == "securitySchemes" or
               f"#/components/{_escape(kind)}/{_escape(name)}" in reached}
        for kind, members in (document.get("components") or {}).items()
    }  # fmt: skip
    return {**document, "paths": paths, "components": {k: v for k, v in components.items() if v}}


def _resolve(document: Mapping[str, Json], ref: str) -> Json:
    node: Json = document
    for part in ref.removeprefix("#/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def recorded(decisions: str) -> list[str]:
    """The JSON pointers DECISIONS.md lists in its section on the base's departures (one per bullet)."""
    _, _, section = decisions.partition(DECISIONS_SECTION)
    section = section.split("\n## ", 1)[0]
    return re.findall(r"^- `(#/[^`]+)`", section, flags=re.MULTILINE)


def forget(decisions: str, pointers: list[str]) -> str:
    """DECISIONS.md without the bullets recording the given pointers (a bullet ends where the next line
    is not indented): what a reviewer does once the base no longer departs there."""
    kept: list[str] = []
    dropping = False
    for line in decisions.splitlines(keepends=True):
        if line.startswith("- `"):
            dropping = any(line.startswith(f"- `{p}`") for p in pointers)
        elif not line.startswith(" "):
            dropping = False
        if not dropping:
            kept.append(line)
    return "".join(kept)


def unrecorded(found: list[Departure], pointers: list[str]) -> tuple[list[Departure], list[str]]:
    """The departures no recorded pointer covers, and the recorded pointers that cover none."""

    def covers(pointer: str, departure: Departure) -> bool:
        return departure.pointer == pointer or departure.pointer.startswith(pointer + "/")

    loose = [d for d in found if not any(covers(p, d) for p in pointers)]
    idle = [p for p in pointers if not any(covers(p, d) for d in found)]
    return loose, idle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.base_check", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("reference", type=Path, nargs="?", help="Clockify's published OpenAPI file (YAML or JSON)")
    parser.add_argument(
        "--forget", nargs="+", metavar="POINTER", help="remove the bullets recording these pointers from DECISIONS.md"
    )
    args = parser.parse_args(argv)
    if args.forget:
        text = DECISIONS.read_text(encoding="utf-8")
        unknown = sorted(set(args.forget) - set(recorded(text)))
        if unknown:
            print(f"base-check: not recorded in {DECISIONS.name}: {', '.join(unknown)}", file=sys.stderr)
            return 2
        DECISIONS.write_text(forget(text, args.forget), encoding="utf-8")
        print(f"removed {len(args.forget)} recorded departure(s) from {DECISIONS.name}")
        return 0
    if args.reference is None:
        parser.error("give the published file, or --forget POINTER ...")
    try:
        published = load_document(args.reference)
    except (OSError, ValueError) as exc:
        print(f"base-check: cannot read {args.reference}: {exc}", file=sys.stderr)
        return 2
    found = departures(load_document(BASE), published)
    loose, idle = unrecorded(found, recorded(DECISIONS.read_text(encoding="utf-8")))
    for departure in found:
        print(("  " if departure not in loose else "! ") + str(departure))
    for pointer in idle:
        print(f"? {pointer}: recorded in DECISIONS.md, but the base does not depart there")
    print(f"{len(found)} departure(s), {len(loose)} not recorded in DECISIONS.md, {len(idle)} recorded in vain")
    return 1 if loose or idle else 0


if __name__ == "__main__":
    raise SystemExit(main())
