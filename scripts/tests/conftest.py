from __future__ import annotations

import os
from pathlib import Path

import pytest

from scripts.spec_build import ROOT

# Clockify's own published file: CLOCKIFY_REFERENCE_SPEC, else ../shared beside the checkout (never committed).
REFERENCE = Path(
    os.environ.get("CLOCKIFY_REFERENCE_SPEC") or ROOT.parent / "shared" / "reference" / "clockify-official-openapi.yaml"
)


@pytest.fixture(scope="session")
def reference() -> Path:
    if not REFERENCE.is_file():
        pytest.skip(f"reference file absent: {REFERENCE} (set CLOCKIFY_REFERENCE_SPEC to its path)")
    return REFERENCE
