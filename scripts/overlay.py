"""A strict OpenAPI Overlay 1.0 applier that also says, for every correction, whether it is still needed.

Standard Overlay semantics (https://spec.openapis.org/overlay/v1.0.0), as every maintained
implementation applies them (and as Overlay 1.1 spells out):
  * ``target`` is an RFC 9535 JSONPath; actions apply in order, each to the result of the last;
  * ``update`` aimed at objects merges into each: objects merge key by key, recursively; an array
    in the update is appended to the array already there; any other value replaces the one there;
  * ``update`` aimed at arrays appends the update, as one entry, to each;
  * ``remove: true`` deletes every node the target selects (a property of any type, as every
    maintained implementation and Overlay 1.1 allow; 1.0's wording speaks of objects and arrays).
So a correction that replaces an array (an enumeration, say) removes it first, then updates: any
conforming implementation gives the same result.

Project extensions on each action, under ``x-correction``:
  * ``id``: the correction the action belongs to (one correction may need several actions);
  * ``anchor`` (optional): a JSONPath that must exist for the correction to make sense. When the
    target matches nothing it tells "upstream already says it" (anchor found: the node to remove is
    gone, or a target that filters out what is already corrected matches nothing) from "moved
    away" (anchor missing too);
  * ``upstream`` (on the correction's record): what upstream said, per key an update sets
    (``null`` meaning absent), when the correction was written;
  * ``guard: true`` (on the record): the correction fixes every instance of a kind of mistake in the
    published file (an array whose default is not a list, say), which a document may not contain.

Strictness: nothing is skipped in silence. Every action ends in exactly one ``Outcome``:
  * ``applied``: the action changed the document;
  * ``satisfied``: upstream already says what the correction says: the action, or the correction as
    a whole (a remove, then an update that puts back what was removed), changes nothing, or the
    target matches nothing while its anchor exists: propose removing it. An update that
    adds an annotation (an ``x-`` key) upstream lacks changes the document, so it is never satisfied;
  * ``redundant``: upstream already says the update's constraint, not its annotations (the ``x-``
    keys, such as a predicted server error): still needed, but only for them;
  * ``target-gone``: the target (and its anchor) matched nothing;
  * ``idle``: a guard's target matched nothing: this document has no such mistake (not stale);
  * ``conflict``: upstream now says something that is neither what the correction recorded
    (``x-correction.upstream``) nor the corrected value; or the update cannot merge (an object
    where upstream has an array, say: that node is left as it was). Flagged.

A malformed overlay (not an object, an action that is not an object, no target, a ``remove`` that is
not a boolean, an update and a remove in one action, a bad JSONPath, ...) raises ``OverlayError``
before anything is applied. ``apply_overlay(..., strict=True)`` (the default build) also raises it
unless every outcome is ``applied`` (or ``idle``): our own base must need every correction.

    python -m scripts.overlay DOCUMENT OVERLAY   # apply; the document on stdout, one outcome a line on stderr
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from jsonpath_rfc9535 import JSONPathError, JSONPathNode
from jsonpath_rfc9535 import compile as _compile
from jsonpath_rfc9535 import find as _find

Json = Any
Location = tuple[str | int, ...]

APPLIED = "applied"
SATISFIED = "satisfied"
TARGET_GONE = "target-gone"
CONFLICT = "conflict"
REDUNDANT = "redundant"
IDLE = "idle"

SUPPORTED_VERSION = re.compile(r"1\.0(\.\d+)?")


class _Missing:
    """Where a key is absent (copies stay the one marker, so ``is MISSING`` holds)."""

    def __repr__(self) -> str:
        return "absent"

    def __deepcopy__(self, memo: object) -> _Missing:
        return self


MISSING: Any = _Missing()


class OverlayError(Exception):
    """The overlay is malformed, or (strict mode) a correction did not apply cleanly."""


@dataclasses.dataclass(frozen=True)
class Outcome:
    correction: str
    action_index: int
    target: str
    status: str
    detail: str
    matched: int

    @property
    def stale(self) -> bool:
        return self.status in (SATISFIED, TARGET_GONE)


# --- Validation: every malformed overlay is refused before anything is applied -----------------------


def find(query: str, document: Json) -> list[JSONPathNode]:
    try:
        return list(_find(query, document))
    except JSONPathError as exc:
        raise OverlayError(f"bad JSONPath {query!r}: {exc}") from exc


def _check_path(query: object, what: str) -> str:
    if not isinstance(query, str) or not query.startswith("$"):
        raise OverlayError(f"{what} must be a JSONPath string starting with '$', not {query!r}")
    try:
        _compile(query)
    except JSONPathError as exc:
        raise OverlayError(f"{what}: bad JSONPath {query!r}: {exc}") from exc
    return query


def correction_id(action: Mapping[str, Json], index: int) -> str:
    meta = action.get("x-correction")
    if not isinstance(meta, Mapping) or not isinstance(meta.get("id"), str):
        raise OverlayError(f"action {index} ({action.get('target')}) has no x-correction.id")
    return str(meta["id"])


def validate(overlay: object) -> list[Mapping[str, Json]]:
    """The overlay's actions, once the whole document is known to be a well-formed Overlay 1.0."""
    if not isinstance(overlay, Mapping):
        kind = type(overlay).__name__
        raise OverlayError(f"an overlay is an object with 'overlay', 'info' and 'actions', not a {kind}")
    version = overlay.get("overlay")
    if not isinstance(version, str) or not SUPPORTED_VERSION.fullmatch(version):
        raise OverlayError(f"not an Overlay 1.0 document ('overlay: 1.0.0' expected, found {version!r})")
    info = overlay.get("info")
    if not isinstance(info, Mapping) or not all(isinstance(info.get(k), str) for k in ("title", "version")):
        raise OverlayError("an overlay needs 'info' with a 'title' and a 'version' (strings)")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    for index, action in enumerate(actions):
        _validate_action(action, index)
    return actions


