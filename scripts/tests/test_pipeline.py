"""The generation pipeline: corrections are complete, the build is reproducible, nothing is hand-edited."""

from __future__ import annotations

import filecmp
import json
import re
from pathlib import Path
from typing import Any

import pytest

from scripts.generate import GENERATED, PACKAGE, count_operations, generate_client
from scripts.spec_build import (
    BASE,
    CORRECTED,
    OVERLAY,
    build_default,
    corrections,
    dumps,
    load_document,
    openapi_problems,
)

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def corrected() -> dict[str, Any]:
    return build_default().spec


def operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for m, op in item.items() if m in HTTP_METHODS}


def test_every_correction_carries_its_record() -> None:
    records = corrections(load_document(OVERLAY))
    assert len(records) >= 17
    for c in records:
        assert all((c.says, c.documented, c.evidence)), c.id
        assert len(c.date) == 10, c.id
        assert c.date.startswith("20"), c.id
        assert c.witness.startswith("contract_tests/witnesses.py::"), c.id


def test_the_corrected_spec_records_every_correction(corrected: dict[str, Any]) -> None:
    recorded = {c["id"]: c for c in corrected["x-corrections"]}
    assert set(recorded) == {c.id for c in corrections(load_document(OVERLAY))}
    assert all(c["evidence"] and c["date"] for c in recorded.values())


