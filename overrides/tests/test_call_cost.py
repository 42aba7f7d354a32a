"""What a call through the layer no longer pays for, pinned: work done once per operation instead of per call,
modules imported when first needed instead of with the package, and copies made only when something changes.
Each test also checks that the cheaper way still gives what the spec says (the same checks, the same result).
"""

from __future__ import annotations

import datetime
import json
import logging
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
from clockify_client import Clockify, _client, _reading, _spec, _transport, errors
from clockify_client._validation import RequestValidator
from clockify_client.testing import answer_body, sample_body
from hypothesis import given
from hypothesis import strategies as st

WS = "5b641568b07987035750505e"
ENTRY = sample_body("TimeEntryDtoImplV1", id="e1", description="Planning", workspaceId=WS, billable=False)
START = datetime.datetime(2024, 1, 15, 9, 0, tzinfo=datetime.UTC)

ME = answer_body("getLoggedUser", id="5b641568b07987035750505e", name="Ana", email="ana@example.com")
# One fresh process: import the client, make one valid call over an in-memory transport, and say which of
# the modules it needs only for other work got imported.
_FRESH = """
import sys, httpx
from clockify_client import Clockify
answer = %r
transport = httpx.MockTransport(
    lambda request: httpx.Response(200, content=answer, headers={"Content-Type": "application/json"})
)
print(sorted(name for name in %r if name in sys.modules))
assert Clockify(api_key="k-0000-0000", transport=transport).users.me().id == "5b641568b07987035750505e"
print(sorted(name for name in %r if name in sys.modules))
"""
# jsonschema: only the detailed pass of a refused request needs it (jsonschema_rs decides a valid one);
# asyncio: only the async client; httpcore: only a connection pool of the client's own.
LATER = ("jsonschema", "asyncio", "httpcore")


def entry_client(**options: Any) -> Clockify:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json=ENTRY)

    return Clockify(api_key="k-0000-0000", transport=httpx.MockTransport(answer), rate_limit=None, **options)


def test_importing_the_client_and_a_valid_call_leave_other_work_s_modules_alone() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _FRESH % (ME, LATER, LATER)], capture_output=True, text=True, timeout=120, check=True
    )
    after_import, after_call = done.stdout.split("\n")[:2]
    assert (after_import, after_call) == ("[]", "[]")


def test_a_refused_request_still_gets_the_detailed_problems() -> None:
    """The detailed pass (jsonschema, imported on first need) still names the field and says why."""
    with pytest.raises(errors.RequestValidationError) as refused:
        entry_client().time_entries.create(WS, start=START, description=7)  # type: ignore[arg-type]
    assert [(p.path, p.message) for p in refused.value.problems] == [
        ("$.description", "description must be a string, not an integer")
    ]


def test_a_client_over_the_callers_transport_loads_no_certificates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading the CA bundle costs tens of milliseconds; httpx never uses it when the caller's transport
    carries every request, unless the environment names a proxy (httpx builds its transport with it)."""
    loaded: list[bool] = []
    real = _transport._tls_context

    def counted() -> Any:
        loaded.append(True)
        return real()

    monkeypatch.setattr(_transport, "_tls_context", counted)
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert entry_client().time_entries.create(WS, start=START).id == "e1"
    assert loaded == []
    Clockify(api_key="k-0000-0000")  # its own pool: certificates needed
    assert loaded == [True]
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")  # a proxy httpx builds a transport for
    entry_client()
    assert loaded == [True, True]


def test_the_request_log_line_costs_nothing_unless_shown(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    parsed: list[object] = []
    real = httpx.URL.copy_with

    def counted(self: httpx.URL, **kwargs: Any) -> httpx.URL:
        parsed.append(kwargs)
        return real(self, **kwargs)

    monkeypatch.setattr(httpx.URL, "copy_with", counted)
    client = entry_client()
    with caplog.at_level(logging.INFO, logger="clockify_client"):
        client.time_entries.create(WS, start=START)
    assert parsed == []
    assert caplog.records == []
    with caplog.at_level(logging.DEBUG, logger="clockify_client"):
        client.time_entries.get_time_entry(WS, "e1", hydrated=True)
    assert parsed == [{"query": None}]
    [line] = [r.getMessage() for r in caplog.records]
    assert re.fullmatch(
        rf"getTimeEntry GET https://api\.clockify\.me/api/v1/workspaces/{WS}/time-entries/e1 -> 201 in \d+ ms", line
    ), line


def _without_shortcut(monkeypatch: pytest.MonkeyPatch, text: object) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(_client, "_PLAIN_SEGMENT", re.compile(r"(?!)"))  # matches nothing: always ask httpx
        return _outcome(text)


def _outcome(text: object) -> str:
    try:
        return "segment " + _client.path_segment("getTimeEntry", "id", text)
    except errors.RequestValidationError as exc:
        return "refused " + str(exc)


@given(st.text(st.sampled_from("aZ09-._~%/?# é\\"), max_size=6) | st.sampled_from(["", ".", "..", "a" * 300]))
def test_a_path_segment_is_judged_alike_with_and_without_asking_httpx(text: str) -> None:
    """The usual id skips the probe (a URL parse); whatever the value, the verdict is the probe's."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _outcome(text) == _without_shortcut(monkeypatch, text)


