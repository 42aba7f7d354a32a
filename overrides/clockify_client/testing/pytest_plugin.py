"""pytest fixtures for testing code against a fake Clockify (registered as the ``clockify`` pytest11 entry
point, so installing the package is enough):

    def test_my_report(clockify, clockify_seed):
        project = clockify_seed.project("Website", billable=True)
        clockify_seed.entry("2024-01-15T09:00:00Z", "2024-01-15T10:30:00Z", project_id=project["id"])
        assert my_code.hours_by_project(clockify, clockify_seed.workspace_id) == {"Website": 1.5}

``clockify_fake``   a fresh ``FakeClockify`` per test (faults, rate limit and store reachable)
``clockify_seed``   a workspace and a member with a key in it, with ``add``-style helpers (``Seed``)
``clockify``        a ``Clockify`` bound to the fake, acting as the seeded member
``async_clockify``  the same as ``AsyncClockify``
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the client is imported by the fixtures, when a test uses one: loading the plugin costs nothing
    from clockify_client import AsyncClockify, Clockify
    from clockify_client.testing._fake import FakeClockify
    from clockify_client.testing._seed import Seed


@pytest.fixture
def clockify_fake() -> FakeClockify:
    from clockify_client.testing._fake import FakeClockify

    return FakeClockify()


@pytest.fixture
def clockify_seed(clockify_fake: FakeClockify) -> Seed:
    from clockify_client.testing._seed import Seed

    return Seed.create(clockify_fake.store)


@pytest.fixture
def clockify(clockify_fake: FakeClockify, clockify_seed: Seed) -> Iterator[Clockify]:
    with clockify_fake.client(clockify_seed.api_key) as client:
        yield client


@pytest.fixture
def async_clockify(clockify_fake: FakeClockify, clockify_seed: Seed) -> Iterator[AsyncClockify]:
    client = clockify_fake.async_client(clockify_seed.api_key)
    yield client
    import asyncio

    asyncio.run(client.aclose())
