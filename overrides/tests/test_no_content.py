"""No content (a 204, an empty 200) is accepted only where the spec documents no body for that status; where it
documents one, the typed method that promises the model raises UnexpectedResponseError instead of returning
None. Decided from the spec's own data, for every operation."""

from __future__ import annotations

import httpx
import pytest
from clockify_client import Clockify, _spec, errors

WS = "5b641568b07987035750505e"


def client_answering(status: int) -> Clockify:
    return Clockify("k" * 48, transport=httpx.MockTransport(lambda r: httpx.Response(status)), rate_limit=None)


@pytest.mark.parametrize("status", [204, 200])
def test_no_content_where_a_model_is_documented_is_an_unexpected_response(status: int) -> None:
    with client_answering(status) as c:
        with pytest.raises(errors.UnexpectedResponseError, match="no content where UserDtoV1 was expected") as me:
            c.users.me()
        assert me.value.status_code == status
        with pytest.raises(errors.UnexpectedResponseError, match="no content where an array of ProjectDtoV1"):
            c.projects.get_projects(WS)


def test_a_documented_204_still_answers_none() -> None:
    assert 204 in _spec.operation("deleteTimeEntry").bodiless_statuses
    with client_answering(204) as c:
        assert c.call("deleteTimeEntry", path={"workspaceId": WS, "id": "e1"}) is None


def test_the_rule_comes_from_the_spec_for_every_operation() -> None:
    for op in _spec.operations().values():
        documented = _spec.spec()["paths"][op.path][op.method.lower()]["responses"]
        for status in op.bodiless_statuses:
            assert not documented[str(status)].get("content"), op.operation_id
        if op.success_types:
            assert op.success_status not in op.bodiless_statuses, op.operation_id
