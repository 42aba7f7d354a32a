"""Logging through stdlib ``logging`` (logger ``clockify_client``), with every secret in use redacted.

Credentials travel only in headers, which are never logged here; the filter is the second line of
defence, for anything that might still carry one (an httpx or httpcore debug line, a message text).
A secret is found in any form it commonly takes in text: as it is, percent-encoded, behind backslash,
``\\xHH`` or ``\\u00HH`` escapes (quoted, JSON, repr), and inside base64 at any of its three alignments.

The registry holds the secrets of the clients alive and open: a client registers its secret when it is
made and forgets it when closed or collected, so it stays as small as the set of clients in use. The
compiled pattern is rebuilt when next needed after a change, not on every change.
"""

from __future__ import annotations

import base64
import binascii
import collections
import logging
import os
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

logger = logging.getLogger("clockify_client")
REDACTED = "[redacted]"
# Loggers that see our traffic; a filter on a logger applies to records logged on it directly.
WATCHED = ("clockify_client", "httpx", "httpcore.http11", "httpcore.http2", "httpcore.connection", "httpcore.proxy")

# Shorter values are scrubbed only where they stand alone, as they are, not inside other text ("k" in
# "unknown"): no real Clockify credential is that short (API keys have 48 characters; add-on tokens are
# JWTs), but a stand-in key still never shows on its own.
MIN_SECRET_LENGTH = 8
_TOKEN_CHAR = r"A-Za-z0-9._~+/=-"
# One escaped character: percent-encoded, or behind a backslash (\" \\ \x41 \u0041). Decoded up to
# ``_ESCAPE_LEVELS`` times (JSON inside JSON, a percent-encoded percent sign): a secret spelt with any mix
# of these is still that secret.
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})|\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|(.))", re.S)
_ESCAPE_LEVELS = 3
_LONGEST_ESCAPE = 12  # characters of text one escaped character takes at most, over those levels
# A run of base64 (standard or URL-safe) long enough to hold the shortest secret looked for inside one.
_BASE64_RUN = re.compile(rf"[A-Za-z0-9+/_-]{{{-(-MIN_SECRET_LENGTH * 4 // 3)},}}")
_URL_SAFE = str.maketrans("-_", "+/")


