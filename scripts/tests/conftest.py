from __future__ import annotations

import os
from pathlib import Path

import pytest

# Clockify's own published file: ../shared/reference beside the checkout, or wherever CLOCKIFY_REFERENCE_SPEC says.
REFERENCE = Path(
    os.environ.get("CLOCKIFY_REFERENCE_SPEC")
    or Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "clockify-official-openapi.yaml"
)


@pytest.fixture(scope="session")
def reference() -> Path:
    """Clockify's own published file, when it is at hand (never committed)."""
    if not REFERENCE.is_file():
        pytest.skip(f"reference file absent: {REFERENCE} (set CLOCKIFY_REFERENCE_SPEC to its path)")
    return REFERENCE
