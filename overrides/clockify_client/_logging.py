"""Logging through stdlib ``logging`` (logger ``clockify_client``), with every known secret redacted.

Credentials travel only in headers, which are never logged here; the filter is the second line of
defence, for anything that might still carry one (an httpx or httpcore debug line, a message text).
"""

from __future__ import annotations

import logging
import threading

logger = logging.getLogger("clockify_client")
REDACTED = "[redacted]"
# Loggers that see our traffic; a filter on a logger applies to records logged on it directly.
WATCHED = ("clockify_client", "httpx", "httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")

# Shorter values are not scrubbed: they occur inside ordinary words ("k" in "unknown"), and no real
# Clockify credential is that short (API keys have 48 characters; add-on tokens are JWTs).
MIN_SECRET_LENGTH = 8

_secrets: set[str] = set()
_lock = threading.Lock()


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``[redacted]``."""
    secrets = _secrets  # read once: register_secret replaces the set, never mutates it
    for s in secrets:
        if s in text:
            text = text.replace(s, REDACTED)
    return text


def redact_bytes(body: bytes) -> bytes:
    """``body`` with every registered secret replaced: what an error keeps of a response."""
    for s in _secrets:
        raw = s.encode()
        if raw in body:
            body = body.replace(raw, REDACTED.encode())
    return body


def excerpt(body: bytes, limit: int) -> str:
    """The start of a body for a message, on one line. Secrets are scrubbed before the cut, so that a
    secret straddling it does not survive in part."""
    longest = max((len(s.encode()) for s in _secrets), default=0)
    text = redact(body[: limit + longest].decode("utf-8", errors="replace"))
    text = " ".join(text[:limit].split())
    return text + ("…" if len(body) > limit else "")


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_filter = RedactSecrets()


def register_secret(value: str) -> None:
    """Scrub ``value`` from every record on the watched loggers, and from every ClockifyError's text, from
    now on (unless it is shorter than ``MIN_SECRET_LENGTH``)."""
    global _secrets
    with _lock:
        if value in _secrets or len(value) < MIN_SECRET_LENGTH:
            return
        _secrets = _secrets | {value}  # replaced, not mutated: the filter reads it without the lock
        for name in WATCHED:
            watched = logging.getLogger(name)
            if _filter not in watched.filters:
                watched.addFilter(_filter)