def test_the_usual_id_skips_the_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = httpx.URL.__init__

    def counted(self: httpx.URL, url: Any = "", **kwargs: Any) -> None:
        parsed.append(str(url))
        real(self, url, **kwargs)

    monkeypatch.setattr(httpx.URL, "__init__", counted)
    assert _client.path_segment("getTimeEntry", "id", WS) == WS
    assert parsed == []
    assert _client.path_segment("getTimeEntry", "id", "a b") == "a%20b"
    assert parsed == ["http://h/a%20b/"]


def test_an_answer_already_whole_is_not_copied() -> None:
    """A transport that hands over the whole, decoded body (an in-memory one) gets it back as it is; one whose
    headers would mislead (a transfer encoding, a wrong length) is rebuilt as before."""
    request = httpx.Request("GET", "https://api.clockify.me/api/v1/user")

    def read(response: httpx.Response) -> httpx.Response:
        return _transport.BoundedBody(response, 1 << 20, "getLoggedUser").response()

    plain = httpx.Response(200, content=b'{"id": "u"}', request=request)
    assert read(plain) is plain
    for misleading in ({"Content-Length": "99"}, {"Content-Encoding": "br"}, {"Transfer-Encoding": "chunked"}):
        original = httpx.Response(200, content=b'{"id": "u"}', headers=misleading, request=request)
        rebuilt = read(original)
        assert rebuilt is not original
        assert rebuilt.content == b'{"id": "u"}'
        assert rebuilt.headers["Content-Length"] == "11"
        assert "Content-Encoding" not in rebuilt.headers
        assert "Transfer-Encoding" not in rebuilt.headers


def test_path_parameter_names_are_worked_out_once_per_operation_from_the_spec() -> None:
    for op_id, op in _spec.operations().items():
        declared = tuple(p["name"] for p in _declared_parameters(op) if p["in"] == "path")
        assert op.path_names == declared, op_id
        assert op.path_names is op.path_names  # cached on the operation
        assert sorted(re.findall(r"\{([^}]+)\}", op.path)) == sorted(declared), op_id


def _declared_parameters(op: _spec.Operation) -> list[dict[str, Any]]:
    parameters: list[dict[str, Any]] = _spec.spec()["paths"][op.path][op.method.lower()].get("parameters", [])
    return parameters


def _refs(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for k, v in node.items() if k != "$ref"))
    return set()


def test_each_operation_s_schema_holds_exactly_the_components_it_reaches() -> None:
    """Converted when an operation first reaches them, not all at once for the first request: every
    reference resolves, and nothing unreached is carried."""
    validator = RequestValidator()
    for op_id in validator.operation_ids:
        schema = validator.compile(op_id).schema
        components = schema["components"]["schemas"]
        reached = {ref.rsplit("/", 1)[-1] for ref in _refs({k: v for k, v in schema.items() if k != "components"})}
        pending = set(reached)
        while pending:
            more = {ref.rsplit("/", 1)[-1] for ref in _refs(components[pending.pop()])} - reached
            reached |= more
            pending |= more
        assert set(components) == reached, op_id


def test_the_detailed_validator_is_built_only_for_a_refused_request() -> None:
    validator = RequestValidator()
    validator.validate("createTimeEntry", path={"workspaceId": WS}, body={"start": "2024-01-15T09:00:00Z"})
    compiled = validator.compile("createTimeEntry")
    assert "detailed" not in vars(compiled)
    with pytest.raises(errors.RequestValidationError):
        validator.validate("createTimeEntry", path={"workspaceId": WS}, body={"start": 5})
    assert "detailed" in vars(compiled)


def test_answer_targets_are_built_per_operation_on_first_use() -> None:
    targets = _reading._Targets()
    body = json.dumps(ENTRY).encode()
    assert targets["createTimeEntry"] == _reading._target("createTimeEntry")
    assert list(vars(targets)["_known"]) == ["createTimeEntry"]
    assert list(targets) == list(_spec.operations())
    assert _reading.parse_json_body("createTimeEntry", 201, body).id == "e1"
    with pytest.raises(KeyError):
        targets["noSuchOperation"]
