"""A key in any form it commonly takes in text (percent-encoded, escaped, base64) is scrubbed from log lines,
exception texts and recorded cassettes, and the cassette scanner finds it; texts are scrubbed before they are
cut; the registry of secrets holds only those of open clients. Against real sockets on 127.0.0.1."""

from __future__ import annotations

import base64
import gc
import json
import logging
import secrets
import time
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from clockify_client import Clockify, _logging, _reading, errors

from contract_tests import recording, secrets_scan

from .loopback import LoopbackServer, Reply

# Printable, header-safe, and with the characters encodings change: / + = : " \\ '
KEY = "sk/forms+key=9f3a:\"q\\x'8c1d77e5"
WS = "5b641568b07987035750505e"


def every_form(key: str) -> dict[str, str]:
    raw = key.encode()
    forms = {
        "as is": key,
        "percent-encoded": quote(key, safe=""),
        "percent-encoded, lower-case hex": quote(key, safe="").replace("%2F", "%2f").replace("%3D", "%3d"),
        "percent-encoded, every character": "".join(f"%{b:02X}" for b in raw),
        "percent-encoded twice": quote(quote(key, safe=""), safe=""),
        "form-encoded": quote_plus(key),
        "JSON string": json.dumps(key)[1:-1],
        "JSON string, every character escaped": "".join(f"\\u{b:04x}" for b in raw),
        "JSON inside JSON": json.dumps(json.dumps(key))[1:-1],
        "repr": repr(key)[1:-1],
        "backslash before every character": "".join("\\" + c for c in key),
        "hex escapes": "".join(f"\\x{b:02x}" for b in raw),
    }
    for shift in range(3):  # the key at each of the three alignments inside a larger base64 text
        encoded = base64.b64encode(b"user:"[: 5 - shift] + raw + b" tail").decode()
        forms[f"base64, alignment {shift}"] = encoded
        forms[f"URL-safe base64, alignment {shift}"] = base64.urlsafe_b64encode(b"x" * shift + raw).decode()
    return forms


FORMS = every_form(KEY)
ORDINARY = [
    "getLoggedUser GET http://127.0.0.1:8080/api/v1/workspaces/5b641568b07987035750505e/projects -> 200 in 3 ms",
    'HTTP Request: GET https://api.clockify.me/api/v1/user?name=a%20b%2Fc "HTTP/1.1 200 OK"',
    'body: {"message": "a \\"quoted\\" word", "path": "C:\\\\dir", "data": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ="}',
]


@pytest.fixture
def client() -> Clockify:
    return Clockify(api_key=KEY, base_url="http://127.0.0.1:9/api", rate_limit=None, max_retries=0)


def leaks(text: str) -> list[str]:
    """The forms of the key still in ``text``; checked independently of the scrubber: by the forms themselves,
    and by any 12 characters of the key's base64 or of the key in a row."""
    found = [name for name, form in FORMS.items() if form in text]
    b64 = base64.b64encode(KEY.encode()).decode()
    found += [f"key[{i}:]" for i in range(len(KEY) - 11) if KEY[i : i + 12] in text]
    found += [f"base64[{i}:]" for i in range(4, len(b64) - 16, 4) if b64[i : i + 12] in text]
    return found


@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_of_the_key_is_scrubbed(client: Clockify, form: str) -> None:
    text = f"before {FORMS[form]} after"
    scrubbed = _logging.redact(text)
    assert leaks(scrubbed) == []
    assert scrubbed.startswith("before ")
    assert scrubbed.endswith(" after")
    assert _logging.redact_bytes(text.encode()) == scrubbed.encode()


def test_ordinary_text_is_left_alone(client: Clockify) -> None:
    for text in ORDINARY:
        assert _logging.redact(text) == text


def test_error_texts_hold_no_form_of_the_key(client: Clockify) -> None:
    echoes = [
        json.dumps({"code": 401, "message": f"bad key {form}"}).encode() for form in FORMS.values()
    ]  # a server (or a proxy) quoting the key back in some form
    echoes.append(("<html>" + " ".join(FORMS.values()) + "</html>").encode())
    with LoopbackServer([Reply(401, echo) for echo in echoes]) as server:
        c = Clockify(api_key=KEY, base_url=server.url + "/api", rate_limit=None, max_retries=0)
        for _ in echoes:
            with pytest.raises(errors.AuthenticationError) as caught:
                c.users.me()
            text = f"{caught.value} {caught.value!r} {caught.value.message}"
            assert leaks(text) == [], text
            assert leaks(caught.value.body.decode("latin-1")) == []


