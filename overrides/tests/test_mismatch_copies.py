"""A model's mismatches travel with it: a copy, a deep copy or a pickled-and-loaded model (shipped to another
process) reports the same mismatches as the model the client returned, like the list that held it does."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable

import httpx
import pytest
from clockify_client import Clockify, mismatches
from clockify_client.testing import complete_body

WS = "5b641568b07987035750505e"
COPIES: dict[str, Callable[[object], object]] = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda model: pickle.loads(pickle.dumps(model)),
}


@pytest.mark.parametrize("how", list(COPIES))
def test_a_copied_model_keeps_its_mismatches(how: str) -> None:
    answer = [{"id": "p1", "name": "n", "color": 7}, {"id": "p2", "name": "m", "color": "#000000"}]
    handler = httpx.MockTransport(
        lambda r: httpx.Response(200, json=complete_body("ProjectDtoV1", answer), headers={"Last-Page": "true"})
    )
    with Clockify("k" * 48, transport=handler, rate_limit=None) as c:
        projects = c.projects.get_projects(WS)
    odd, fine = projects
    assert len(mismatches(odd)) == 1
    copied = COPIES[how](odd)
    assert copied is not odd
    assert mismatches(copied) == mismatches(odd)
    assert getattr(copied, "additional_properties", None) == odd.additional_properties
    assert mismatches(COPIES[how](fine)) == ()
    del odd, projects
    assert len(mismatches(copied)) == 1  # its own record, not the original's
