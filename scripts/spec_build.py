"""Base spec + corrections -> corrected spec. Pure functions; generate.py and update_spec.py write the results.

python -m scripts.spec_build   # build the corrected spec in memory and say whether it is valid OpenAPI 3.0
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator

from scripts.overlay import Outcome, apply_overlay, validate

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
BASE = SPEC_DIR / "clockify.base.yaml"
OVERLAY = SPEC_DIR / "corrections.overlay.yaml"
CORRECTED = SPEC_DIR / "clockify.corrected.json"

METADATA_FIELDS = ("says", "documented", "evidence", "date", "witness")


class SpecError(Exception):
    """The spec or the corrections are not usable."""


# libyaml's parser where PyYAML was built with it: the same safe constructor, about ten times faster.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> Any:
    """``yaml.safe_load``, through the fastest safe loader available."""
    return yaml.load(text, Loader=_SafeLoader)


def load_document(path: Path) -> Any:
    """Load an OpenAPI document or overlay, YAML or JSON, with dates kept as ISO strings."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return _jsonable(read_yaml(text))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


@dataclasses.dataclass(frozen=True)
class Correction:
    """One correction's record, as written beside its first action."""

    id: str
    says: str
    documented: str
    evidence: str
    date: str
    witness: str
    policy: bool
    targets: tuple[str, ...]
    guard: bool = False  # fixes every instance of a kind of upstream mistake; our base may have none
    instance: Any = None  # a guard's: an OpenAPI fragment with one such mistake (its witness's teeth need one)


def corrections(overlay: Mapping[str, Any]) -> list[Correction]:
    """Every correction in the overlay, in file order, with its metadata checked for completeness."""
    found: dict[str, dict[str, Any]] = {}
    targets: dict[str, list[str]] = {}
    for index, action in enumerate(validate(overlay)):  # a malformed overlay: OverlayError, before anything else
        meta = action.get("x-correction") or {}
        cid = meta.get("id")
        if not isinstance(cid, str):
            raise SpecError(f"action {index} has no x-correction.id")
        targets.setdefault(cid, []).append(action["target"])
        if any(field in meta for field in METADATA_FIELDS):
            if cid in found:
                raise SpecError(f"correction {cid!r} carries its record twice")
            found[cid] = meta
        elif cid not in found:
            raise SpecError(f"correction {cid!r}: its first action must carry its record")
    result = []
    for cid, meta in found.items():
        missing = [f for f in METADATA_FIELDS if not meta.get(f)]
        if missing:
            raise SpecError(f"correction {cid!r} lacks {', '.join(missing)}")
        if meta.get("guard") is True and not isinstance(meta.get("instance"), dict):
            raise SpecError(f"correction {cid!r} is a guard: it needs an instance (a fragment with the mistake)")
        result.append(
            Correction(
                id=cid,
                says=" ".join(str(meta["says"]).split()),
                documented=" ".join(str(meta["documented"]).split()),
                evidence=" ".join(str(meta["evidence"]).split()),
                date=str(meta["date"]),
                witness=str(meta["witness"]),
                policy=bool(meta.get("policy", False)),
                targets=tuple(targets[cid]),
                guard=meta.get("guard") is True,
                instance=meta.get("instance"),
            )
        )
    return result


@dataclasses.dataclass
class BuildResult:
    spec: dict[str, Any]
    outcomes: list[Outcome]
    corrections: list[Correction]
    problems: list[str]  # where the corrected spec is not valid OpenAPI (upstream mode tolerates them)

    def by_correction(self) -> dict[str, list[Outcome]]:
        grouped: dict[str, list[Outcome]] = {c.id: [] for c in self.corrections}
        for o in self.outcomes:
            grouped[o.correction].append(o)
        return grouped


def build(
    base: Any,
    overlay: Mapping[str, Any],
    *,
    strict: bool = True,
    skip: frozenset[str] = frozenset(),
    check: bool = True,
) -> BuildResult:
    """Apply the corrections to ``base``, record them in the result, and validate it as OpenAPI."""
    records = corrections(overlay)
    spec, outcomes = apply_overlay(base, overlay, strict=strict, skip=skip)
    spec["x-corrections"] = [
        {
            **{k: v for k, v in dataclasses.asdict(c).items() if k not in ("targets", "instance")},
            "targets": list(c.targets),
        }
        for c in records
        if c.id not in skip
    ]
    problems = openapi_problems(spec) if check else []
    if problems and strict:
        raise SpecError("the corrected spec is not valid OpenAPI:\n  " + "\n  ".join(problems[:20]))
    return BuildResult(spec, outcomes, records, problems)


def openapi_problems(spec: Mapping[str, Any]) -> list[str]:
    """Every OpenAPI 3.0 validation error, one line each (location: message)."""
    lines = []
    for error in OpenAPIV30SpecValidator(spec).iter_errors():
        # A schema's default is checked against the schema apart from the document, so its error has no
        # path: find the defaults that hold the offending value instead.
        where = "/".join(str(p) for p in error.absolute_path) or " or ".join(_defaults_holding(spec, error.instance))
        lines.append(f"{where or '(root)'}: {error.message.splitlines()[0][:160]}")
    lines += [f"{where}: security scheme {name!r} is not defined" for where, name in _undefined_schemes(spec)]
    lines += _bad_duration_marks(spec.get("components", {}))
    return sorted(set(lines))


DURATION_FORMS = ("iso8601", "seconds")  # what the generated models read and write (scripts/templates/types.py.jinja)


def _bad_duration_marks(node: Any, where: str = "components") -> list[str]:
    """``x-clockify-duration`` marks that the generated models could not honour: not a list of known wire forms."""
    found = []
    if isinstance(node, dict):
        forms = node.get("x-clockify-duration")
        if "x-clockify-duration" in node and (
            not isinstance(forms, list) or not forms or any(f not in DURATION_FORMS for f in forms)
        ):
            found.append(f"{where}: x-clockify-duration must list wire forms among {', '.join(DURATION_FORMS)}")
        for key, child in node.items():
            found += _bad_duration_marks(child, f"{where}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += _bad_duration_marks(child, f"{where}/{i}")
    return found


def _defaults_holding(node: Any, value: Any, where: str = "") -> list[str]:
    found = []
    if isinstance(node, dict):
        if "default" in node and node["default"] == value and not isinstance(value, dict | list):
            found.append(f"{where}/default")
        for key, child in node.items():
            found += _defaults_holding(child, value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            found += _defaults_holding(child, value, f"{where}/{i}")
    return found[:3]


def _undefined_schemes(spec: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Security requirements naming a scheme that components.securitySchemes does not define (the
    validator does not check this)."""
    defined = set(spec.get("components", {}).get("securitySchemes", {}))
    requirements = [("security", spec.get("security") or [])]
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "security" in op:
                requirements.append((f"paths/{path}/{method}/security", op["security"]))
    return [(where, name) for where, reqs in requirements for req in reqs for name in req if name not in defined]


def dumps(spec: Mapping[str, Any]) -> str:
    """The one serialization of a corrected spec, so that rebuilds are byte-identical."""
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


def build_default(*, skip: frozenset[str] = frozenset(), check: bool = True) -> BuildResult:
    return build(load_document(BASE), load_document(OVERLAY), skip=skip, check=check)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m scripts.spec_build", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    ).parse_args(argv)
    try:
        result = build_default()
    except SpecError as exc:
        print(f"spec_build: {exc}", file=sys.stderr)
        return 1
    print(f"valid OpenAPI 3.0: {len(result.corrections)} corrections, {len(result.outcomes)} actions applied")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