def test_log_lines_hold_no_form_of_the_key(caplog: pytest.LogCaptureFixture) -> None:
    # The key pasted into a query value: httpx logs the URL percent-encoded.
    for name in ("clockify_client", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    with LoopbackServer([Reply(200, b"[]")]) as server:
        c = Clockify(api_key=KEY, base_url=server.url + "/api", rate_limit=None)
        c.call("getProjects", path={"workspaceId": WS}, query={"name": KEY})
        logging.getLogger("clockify_client").warning("seen: %s", " ".join(FORMS.values()))
    assert quote(KEY, safe="")[:10] in server.requests[0].path  # it did travel, encoded
    assert leaks(caplog.text) == [], caplog.text


def test_recorded_cassettes_hold_no_form_and_the_scanner_finds_every_one(tmp_path: Path) -> None:
    scrubber = recording.Scrubber(secrets=[KEY])
    for name, form in FORMS.items():
        stored = scrubber.text(f"uri: https://api.clockify.me/api/v1/user?token={form}&x=1")
        assert leaks(stored) == [], name
        stored_body = scrubber.body(json.dumps({"message": f"key {form}"}))
        assert "REDACTED" in stored_body
        assert leaks(stored_body) == [], name
        cassette = tmp_path / f"{len(list(tmp_path.iterdir()))}.yaml"
        cassette.write_text(f"interactions:\n- request:\n    body: 'see {form.replace(chr(39), chr(39) * 2)}'\n")
        findings = secrets_scan.scan(tmp_path, [KEY])
        assert any(f.path == cassette and "known secret" in f.what for f in findings), name
        cassette.unlink()


# --- scrubbed before cut ------------------------------------------------------------------------------------


def test_a_body_excerpt_after_multibyte_characters_is_scrubbed_before_it_is_cut(client: Clockify) -> None:
    # 200 bytes of "é" is 100 characters: the key starts near the byte cut but far before the character cut.
    body = ("é" * 100 + "x" * 10 + KEY + " tail" + "y" * 300).encode()
    with LoopbackServer([Reply(502, body, content_type="text/html")]) as server:
        c = Clockify(api_key=KEY, base_url=server.url + "/api", rate_limit=None, max_retries=0)
        with pytest.raises(errors.ServerError) as caught:
            c.users.me()
    assert "[redacted]" in str(caught.value)
    assert KEY[:4] not in str(caught.value)


def test_a_validation_message_is_scrubbed_before_it_is_cut(client: Clockify) -> None:
    dates = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
    value = "x" * 50 + KEY  # the quoted value is cut at 57 characters, inside the key
    with pytest.raises(errors.RequestValidationError) as caught:
        client.reports.attendance(WS, {**dates, "attendanceFilter": {"sortColumn": value}})
    assert KEY[:4] not in str(caught.value), str(caught.value)
    assert all(KEY[:4] not in p.message for p in caught.value.problems)


def test_a_report_row_error_is_scrubbed_before_it_is_cut(client: Clockify) -> None:
    row = {"id": "e1", "description": ["x" * 52 + KEY]}  # quoted and cut at 60 characters, inside the key
    page = _reading.report_page("generateDetailedReport", json.dumps({"timeEntries": [row]}).encode())
    entry = page.rows[0]
    assert isinstance(entry, _reading.DetailedEntry)
    with pytest.raises(errors.UnexpectedResponseError) as caught:
        entry.description  # noqa: B018
    assert KEY[:4] not in str(caught.value), str(caught.value)


# --- a bounded registry -------------------------------------------------------------------------------------


def test_the_secrets_of_closed_and_collected_clients_are_forgotten() -> None:
    gc.collect()
    before = len(_logging._registry)
    keys = [secrets.token_urlsafe(36) for _ in range(300)]
    started = time.perf_counter()
    made = [Clockify(api_key=key, base_url="http://127.0.0.1:9/api") for key in keys]
    created = time.perf_counter() - started
    assert len(_logging._registry) == before + 300
    assert _logging.redact(keys[0]) == "[redacted]"
    for c in made[:150]:
        c.close()
    del c
    del made[:150]
    assert len(_logging._registry) == before + 150
    made.clear()  # the other half is never closed, only dropped
    gc.collect()
    assert len(_logging._registry) == before
    assert _logging.redact(keys[0]) == keys[0]  # nobody uses it any more
    # Two clients with one key: closing one keeps the key scrubbed for the other.
    first, second = Clockify(api_key=KEY), Clockify(api_key=KEY)
    first.close()
    assert _logging.redact(KEY) == "[redacted]"
    second.close()
    # Registering is cheap: no pattern is compiled until a text is scrubbed (it was 0.17 s a client at 3,000).
    assert created < 30


def test_scrubbing_stays_cheap_with_many_secrets_in_use() -> None:
    made = [Clockify(api_key=secrets.token_urlsafe(36), base_url="http://127.0.0.1:9/api") for _ in range(300)]
    _logging.redact("warm")  # the one compilation after the change
    started = time.perf_counter()
    for _ in range(100):
        _logging.redact(ORDINARY[0])
    per_line = (time.perf_counter() - started) / 100
    assert per_line < 0.005
    for c in made:
        c.close()
