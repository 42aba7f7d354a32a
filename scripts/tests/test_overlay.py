"""The strict Overlay applier: standard merge semantics and one outcome per action, never a silent skip."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.overlay import APPLIED, CONFLICT, SATISFIED, TARGET_GONE, OverlayError, apply_overlay

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Filter": {
                "type": "object",
                "properties": {
                    "pageSize": {"type": "integer", "minimum": 1},
                    "sort": {"type": "string", "enum": ["NAME", "DATE"], "default": "NAME"},
                },
            }
        }
    }
}


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def action(target: str, cid: str = "c", **rest: Any) -> dict[str, Any]:
    return {"target": target, "x-correction": {"id": cid, **rest.pop("meta", {})}, **rest}


PAGE = "$.components.schemas.Filter.properties.pageSize"
SORT = "$.components.schemas.Filter.properties.sort"


def test_update_merges_objects_and_replaces_arrays_and_scalars() -> None:
    doc, outcomes = apply_overlay(
        DOC,
        overlay(
            action(PAGE, update={"maximum": 201, "x-clockify-errors": {"maximum": {"code": 501}}}),
            action(SORT, "d", update={"enum": ["USER", "DATE"]}),
        ),
    )
    props = doc["components"]["schemas"]["Filter"]["properties"]
    assert props["pageSize"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 201,
        "x-clockify-errors": {"maximum": {"code": 501}},
    }
    assert props["sort"]["enum"] == ["USER", "DATE"]
    assert [o.status for o in outcomes] == [APPLIED, APPLIED]
    assert DOC["components"]["schemas"]["Filter"]["properties"]["pageSize"] == {"type": "integer", "minimum": 1}


def test_remove_deletes_every_selected_node() -> None:
    doc, outcomes = apply_overlay(DOC, overlay(action(f"{SORT}.default", remove=True)))
    assert "default" not in doc["components"]["schemas"]["Filter"]["properties"]["sort"]
    assert outcomes[0].status == APPLIED


def test_strict_mode_fails_when_a_target_matches_nothing() -> None:
    with pytest.raises(OverlayError, match="target matches nothing"):
        apply_overlay(DOC, overlay(action("$.components.schemas.Gone.properties.x", update={"maximum": 1})))


def test_lenient_mode_reports_a_gone_target_instead_of_skipping_it() -> None:
    _, outcomes = apply_overlay(
        DOC, overlay(action("$.components.schemas.Gone", update={"type": "object"})), strict=False
    )
    assert [(o.status, o.matched) for o in outcomes] == [(TARGET_GONE, 0)]


def test_an_update_upstream_already_satisfies_is_reported_stale() -> None:
    _, outcomes = apply_overlay(DOC, overlay(action(PAGE, update={"minimum": 1})), strict=False)
    assert outcomes[0].status == SATISFIED
    assert outcomes[0].stale


def test_annotation_only_updates_are_never_stale() -> None:
    _, outcomes = apply_overlay(DOC, overlay(action(PAGE, update={"x-note": {"a": 1}})))
    assert outcomes[0].status == APPLIED


def test_a_remove_whose_node_is_already_gone_is_satisfied_when_its_anchor_exists() -> None:
    doc = {"components": {"schemas": {"Filter": {"properties": {"sort": {"enum": ["USER"]}}}}}}
    _, outcomes = apply_overlay(
        doc, overlay(action(f"{SORT}.default", remove=True, meta={"anchor": SORT})), strict=False
    )
    assert outcomes[0].status == SATISFIED
    _, outcomes = apply_overlay(
        doc,
        overlay(action("$.components.schemas.Other.default", remove=True, meta={"anchor": "$.components.x"})),
        strict=False,
    )
    assert outcomes[0].status == TARGET_GONE


def test_a_change_upstream_made_since_the_correction_was_written_is_a_conflict() -> None:
    recorded = {"upstream": {"maximum": None}}
    doc = {"components": {"schemas": {"Filter": {"properties": {"pageSize": {"maximum": 500}}}}}}
    result, outcomes = apply_overlay(doc, overlay(action(PAGE, update={"maximum": 201}, meta=recorded)), strict=False)
    assert outcomes[0].status == CONFLICT
    assert "recorded upstream None, now 500" in outcomes[0].detail
    assert result["components"]["schemas"]["Filter"]["properties"]["pageSize"]["maximum"] == 201


def test_skip_leaves_a_correction_out() -> None:
    doc, outcomes = apply_overlay(DOC, overlay(action(PAGE, "a", update={"maximum": 201})), skip=frozenset({"a"}))
    assert outcomes == []
    assert "maximum" not in doc["components"]["schemas"]["Filter"]["properties"]["pageSize"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"actions": []}, "Overlay 1.x"),
        ({"overlay": "1.0.0", "actions": []}, "non-empty"),
        ({"overlay": "1.0.0", "actions": [{"target": "$", "update": {}}]}, "x-correction.id"),
        ({"overlay": "1.0.0", "actions": [action("$..[", update={})]}, "bad JSONPath"),
        ({"overlay": "1.0.0", "actions": [action(PAGE, update=[1])]}, "must be an object"),
    ],
)
def test_malformed_overlays_are_refused(bad: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(DOC, bad)
