"""An operation whose success answer is a file is typed ``-> bytes``, asks for its media types and returns the
bytes, decided from the spec's data (the generator templates and ``_spec.Operation``), never from an id."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.spec_build import BASE, ROOT

# Added to our own base: a receipt answered under */* (as Clockify's full spec answers downloadReceipt and
# exportInvoice) and a file under application/octet-stream, each a string of format byte or binary.
FILE_OPERATIONS = {
    "/v1/workspaces/{workspaceId}/receipts/{receiptId}": ("downloadTestReceipt", "*/*", "byte"),
    "/v1/workspaces/{workspaceId}/archives/{archiveId}": ("downloadTestArchive", "application/octet-stream", "binary"),
}

# Run in the generated client's environment: one call of each file operation over a mock transport.
CALLER = """
import json, httpx
from clockify_client import Clockify
seen = []
def answer(request):
    seen.append(request.headers["Accept"])
    return httpx.Response(200, content=b"%PDF-1.4 \\x00\\xff", headers={"Content-Type": "application/octet-stream"})
with Clockify(api_key="k", transport=httpx.MockTransport(answer)) as clockify:
    receipt = clockify.call("downloadTestReceipt", path={"workspaceId": "w1", "receiptId": "r1"})
    archive = clockify.call("downloadTestArchive", path={"workspaceId": "w1", "archiveId": "a1"})
print(json.dumps({"types": [type(receipt).__name__, type(archive).__name__], "same": receipt == archive ==
      b"%PDF-1.4 \\x00\\xff", "accept": seen}))
"""


def _with_file_operations(base: dict[str, object]) -> dict[str, object]:
    paths = base["paths"]
    assert isinstance(paths, dict)
    servers = next(iter(paths.values()))["servers"]
    for path, (operation_id, media_type, fmt) in FILE_OPERATIONS.items():
        names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
        file = {"schema": {"type": "string", "format": fmt}}
        parameters = [{"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in names]
        paths[path] = {
            "servers": servers,
            "get": {
                "operationId": operation_id,
                "summary": "A file",
                "tags": ["Test files"],
                "parameters": parameters,
                "responses": {"200": {"description": "OK", "content": {media_type: file}}},
            },
        }
    return base


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("files")
    upstream = work / "upstream.yaml"
    upstream.write_text(yaml.safe_dump(_with_file_operations(yaml.safe_load(BASE.read_text("utf-8")))), "utf-8")
    out = work / "out"
    run = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--upstream", str(upstream), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
    return out


def test_a_file_answer_is_typed_bytes_in_the_method_and_in_call(generated: Path) -> None:
    module = (generated / "clockify_api" / "api" / "test_files" / "__init__.py").read_text("utf-8")
    for operation_id, *_ in FILE_OPERATIONS.values():
        name = "download_test_receipt" if "Receipt" in operation_id else "download_test_archive"
        assert f"def {name}(" in module
        signature = module.split(f"def {name}(", 1)[1].split(":\n", 1)[0]
        assert signature.endswith("-> bytes"), signature
    overloads = (generated / "clockify_api" / "api" / "__init__.py").read_text("utf-8")
    for operation_id, *_ in FILE_OPERATIONS.values():
        overload = overloads.split(f'Literal["{operation_id}"]', 1)[1].split(": ...", 1)[0]  # may span lines
        assert overload.rstrip().endswith("-> bytes"), overload


def test_a_file_answer_is_asked_for_by_its_media_type_and_returned_as_bytes(generated: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(generated), str(ROOT / "overrides")])}
    run = subprocess.run([sys.executable, "-c", CALLER], cwd=generated, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout)
    assert found == {"types": ["bytes", "bytes"], "same": True, "accept": ["*/*", "application/octet-stream"]}


@pytest.fixture(scope="module")
def full_client(reference: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from Clockify's whole published file."""
    out = tmp_path_factory.mktemp("full")
    run = subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--upstream", str(reference), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
    return out


@pytest.mark.upstream
def test_clockifys_own_file_answers_are_typed_bytes(reference: Path, full_client: Path) -> None:
    spec = yaml.safe_load(reference.read_text("utf-8"))
    files = [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and any(
            media.get("schema", {}).get("format") in ("byte", "binary") and "json" not in name
            for name, media in op.get("responses", {}).get("200", {}).get("content", {}).items()
        )
    ]
    assert files, "the reference answers no file"
    overloads = (full_client / "clockify_api" / "api" / "__init__.py").read_text("utf-8")
    for operation_id in files:
        overload = overloads.split(f'Literal["{operation_id}"]', 1)[1].split(": ...", 1)[0]  # may span lines
        assert overload.rstrip().endswith("-> bytes"), overload


# Run in the full client's environment: a report whose query names the export type (the shared report).
QUERY_EXPORT_CALLER = """
import json, httpx
from clockify_client import Clockify, errors
seen = []
def answer(request):
    seen.append([request.url.params.get("exportType"), request.headers["Accept"]])
    if request.url.params.get("exportType") == "CSV":
        return httpx.Response(200, content=b"a,b\\n1,2\\n", headers={"Content-Type": "text/csv"})
    return httpx.Response(200, json={"totals": [{"totalTime": 5}]})
with Clockify(api_key="k", transport=httpx.MockTransport(answer), rate_limit=None) as clockify:
    csv = clockify.call("generateSharedReportV1", path={"id": "r1"}, query={"exportType": "CSV"})
    report = clockify.call("generateSharedReportV1", path={"id": "r1"})
    try:
        clockify.api.shared_report.generate_shared_report_v1("r1", export_type="CSV")
        refused = None
    except errors.ConfigurationError as exc:
        refused = str(exc)
print(json.dumps({"types": [type(csv).__name__, type(report).__name__], "seen": seen, "refused": refused}))
"""


@pytest.mark.upstream
def test_a_query_export_type_answers_a_file_like_a_body_export_type(full_client: Path) -> None:
    overloads = (full_client / "clockify_api" / "api" / "__init__.py").read_text("utf-8")
    overload = overloads.split('Literal["generateSharedReportV1"]', 1)[1].split(": ...", 1)[0]
    assert overload.rstrip().endswith("-> TimeEntrySummaryReportDto | bytes"), overload
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(full_client), str(ROOT / "overrides")])}
    caller = [sys.executable, "-c", QUERY_EXPORT_CALLER]
    run = subprocess.run(caller, cwd=full_client, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    found = json.loads(run.stdout)
    assert found["types"] == ["bytes", "TimeEntrySummaryReportDto"]
    assert found["seen"][0] == ["CSV", "*/*"]  # as for a body exportType: any media type, read as a file
    assert found["seen"][1] == [None, "application/json"]
    assert len(found["seen"]) == 2, "the typed method's file export was sent"  # refused before sending
    assert "exportType CSV answers a file" in found["refused"]