def _trie(words: Iterable[str]) -> str:
    """One regular expression for many literals, sharing their prefixes: its cost grows with the text, far
    less with the number of words than a plain alternation's."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return pattern(root)


def _unescape(text: str) -> tuple[str, list[int]]:
    """``text`` with one level of escapes decoded, and where each of its characters (and its end) starts in
    ``text``."""
    plain: list[str] = []
    origin: list[int] = []
    done = 0
    for escape in _ESCAPE.finditer(text):
        start, end = escape.span()
        plain.append(text[done:start])
        origin.extend(range(done, start))
        code = escape.group(1) or escape.group(2) or escape.group(3)
        plain.append(chr(int(code, 16)) if code else escape.group(4))
        origin.append(start)
        done = end
    plain.append(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(plain), origin


class Secrets:
    """Finds a set of secrets in text, in every form above; ``redact`` replaces each occurrence."""

    def __init__(self, values: Iterable[str]) -> None:
        values = {v for v in values if v}
        long = sorted(v for v in values if len(v) >= MIN_SECRET_LENGTH)
        short = sorted((v for v in values if len(v) < MIN_SECRET_LENGTH), key=len, reverse=True)
        alternatives = [f"(?<![{_TOKEN_CHAR}]){re.escape(v)}(?![{_TOKEN_CHAR}])" for v in short]
        self.long = re.compile(_trie(long)) if long else None
        if self.long is not None:
            alternatives.insert(0, self.long.pattern)
        self.any = re.compile("|".join(alternatives)) if alternatives else None
        self.reach = _LONGEST_ESCAPE * max(map(len, values), default=0) + 4  # the longest text one can take

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the secrets are in ``text``, in order, overlapping spans merged."""
        if self.any is None:
            return []
        found = [m.span() for m in self.any.finditer(text)]
        if self.long is not None:
            found += self._escaped(text, self.long) + self._in_base64(text, self.long)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    @staticmethod
    def _escaped(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        found = []
        origin = list(range(len(text) + 1))  # where each character of the decoded text starts in ``text``
        for _ in range(_ESCAPE_LEVELS):
            if "%" not in text and "\\" not in text:
                break
            text, level_origin = _unescape(text)
            origin = [origin[i] for i in level_origin]
            found += [(origin[m.start()], origin[m.end()]) for m in pattern.finditer(text)]
        return found

    @staticmethod
    def _in_base64(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Secrets inside base64: each run decoded from each of its first four characters (one of them
        starts a group of four), any secret in the bytes mapped back to the characters that encode it."""
        found = []
        for run in _BASE64_RUN.finditer(text):
            chars = run.group().translate(_URL_SAFE)
            for shift in range(4):
                chunk = chars[shift:]
                chunk = chunk[: len(chunk) // 4 * 4] if len(chunk) % 4 == 1 else chunk + "=" * (-len(chunk) % 4)
                try:
                    decoded = base64.b64decode(chunk).decode("latin-1")
                except (binascii.Error, ValueError):
                    continue
                start = run.start() + shift
                found += [(start + m.start() * 4 // 3, start + -(-m.end() * 4 // 3)) for m in pattern.finditer(decoded)]
        return found

    def redact(self, text: str, replacement: str = REDACTED) -> str:
        spans = self.spans(text)
        if not spans:
            return text
        out, done = [], 0
        for start, end in spans:
            out += [text[done:start], replacement]
            done = end
        out.append(text[done:])
        return "".join(out)


class _Registry:
    """The secrets of the clients in use, counted (two clients may share a key).

    Forgetting takes no lock: a client's finalizer may run in the middle of anything, this registry's own
    locked work included (a garbage collection), so it only leaves a note that the next reader acts on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: collections.Counter[str] = collections.Counter()
        self._forgotten: collections.deque[str] = collections.deque()
        self._secrets: Secrets | None = Secrets(())

    def current(self) -> Secrets:
        secrets = self._secrets  # read once: a change replaces it, never mutates it
        if secrets is None or self._forgotten:
            with self._lock:
                self._settle()
                if self._secrets is None:
                    self._secrets = Secrets(self._counts)
                secrets = self._secrets
        return secrets

    def _settle(self) -> None:
        """Under the lock: act on the notes ``forget`` left."""
        while self._forgotten:
            value = self._forgotten.popleft()
            if self._counts[value] <= 1:
                del self._counts[value]
                self._secrets = None
            else:
                self._counts[value] -= 1

    def add(self, value: str) -> None:
        with self._lock:
            self._settle()
            self._counts[value] += 1
            if self._counts[value] == 1:
                self._secrets = None

    def forget(self, value: str) -> None:
        self._forgotten.append(value)  # deque.append is atomic: safe from a finalizer, takes no lock

    def __len__(self) -> int:
        with self._lock:
            self._settle()
            return len(self._counts)

    def after_fork_in_child(self) -> None:
        self._lock = threading.Lock()  # a thread of the parent may have held it at the fork


_registry = _Registry()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_registry.after_fork_in_child)


def redact(text: str) -> str:
    """``text`` with every registered secret, in any of its forms, replaced by ``[redacted]``."""
    return _registry.current().redact(text)


def redact_bytes(body: bytes) -> bytes:
    """``body`` with every registered secret replaced: what an error keeps of a response."""
    return redact(body.decode("latin-1")).encode("latin-1")  # secrets are ASCII: bytes map one to one


def clip(text: str, limit: int, mark: str = "…") -> str:
    """``text`` scrubbed, then cut to ``limit`` characters (``mark`` added when cut). Scrubbed first, so
    that a secret straddling the cut does not survive in part; only as much is scrubbed as the cut needs."""
    reach = limit + _registry.current().reach
    size = reach
    while True:
        scrubbed = redact(text[:size])
        # Past ``limit`` stay at least ``reach`` characters: a secret cut off at ``size`` lies beyond the cut.
        if size >= len(text) or len(scrubbed) >= reach:
            return scrubbed if len(scrubbed) <= limit and size >= len(text) else scrubbed[:limit] + mark
        size *= 2


def shown(value: object, limit: int = 60) -> str:
    """A caller's value as a message shows it: its repr, scrubbed and cut; never an error of its own (an
    int past Python's digit limit, a repr that raises), then only its type."""
    try:
        return clip(repr(value), limit)
    except Exception:
        return f"a {type(value).__name__}"


def excerpt(body: bytes, limit: int) -> str:
    """The start of a body for a message, on one line, scrubbed before it is cut."""
    text = clip(body.decode("utf-8", errors="replace"), limit)
    return " ".join(text.split())


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not len(_registry):
            return True
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_filter = RedactSecrets()


def register_secret(value: str) -> None:
    """Scrub ``value`` from every record on the watched loggers, and from every ClockifyError's text, until
    as many ``forget_secret(value)`` calls have come."""
    if not value:
        return
    _registry.add(value)
    for name in WATCHED:
        watched = logging.getLogger(name)
        if _filter not in watched.filters:
            watched.addFilter(_filter)


def forget_secret(value: str) -> None:
    """Undo one ``register_secret(value)``; safe to call from a finalizer."""
    if value:
        _registry.forget(value)


def forgets_locals(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """For a function that holds a raw answer body (a server may echo the key into it): an exception leaving
    it drops the local variables of every finished frame it passed through, and of the exceptions chained to
    it, so a traceback printed with locals (Sentry-style) never shows the body. Files and lines stay."""

    def forgetting(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return func(*args, **kwargs)
        except BaseException as exc:
            del args, kwargs  # this frame is still running: its own locals cannot be cleared, only dropped
            seen: set[int] = set()
            shown: BaseException | None = exc
            while shown is not None and id(shown) not in seen:
                seen.add(id(shown))
                traceback.clear_frames(shown.__traceback__)  # frames still running are skipped
                shown = shown.__cause__ or shown.__context__
            raise

    forgetting.__name__, forgetting.__qualname__, forgetting.__doc__ = func.__name__, func.__qualname__, func.__doc__
    forgetting.__wrapped__ = func  # type: ignore[attr-defined]
    return forgetting