def _annotations(node: Any, path: str = "$") -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        for keyword, error in node.get("x-clockify-errors", {}).items():
            found.append((path, keyword, error))
        for rule in node.get("x-clockify-rules", []):
            found.append((path, rule["rule"], rule["error"]))
        for key, value in node.items():
            found.extend(_annotations(value, f"{path}.{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_annotations(value, f"{path}[{i}]"))
    return found


def test_server_error_annotations_are_complete(corrected: dict[str, Any]) -> None:
    annotations = _annotations(corrected)
    assert len(annotations) > 20
    for path, keyword, error in annotations:
        if error.get("policy"):
            assert error["message"], (path, keyword)
            continue
        assert set(error) == {"status", "code", "message"}, (path, keyword)
        assert isinstance(error["code"], int), (path, keyword)
        if re.fullmatch(r"\$\.(paths\.[^.]+\.(get|put|post|delete|patch)|components\.responses\.\w+)", path):
            # a server state of the live error taxonomy (a condition entry: clockify_client/testing/_answers.py)
            assert 400 <= error["status"] < 600, (path, keyword)
        else:  # a rule a request breaks
            assert error["status"] in (400, 500), (path, keyword)


@pytest.mark.parametrize(
    ("schema", "field", "keyword", "code", "message"),
    [
        ("AttendanceFilterV1", "pageSize", "maximum", 501, "Maximum page size is 201"),
        ("DetailedFilterV1", "pageSize", "maximum", 400, "Maximum page size is 1,000"),
        ("SummaryFilterV1", "groups", "minItems", 501, "Groups size must be between 1 and 3"),
        ("DetailedFilterV1", "sortColumn", "minLength", 500, "Error occurred while generating report"),
        ("DetailedReportFilterV1", "amountShown", "minLength", 500, "Error occurred while generating report"),
        ("DetailedReportFilterV1", "exportType", "minLength", 500, "Error occurred while generating report"),
    ],
)
def test_documented_server_errors_are_annotated(
    corrected: dict[str, Any], schema: str, field: str, keyword: str, code: int, message: str
) -> None:
    error = corrected["components"]["schemas"][schema]["properties"][field]["x-clockify-errors"][keyword]
    assert (error["code"], error["message"]) == (code, message)


def test_documented_constraints_hold(corrected: dict[str, Any]) -> None:
    schemas = corrected["components"]["schemas"]
    attendance_sort = schemas["AttendanceFilterV1"]["properties"]["sortColumn"]
    assert "USER" in attendance_sort["enum"]
    assert "NAME" not in json.dumps(attendance_sort)
    detailed_page = schemas["DetailedFilterV1"]["properties"]["pageSize"]
    assert (detailed_page["minimum"], detailed_page["maximum"]) == (1, 1000)
    groups = schemas["SummaryFilterV1"]["properties"]["groups"]
    assert (groups["minItems"], groups["maxItems"]) == (1, 3)
    assert set(groups["items"]["enum"]) == {
        "PROJECT", "CLIENT", "TASK", "TAG", "DATE", "WEEK", "MONTH", "USER", "USER_GROUP", "TIMEENTRY",
    }  # fmt: skip
    date = schemas["DetailedReportFilterV1"]["properties"]["dateRangeStart"]
    accepts = re.compile(date["pattern"]).search
    assert accepts("2024-01-01T00:00:00.000Z")
    assert accepts("2024-02-29T23:59:59.999Z")
    for refused in ("2024-01-01T00:00:00Z", "2024-01-01", "2024-01-01T00:00:00.000+00:00", "2024-13-01T00:00:00.000Z"):
        assert not accepts(refused), refused


def test_every_operation_documents_its_errors(corrected: dict[str, Any]) -> None:
    ops = operations(corrected)
    assert len(ops) == count_operations(load_document(BASE)), "the base's operations, each corrected"
    for oid, op in ops.items():
        assert {"400", "401", "403", "404", "429", "500"} <= set(op["responses"]), oid
    error = corrected["components"]["schemas"]["ErrorResponse"]
    assert error["required"] == ["code", "message"]


def test_the_corrected_spec_on_disk_is_what_the_build_writes(corrected: dict[str, Any]) -> None:
    assert CORRECTED.read_text(encoding="utf-8") == dumps(corrected), "run `make generate`"


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` but caches and install metadata (written by Python and pip, not us)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and not any(part.endswith(".egg-info") for part in p.parts)
    }


def test_regeneration_reproduces_generated_byte_for_byte(tmp_path: Path) -> None:
    spec = tmp_path / "clockify.corrected.json"
    spec.write_text(dumps(build_default().spec), encoding="utf-8")
    fresh_root = tmp_path / "generated"
    generate_client(spec, fresh_root)
    fresh, committed = _tree(fresh_root), _tree(GENERATED)  # all of generated/, not just the package
    assert fresh.keys() == committed.keys(), f"files differ: {sorted(fresh.keys() ^ committed.keys())[:5]}"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"hand-edited or stale (run `make generate`): {changed[:5]}"
    assert not filecmp.dircmp(fresh_root / PACKAGE, GENERATED / PACKAGE).diff_files


def test_generation_formats_with_the_pinned_ruff_without_an_activated_venv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `python -m scripts.generate` from a shell where the venv is not on PATH: same bytes, no silent skip.
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    spec = tmp_path / "clockify.corrected.json"
    spec.write_text(dumps(build_default().spec), encoding="utf-8")
    generate_client(spec, tmp_path)
    assert (tmp_path / PACKAGE / "client.py").read_bytes() == (GENERATED / PACKAGE / "client.py").read_bytes()


def test_openapi_problems_name_where_they_are() -> None:
    spec = build_default().spec
    assert openapi_problems(spec) == []
    broken = json.loads(dumps(spec))
    del broken["components"]["securitySchemes"]["AddonKeyAuth"]
    broken["components"]["schemas"]["DetailedFilterV1"]["properties"]["pageSize"]["default"] = "many"
    problems = openapi_problems(broken)
    assert "paths//v1/user/get/security: security scheme 'AddonKeyAuth' is not defined" in problems
    assert any(p.startswith("/components/schemas/DetailedFilterV1/properties/pageSize/default:") for p in problems)


def test_a_duration_mark_the_models_cannot_honour_is_a_problem() -> None:
    """``x-clockify-duration`` lists wire forms the generated models read and write; anything else would be a
    ``KeyError`` in every model that reads the field, so the build refuses it."""
    broken = json.loads(dumps(build_default().spec))
    schemas = broken["components"]["schemas"]
    schemas["TaskDtoV1"]["properties"]["duration"]["x-clockify-duration"] = ["minutes"]
    schemas["TaskDtoV1"]["properties"]["estimate"]["x-clockify-duration"] = "iso8601"
    schemas["GroupOneDto"]["properties"]["duration"]["x-clockify-duration"] = []
    problems = [p for p in openapi_problems(broken) if "x-clockify-duration" in p]
    assert [p.split(":")[0] for p in problems] == [
        "components/schemas/GroupOneDto/properties/duration",
        "components/schemas/TaskDtoV1/properties/duration",
        "components/schemas/TaskDtoV1/properties/estimate",
    ]
