"""A strict OpenAPI Overlay 1.0 applier that also says, for every correction, whether it is still needed.

Standard Overlay semantics (https://spec.openapis.org/overlay/v1.0.0):
  * ``target`` is an RFC 9535 JSONPath; ``update`` merges into every node it selects;
    ``remove: true`` deletes every node it selects.
  * Merging: objects merge key by key, recursively; arrays and scalars are replaced.

Project extensions on each action, under ``x-correction``:
  * ``id``: the correction the action belongs to (one correction may need several actions);
  * ``anchor`` (optional): a JSONPath that must exist for the correction to make sense. For a
    ``remove`` it tells "already gone upstream" (anchor found, target not) from "moved away"
    (anchor missing too). Defaults to the target itself.

Strictness: nothing is skipped in silence. Every action ends in exactly one ``Outcome``:
  * ``applied``: the target existed and the action changed it;
  * ``satisfied``: upstream already says what the correction says (the non ``x-`` part of the
    update is already there, or the node to remove is already absent): propose removing it;
    annotation-only updates (nothing but ``x-`` keys) are never "satisfied";
  * ``target-gone``: the target (and its anchor) matched nothing;
  * ``conflict``: the correction records what upstream said when it was written
    (``x-correction.upstream``, per updated key, ``null`` meaning absent) and upstream now says
    something else that is not the corrected value either. Applied anyway, and flagged.

``apply_overlay(..., strict=True)`` (the default build) raises ``OverlayError`` unless every
outcome is ``applied``: our own base must need every correction.

    python -m scripts.overlay DOCUMENT OVERLAY   # apply; the document on stdout, one outcome a line on stderr
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from typing import Any

from jsonpath_rfc9535 import JSONPathError, JSONPathNode
from jsonpath_rfc9535 import find as _find

Json = Any

APPLIED = "applied"
SATISFIED = "satisfied"
TARGET_GONE = "target-gone"
CONFLICT = "conflict"


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


def _strip_extensions(value: Json) -> Json:
    if isinstance(value, Mapping):
        return {k: _strip_extensions(v) for k, v in value.items() if not str(k).startswith("x-")}
    return value


def _contains(current: Json, wanted: Json) -> bool:
    """True when merging ``wanted`` into ``current`` would change nothing."""
    if isinstance(wanted, Mapping):
        return isinstance(current, Mapping) and all(
            k in current and _contains(current[k], v) for k, v in wanted.items()
        )
    return bool(current == wanted)


def merge(target: dict[str, Json], update: Mapping[str, Json]) -> None:
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), dict):
            merge(target[key], value)
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


def _upstream_conflict(nodes: list[JSONPathNode], update: Mapping[str, Json], recorded: Mapping[str, Json]) -> str:
    """Describe where upstream now differs from what the correction recorded it said."""
    for node in nodes:
        for key, was in recorded.items():
            now = node.value.get(key) if isinstance(node.value, Mapping) else None
            corrected = update.get(key)
            if now != was and now != corrected:
                return f"{node.path()}.{key}: recorded upstream {was!r}, now {now!r}"
    return ""


def find(query: str, document: Json) -> list[JSONPathNode]:
    try:
        return list(_find(query, document))
    except JSONPathError as exc:
        raise OverlayError(f"bad JSONPath {query!r}: {exc}") from exc


def correction_id(action: Mapping[str, Json], index: int) -> str:
    meta = action.get("x-correction")
    if not isinstance(meta, Mapping) or not isinstance(meta.get("id"), str):
        raise OverlayError(f"action {index} ({action.get('target')}) has no x-correction.id")
    return str(meta["id"])


def apply_overlay(
    document: Json, overlay: Mapping[str, Json], *, strict: bool = True, skip: frozenset[str] = frozenset()
) -> tuple[Json, list[Outcome]]:
    """Apply ``overlay`` to a deep copy of ``document``; return it with one outcome per action.

    ``skip`` names corrections to leave out (the contract suite builds "the spec minus one
    correction" to prove each correction has teeth).
    """
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    doc = copy.deepcopy(document)
    outcomes: list[Outcome] = []
    for index, action in enumerate(actions):
        cid = correction_id(action, index)
        if cid in skip:
            continue
        outcomes.append(_apply_action(doc, action, index, cid))
    if strict:
        bad = [o for o in outcomes if o.status != APPLIED]
        if bad:
            lines = "\n".join(f"  {o.correction} [{o.target}]: {o.status}: {o.detail}" for o in bad)
            raise OverlayError(f"{len(bad)} correction action(s) did not apply cleanly:\n{lines}")
    return doc, outcomes


def _apply_action(doc: Json, action: Mapping[str, Json], index: int, cid: str) -> Outcome:
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"action {index} ({cid}) has no target")
    meta = action["x-correction"]
    nodes = find(target, doc)
    remove = bool(action.get("remove", False))
    update = action.get("update")
    if not remove and not isinstance(update, Mapping):
        raise OverlayError(f"action {index} ({cid}): an update must be an object (arrays are not used here)")

    def outcome(status: str, detail: str) -> Outcome:
        return Outcome(cid, index, target, status, detail, len(nodes))

    if not nodes:
        anchor = meta.get("anchor")
        if remove and isinstance(anchor, str) and find(anchor, doc):
            return outcome(SATISFIED, f"nothing to remove: upstream no longer has it (anchor {anchor} exists)")
        return outcome(TARGET_GONE, "the target matches nothing")
    if remove:
        # Remove from the deepest/last node first so earlier paths stay valid.
        for node in reversed(nodes):
            _remove(node)
        return outcome(APPLIED, f"removed {len(nodes)} node(s)")
    assert isinstance(update, Mapping)
    for node in nodes:
        if not isinstance(node.value, dict):
            raise OverlayError(f"action {index} ({cid}): {node.path()} is not an object; cannot merge")
    constraint = _strip_extensions(update)
    satisfied = bool(constraint) and all(_contains(n.value, constraint) for n in nodes)
    recorded = meta.get("upstream")
    conflict = _upstream_conflict(nodes, update, recorded) if isinstance(recorded, Mapping) else ""
    for node in nodes:
        assert isinstance(node.value, dict)  # checked above
        merge(node.value, update)
    if satisfied:
        return outcome(SATISFIED, "upstream already says this; only our x- annotations (if any) were added")
    if conflict:
        return outcome(CONFLICT, conflict)
    return outcome(APPLIED, f"updated {len(nodes)} node(s)")


def main(argv: list[str] | None = None) -> int:
    import argparse
    import json
    import sys
    from pathlib import Path

    from scripts.spec_build import load_document

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
