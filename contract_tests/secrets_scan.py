"""A scanner that refuses any cassette folder holding something that looks like a secret or personal data.

    python -m contract_tests.secrets_scan [folder]      # exit 1 and a list when anything is found

It flags, per file:
* a credential header (X-Api-Key, X-Addon-Token, Authorization, Cookie) whose value is not ``REDACTED``,
  and any Set-Cookie in a response;
* text that looks like a key: a JWT (an add-on token), a long base64/hex run with letters and digits mixed,
  ``X-Api-Key: <value>`` or ``Bearer <value>`` written into a body;
* a JSON field or query parameter named like a credential (apiKey, token, secret, password, ...) whose
  value is not ``REDACTED``, in any request or response;
* an e-mail address outside the documentation domains (example.com/.org/.net);
* any value it is told about (the fake keys the tests use, a real workspace id while recording), as it is
  or encoded: percent-encoded, escaped (backslash, quote, JSON u00HH), or inside base64 at any alignment.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from clockify_client._logging import Secrets

from contract_tests.recording import DOCUMENTATION_DOMAINS, EMAIL, REDACTED
from scripts.spec_build import read_yaml

# The fake credentials the test suite uses: they must never land in a cassette either.
FAKE_KEYS = (
    "fake-contract-replay-key-0000",  # conftest.FAKE_KEY
    "fake-contract-addon-token-0000",  # test_server_states.FAKE_TOKEN
    "fake-recording-key-for-loopback-tests",  # the recording tests' key
)
CREDENTIAL_HEADERS = frozenset({"x-api-key", "x-addon-token", "authorization", "cookie"})
LOOKS_LIKE_KEY = {
    "a JWT (add-on token)": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    "a long base64 run (API key)": re.compile(r"(?<![A-Za-z0-9+_])[A-Za-z0-9+_]{32,}={0,2}(?![A-Za-z0-9+_])"),
    "a credential header written in text": re.compile(
        r"(?i)(x-api-key|x-addon-token)[\"']?\s*[:=]\s*[\"']?(?!REDACTED\b)(?!-\s)[A-Za-z0-9+/=_-]{6,}"
    ),
    "a bearer credential written in text": re.compile(r"(?i)\bbearer\s+(?!REDACTED\b)[A-Za-z0-9+/=._~-]{6,}"),
}
# Field and parameter names that hold a credential: apiKey, api_key, x-api-key, addonToken, token, secret,
# password, authorization, session, cookie (case and separators ignored).
CREDENTIAL_NAME = re.compile(
    r"(?i)^(x[-_]?)?(api[-_]?key|(addon|access|auth|refresh)?[-_]?token|secret|passw(or)?d"
    r"|authorization|session([-_]?id)?|cookie)$"
)


@dataclasses.dataclass(frozen=True)
class Finding:
    path: Path
    what: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.path}: {self.what}: {self.excerpt}"


def _mixed(run: str) -> bool:
    """A key mixes letters and digits; a long identifier or a row of one character does not."""
    return sum(c.isdigit() for c in run) >= 2 and sum(c.isalpha() for c in run) >= 2 and len(set(run)) > 8


def scan_text(text: str, path: Path, secrets: Iterable[str] = ()) -> list[Finding]:
    found: list[Finding] = []
    secrets = frozenset(secrets)
    for start, end in Secrets(secrets).spans(text):
        what = "a known secret value" if text[start:end] in secrets else "a known secret value, encoded"
        found.append(Finding(path, what, text[start : start + 4] + "…"))
    for what, pattern in LOOKS_LIKE_KEY.items():
        for match in pattern.finditer(text):
            if what.startswith("a long") and not _mixed(match.group(0)):
                continue
            found.append(Finding(path, f"looks like {what}", match.group(0)[:12] + "…"))
    for match in EMAIL.finditer(text):
        if not match.group(0).lower().endswith(DOCUMENTATION_DOMAINS):
            found.append(Finding(path, "an e-mail address outside the documentation domains", match.group(0)))
    return found


def _headers(path: Path, where: str, headers: Any) -> list[Finding]:
    found: list[Finding] = []
    for name, values in (headers or {}).items():
        lowered = str(name).lower()
        listed = values if isinstance(values, list) else [values]
        if where == "response" and lowered == "set-cookie":
            found.append(Finding(path, "a Set-Cookie response header", str(name)))
        elif lowered in CREDENTIAL_HEADERS and any(v != REDACTED for v in listed):
            found.append(Finding(path, f"an unredacted {name} {where} header", "value is not " + REDACTED))
    return found


def _named(path: Path, where: str, node: Any) -> list[Finding]:
    """Credential-named fields, at any depth of a JSON document."""
    found: list[Finding] = []
    if isinstance(node, dict):
        for name, value in node.items():
            if CREDENTIAL_NAME.match(str(name)) and isinstance(value, str) and value not in ("", REDACTED):
                found.append(Finding(path, f"a credential-named field {name!r} in the {where}", value[:4] + "…"))
            found += _named(path, where, value)
    elif isinstance(node, list):
        for value in node:
            found += _named(path, where, value)
    return found


def _json(text: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str | bytes) else None
    except ValueError:
        return None


def _exchange(path: Path, interaction: Any) -> list[Finding]:
    request, response = interaction.get("request") or {}, interaction.get("response") or {}
    query = {k: v for k, v in parse_qsl(urlsplit(str(request.get("uri", ""))).query, keep_blank_values=True)}
    found = _named(path, "request query", query)
    found += _named(path, "request body", _json(request.get("body")))
    body = response.get("body")
    found += _named(path, "response body", _json(body.get("string") if isinstance(body, dict) else body))
    return found


def _strings(node: Any) -> Iterable[str]:
    """Every string of a parsed document: a secret with quotes in it is quoted by YAML in the file's text."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def scan_file(path: Path, secrets: Iterable[str] = ()) -> list[Finding]:
    text = path.read_text(encoding="utf-8", errors="replace")
    secrets = frozenset(secrets)
    found = scan_text(text, path, secrets)
    try:
        data = read_yaml(text)
    except yaml.YAMLError as exc:
        return [*found, Finding(path, "not YAML", str(exc)[:80])]
    finder = Secrets(secrets)
    if not found and any(finder.spans(value) for value in _strings(data)):
        found.append(Finding(path, "a known secret value, quoted in YAML", "(in a string value)"))
    for interaction in (data or {}).get("interactions", []) if isinstance(data, dict) else []:
        found += _headers(path, "request", interaction.get("request", {}).get("headers"))
        found += _headers(path, "response", interaction.get("response", {}).get("headers"))
        found += _exchange(path, interaction)
    return found


def scan(folder: Path, secrets: Iterable[str] = ()) -> list[Finding]:
    """Every finding in every file under ``folder`` (cassettes are YAML, but nothing else may leak either),
    looking also for ``secrets`` and the suite's own fake keys."""
    listed = [*FAKE_KEYS, *secrets]
    return [f for path in sorted(folder.rglob("*")) if path.is_file() for f in scan_file(path, listed)]


def main(argv: list[str] | None = None) -> int:
    from contract_tests.cassette_io import CASSETTES

    args = sys.argv[1:] if argv is None else argv
    findings = scan(Path(args[0]) if args else CASSETTES)
    for finding in findings:
        print(finding, file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
