"""The corrections have teeth: each one's witness passes on the corrected spec and fails without it."""

from __future__ import annotations

import re

import pytest

from scripts.spec_build import OVERLAY, build_default, corrections, load_document

from .witnesses import WITNESSES

RECORDS = {c.id: c for c in corrections(load_document(OVERLAY))}

pytestmark = pytest.mark.contract


def test_every_correction_has_a_registered_witness_under_the_name_it_records() -> None:
    assert set(RECORDS) == set(WITNESSES), "corrections and witnesses differ"
    for cid, record in RECORDS.items():
        name = record.witness.split("::", 1)[1]
        assert name == WITNESSES[cid].__name__, f"{cid} names witness {name}, registered {WITNESSES[cid].__name__}"
        assert re.fullmatch(r"contract_tests/witnesses\.py::\w+", record.witness)


@pytest.fixture(scope="module")
def corrected() -> dict[str, object]:
    return build_default(check=False).spec


@pytest.mark.parametrize("correction_id", sorted(RECORDS))
def test_the_witness_holds_on_the_corrected_spec(corrected: dict[str, object], correction_id: str) -> None:
    WITNESSES[correction_id](corrected)


@pytest.mark.parametrize("correction_id", sorted(RECORDS))
def test_the_witness_fails_without_its_correction(correction_id: str) -> None:
    without = build_default(skip=frozenset({correction_id}), check=False).spec
    with pytest.raises(AssertionError):
        WITNESSES[correction_id](without)