def _validate_action(action: object, index: int) -> None:
    if not isinstance(action, Mapping):
        raise OverlayError(f"action {index} must be an object, not {type(action).__name__} {action!r}"[:200])
    cid = correction_id(action, index)
    where = f"action {index} ({cid})"
    _check_path(action.get("target"), f"{where}: target")
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayError(f"{where}: remove must be true or false, not {remove!r}")
    if remove and "update" in action:
        # Implementations disagree on an action that does both (1.0 ignores the update; some apply it after
        # the remove): two actions say the same thing unambiguously.
        raise OverlayError(f"{where}: give either an update or remove: true, not both")
    if not remove and "update" not in action:
        raise OverlayError(f"{where}: an action needs an update or remove: true")
    anchor = action["x-correction"].get("anchor")
    if anchor is not None:
        _check_path(anchor, f"{where}: x-correction.anchor")


# --- Merging (Overlay 1.0, arrays appended) ---------------------------------------------------------


def _incompatible(current: Json, update: Json, where: str) -> str:
    """Why ``update`` cannot merge into ``current`` (an empty string when it can)."""
    if isinstance(current, list):
        return ""  # the update is appended as one entry
    if not isinstance(current, dict):
        return f"{where} is {type(current).__name__} {current!r}: an update can only merge into an object or an array"
    if not isinstance(update, Mapping):
        return f"{where} is an object: the update must be an object, not {type(update).__name__}"
    for key, value in update.items():
        if key not in current:
            continue
        here, there = current[key], value
        if isinstance(there, Mapping) and isinstance(here, dict):
            problem = _incompatible(here, there, f"{where}.{key}")
            if problem:
                return problem
        elif isinstance(there, list) != isinstance(here, list) or isinstance(there, Mapping) != isinstance(here, dict):
            return f"{where}.{key} is {type(here).__name__}, the update gives {type(there).__name__}"
    return ""


def merge(target: dict[str, Json], update: Mapping[str, Json]) -> None:
    """Merge ``update`` into ``target`` (checked compatible first): objects recurse, arrays append."""
    for key, value in update.items():
        here = target.get(key, MISSING)
        if isinstance(value, Mapping) and isinstance(here, dict):
            merge(here, value)
        elif isinstance(value, list) and isinstance(here, list):
            here.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def _remove(node: JSONPathNode) -> None:
    parent = node.parent
    if parent is None:
        raise OverlayError("an overlay cannot remove the document root")
    container = parent.value
    key = node.location[-1]
    if isinstance(container, dict):
        del container[key]
    elif isinstance(container, list) and isinstance(key, int):
        container.pop(key)


# --- What changed: the values a correction touched, as they were before it ------------------------------


