"""Logging through stdlib ``logging`` (logger ``clockify_client``), with every known secret redacted.

Credentials travel only in headers, which are never logged here; the filter is the second line of
defence, for anything that might still carry one (an httpx or httpcore debug line, a message text).
"""

from __future__ import annotations

import logging
import re
import threading

logger = logging.getLogger("clockify_client")
REDACTED = "[redacted]"
# Loggers that see our traffic; a filter on a logger applies to records logged on it directly.
WATCHED = ("clockify_client", "httpx", "httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")

# Shorter values are scrubbed only where they stand alone, not inside other text ("k" in "unknown"):
# no real Clockify credential is that short (API keys have 48 characters; add-on tokens are JWTs), but
# a stand-in key still never shows on its own.
MIN_SECRET_LENGTH = 8
_TOKEN_CHAR = r"A-Za-z0-9._~+/=-"


class _Scrubber:
    """Every registered secret, compiled into one pattern for text and one for bytes."""

    def __init__(self, secrets: frozenset[str]) -> None:
        self.secrets = secrets
        self.longest = max((len(s.encode()) for s in secrets), default=0)
        alternatives = []
        for s in sorted(secrets, key=len, reverse=True):
            escaped = re.escape(s)
            if len(s) < MIN_SECRET_LENGTH:
                escaped = f"(?<![{_TOKEN_CHAR}]){escaped}(?![{_TOKEN_CHAR}])"
            alternatives.append(escaped)
        source = "|".join(alternatives)
        self.text = re.compile(source) if secrets else None
        self.raw = re.compile(source.encode()) if secrets else None


_scrubber = _Scrubber(frozenset())
_lock = threading.Lock()


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``[redacted]``."""
    pattern = _scrubber.text  # read once: register_secret replaces the scrubber, never mutates it
    return pattern.sub(REDACTED, text) if pattern is not None else text


def redact_bytes(body: bytes) -> bytes:
    """``body`` with every registered secret replaced: what an error keeps of a response."""
    pattern = _scrubber.raw
    return pattern.sub(REDACTED.encode(), body) if pattern is not None else body


def excerpt(body: bytes, limit: int) -> str:
    """The start of a body for a message, on one line. Secrets are scrubbed before the cut, so that a
    secret straddling it does not survive in part."""
    text = redact(body[: limit + _scrubber.longest].decode("utf-8", errors="replace"))
    text = " ".join(text[:limit].split())
    return text + ("…" if len(body) > limit else "")


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _scrubber.text is None:
            return True
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_filter = RedactSecrets()


def register_secret(value: str) -> None:
    """Scrub ``value`` from every record on the watched loggers, and from every ClockifyError's text, from
    now on."""
    global _scrubber
    with _lock:
        if not value or value in _scrubber.secrets:
            return
        _scrubber = _Scrubber(_scrubber.secrets | {value})  # replaced, not mutated: readers take no lock
        for name in WATCHED:
            watched = logging.getLogger(name)
            if _filter not in watched.filters:
                watched.addFilter(_filter)
