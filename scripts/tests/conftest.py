from __future__ import annotations

from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "clockify-official-openapi.yaml"


@pytest.fixture(scope="session")
def reference() -> Path:
    """Clockify's own published file, when ../shared is beside the checkout (never committed)."""
    if not REFERENCE.is_file():
        pytest.skip(f"reference file absent: {REFERENCE}")
    return REFERENCE
