"""spec/CORRECTIONS.md: the corrections, one section each, rendered from spec/corrections.overlay.yaml.

Written by ``python -m scripts.generate`` (make generate); a test checks the committed file is the
rendering, like the corrected spec and the generated client.

    python -m scripts.corrections_doc   # print the rendering of spec/corrections.overlay.yaml
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

from scripts.spec_build import OVERLAY, SPEC_DIR, corrections, load_document

CORRECTIONS_DOC = SPEC_DIR / "CORRECTIONS.md"


def _target_line(action: Mapping[str, Any]) -> str:
    meta = action.get("x-correction") or {}
    line = f"  - {'remove' if action.get('remove') else 'update'} `{action['target']}`"
    if meta.get("anchor"):
        line += f" (anchor `{meta['anchor']}`)"
    if isinstance(meta.get("upstream"), Mapping):  # machine-checked: a change upstream flags the correction
        line += f"; upstream recorded as `{json.dumps(meta['upstream'], ensure_ascii=False)}`"
    return line


def render(overlay: Mapping[str, Any]) -> str:
    """The Markdown for every correction of ``overlay``, in file order."""
    records = corrections(overlay)
    actions: dict[str, list[Mapping[str, Any]]] = {}
    for action in overlay["actions"]:
        actions.setdefault(action["x-correction"]["id"], []).append(action)
    lines = [
        "<!-- Generated from corrections.overlay.yaml by `make generate` (scripts/corrections_doc.py); do not edit -->",
        "# Corrections to Clockify's published API description",
        "",
        "Each correction turns what Clockify's description (`clockify.base.yaml`) says into what the server does,",
        "with its evidence; `corrections.overlay.yaml` is the source, `DECISIONS.md` covers the disagreements no",
        "evidence settles. A correction marked *policy* is a deliberate client-side choice, not server behaviour.",
        "",
        f"{len(records)} corrections:",
        "",
    ]
    lines += [f"1. [{c.id}](#{c.id}){' (policy)' if c.policy else ''}" for c in records]
    for c in records:
        lines += [
            "",
            f"## {c.id}",
            "",
            f"- **Upstream says:** {c.says}",
            f"- **Documented:** {c.documented}",
            f"- **Evidence:** {c.evidence}",
            f"- **Date:** {c.date}",
        ]
        if c.policy:
            lines.append("- **Policy:** yes, a deliberate client-side choice")
        if c.guard:
            lines.append("- **Guard:** fixes every instance of this mistake upstream (the base may have none)")
        lines += [f"- **Witness:** `{c.witness}`", f"- **Targets** ({len(actions[c.id])}):"]
        lines += [_target_line(a) for a in actions[c.id]]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m scripts.corrections_doc",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    ).parse_args(argv)
    print(render(load_document(OVERLAY)), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
