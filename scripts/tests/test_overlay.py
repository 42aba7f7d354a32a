"""The strict Overlay applier: standard merge semantics and one outcome per action, never a silent skip."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.overlay import (
    APPLIED,
    CONFLICT,
    IDLE,
    REDUNDANT,
    SATISFIED,
    TARGET_GONE,
    OverlayError,
    apply_overlay,
)
from scripts.spec_build import build

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


def test_update_merges_objects_replaces_scalars_and_appends_to_arrays() -> None:
    doc, outcomes = apply_overlay(
        DOC,
        overlay(
            action(PAGE, update={"maximum": 201, "x-clockify-errors": {"maximum": {"code": 501}}}),
            action(SORT, "d", update={"enum": ["USER"]}),
        ),
    )
    props = doc["components"]["schemas"]["Filter"]["properties"]
    assert props["pageSize"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 201,
        "x-clockify-errors": {"maximum": {"code": 501}},
    }
    assert props["sort"]["enum"] == ["NAME", "DATE", "USER"], "an array nested in an update is appended (Overlay 1.1)"
    assert [o.status for o in outcomes] == [APPLIED, APPLIED]
    assert DOC["components"]["schemas"]["Filter"]["properties"]["pageSize"] == {"type": "integer", "minimum": 1}


def test_replacing_an_array_is_a_remove_then_an_update() -> None:
    doc, outcomes = apply_overlay(
        DOC, overlay(action(f"{SORT}.enum", remove=True), action(SORT, update={"enum": ["USER", "DATE"]}))
    )
    assert doc["components"]["schemas"]["Filter"]["properties"]["sort"]["enum"] == ["USER", "DATE"]
    assert [o.status for o in outcomes] == [APPLIED, APPLIED]


def test_an_update_aimed_at_an_array_appends_it_as_one_entry() -> None:
    doc, outcomes = apply_overlay(DOC, overlay(action(f"{SORT}.enum", update={"a": 1})))
    assert doc["components"]["schemas"]["Filter"]["properties"]["sort"]["enum"] == ["NAME", "DATE", {"a": 1}]
    assert outcomes[0].status == APPLIED


def test_a_remove_then_an_update_that_puts_back_the_same_value_is_satisfied() -> None:
    replace = overlay(action(f"{SORT}.enum", remove=True), action(SORT, update={"enum": ["NAME", "DATE"]}))
    doc, outcomes = apply_overlay(DOC, replace, strict=False)
    assert doc == DOC
    assert [o.status for o in outcomes] == [SATISFIED, SATISFIED]
    assert all("correction changes nothing" in o.detail for o in outcomes)


def test_an_update_that_cannot_merge_is_a_conflict_and_changes_nothing() -> None:
    doc, outcomes = apply_overlay(DOC, overlay(action(SORT, update={"enum": {"x": 1}})), strict=False)
    assert outcomes[0].status == CONFLICT
    assert "is list, the update gives dict" in outcomes[0].detail
    assert doc == DOC
    _, outcomes = apply_overlay(DOC, overlay(action(f"{SORT}.default", update={"x": 1})), strict=False)
    assert outcomes[0].status == CONFLICT, "an update aimed at a string"


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


def test_a_nested_annotation_upstream_lacks_is_applied_not_satisfied() -> None:
    nested = {"properties": {"pageSize": {"x-clockify-errors": {"minimum": {"code": 501}}}}}
    _, outcomes = apply_overlay(DOC, overlay(action("$.components.schemas.Filter", update=nested)))
    assert outcomes[0].status == APPLIED
    constraint_and_note = {"minimum": 1, "x-clockify-errors": {"minimum": {"code": 501}}}
    doc, outcomes = apply_overlay(DOC, overlay(action(PAGE, update=constraint_and_note)), strict=False)
    assert outcomes[0].status == REDUNDANT, "upstream has the constraint, not the predicted error: only that is needed"
    assert not outcomes[0].stale
    assert doc["components"]["schemas"]["Filter"]["properties"]["pageSize"]["x-clockify-errors"]


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


def test_an_update_whose_filtered_target_is_empty_is_satisfied_when_its_anchor_exists() -> None:
    unsorted = "$.components.schemas.Filter.properties[?@.enum && !@.default]"
    anchored = action(unsorted, update={"default": "DATE"}, meta={"anchor": "$.components.schemas.Filter"})
    _, outcomes = apply_overlay(DOC, overlay(anchored), strict=False)
    assert outcomes[0].status == SATISFIED
    _, outcomes = apply_overlay(DOC, overlay(action(unsorted, update={"default": "DATE"})), strict=False)
    assert outcomes[0].status == TARGET_GONE


def test_a_guard_with_nothing_to_fix_is_idle_and_passes_the_strict_build() -> None:
    guard = action("$..[?@.type == 'array' && @.default && !@.default[0]].default", remove=True, meta={"guard": True})
    _, outcomes = apply_overlay(DOC, overlay(guard))
    assert [o.status for o in outcomes] == [IDLE]
    assert not outcomes[0].stale
    mistaken = {"components": {"schemas": {"Tags": {"type": "array", "items": {"type": "string"}, "default": "A"}}}}
    doc, outcomes = apply_overlay(mistaken, overlay(guard))
    assert [o.status for o in outcomes] == [APPLIED]
    assert "default" not in doc["components"]["schemas"]["Tags"]


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


INFO = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}}


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ([action(PAGE, update={})], "an overlay is an object"),
        ("overlay: 1.0.0", "an overlay is an object"),
        ({"actions": []}, "not an Overlay 1.0 document"),
        ({"overlay": "2.0.0", "info": INFO["info"], "actions": [action(PAGE, update={})]}, "not an Overlay 1.0"),
        ({"overlay": 1.0, "info": INFO["info"], "actions": [action(PAGE, update={})]}, "not an Overlay 1.0"),
        ({"overlay": "1.0.0", "actions": [action(PAGE, update={})]}, "needs 'info'"),
        ({**INFO, "actions": []}, "non-empty"),
        ({**INFO, "actions": {"target": PAGE}}, "non-empty"),
        ({**INFO, "actions": ["$.paths"]}, "action 0 must be an object"),
        ({**INFO, "actions": [None]}, "action 0 must be an object"),
        ({**INFO, "actions": [[PAGE]]}, "action 0 must be an object"),
        ({**INFO, "actions": [{"target": "$", "update": {}}]}, "x-correction.id"),
        ({**INFO, "actions": [{"target": "$", "update": {}, "x-correction": "c"}]}, "x-correction.id"),
        ({**INFO, "actions": [action("$..[", update={})]}, "bad JSONPath"),
        ({**INFO, "actions": [{"update": {}, "x-correction": {"id": "c"}}]}, "target must be a JSONPath"),
        ({**INFO, "actions": [action(PAGE.removeprefix("$"), update={})]}, "target must be a JSONPath"),
        ({**INFO, "actions": [action(PAGE, remove="maybe")]}, "remove must be true or false"),
        ({**INFO, "actions": [action(PAGE, remove=1)]}, "remove must be true or false"),
        ({**INFO, "actions": [action(PAGE)]}, "needs an update or remove: true"),
        ({**INFO, "actions": [action(PAGE, remove=False)]}, "needs an update or remove: true"),
        ({**INFO, "actions": [action(PAGE, remove=True, update={})]}, "not both"),
        ({**INFO, "actions": [action(PAGE, remove=True, meta={"anchor": 3})]}, "anchor must be a JSONPath"),
    ],
)
def test_malformed_overlays_are_refused_with_a_typed_error(bad: Any, message: str) -> None:
    with pytest.raises(OverlayError, match=message):
        apply_overlay(DOC, bad)


def test_a_malformed_action_late_in_the_list_is_refused_before_anything_applies() -> None:
    bad = overlay(action(PAGE, update={"maximum": 2}), {"target": PAGE, "remove": "yes", "x-correction": {"id": "b"}})
    with pytest.raises(OverlayError, match="action 1"):
        apply_overlay(DOC, bad)


def test_an_update_that_is_not_an_object_for_an_object_target_fails_the_strict_build() -> None:
    with pytest.raises(OverlayError, match="the update must be an object"):
        apply_overlay(DOC, overlay(action(PAGE, update=[1])))


@pytest.mark.parametrize("bad", [[{"target": PAGE}], {**INFO, "actions": ["$.paths"]}, {**INFO, "actions": [[1]]}])
def test_the_build_refuses_a_malformed_overlay_with_the_same_typed_error(bad: Any) -> None:
    with pytest.raises(OverlayError):
        build(DOC, bad)
