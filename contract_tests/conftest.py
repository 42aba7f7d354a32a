"""Fixtures and Hypothesis profiles of the contract suite.

The project's Hypothesis profile (``HYPOTHESIS_PROFILE``, the root ``conftest.py``) holds here too: under
``ci``, derandomized, a few examples per test (the valid calls of an operation are drawn once and shared:
``strategies.valid_calls``); under ``deep``, twenty times the examples, random and drawn afresh in every test
(``HYPOTHESIS_PROFILE=deep make contract``). ``contract_settings`` gives the contract tests' settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from clockify_client import Clockify
from clockify_client.testing import SERVED_HOOKS, Served
from hypothesis import HealthCheck, Phase, settings

from conftest import PROFILE, examples
from contract_tests import cassette_io, coverage_report, recording
from contract_tests.secrets_scan import FAKE_KEYS

FAKE_KEY = FAKE_KEYS[0]  # never a real key; the scanner checks that it never lands in a cassette

# A few examples per test, not shrunk in the gate (a failing Schemathesis case can take minutes to shrink; the
# example is printed as drawn); shrunk when exploring.
_CONTRACT = settings(
    settings(phases=[Phase.explicit, Phase.reuse, Phase.generate]) if PROFILE == "ci" else None,
    max_examples=examples(6),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


# `make contract` sets CONTRACT_REPORTS (a directory): every answer the fake Clockify gives during the run is
# collected, and the coverage table is written there (and shown at the end of the run).
REPORTS = os.environ.get("CONTRACT_REPORTS")
_SERVED: list[Served] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    if REPORTS:
        SERVED_HOOKS.append(_SERVED.append)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REPORTS:
        text = coverage_report.write(_SERVED, Path(REPORTS))
        terminalreporter.write_sep("-", f"coverage through the fake ({REPORTS}/coverage.md)")
        terminalreporter.write(text.split("\n\n")[0] + "\n")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under contract_tests/ is a contract test (`make contract` selects the marker): a new file
    cannot be left out by forgetting its ``pytestmark``."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.contract)


def contract_settings() -> settings:
    """The contract tests' settings under the active profile, to decorate a ``@given`` function with."""
    return _CONTRACT


Replay = Callable[..., AbstractContextManager[Any]]


@pytest.fixture
def replay() -> Replay:
    """``with replay(name) as cassette:`` opens one cassette (an operationId or a scenario) for the whole test,
    replay-only, every interaction playable any number of times (one per Hypothesis example)."""

    @contextmanager
    def open_cassette(name: str, root: Path = cassette_io.CASSETTES) -> Iterator[Any]:
        path = cassette_io.cassette_path(name, root)
        assert path.is_file(), f"no cassette {path}"
        with recording.make_vcr().use_cassette(str(path), record_mode="none", allow_playback_repeats=True) as c:
            yield c

    return open_cassette


@pytest.fixture
def client() -> Iterator[Clockify]:
    """A client on the global hosts (the cassettes' URLs) with a fake key, no retries, no rate limit."""
    with Clockify(api_key=FAKE_KEY, max_retries=0, rate_limit=None) as c:
        yield c
