"""Not only a whole secret is scrubbed: any run of ``WINDOW`` (12) or more consecutive characters of one, cut out
of it by a server, upper- or lower-cased, percent-encoded, behind JSON escapes, in hex or inside base64, at any
place in any text. For an add-on token (a JWT) the signature is the secret part. The check reads what is left
back the way an onlooker would (decoding it), independently of the scrubber."""

from __future__ import annotations

import base64
import binascii
import re
import string
import time
from collections.abc import Callable
from urllib.parse import quote, unquote

import pytest
from clockify_client import Clockify, _logging
from hypothesis import given, settings
from hypothesis import strategies as st

WINDOW = _logging.WINDOW
KEY_CHARS = string.ascii_letters + string.digits + "-_"
# Text around the secret: anything but what would start an escape of its own.
AROUND = st.text(alphabet=st.characters(exclude_characters="%\\", exclude_categories=["Cs"]), max_size=40)


def _b64(fragment: bytes, pad: bytes) -> str:
    return base64.b64encode(pad + fragment + b" tail").decode()


ENCODINGS: dict[str, Callable[[str, bytes], str]] = {
    "as is": lambda f, pad: f,
    "upper-cased": lambda f, pad: f.upper(),
    "lower-cased": lambda f, pad: f.lower(),
    "percent-encoded, every character": lambda f, pad: "".join(f"%{b:02X}" for b in f.encode()),
    "percent-encoded": lambda f, pad: quote(f, safe=""),
    "JSON escapes": lambda f, pad: "".join(f"\\u{ord(c):04x}" for c in f),
    "hex": lambda f, pad: f.encode().hex(),
    "hex, upper-case": lambda f, pad: f.encode().hex().upper(),
    "base64": lambda f, pad: _b64(f.encode(), pad),
    "URL-safe base64": lambda f, pad: base64.urlsafe_b64encode(pad + f.encode()).decode(),
}


def _decoded_runs(text: str, pattern: str, decode: Callable[[str], bytes], shifts: int) -> str:
    found = []
    for run in re.finditer(pattern, text):
        for shift in range(shifts):
            chunk = run.group()[shift:]
            try:
                found.append(decode(chunk).decode("latin-1"))
            except (binascii.Error, ValueError):
                continue
    return "\x00".join(found)


def _from_base64(chunk: str) -> bytes:
    chunk = chunk.rstrip("=").translate(str.maketrans("-_", "+/"))
    chunk = chunk[: len(chunk) // 4 * 4] if len(chunk) % 4 == 1 else chunk + "=" * (-len(chunk) % 4)
    return base64.b64decode(chunk)


def _from_hex(chunk: str) -> bytes:
    return bytes.fromhex(chunk[: len(chunk) // 2 * 2])


def read_back(text: str) -> str:
    """Everything an onlooker could read out of ``text``: as it is, unescaped, and each hex and base64 run
    decoded at each alignment."""
    return "\x00".join(
        [
            text,
            unquote(text),
            re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text),
            _decoded_runs(text, r"[0-9A-Fa-f]{2,}", _from_hex, 2),
            _decoded_runs(text, r"[A-Za-z0-9+/_=-]{4,}", _from_base64, 4),
        ]
    )


def surviving_runs(secret_part: str, text: str) -> list[str]:
    readable = read_back(text).lower()
    return [
        secret_part[i : i + WINDOW]
        for i in range(len(secret_part) - WINDOW + 1)
        if secret_part[i : i + WINDOW].lower() in readable
    ]


@st.composite
def secrets_with_part(draw: st.DrawFn) -> tuple[str, str]:
    """A secret and the part of it that is secret: an API key whole, or a JWT's signature."""
    key = draw(st.text(alphabet=KEY_CHARS, min_size=WINDOW + 8, max_size=64))
    if not draw(st.booleans()):
        return key, key
    header = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    claims = draw(st.text(alphabet=KEY_CHARS, min_size=10, max_size=60))
    return f"{header}.{claims}.{key}", key


@settings(max_examples=300, deadline=None)
@given(
    secret=secrets_with_part(),
    cut=st.tuples(st.integers(0, 64), st.integers(WINDOW, 64)),
    encoding=st.sampled_from(sorted(ENCODINGS)),
    pad=st.binary(max_size=2),
    before=AROUND,
    after=AROUND,
)
def test_no_run_of_a_secret_survives_in_any_form(
    secret: tuple[str, str], cut: tuple[int, int], encoding: str, pad: bytes, before: str, after: str
) -> None:
    whole, part = secret
    start = min(cut[0], len(part) - WINDOW)
    fragment = part[start : start + cut[1]]
    finder = _logging.Secrets([whole], runs=True)
    text = f"{before}{ENCODINGS[encoding](fragment, pad)}{after}"
    assert surviving_runs(part, text)  # the check sees the run before scrubbing
    assert surviving_runs(part, finder.redact(text)) == []


def test_a_jwt_header_and_claims_are_not_scrubbed_only_its_signature() -> None:
    header = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    claims = base64.urlsafe_b64encode(b'{"workspaceId":"5b641568b07987035750505e","sub":"addon"}').decode().rstrip("=")
    signature = "Q" + "x7Jk2Lm9Np4Rs8Tv1Wy3Za5Bc6De0Fg" * 3
    finder = _logging.Secrets([f"{header}.{claims}.{signature}"], runs=True)
    assert finder.redact(f"token {header}.{claims}") == f"token {header}.{claims}"
    assert finder.redact(f"sig {signature[5:30]} end") == "sig [redacted] end"


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("bad key k3yABCDEFGHIJKLMNOPQRSTUVWXYZa", "bad key [redacted]"),  # the first 30 characters
        ("k3yABCDEFGHIJ KLMNOPQRSTUVWXYZabcdefghijklmnopq12", "[redacted] [redacted]"),  # split by a space
        ("k3yABCDEFG HIJKLMNOPQRSTUVWXYZabcdefghijklmnopq12", "k3yABCDEFG [redacted]"),  # under WINDOW: left
        ("key K3YABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ12", "key [redacted]"),  # upper-cased
        ("id 5b641568b07987035750505e and abcdefghijk", "id 5b641568b07987035750505e and abcdefghijk"),
    ],
)
def test_cut_split_and_recased_keys_are_scrubbed_and_nothing_else(shown: str, expected: str) -> None:
    with Clockify("k3yABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq12", base_url="http://127.0.0.1:9/api"):
        assert _logging.redact(shown) == expected


def test_scrubbing_an_error_line_stays_cheap() -> None:
    """It runs on every error text and log line: a few hundred microseconds for a 2 KB body at most."""
    finder = _logging.Secrets(["k3yABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq12"], runs=True)
    body = '{"id":"5b641568b07987035750505e","name":"Project 7","note":"a \\"quoted\\" word aGVsbG8gd29ybGQ="}' * 20
    started = time.perf_counter()
    for _ in range(50):
        finder.redact(body)
    assert (time.perf_counter() - started) / 50 < 0.02  # generous: shared CI machines
