"""The one VCR configuration: replay in the contract tests (conftest.py) and live recording (scripts/record.py).

Redaction happens in vcrpy's hooks, before an interaction is stored anywhere:

* ``filter_headers``: X-Api-Key and X-Addon-Token read ``REDACTED`` (kept, so a cassette still shows that a
  credential was sent, and which kind); cookies and Authorization never stay;
* ``filter_query_parameters``: any key-like query parameter reads ``REDACTED``;
* ``before_record_request`` / ``before_record_response``: a ``Scrubber`` replaces, in URLs, bodies and
  headers, every secret with ``REDACTED``, every real id it was told about (workspace, users, created
  entities) with its placeholder (catalog.PLACEHOLDER_IDS), every other id with a numbered stand-in, and
  every e-mail address outside the documentation domains with a numbered ``@example.com`` one.

The same hooks run on each request while replaying (vcrpy filters the incoming request before matching), so
what a test sends is matched in its redacted form. Matching is by request class (``match_request_class``).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import vcr  # type: ignore[import-untyped]
from clockify_client._logging import Secrets
from vcr.request import Request  # type: ignore[import-untyped]

from contract_tests import catalog

REDACTED = "REDACTED"
SECRET_HEADERS = ("X-Api-Key", "X-Addon-Token", "Authorization", "Cookie")
SECRET_QUERY_PARAMETERS = ("apiKey", "api_key", "api-key", "key", "token", "addonToken")
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "x-api-key", "x-addon-token"})
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
DOCUMENTATION_DOMAINS = ("example.com", "example.org", "example.net")  # RFC 2606
HEX_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])")
GENERIC_ID_PREFIX = "aaaaaaaaaaaaaaaa"
KNOWN_PLACEHOLDERS = frozenset(catalog.PLACEHOLDER_IDS.values())
MATCH_ON = ("method", "scheme", "host", "port", "request_class")


class Scrubber:
    """Replaces secrets, real ids and personal e-mail addresses in any text that is about to be stored.

    Ids it was told about become their placeholders; any other id-shaped value (24 hex digits, Clockify's
    ids) becomes a numbered stand-in (``GENERIC_ID_PREFIX``...), the same one each time it is seen. When it is
    told about an id later (an entity the recording just created), ``text`` also turns that id's stand-in into
    the placeholder, so a second pass over text stored earlier gives the same result as a pass with hindsight."""

    def __init__(self, secrets: Iterable[str] = (), ids: Mapping[str, str] | None = None) -> None:
        self.secrets = frozenset(s for s in secrets if s)
        self._secret_finder = Secrets(self.secrets)
        self.ids: dict[str, str] = {}
        self.generic: dict[str, str] = {}  # real id -> numbered stand-in
        self.aliases: dict[str, str] = {}  # stand-in -> placeholder learnt later
        self.emails: dict[str, str] = {}
        for real, placeholder in (ids or {}).items():
            self.add_id(real, placeholder)

    def add_id(self, real: str, placeholder: str) -> None:
        """Replace ``real`` with ``placeholder`` from now on (the first placeholder given for a value stays)."""
        if not real or real == placeholder:
            return
        if real in self.generic:
            self.aliases.setdefault(self.generic[real], placeholder)
        self.ids.setdefault(real, placeholder)

    def _id(self, match: re.Match[str]) -> str:
        value = match.group(0)
        if value in KNOWN_PLACEHOLDERS or value in self.ids.values():
            return value
        if value in self.aliases:
            return self.aliases[value]
        if value.startswith(GENERIC_ID_PREFIX):
            return value
        return self.generic.setdefault(value, f"{GENERIC_ID_PREFIX}{len(self.generic) + 1:08x}")

    @property
    def real_values(self) -> list[str]:
        """Everything this scrubber replaced or would replace: for the scan before writing."""
        return [*self.secrets, *self.ids, *self.generic, *self.emails]

    def _email(self, match: re.Match[str]) -> str:
        address = match.group(0)
        if address.lower().endswith(DOCUMENTATION_DOMAINS):
            return address
        return self.emails.setdefault(address, f"user{len(self.emails) + 1}@example.com")

    def text(self, text: str) -> str:
        text = self._secret_finder.redact(text, REDACTED)  # in any form: percent-encoded, escaped, base64
        for real in sorted(self.ids, key=len, reverse=True):
            text = text.replace(real, self.ids[real])
        text = HEX_ID.sub(self._id, text)
        return EMAIL.sub(self._email, text)

    def _json(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self._json(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k): self._json(v) for k, v in value.items()}
        return value

    def body(self, text: str) -> str:
        """A body's text scrubbed; JSON value by value (a replacement must never break an escape sequence)."""
        try:
            data = json.loads(text)
        except ValueError:
            return self.text(text)
        return json.dumps(self._json(data), ensure_ascii=False, separators=(",", ":"))

    def data(self, value: bytes | str | None) -> bytes | str | None:
        if isinstance(value, str):
            return self.body(value)
        if isinstance(value, bytes):
            try:
                return self.body(value.decode("utf-8")).encode("utf-8")
            except UnicodeDecodeError:
                # A binary export: at least never a secret (ASCII, so the bytes map one to one).
                return self._secret_finder.redact(value.decode("latin-1"), REDACTED).encode("latin-1")
        return value

    def request(self, request: Request) -> Request:
        request.uri = self.text(request.uri)
        request.body = self.data(request.body)
        for name in list(request.headers):
            request.headers[name] = self.text(str(request.headers[name]))
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers", {})
        response["headers"] = {
            name: [self.text(str(v)) for v in values]
            for name, values in headers.items()
            if name.lower() not in DROPPED_RESPONSE_HEADERS
        }
        body = response.get("body", {})
        if isinstance(body, dict) and "string" in body:
            body["string"] = self.data(body["string"])
        return response


