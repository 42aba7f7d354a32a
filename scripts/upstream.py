"""Read an upstream OpenAPI document, from a file or an https URL, and refuse one no client can come from.

    python -m scripts.upstream SOURCE [--timeout S]   # fetch and check SOURCE; print what it is

SOURCE is a path, or a URL (Clockify publishes its spec at one): https, or plain http to a loopback
host only (a test server; anything else could be altered on the way). The fetch has a time-out. An
unusable document (unreadable, not OpenAPI 3, no ``paths`` or no operations, no ``components``) is an
``UpstreamError`` with a one-line message; ``make generate`` and ``make update-spec`` both read
their UPSTREAM here.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import yaml

from scripts.spec_build import _jsonable

FETCH_TIMEOUT_S = 60.0  # Clockify's file is about 1.5 MB; a stalled server must not hang a scheduled job
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class UpstreamError(Exception):
    """The upstream document cannot be read or is not one a client can be generated from."""


@dataclasses.dataclass(frozen=True)
class Upstream:
    source: str  # as given: a path or a URL
    name: str  # a file name, or the URL itself
    text: str
    fmt: str  # "yaml" or "json"
    document: dict[str, Any]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https")


def fetch(url: str, timeout: float = FETCH_TIMEOUT_S) -> str:
    """The text at ``url``; https, or http to loopback; redirects followed under the same rule."""

    def check(target: httpx.URL | str) -> None:
        parts = urllib.parse.urlsplit(str(target))
        if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK):
            return
        raise UpstreamError(f"refusing {parts.scheme}://{parts.hostname}: use https (plain http only to loopback)")

    check(url)
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, trust_env=False) as client:
            response = client.get(url, headers={"Accept": "application/yaml, application/json;q=0.9, */*;q=0.5"})
            for step in [*response.history, response]:
                check(step.url)
    except httpx.TimeoutException as exc:
        raise UpstreamError(f"cannot fetch {url}: no answer within {timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise UpstreamError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
    if response.status_code != 200:
        raise UpstreamError(f"cannot fetch {url}: HTTP {response.status_code}")
    return response.text


def parse(text: str, fmt: str, name: str) -> dict[str, Any]:
    """The document in ``text``, checked to be an OpenAPI 3 document a client can be generated from."""
    try:
        document = json.loads(text) if fmt == "json" else _jsonable(yaml.safe_load(text))
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UpstreamError(f"{name} is not valid {fmt.upper()}: {first}") from exc
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise UpstreamError(f"{name} is not an OpenAPI 3 document (no 'openapi: 3.x')")
    if not isinstance(document.get("paths"), dict):
        raise UpstreamError(f"{name} has no 'paths': there is no operation to generate a client for")
    operations = sum(
        1 for item in document["paths"].values() if isinstance(item, dict) for method in item if method in METHODS
    )
    if not operations:
        raise UpstreamError(f"{name} has no operations under 'paths'")
    if not isinstance(document.get("components"), dict):
        raise UpstreamError(f"{name} has no 'components': its operations' schemas are missing")
    return document


def read(source: str, timeout: float = FETCH_TIMEOUT_S) -> Upstream:
    """The upstream document at ``source`` (a path or a URL), read and checked."""
    if is_url(source):
        text, name = fetch(source, timeout), source
        fmt = "json" if text.lstrip().startswith("{") else "yaml"
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UpstreamError(f"cannot read {path}: {exc}") from exc
        name, fmt = path.name, "json" if path.suffix == ".json" else "yaml"
    return Upstream(source, name, text, fmt, parse(text, fmt, name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.upstream", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", help="a path or an https URL")
    parser.add_argument("--timeout", type=float, default=FETCH_TIMEOUT_S, help="seconds to wait for a URL")
    args = parser.parse_args(argv)
    try:
        upstream = read(args.source, args.timeout)
    except UpstreamError as exc:
        print(f"upstream: {exc}", file=sys.stderr)
        return 2
    info = upstream.document.get("info") or {}
    print(f"{upstream.name}: OpenAPI {upstream.document['openapi']}, {info.get('title', '')} {info.get('version', '')}")
    print(f"{len(upstream.document['paths'])} paths, {upstream.fmt.upper()}, sha256 {upstream.sha256}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
