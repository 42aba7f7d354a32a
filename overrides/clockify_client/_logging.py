"""Logging through stdlib ``logging`` (logger ``clockify_client``), with every secret in use redacted.

Credentials travel only in headers, which are never logged here; the filter is the second line of
defence, for anything that might still carry one (an httpx or httpcore debug line, a message text).
A secret is found in any form it commonly takes in text: as it is, percent-encoded, behind backslash,
``\\xHH`` or ``\\u00HH`` escapes (quoted, JSON, repr), inside base64 at any of its three alignments, and as hex;
case-insensitively. And not only whole: any run of ``WINDOW`` or more consecutive characters of a secret (a key
the server cut, split or quoted in part) is scrubbed in each of these forms.

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
import string
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
# Any run of this many consecutive characters of a secret is scrubbed, not only the whole secret. Twelve
# characters of a random key (~60 bits even case-folded) never turn up in ordinary text by chance, so nothing
# else is scrubbed; what a cut can leave is at most 11 characters in a row (under a quarter of a 48-character
# key). A JWT (an add-on token) is scrubbed by runs of its signature only: its header and claims are not
# secret (they decode to ``{"alg": ...}`` and the claims, and appear in every token), the signature is.
WINDOW = 12
_PROBE = 7
_STRIDE = WINDOW - _PROBE + 1  # any WINDOW characters hold a whole _PROBE-character piece at a multiple of this
_JWT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)")
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
_TO_URL_SAFE = str.maketrans("+/", "-_")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)  # keeps every length


def _trie(words: Iterable[str]) -> str:
    """One regular expression for many literals, sharing their prefixes: its cost grows with the text, far
    less with the number of words than a plain alternation's. Built without recursion: a JWT is longer than
    Python's recursion limit allows a nesting of calls per character."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    built: dict[int, str] = {}  # id(node) -> its pattern, children before their parent
    pending: list[tuple[dict, bool]] = [(root, False)]  # type: ignore[type-arg]
    while pending:
        node, children_built = pending.pop()
        if not children_built:
            pending.append((node, True))
            pending.extend((child, False) for char, child in node.items() if char)
            continue
        branches = [re.escape(char) + built.pop(id(child)) for char, child in sorted(node.items()) if char]
        body = (
            ""
            if not branches
            else branches[0]
            if len(branches) == 1 and "" not in node
            else "(?:" + "|".join(branches) + ")"
        )
        built[id(node)] = body + ("?" if "" in node and branches else "")
    return built[id(root)]


def _windows(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(len(text) - width + 1)]


def _secret_forms(secret: str) -> list[tuple[str, int]]:
    """The secret part of ``secret`` as it is, in hex and in base64 (standard and URL-safe, at each of the three
    alignments a run of it can start at), lower-cased, each with how many of its characters in a row are
    scrubbed wherever they turn up: those that ``WINDOW`` characters of the secret give in that form."""
    jwt = _JWT.fullmatch(secret)
    part = jwt.group(1) if jwt else secret
    if len(part) < WINDOW:
        return []
    raw = part.encode()
    # WINDOW characters at the worst alignment fill (WINDOW - 2) // 3 groups of three: that many base64
    # characters of them change with nothing around them.
    in_base64 = (WINDOW - 2) // 3 * 4
    forms = [(part, WINDOW), (raw.hex(), 2 * WINDOW)]
    for shift in range(3):
        whole = raw[shift : shift + (len(raw) - shift) // 3 * 3]  # whole groups: what follows changes no character
        encoded = base64.b64encode(whole).decode()
        forms += [(encoded, in_base64), (encoded.translate(_TO_URL_SAFE), in_base64)]
    return [(form.translate(_ASCII_LOWER), width) for form, width in forms]


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

    def __init__(self, values: Iterable[str], *, runs: bool = False) -> None:
        """``runs``: also every run of ``WINDOW`` characters of a secret (credentials: the registry's); without,
        whole values only (what a recording anonymises: ids and names, whose parts are no secret)."""
        values = {v for v in values if v}
        long = sorted(v for v in values if len(v) >= MIN_SECRET_LENGTH)
        short = sorted((v for v in values if len(v) < MIN_SECRET_LENGTH), key=len, reverse=True)
        alternatives = [f"(?<![{_TOKEN_CHAR}]){re.escape(v)}(?![{_TOKEN_CHAR}])" for v in short]
        self.long = re.compile(_trie(long)) if long else None
        if self.long is not None:
            alternatives.insert(0, self.long.pattern)
        self.any = re.compile("|".join(alternatives)) if alternatives else None
        # The runs of WINDOW characters (and their hex and base64), lower-cased, by width: looked up in a set,
        # only inside the runs of text made of their characters (rare in ordinary text, and found by one regex).
        forms = {form for secret in long for form in _secret_forms(secret)} if runs else set()
        by_width: dict[int, set[str]] = collections.defaultdict(set)
        for form, width in forms:
            by_width[width].update(_windows(form, width))
        self.fragments = {width: frozenset(found) for width, found in by_width.items()}
        # A cheap first look: any run of WINDOW of them holds, at a multiple of ``_STRIDE``, one of their
        # ``_PROBE``-character pieces; only a run where one turns up is looked at position by position.
        self.probes = frozenset(probe for form, _ in forms for probe in _windows(form, _PROBE))
        alphabet = "".join(sorted({c for form, _ in forms for c in form + form.upper()}))
        shortest = min(self.fragments, default=0)
        self.candidates = re.compile(f"[{re.escape(alphabet)}]{{{shortest},}}") if self.fragments else None
        self.reach = _LONGEST_ESCAPE * 2 * max(map(len, values), default=0) + 4  # the longest text one can take

    def _whole(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self.long.finditer(text)] if self.long is not None else []

    def _find(self, text: str) -> list[tuple[int, int]]:
        """Every whole secret of eight characters or more, and every run of ``WINDOW`` characters of one."""
        found = self._whole(text)
        if self.candidates is not None:
            for run in self.candidates.finditer(text):
                chunk, base = run.group().translate(_ASCII_LOWER), run.start()
                if not any(chunk[i : i + _PROBE] in self.probes for i in range(0, len(chunk) - _PROBE + 1, _STRIDE)):
                    continue
                for width, fragments in self.fragments.items():
                    found += [
                        (base + i, base + i + width)
                        for i in range(len(chunk) - width + 1)
                        if chunk[i : i + width] in fragments
                    ]
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the secrets are in ``text``, in order, overlapping spans merged."""
        if self.any is None:
            return []
        found = [m.span() for m in self.any.finditer(text)]
        if self.long is not None:
            whole = self._whole
            # Runs of a secret inside base64 are among the fragments (as base64); decoding finds whole ones.
            found += self._find(text) + self._escaped(text, self._find) + self._in_base64(text, whole)
        if not found:
            return []
        merged: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    @staticmethod
    def _escaped(text: str, find: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
        found = []
        origin = list(range(len(text) + 1))  # where each character of the decoded text starts in ``text``
        for _ in range(_ESCAPE_LEVELS):
            if "%" not in text and "\\" not in text:
                break
            text, level_origin = _unescape(text)
            origin = [origin[i] for i in level_origin]
            found += [(origin[start], origin[end]) for start, end in find(text)]
        return found

    @staticmethod
    def _in_base64(text: str, find: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
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
                at = run.start() + shift
                found += [(at + start * 4 // 3, at + -(-end * 4 // 3)) for start, end in find(decoded)]
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
                    self._secrets = Secrets(self._counts, runs=True)
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