def _get(document: Json, location: Location) -> Json:
    node = document
    for key in location:
        found = (isinstance(node, dict) and key in node) or (
            isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
        )
        if not found:
            return MISSING
        node = node[key]
    return node


class _Ledger:
    """The original value of every place an action (or a correction) touches, so that "did it change
    anything?" is a comparison, without copying the whole document."""

    def __init__(self) -> None:
        self.before: dict[Location, Json] = {}

    def remember(self, document: Json, location: Location) -> None:
        if any(location[: len(known)] == known for known in self.before):
            return  # an enclosing place is remembered already, as it was
        value = copy.deepcopy(_get(document, location))
        for known in [k for k in self.before if k[: len(location)] == location]:
            _put(value, known[len(location) :], self.before.pop(known))  # as it was, not as changed since
        self.before[location] = value

    def original(self, document: Json, location: Location) -> Json:
        for known, value in self.before.items():
            if location[: len(known)] == known:
                return _get(value, location[len(known) :]) if value is not MISSING else MISSING
        return _get(document, location)

    def unchanged(self, document: Json, *, annotations: bool = True) -> bool:
        """True when every remembered place holds what it held (``annotations=False``: ignoring ``x-`` keys)."""
        view = _identity if annotations else _without_annotations
        return all(
            view(_get(document, where)) == view(value)
            for where, value in self.before.items()
            if annotations or not any(str(key).startswith("x-") for key in where)
        )


def _identity(value: Json) -> Json:
    return value


def _constrains(update: Json) -> bool:
    """Whether an update says anything but annotations (``x-`` keys, at any depth)."""
    if isinstance(update, Mapping):
        return any(not str(k).startswith("x-") and (not isinstance(v, Mapping) or not v or _constrains(v))
                   for k, v in update.items())  # fmt: skip
    return True


def _without_annotations(value: Json) -> Json:
    if isinstance(value, dict):
        return {k: _without_annotations(v) for k, v in value.items() if not str(k).startswith("x-")}
    if isinstance(value, list):
        return [_without_annotations(v) for v in value]
    return value


def _put(container: Json, location: Location, value: Json) -> None:
    parent = _get(container, location[:-1])
    if isinstance(parent, dict):
        if value is MISSING:
            parent.pop(location[-1], None)
        else:
            parent[location[-1]] = value


def _touched(node: JSONPathNode, update: Json, remove: bool) -> Iterator[Location]:
    location = tuple(node.location)
    if remove:
        parent = node.parent.value if node.parent is not None else None
        yield location[:-1] if isinstance(parent, list) else location
    elif isinstance(node.value, dict) and isinstance(update, Mapping):
        yield from ((*location, key) for key in update)
    else:
        yield location


# --- Applying ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Correction:
    """One correction while it applies: what it touched, and what its updates set."""

    ledger: _Ledger = dataclasses.field(default_factory=_Ledger)
    outcomes: list[int] = dataclasses.field(default_factory=list)  # indexes into the outcome list
    updated: list[tuple[int, Location, Mapping[str, Json]]] = dataclasses.field(default_factory=list)
    recorded: Mapping[str, Json] = dataclasses.field(default_factory=dict)  # x-correction.upstream
    guard: bool = False  # x-correction.guard


def apply_overlay(
    document: Json, overlay: Mapping[str, Json], *, strict: bool = True, skip: frozenset[str] = frozenset()
) -> tuple[Json, list[Outcome]]:
    """Apply ``overlay`` to a deep copy of ``document``; return it with one outcome per action.

    ``skip`` names corrections to leave out (the contract suite builds "the spec minus one
    correction" to prove each correction has teeth).
    """
    actions = validate(overlay)
    doc = copy.deepcopy(document)
    outcomes: list[Outcome] = []
    last = {correction_id(a, i): i for i, a in enumerate(actions)}
    running: dict[str, _Correction] = {}
    for index, action in enumerate(actions):
        cid = correction_id(action, index)
        if cid in skip:
            continue
        state = running.setdefault(cid, _Correction())
        recorded = action["x-correction"].get("upstream")
        if isinstance(recorded, Mapping):
            state.recorded = recorded
        state.guard = state.guard or action["x-correction"].get("guard") is True
        state.outcomes.append(len(outcomes))
        outcomes.append(_apply_action(doc, action, index, cid, state))
        if index == last[cid]:
            _settle(doc, state, outcomes)
    if strict:
        bad = [o for o in outcomes if o.status not in (APPLIED, IDLE)]
        if bad:
            lines = "\n".join(f"  {o.correction} [{o.target}]: {o.status}: {o.detail}" for o in bad)
            raise OverlayError(f"{len(bad)} correction action(s) did not apply cleanly:\n{lines}")
    return doc, outcomes


