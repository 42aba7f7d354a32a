"""Hypothesis profiles of the whole test suite, chosen by ``HYPOTHESIS_PROFILE`` (default ``ci``).

``ci`` (the gate's) is derandomized: every run draws the same examples, so the verdict does not change by
chance and a failure reproduces with the same command; there is no example database, and the failing example
is printed as drawn. ``deep`` explores: random examples, twenty times as many (``examples``), shrunk, with a
reproduction blob (``HYPOTHESIS_PROFILE=deep make pytest``; ``--hypothesis-seed=N`` picks the draw).

Loaded here, at the root, before any test module is imported, so every ``@settings`` inherits it; a test
that sets its own count writes it as ``examples(n)``.
"""

from __future__ import annotations

import os

from hypothesis import settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
DEPTH = {"ci": 1, "deep": 20}


def examples(count: int) -> int:
    """A test's number of examples under the active profile: ``count`` in the gate, more when exploring."""
    return count * DEPTH[PROFILE]


def _print_failing_examples() -> None:
    """Schemathesis swaps Hypothesis's printer for one that prints nothing (a speed-up of its own runner), so
    every failing example in the suite would read ``test(n=,)``. Its other set-up is kept (done first: it
    runs once); Hypothesis's printer is put back."""
    from hypothesis import core
    from hypothesis.vendor import pretty
    from schemathesis.generation import hypothesis as schemathesis_setup

    schemathesis_setup.setup()
    core.RepresentationPrinter = pretty.RepresentationPrinter  # type: ignore[attr-defined]


_print_failing_examples()
settings.register_profile("ci", derandomize=True, database=None, print_blob=False)
settings.register_profile("deep", max_examples=100 * DEPTH["deep"], derandomize=False, print_blob=True)  # shrinks
settings.load_profile(PROFILE)
