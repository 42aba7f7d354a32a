"""The corrections have teeth: each one's witness passes on the corrected spec and fails without it."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

import pytest

from scripts.overlay import merge
from scripts.spec_build import BASE, OVERLAY, BuildResult, build, corrections, load_document

from .witnesses import WITNESSES

RECORDS = {c.id: c for c in corrections(load_document(OVERLAY))}

pytestmark = pytest.mark.contract


def test_every_correction_has_a_registered_witness_under_the_name_it_records() -> None:
    assert set(RECORDS) == set(WITNESSES), "corrections and witnesses differ"
    for cid, record in RECORDS.items():
        name = record.witness.split("::", 1)[1]
        assert name == WITNESSES[cid].__name__, f"{cid} names witness {name}, registered {WITNESSES[cid].__name__}"
        assert re.fullmatch(r"contract_tests/witnesses\.py::\w+", record.witness)


@functools.cache
def _documents() -> tuple[Any, Any]:
    return load_document(BASE), load_document(OVERLAY)  # parsed once: the build copies before it changes


def _build(skip: frozenset[str] = frozenset(), instance: Any = None) -> BuildResult:
    # Lenient: after `make update-spec` the base is Clockify's new file, where a correction may have become
    # stale. The build (`make generate`) is what insists that every correction applies to our own base.
    base, overlay = _documents()
    if instance:  # a guard's mistake, added to the base so that the guard has something to fix
        base = copy.deepcopy(base)
        merge(base, instance)
    return build(base, overlay, strict=False, skip=skip, check=False)


def _base_for(correction_id: str) -> Any:
    """A guard shows its teeth on the base plus one instance of the mistake it fixes; the others on the base."""
    record = RECORDS[correction_id]
    return record.instance if record.guard else None


@pytest.fixture(scope="module")
def corrected() -> BuildResult:
    return _build()


@pytest.mark.parametrize("correction_id", sorted(RECORDS))
def test_the_witness_holds_on_the_corrected_spec(corrected: BuildResult, correction_id: str) -> None:
    WITNESSES[correction_id](corrected.spec)
    if RECORDS[correction_id].guard:
        WITNESSES[correction_id](_build(instance=_base_for(correction_id)).spec)


@pytest.mark.parametrize("correction_id", sorted(RECORDS))
def test_the_witness_fails_without_its_correction(corrected: BuildResult, correction_id: str) -> None:
    stale = [o for o in corrected.by_correction()[correction_id] if o.stale]
    if stale:  # upstream already says it, or moved: `make update-spec` reports it for review
        pytest.skip(f"{correction_id} is stale against this base: {stale[0].status}: {stale[0].detail}")
    without = _build(skip=frozenset({correction_id}), instance=_base_for(correction_id)).spec
    with pytest.raises(AssertionError):
        WITNESSES[correction_id](without)