@functools.lru_cache(maxsize=4096)
def _classify(method: str, uri: str, auth: int, body: bytes | None) -> catalog.RequestClass:
    headers = {"x-api-key": REDACTED} if auth == 1 else {}
    return catalog.classify(method, uri, headers, body)


def request_class(request: Request) -> catalog.RequestClass:
    body = request.body
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return _classify(request.method, request.uri, catalog.auth_headers(request.headers), raw)


def match_request_class(r1: Request, r2: Request) -> None:
    """vcrpy matcher: the two requests are of the same class (operation and documented outcome)."""
    c1, c2 = request_class(r1), request_class(r2)
    if c1 != c2:
        raise AssertionError(f"{c1} != {c2}")


def vcr_config(scrubber: Scrubber | None = None) -> dict[str, Any]:
    """Keyword arguments for ``vcr.VCR``: the redaction filters, the matcher, replay-only by default.

    Replaying needs no scrubber (``None``): the cassettes hold placeholders already and the header filters
    still redact what a test sends; recording passes the Scrubber that knows the account's values."""
    hooks: dict[str, Any] = {}
    if scrubber is not None:
        hooks = {"before_record_request": scrubber.request, "before_record_response": scrubber.response}
    return {
        "serializer": "yaml",
        "record_mode": "none",
        "match_on": MATCH_ON,
        "filter_headers": [(name, REDACTED) for name in SECRET_HEADERS[:2]] + [(n, None) for n in SECRET_HEADERS[2:]],
        "filter_query_parameters": [(name, REDACTED) for name in SECRET_QUERY_PARAMETERS],
        "decode_compressed_response": True,
        **hooks,
    }


def make_vcr(scrubber: Scrubber | None = None, **overrides: Any) -> Any:
    """A ``vcr.VCR`` with ``vcr_config`` and the request-class matcher registered."""
    config = {**vcr_config(scrubber), **overrides}
    recorder = vcr.VCR(**config)
    recorder.register_matcher("request_class", match_request_class)
    return recorder
