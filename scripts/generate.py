"""The main job: base spec + corrections -> spec/clockify.corrected.json -> generated/clockify_api.

    python -m scripts.generate                       # the project's own base (make generate)
                                                     # (also writes spec/CORRECTIONS.md)
    python -m scripts.generate --upstream SOURCE --out DIR   # another upstream document

Upstream mode applies the same corrections to another document (Clockify's own file, a path or an
https URL), reports each correction that no longer applies, and writes DIR/clockify.corrected.json and
DIR/clockify_api. Nothing is skipped in silence. The outputs are staged and swapped in at the end:
an interruption (Ctrl-C) leaves the previous ones in place.

Exit status: 0 done; 1 the build or the generator failed; 2 unusable arguments or upstream
(nothing written); 130 interrupted (nothing written).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scripts import corrections_doc
from scripts._atomic import swap_in
from scripts.overlay import APPLIED, IDLE, Outcome, OverlayError
from scripts.spec_build import (
    BASE,
    CORRECTED,
    OVERLAY,
    ROOT,
    BuildResult,
    SpecError,
    build,
    dumps,
    load_document,
)
from scripts.upstream import FETCH_TIMEOUT_S, UpstreamError, read

GENERATOR_CONFIG = ROOT / "scripts" / "generator.yaml"
TEMPLATES = ROOT / "scripts" / "templates"  # replaces stock templates of the same name
GENERATED = ROOT / "generated"
PACKAGE = "clockify_api"
SPEC_RESOURCE = "openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def operation_ids_template(spec: dict[str, Any]) -> str:
    """The spec's operationIds by "METHOD /path", for the templates: the generator hands them only each
    operation's Python name, and ``call``'s overloads need the ids themselves (``api_init.py.jinja``)."""

    def route(method: str, path: str) -> str:  # path parameters as {}, as the template matches them
        return method.upper() + " " + "/".join("{}" if s[:1] + s[-1:] == "{}" else s for s in path.split("/"))

    by_route = {
        route(method, path): op["operationId"]
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict) and "operationId" in op
    }
    return "{% set by_route = " + json.dumps(by_route, sort_keys=True) + " %}\n"


def generate_client(spec_path: Path, destination: Path, *, strict: bool = True) -> list[str]:
    """Run the pinned openapi-python-client into a scratch folder, then swap it into place."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / PACKAGE
        templates = Path(scratch) / "templates"
        shutil.copytree(TEMPLATES, templates)
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        (templates / "operation_ids.jinja").write_text(operation_ids_template(spec), encoding="utf-8")
        cmd = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(spec_path), "--config", str(GENERATOR_CONFIG), "--custom-template-path", str(templates),
            "--meta", "none", "--output-path", str(out),
        ] + (["--fail-on-warning"] if strict else [])  # fmt: skip
        # The post-generation hooks run the pinned ruff, found on PATH: put this interpreter's tools first,
        # so that running outside make (no activated venv) formats the same way.
        env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
        run = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
        if run.returncode != 0 or not (out / "__init__.py").exists():
            raise SpecError(f"openapi-python-client failed:\n{run.stdout}\n{run.stderr}")
        if "Skipping Integration" in run.stdout:  # a post hook (ruff) failed: the code is not formatted
            raise SpecError(f"openapi-python-client could not format the client:\n{run.stdout}")
        destination.mkdir(parents=True, exist_ok=True)
        staged = Path(scratch) / "staged"
        shutil.copytree(out, staged, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
        # The quirk layer validates and predicts server errors from the corrected spec at run time, so a
        # vendored copy of the package carries it.
        shutil.copyfile(spec_path, staged / SPEC_RESOURCE)
        # PEP 561: the package is typed, so a user's type checker reads its annotations once installed
        # (the generator writes this marker only when it also writes packaging metadata).
        (staged / "py.typed").write_text("", encoding="utf-8")
        swap_in({staged: destination / PACKAGE})
    # The generator's warnings (upstream mode only: our own spec must produce none).
    return [line for line in run.stdout.splitlines() if line.startswith("Unable to") or "WARNING" in line]


def count_operations(spec: dict[str, object]) -> int:
    paths = spec.get("paths", {})
    assert isinstance(paths, dict)
    return sum(1 for item in paths.values() for m in item if m in HTTP_METHODS)


def describe(outcomes: list[Outcome]) -> list[str]:
    """One line per correction that did not simply apply."""
    return [
        f"  {o.status:10} {o.correction}: {o.detail}  [{o.target}]" for o in outcomes if o.status not in (APPLIED, IDLE)
    ]


def progress(message: str) -> None:
    print(f"generate: {message}", file=sys.stderr, flush=True)


def run(upstream: str | None, out: Path | None, timeout: float = FETCH_TIMEOUT_S) -> int:
    started = time.perf_counter()
    if upstream:
        progress(f"reading {upstream}")
    base = read(upstream, timeout).document if upstream else load_document(BASE)
    overlay = load_document(OVERLAY)
    progress("applying the corrections")
    result: BuildResult = build(base, overlay, strict=upstream is None)
    spec_path = (out / "clockify.corrected.json") if out else CORRECTED
    with tempfile.TemporaryDirectory() as scratch:
        staged_spec = Path(scratch) / spec_path.name
        staged_spec.write_text(dumps(result.spec), encoding="utf-8")
        outputs = {staged_spec: spec_path}
        if upstream is None:  # the project's own corrections, documented beside them (drift-checked by a test)
            staged_doc = Path(scratch) / corrections_doc.CORRECTIONS_DOC.name
            staged_doc.write_text(corrections_doc.render(overlay), encoding="utf-8")
            outputs[staged_doc] = corrections_doc.CORRECTIONS_DOC
        progress("generating the client (about half a minute)")
        staged_client = Path(scratch) / "client"
        warnings = generate_client(staged_spec, staged_client, strict=upstream is None)
        outputs[staged_client / PACKAGE] = (out or GENERATED) / PACKAGE
        swap_in(outputs)
    package = (out or GENERATED) / PACKAGE
    models = len([p for p in (package / "models").glob("*.py") if p.name != "__init__.py"])
    by_id = result.by_correction()
    clean = sum(1 for outs in by_id.values() if outs and all(o.status in (APPLIED, IDLE) for o in outs))
    print(f"spec:        {spec_path.relative_to(ROOT) if spec_path.is_relative_to(ROOT) else spec_path}")
    print(f"client:      {package.relative_to(ROOT) if package.is_relative_to(ROOT) else package}")
    print(f"operations:  {count_operations(result.spec)}")
    print(f"models:      {models}")
    print(f"corrections: {clean} of {len(by_id)} applied cleanly ({len(result.outcomes)} actions)")
    notes = describe(result.outcomes)
    if notes:
        print("needs review (stale or conflicting corrections):")
        print("\n".join(notes))
    if result.problems:
        print(f"upstream is not valid OpenAPI in {len(result.problems)} place(s) (not ours to fix), e.g.:")
        print("\n".join(f"  {p}" for p in result.problems[:5]))
    if warnings:
        print(f"generator warnings: {len(warnings)}, e.g.:")
        print("\n".join(f"  {w}" for w in warnings[:5]))
    print(f"time:        {time.perf_counter() - started:.1f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.generate", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--upstream", help="another upstream OpenAPI document (YAML or JSON): a path or an https URL")
    parser.add_argument("--out", type=Path, help="where upstream mode writes its spec and client (required with it)")
    parser.add_argument("--timeout", type=float, default=FETCH_TIMEOUT_S, help="seconds to wait for an upstream URL")
    args = parser.parse_args(argv)
    if args.out and not args.upstream:
        parser.error("--out goes with --upstream: without one, generate writes the project's own client")
    if args.upstream and not args.out:
        parser.error("--upstream needs --out: another upstream's client never replaces the project's own")
    try:
        return run(args.upstream, args.out.resolve() if args.out else None, args.timeout)
    except KeyboardInterrupt:
        print("generate: interrupted: nothing was changed", file=sys.stderr)
        return 130
    except UpstreamError as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 2
    except (SpecError, OverlayError, OSError) as exc:
        print(f"generate: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