def _apply_action(doc: Json, action: Mapping[str, Json], index: int, cid: str, state: _Correction) -> Outcome:
    target: str = action["target"]
    meta = action["x-correction"]
    nodes = find(target, doc)
    remove = bool(action.get("remove", False))
    update = action.get("update")

    def outcome(status: str, detail: str) -> Outcome:
        return Outcome(cid, index, target, status, detail, len(nodes))

    if not nodes:
        if state.guard:
            return outcome(IDLE, "a guard with nothing to fix: this document has no such mistake")
        anchor = meta.get("anchor")
        if isinstance(anchor, str) and find(anchor, doc):
            gone = "nothing to remove: upstream no longer has it" if remove else "nothing left to update"
            return outcome(SATISFIED, f"{gone} (anchor {anchor} exists)")
        return outcome(TARGET_GONE, "the target matches nothing")
    if not remove:
        problems = [p for p in (_incompatible(n.value, update, n.path()) for n in nodes) if p]
        if problems:
            return outcome(CONFLICT, f"not applied: {problems[0]}")
    mine = _Ledger()
    for node in nodes:
        for location in _touched(node, update, remove):
            mine.remember(doc, location)
            state.ledger.remember(doc, location)
    if remove:
        for node in reversed(nodes):  # the last first, so that earlier array indexes stay valid
            _remove(node)
    else:
        for node in nodes:
            if isinstance(node.value, list):
                node.value.append(copy.deepcopy(update))
            else:
                assert isinstance(node.value, dict), "checked by _incompatible"
                assert isinstance(update, Mapping), "checked by _incompatible"
                merge(node.value, update)
                state.updated.append((len(state.outcomes) - 1, tuple(node.location), update))
    if mine.unchanged(doc):
        return outcome(SATISFIED, "upstream already says this: the action changes nothing")
    if not remove and _constrains(update) and mine.unchanged(doc, annotations=False):
        return outcome(REDUNDANT, "upstream already says this but for the x- annotations: keep only those")
    return outcome(APPLIED, f"{'removed' if remove else 'updated'} {len(nodes)} node(s)")


def _settle(doc: Json, state: _Correction, outcomes: list[Outcome]) -> None:
    """Once a correction's last action ran: nothing changed at all means upstream already says it; a
    value upstream changed since the correction recorded it is a conflict."""
    mine = [outcomes[i] for i in state.outcomes]
    if any(o.status == APPLIED for o in mine) and state.ledger.unchanged(doc):
        for i in state.outcomes:
            if outcomes[i].status == APPLIED:
                outcomes[i] = dataclasses.replace(
                    outcomes[i], status=SATISFIED, detail="upstream already says this: the correction changes nothing"
                )
        return
    for position, location, update in state.updated:
        i = state.outcomes[position]
        if outcomes[i].status != APPLIED:
            continue
        for key, was in state.recorded.items():
            if key not in update:
                continue
            before = state.ledger.original(doc, (*location, key))
            before = None if before is MISSING else before
            after = _get(doc, (*location, key))
            if before not in (was, after):
                detail = f"{outcomes[i].target} .{key}: recorded upstream {was!r}, now {before!r}"
                outcomes[i] = dataclasses.replace(outcomes[i], status=CONFLICT, detail=detail)
                break


def main(argv: list[str] | None = None) -> int:
    from scripts.spec_build import load_document  # here: spec_build imports this module

    parser = argparse.ArgumentParser(
        prog="python -m scripts.overlay", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("document", type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("overlay", type=Path, help="the Overlay document")
    args = parser.parse_args(argv)
    try:
        result, outcomes = apply_overlay(load_document(args.document), load_document(args.overlay), strict=False)
    except (OverlayError, OSError, ValueError) as exc:
        print(f"overlay: {exc}", file=sys.stderr)
        return 1
    for o in outcomes:
        print(f"{o.status:11} {o.correction} [{o.target}] {o.detail}", file=sys.stderr)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
