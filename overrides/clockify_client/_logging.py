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

_secrets: set[str] = set()
_lock = threading.Lock()


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _secrets
        if not secrets:
            return True
        message = record.getMessage()
        if any(s in message for s in secrets):
            for s in secrets:
                message = message.replace(s, REDACTED)
            record.msg, record.args = message, None
        return True


_filter = RedactSecrets()


def register_secret(value: str) -> None:
    """Scrub ``value`` from every record on the watched loggers from now on."""
    global _secrets
    with _lock:
        if value in _secrets:
            return
        _secrets = _secrets | {value}  # replaced, not mutated: the filter reads it without the lock
        for name in WATCHED:
            watched = logging.getLogger(name)
            if _filter not in watched.filters:
                watched.addFilter(_filter)
