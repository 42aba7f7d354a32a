"""scripts/record.py: it refuses CI and a missing key, and against a loopback stand-in for Clockify (a real
HTTP server on 127.0.0.1 answering each request class as the cassettes do, with "real" ids and addresses)
it records the whole plan with a fake key, and nothing real reaches the files, which still replay."""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import pytest
from clockify_client import Clockify
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from contract_tests import build_cassettes, cassette_io, catalog, checks, recording, secrets_scan
from contract_tests.catalog import RequestClass
from contract_tests.secrets_scan import FAKE_KEYS
from scripts import record

FAKE_KEY = FAKE_KEYS[2]
DAY = datetime.date(2030, 1, 2)
# Each placeholder id has a "real" counterpart the stand-in uses; recording must map them all back.
REAL_IDS = {p: "fe" + p[2:] for p in catalog.PLACEHOLDER_IDS.values() if p != catalog.MISSING_ID}
REAL_EMAIL = "john.smith@acme-corp.test"


def real(text: str) -> str:
    for placeholder, value in REAL_IDS.items():
        text = text.replace(placeholder, value)
    return text.replace("john.smith@example.com", REAL_EMAIL)


def stand_in(request: Request) -> Response:
    """Answers like Clockify would, per the cassettes: by request class, or by server state for a wrong key
    and an id nothing has."""
    headers = dict(request.headers)
    cls = catalog.classify(request.method, request.url, headers, request.get_data())
    name = cls.operation_id
    if headers.get("X-Api-Key") == record.INVALID_KEY:
        name, cls = "invalid-key", RequestClass(cls.operation_id, catalog.OK)
    elif catalog.MISSING_ID in request.path:
        name = "not-found"
    answer = cassette_io.answers(name)[cls]
    body = answer.body.decode()
    if cls == RequestClass("createTimeEntry", catalog.OK) and b'"end"' not in request.get_data():
        body = json.dumps(build_cassettes.RUNNING_BODY)  # a timer started: it has its own id
    response_headers = {"Set-Cookie": f"session={FAKE_KEY}"}
    if answer.content_type:
        response_headers["Content-Type"] = answer.content_type
    return Response(real(body), answer.status, headers=response_headers)


def test_it_refuses_to_run_in_ci(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv(record.KEY_ENV, FAKE_KEY)
    assert record.main([]) == 2
    assert "never runs in CI" in capsys.readouterr().err


def test_it_refuses_to_run_without_a_key(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv(record.KEY_ENV, " ")
    assert record.main([]) == 2
    assert f"set {record.KEY_ENV}" in capsys.readouterr().err


def test_the_plan_covers_every_operation_and_every_recordable_class() -> None:
    steps = [s for s in record.plan() if s.record]
    assert {s.operation for s in steps} == set(catalog.operations())
    for op in catalog.operations():
        assert catalog.OK in {s.outcome for s in steps if s.cassette == op}
        assert set(catalog.documented_outcomes(op)) <= {s.outcome for s in steps if s.cassette == op}


def test_it_records_through_a_loopback_stand_in_and_writes_nothing_real(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(re.compile(".*")).respond_with_handler(stand_in)
    out = tmp_path / "cassettes"
    shutil.copytree(cassette_io.CASSETTES, out)
    core, reports = httpserver.url_for("/api"), httpserver.url_for("/report")
    outcome = record.record(out, api_key=FAKE_KEY, base_url=core, reports_base_url=reports, rate_limit=None, today=DAY)
    assert outcome.kept_written == []
    recorded = sum(map(len, outcome.recorded.values()))
    assert recorded == sum(s.record for s in record.plan())
    texts = {p: p.read_text("utf-8") for p in out.rglob("*.yaml")}
    for secret in (FAKE_KEY, record.INVALID_KEY, REAL_EMAIL, *REAL_IDS.values()):
        assert not [p.name for p, text in texts.items() if secret in text], f"{secret} was written"
    assert secrets_scan.scan(out, list(REAL_IDS.values())) == []
    live = [i for p in texts for i in cassette_io.load(p) if i["provenance"].startswith(cassette_io.RECORDED)]
    assert len(live) == recorded
    assert {i["provenance"] for i in live} == {f"{cassette_io.RECORDED}2030-01-02 by `make record`"}
    assert all(i["request"]["uri"].startswith(httpserver.url_for("/")) for i in live)
    # The recorded cassettes replay, through the client, without the server.
    served = len(httpserver.log)
    replay = recording.make_vcr()
    with Clockify(api_key="any-fake", base_url=core, reports_base_url=reports, max_retries=0, rate_limit=None) as c:
        for name in ("getLoggedUser", "getProjects", "generateDetailedReport"):
            path = str(cassette_io.cassette_path(name, out))
            with replay.use_cassette(path, allow_playback_repeats=True) as cassette:
                checks.check_valid(c, cassette, record.table_call(record.Step(name)))
    assert len(httpserver.log) == served
    # ... and a second build keeps what was recorded (the committed-equals-built test holds after `make record`).
    assert all(text == texts[out / rel] for rel, text in build_cassettes.build(out).items())
