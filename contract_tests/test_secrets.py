"""(e) No cassette holds a secret or personal data, and the recording filters take them out before writing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

from contract_tests import cassette_io, recording, secrets_scan
from contract_tests.catalog import USER_ID, WORKSPACE_ID
from contract_tests.secrets_scan import FAKE_KEYS

pytestmark = pytest.mark.contract

REAL_WORKSPACE = "6612f0e1d2c3b4a5968778ab"  # stand-ins for a real account's ids and address
REAL_USER = "6612f0e1d2c3b4a5968778ac"
REAL_EMAIL = "jane.doe@acme-corp.test"
LEAKED_KEY = "NWY4ZjE4YjgtZDY0Ny00ZGQ1LWJkZTctY2E0MWQ5OGI3MWU0"  # shaped like a Clockify key; invented


def test_the_committed_cassettes_hold_no_secret() -> None:
    findings = secrets_scan.scan(cassette_io.CASSETTES)
    assert not findings, "\n".join(map(str, findings))


@pytest.fixture
def cassettes(tmp_path: Path) -> Path:
    copy = tmp_path / "cassettes"
    shutil.copytree(cassette_io.CASSETTES, copy)  # clean: test_the_committed_cassettes_hold_no_secret
    return copy


ENTRY = '"Working on new feature"'


@pytest.mark.parametrize(
    ("name", "old", "new", "what"),
    [
        ("createTimeEntry", "- REDACTED", f"- {FAKE_KEYS[0]}", "a known secret value"),
        ("createTimeEntry", "- REDACTED", f"- {LEAKED_KEY}", "an unredacted X-Api-Key request header"),
        ("createTimeEntry", ENTRY, f'"key {LEAKED_KEY}"', "looks like a long base64 run (API key)"),
        ("createTimeEntry", ENTRY, '"token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGRvbiJ9.c2ln"', "looks like a JWT"),
        ("createTimeEntry", ENTRY, '"X-Api-Key: abcdef123456"', "looks like a credential header written in text"),
        ("getLoggedUser", "john.smith@example.com", REAL_EMAIL, "an e-mail address outside the documentation"),
        ("createTimeEntry", ENTRY, '"Authorization: Bearer abc123def456ghi789"', "looks like a bearer credential"),
        ("createTimeEntry", '"description": ' + ENTRY, '"apiKey": "ab12cd34ef56gh78"', "a credential-named field"),
        ("getLoggedUser", '"name": "John Smith"', '"addonToken": "3f2b9c1e-77aa-4d1b-9c0e-1a2b3c4d5e6f"', "a cred"),
        ("getProjects", "page-size=50", "page-size=50&apiKey=ab12cd34", "a credential-named field 'apiKey' in the re"),
        (
            "getLoggedUser",
            "Content-Type:\n      - application/json\n    body",
            "Set-Cookie:\n      - s=1\n    body",
            "a Set-Cookie",
        ),
    ],
)
def test_the_scanner_flags_a_leak(cassettes: Path, name: str, old: str, new: str, what: str) -> None:
    target = cassettes / f"{name}.yaml"
    text = target.read_text("utf-8")
    assert old in text
    assert secrets_scan.scan_file(target, secrets_scan.FAKE_KEYS) == []  # the finding is the change's
    target.write_text(text.replace(old, new, 1), "utf-8")
    findings = secrets_scan.scan(cassettes)
    assert any(f.what.startswith(what) and f.path == target for f in findings), findings


def test_the_scanner_is_told_real_values_while_recording(cassettes: Path) -> None:
    assert secrets_scan.scan(cassettes, [REAL_WORKSPACE]) == []
    (cassettes / "getLoggedUser.yaml").write_text(f"workspace {REAL_WORKSPACE}\n", "utf-8")
    assert [f.what for f in secrets_scan.scan(cassettes, [REAL_WORKSPACE])] == ["a known secret value"]


def test_the_recording_filters_redact_before_writing(tmp_path: Path, httpserver: HTTPServer) -> None:
    """Record one exchange with a loopback server through the shared VCR configuration: the key, the real
    ids and the address never reach the file; the interaction still replays (without the server)."""
    answer = {"id": REAL_USER, "email": REAL_EMAIL, "activeWorkspace": REAL_WORKSPACE}
    httpserver.expect_request(f"/api/v1/workspaces/{REAL_WORKSPACE}").respond_with_json(
        answer, headers={"Set-Cookie": "session=abc123def456"}
    )
    scrubber = recording.Scrubber(secrets=[FAKE_KEYS[2]], ids={REAL_WORKSPACE: WORKSPACE_ID, REAL_USER: USER_ID})
    url = httpserver.url_for(f"/api/v1/workspaces/{REAL_WORKSPACE}")
    path = tmp_path / "recorded.yaml"
    with recording.make_vcr(scrubber).use_cassette(str(path), record_mode="all"), httpx.Client() as raw:
        live = raw.get(url, headers={"X-Api-Key": FAKE_KEYS[2], "Cookie": "c=1"})
    assert live.json() == answer  # the caller saw the real answer
    text = path.read_text("utf-8")
    for secret in (FAKE_KEYS[2], REAL_WORKSPACE, REAL_USER, REAL_EMAIL, "session=abc123def456", "c=1"):
        assert secret not in text
    assert secrets_scan.scan(tmp_path, [REAL_WORKSPACE, REAL_USER]) == []
    (interaction,) = cassette_io.load(path)
    assert interaction["request"]["headers"]["X-Api-Key"] == [recording.REDACTED]
    assert json.loads(interaction["response"]["body"]["string"]) == {
        "id": USER_ID,
        "email": "user1@example.com",
        "activeWorkspace": WORKSPACE_ID,
    }
    served = len(httpserver.log)
    replay_url = url.replace(REAL_WORKSPACE, WORKSPACE_ID)
    with recording.make_vcr().use_cassette(str(path), record_mode="none"), httpx.Client() as raw:
        replayed = raw.get(replay_url, headers={"X-Api-Key": "any-other-fake"})
    assert replayed.json()["activeWorkspace"] == WORKSPACE_ID
    assert len(httpserver.log) == served  # answered from the cassette, not the server
