"""The fake Clockify's cost: a user-style sequence of 1,000 calls through ``clockify_client.testing``'s
in-process transport, against the same calls answered by a static ``httpx.MockTransport`` (the answers the
fake gave, replayed in order: no server work at all). Both runs go through the same client.

    fake_ratio_vs_mock_transport   (the sequence through the fake) / (the same through the mock)
    fake_ms_per_call               the fake's mean time per call, client included
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import statistics
import time

import httpx
from clockify_client import Clockify
from clockify_client.testing import FakeClockify
from clockify_client.testing._seed import Seed

CALLS = 1000
JAN = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


def session(client: Clockify, workspace_id: str) -> int:
    """What an integration's test suite does, 1,000 calls: set up, track time, read it back, report, clean up.
    Returns the number of calls made."""
    hour = dt.timedelta(hours=1)
    projects = [client.projects.create(workspace_id, name=f"Project {i}", billable=True).id for i in range(10)]
    for i in range(5):
        client.clients.create(workspace_id, name=f"Client {i}")
        client.tags.create(workspace_id, name=f"tag {i}")
    entries = []
    for i in range(300):
        start = dt.datetime(2024, 1, 1 + i % 28, 8 + i % 9, tzinfo=dt.UTC)
        created = client.time_entries.create(workspace_id, start=start, end=start + hour, project_id=projects[i % 10])
        entries.append(str(created.id))
    me = client.users.me().id
    for i in range(200):
        client.time_entries.get(workspace_id, entries[i])
    for i in range(100):
        start = dt.datetime(2024, 1, 1 + i % 28, 7, tzinfo=dt.UTC)
        client.time_entries.update(workspace_id, entries[i], start=start, end=start + 2 * hour)
    for i in range(100):
        page = {"page": 1 + i % 6, "page-size": 50}
        client.call("getTimeEntries", path={"workspaceId": workspace_id, "userId": me}, query=page)
        client.call("getProjects", path={"workspaceId": workspace_id}, query={"page": 1, "page-size": 50})
    for i in range(50):
        client.reports.detailed(workspace_id, {**JAN, "detailedFilter": {"page": 1 + i % 6, "pageSize": 50}})
        client.reports.summary(workspace_id, {**JAN, "summaryFilter": {"groups": ["PROJECT", "USER"]}})
    for i in range(50):
        client.time_entries.delete(workspace_id, entries[299 - i])
    calls = 10 + 10 + 300 + 1 + 200 + 100 + 200 + 100 + 50
    for _ in range(CALLS - calls):
        client.users.me()
    return CALLS


def run(repeat: int = 5) -> dict[str, float]:
    recorded: list[httpx.Response] = []

    class Recording(FakeClockify):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            recorded.append(response)
            return response

    def through_fake() -> None:
        fake = FakeClockify()
        seed = Seed.create(fake.store)
        with fake.client(seed.api_key) as client:
            assert session(client, seed.workspace_id) == CALLS

    def through_mock() -> None:
        answers = collections.deque(recorded)

        def handler(request: httpx.Request) -> httpx.Response:
            answer = answers.popleft()
            return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

        with Clockify(
            api_key="fake-key-0001", transport=httpx.MockTransport(handler), max_retries=0, rate_limit=None
        ) as client:
            assert session(client, workspace_id) == CALLS

    fake = Recording()
    seed = Seed.create(fake.store)
    workspace_id = seed.workspace_id  # the same in every fresh fake: ids are counted
    with fake.client(seed.api_key) as client:
        session(client, workspace_id)
    assert len(recorded) == CALLS, f"the session made {len(recorded)} calls"
    through_fake()
    through_mock()  # warm-up
    ratios, fake_times = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        through_fake()
        middle = time.perf_counter()
        through_mock()
        ended = time.perf_counter()
        fake_times.append(middle - started)
        ratios.append((middle - started) / (ended - middle))
    return {
        "fake_ratio_vs_mock_transport": statistics.median(ratios),
        "fake_ms_per_call": statistics.median(fake_times) / CALLS * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m scripts.bench_fake",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    ).parse_args(argv)
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
