"""The base states only what Clockify publishes: every departure from the published file is a recorded decision."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from scripts import base_check
from scripts.spec_build import BASE, load_document

OPERATION = "#/paths/~1v1~1user/get"


SMALL: dict[str, Any] = {  # a base of one operation: the tests hold whatever spec/ says after an update
    "openapi": "3.0.1",
    "info": {"title": "ours", "version": "v1"},
    "paths": {
        "/v1/user": {
            "servers": [{"url": "https://api.clockify.me/api"}],
            "get": {
                "operationId": "getLoggedUser",
                "description": "Our words.",
                "parameters": [
                    {"name": "include-memberships", "in": "query", "schema": {"type": "boolean", "default": False}},
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserDtoV1"}}},
                    }
                },
                "security": [{"ApiKeyAuth": []}],
            },
        }
    },
    "components": {
        "schemas": {
            "UserDtoV1": {"type": "object", "properties": {"email": {"type": "string"}, "memberships": {
                "type": "array", "items": {"$ref": "#/components/schemas/MembershipDtoV1"}}}},
            "MembershipDtoV1": {"type": "object", "properties": {"hourlyRate": {"type": "number"}}},
        },
        "securitySchemes": {"ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "x-api-key"}},
    },
}  # fmt: skip


@pytest.fixture
def base() -> dict[str, Any]:
    return copy.deepcopy(SMALL)


def pointers(found: list[base_check.Departure]) -> list[str]:
    return [d.pointer for d in found]


def test_the_base_against_itself_departs_nowhere(base: dict[str, Any]) -> None:
    assert base_check.departures(base, base) == []


def test_every_kind_of_departure_is_found(base: dict[str, Any]) -> None:
    published = copy.deepcopy(base)
    user = published["paths"]["/v1/user"]
    user["servers"].append({"url": "https://{region}.clockify.me/api"})  # an addition of ours would look so
    user["get"]["parameters"][0]["schema"]["default"] = True
    user["get"]["parameters"].reverse()  # order is not a departure
    user["get"]["description"] = "Other words."  # nor are words
    user["post"] = {"operationId": "outOfScope", "responses": {}}  # nor operations the base does not cover
    published["components"]["schemas"]["UserDtoV1"]["properties"].pop("email")
    published["components"]["schemas"]["MembershipDtoV1"]["properties"]["hourlyRate"]["type"] = "integer"
    published["components"]["securitySchemes"]["ApiKeyAuth"]["name"] = "X-Other"
    published["components"]["schemas"]["Unused"] = {"type": "object"}
    ours = copy.deepcopy(base)
    ours["components"]["schemas"]["OursOnly"] = {"type": "string"}
    found = base_check.departures(ours, published)
    assert sorted(pointers(found)) == [
        "#/components/schemas/MembershipDtoV1/properties/hourlyRate/type",
        "#/components/schemas/OursOnly",
        "#/components/schemas/UserDtoV1/properties/email",
        "#/components/securitySchemes/ApiKeyAuth/name",
        f"{OPERATION}/parameters/query:include-memberships/schema/default",
        "#/paths/~1v1~1user/servers",
    ]
    details = {d.pointer: d.detail for d in found}
    assert details["#/components/schemas/UserDtoV1/properties/email"] == "only in the base"
    assert details["#/components/schemas/OursOnly"] == "in the base, but no operation of the base reaches it"


def test_a_component_no_operation_reaches_departs_only_where_the_published_file_differs(
    base: dict[str, Any],
) -> None:
    # Clockify's file has components none of its operations reach: adopted verbatim, they are no departure of ours.
    published = copy.deepcopy(base)
    published["components"]["schemas"]["Unreached"] = {"type": "object", "properties": {"n": {"type": "integer"}}}
    published["components"]["securitySchemes"]["OtherAuth"] = {"type": "apiKey", "in": "header", "name": "X-Other"}
    ours = copy.deepcopy(published)
    assert base_check.departures(ours, published) == []
    ours["components"]["schemas"]["Unreached"]["properties"]["n"]["type"] = "number"
    ours["components"]["schemas"]["Unreached"]["description"] = "Our words."
    assert pointers(base_check.departures(ours, published)) == ["#/components/schemas/Unreached/properties/n/type"]


def test_recorded_decisions_cover_departures_and_each_covers_one() -> None:
    decisions = (
        "intro\n## The base departs from the published file\n\n- `#/a/b`: why\n- `#/c`: why\n\n## Next\n- `#/z`: x"
    )
    assert base_check.recorded(decisions) == ["#/a/b", "#/c"]
    found = [base_check.Departure("#/a/b/0", "x"), base_check.Departure("#/a/bc", "y")]
    loose, idle = base_check.unrecorded(found, ["#/a/b", "#/c"])
    assert (pointers(loose), idle) == (["#/a/bc"], ["#/c"])


def test_forgetting_a_decision_removes_its_whole_bullet_and_nothing_else() -> None:
    decisions = (
        "## The base departs from the published file\n\n- `#/a`: why,\n  at length\n- `#/a/b`: kept\n"
        "  too\n\n## Next\n- `#/c`: other\n"
    )
    forgotten = base_check.forget(decisions, ["#/a"])
    kept = "\n\n- `#/a/b`: kept\n  too\n\n## Next\n- `#/c`: other\n"
    assert forgotten == "## The base departs from the published file" + kept
    assert base_check.recorded(forgotten) == ["#/a/b"]
    assert base_check.forget(decisions, []) == decisions


def test_forget_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    decisions = tmp_path / "DECISIONS.md"
    text = "## The base departs from the published file\n\n- `#/a`: why\n- `#/b`: kept\n"
    decisions.write_text(text, encoding="utf-8")
    monkeypatch.setattr(base_check, "DECISIONS", decisions)
    assert base_check.main(["--forget", "#/a", "#/nowhere"]) == 2  # a pointer not recorded: nothing written
    assert "#/nowhere" in capsys.readouterr().err
    assert decisions.read_text(encoding="utf-8") == text
    assert base_check.main(["--forget", "#/a"]) == 0
    assert base_check.recorded(decisions.read_text(encoding="utf-8")) == ["#/b"]
    with pytest.raises(SystemExit) as refused:
        base_check.main([])
    assert refused.value.code == 2


@pytest.mark.upstream
def test_the_base_departs_from_the_published_file_only_where_decided(reference: Path) -> None:
    found = base_check.departures(load_document(BASE), load_document(reference))
    loose, idle = base_check.unrecorded(found, base_check.recorded(base_check.DECISIONS.read_text(encoding="utf-8")))
    assert not loose, "departures that are neither a correction nor a recorded decision:\n" + "\n".join(map(str, loose))
    assert not idle, f"DECISIONS.md records departures the base no longer has: {idle}"


def test_the_command_reports_and_exits_by_what_is_recorded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours, published, decisions = tmp_path / "base.json", tmp_path / "published.json", tmp_path / "DECISIONS.md"
    ours.write_text(json.dumps(SMALL), encoding="utf-8")
    published.write_text(json.dumps(SMALL), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(base_check, "BASE", ours)
        patch.setattr(base_check, "DECISIONS", decisions)
        decisions.write_text("## The base departs from the published file\n\n- `#/info`: x\n", encoding="utf-8")
        assert base_check.main([str(published)]) == 1
        assert "? #/info: recorded in DECISIONS.md, but the base does not depart" in capsys.readouterr().out
        decisions.write_text("nothing recorded\n", encoding="utf-8")
        assert base_check.main([str(published)]) == 0
        ours.write_text(json.dumps({**SMALL, "openapi": "3.0.3"}), encoding="utf-8")
        assert base_check.main([str(published)]) == 1
        assert "! #/openapi: base '3.0.3', published '3.0.1'" in capsys.readouterr().out
    assert base_check.main([str(tmp_path / "missing.yaml")]) == 2
