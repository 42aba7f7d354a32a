"""A Hypothesis state machine drives the fake Clockify through random sequences of operations, through the
client's public surface, and checks after every step that

* what was created can be read and is listed; what was deleted is gone (read: 404, not listed);
* every paged list's pages partition it: no item twice, none lost, ``Last-Page`` on the last page only;
* report totals equal the sum of their rows (detailed: over all pages; summary: its groups; weekly: its days);
* every answer conforms to the corrected spec (``checks.conformance_problems``, as for the cassettes).

The machine is run once as it is, and against fakes broken on purpose (pages that overlap, totals that lose a
row, a delete that deletes nothing): each must be caught.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from clockify_api.models import TimeIntervalDtoV1
from clockify_client import errors
from clockify_client.testing import FakeClockify, Store, _handlers, _reports
from clockify_client.testing._seed import Seed
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, initialize, invariant, precondition, rule

from contract_tests import checks

pytestmark = pytest.mark.contract

Json = Any
BASE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
RANGE = {"dateRangeStart": "2023-12-01T00:00:00.000Z", "dateRangeEnd": "2024-03-01T00:00:00.000Z"}
COMPONENTS = checks._components()  # the spec's schemas, converted once for every conformance check
names = st.text(alphabet="abcdefghij", min_size=2, max_size=8)  # the spec's name limits: 2 to 250 characters


class RecordingFake(FakeClockify):
    """The fake, keeping every exchange so each answer can be checked against the spec."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.exchanges.append((request, response))
        return response


class FakeMachine(RuleBasedStateMachine):
    make_fake: Callable[[], RecordingFake] = RecordingFake

    projects = Bundle("projects")
    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        self.fake = type(self).make_fake()
        self.seed = Seed.create(self.fake.store)
        self.client = self.fake.client(self.seed.api_key)
        self.raw = httpx.Client(transport=self.fake, headers={"X-Api-Key": self.seed.api_key})
        self.model: dict[str, dict[str, Json]] = {"projects": {}, "clients": {}, "tags": {}, "entries": {}}
        self.deleted: dict[str, str] = {}  # id -> "entry" or "project"
        self.checked = 0

    def teardown(self) -> None:
        self.client.close()
        self.raw.close()

    @property
    def ws(self) -> str:
        return self.seed.workspace_id

    # --- operations ---

    @initialize()
    def start(self) -> None:
        assert self.client.users.me().id == self.seed.user_id

    @rule(target=projects, name=names, billable=st.booleans())
    def create_project(self, name: str, billable: bool) -> str:
        project = self.client.projects.create(self.ws, name=name, billable=billable)
        self.model["projects"][str(project.id)] = name
        return str(project.id)

    @rule(project=consumes(projects))
    def delete_project(self, project: str) -> None:
        if project in self.model["projects"]:
            self.client.projects.delete(self.ws, project)
            del self.model["projects"][project]
            self.deleted[project] = "project"

    @rule(name=names)
    def create_client(self, name: str) -> None:
        self.model["clients"][str(self.client.clients.create(self.ws, name=name).id)] = name

    @rule(name=names)
    def create_tag(self, name: str) -> None:
        self.model["tags"][str(self.client.tags.create(self.ws, name=name).id)] = name

    @rule(target=entries, day=st.integers(0, 40), hour=st.integers(0, 20), minutes=st.integers(1, 240))
    def create_entry(self, day: int, hour: int, minutes: int) -> str:
        start = BASE + dt.timedelta(days=day, hours=hour)
        entry = self.client.time_entries.create(self.ws, start=start, end=start + dt.timedelta(minutes=minutes))
        self.model["entries"][str(entry.id)] = minutes * 60
        return str(entry.id)

    @precondition(lambda self: bool(self.model["entries"]))
    @rule(data=st.data(), minutes=st.integers(1, 120))
    def update_entry(self, data: st.DataObject, minutes: int) -> None:
        entry = data.draw(st.sampled_from(sorted(self.model["entries"])))  # always a live entry
        start = BASE + dt.timedelta(days=3)
        self.client.time_entries.update(self.ws, entry, start=start, end=start + dt.timedelta(minutes=minutes))
        self.model["entries"][entry] = minutes * 60

    @rule(target=entries, entry=entries)
    def duplicate_entry(self, entry: str) -> str:
        if entry not in self.model["entries"]:
            return entry
        copy = self.client.time_entries.duplicate(self.ws, self.seed.user_id, entry)
        self.model["entries"][str(copy.id)] = self.model["entries"][entry]
        return str(copy.id)

    @rule(entry=consumes(entries))
    def delete_entry(self, entry: str) -> None:
        if entry in self.model["entries"]:
            self.client.time_entries.delete(self.ws, entry)
            del self.model["entries"][entry]
            self.deleted[entry] = "entry"

    @rule(chosen=st.lists(consumes(entries), min_size=1, max_size=3, unique=True))
    def delete_many(self, chosen: list[str]) -> None:
        alive = [e for e in chosen if e in self.model["entries"]]
        if alive:
            deleted = self.client.time_entries.delete_many(self.ws, self.seed.user_id, time_entry_ids=alive)
            assert sorted(str(e.id) for e in deleted) == sorted(alive)
            for entry in alive:
                del self.model["entries"][entry]
                self.deleted[entry] = "entry"

    @rule(entry=entries)
    def invoice(self, entry: str) -> None:
        if entry in self.model["entries"]:
            self.client.time_entries.mark_invoiced(self.ws, time_entry_ids=[entry], invoiced=True)

    # --- invariants ---

    def _pages(self, path: str, size: int) -> list[str]:
        """A core list read page by page at ``size``: the ids, checking Last-Page on every page."""
        ids: list[str] = []
        for page in range(1, 1000):
            answer = self.raw.get(f"https://api.clockify.me/api{path}", params={"page": page, "page-size": size})
            assert answer.status_code == 200, answer.text
            items = answer.json()
            ids += [item["id"] for item in items]
            if answer.headers["Last-Page"] == "true":
                return ids
            assert len(items) == size, f"page {page} of {path} is short but not the last"
        raise AssertionError(f"{path} never reached its last page")

    @invariant()
    def created_is_listed_and_pages_partition_the_list(self) -> None:
        lists = {
            "projects": f"/v1/workspaces/{self.ws}/projects",
            "clients": f"/v1/workspaces/{self.ws}/clients",
            "tags": f"/v1/workspaces/{self.ws}/tags",
            "entries": f"/v1/workspaces/{self.ws}/user/{self.seed.user_id}/time-entries",
        }
        for kind, path in lists.items():
            whole = self._pages(path, 5000)
            assert sorted(whole) == sorted(self.model[kind]), f"{kind}: listed {whole}, created {self.model[kind]}"
            for size in (1, 3):
                assert self._pages(path, size) == whole, f"{kind}: pages of {size} do not partition the list"

    @invariant()
    def created_can_be_read_and_deleted_is_gone(self) -> None:
        for entry, seconds in self.model["entries"].items():
            read = self.client.time_entries.get(self.ws, entry)
            assert read.id == entry
            interval = read.time_interval
            assert isinstance(interval, TimeIntervalDtoV1)
            assert isinstance(interval.end, dt.datetime)
            assert isinstance(interval.start, dt.datetime)
            assert interval.end - interval.start == dt.timedelta(seconds=seconds)
        for project in self.model["projects"]:
            assert self.client.projects.get(self.ws, project).id == project
        for gone, kind in self.deleted.items():
            try:
                if kind == "entry":
                    self.client.time_entries.get(self.ws, gone)
                else:
                    self.client.projects.get(self.ws, gone)
            except errors.NotFoundError:
                continue
            raise AssertionError(f"the {kind} {gone} was deleted but can still be read")

    @invariant()
    def report_totals_equal_the_sum_of_their_rows(self) -> None:
        url = f"https://reports.api.clockify.me/v1/workspaces/{self.ws}/reports"
        rows: list[Json] = []
        total = None
        for page in range(1, 100):
            body = {**RANGE, "detailedFilter": {"page": page, "pageSize": 2}}
            report = self.raw.post(f"{url}/detailed", json=body).json()
            total = report["totals"][0]
            rows += report["timeEntries"]
            if len(rows) >= total["entriesCount"] or not report["timeEntries"]:
                break
        assert total is not None
        assert total["entriesCount"] == len(rows) == len({r["id"] for r in rows})
        assert total["totalTime"] == sum(r["timeInterval"]["duration"] for r in rows)
        assert sorted(r["id"] for r in rows) == sorted(self.model["entries"])
        assert total["totalTime"] == sum(self.model["entries"].values())
        summary = self.raw.post(f"{url}/summary", json={**RANGE, "summaryFilter": {"groups": ["PROJECT"]}}).json()
        assert (
            summary["totals"][0]["totalTime"] == sum(g["duration"] for g in summary["groupOne"]) == total["totalTime"]
        )
        weekly = self.raw.post(f"{url}/weekly", json={**RANGE, "weeklyFilter": {"group": "USER"}}).json()
        assert weekly["totals"][0]["totalTime"] == sum(d["duration"] for d in weekly["totalsByDay"])

    @invariant()
    def every_answer_conforms_to_the_spec(self) -> None:
        for request, response in self.fake.exchanges[self.checked :]:
            interaction = {
                "request": {
                    "method": request.method,
                    "uri": str(request.url),
                    "headers": {"X-Api-Key": ["x"]},
                    "body": request.content.decode() or None,
                },
                "response": {
                    "status": {"code": response.status_code},
                    "headers": {k: [v] for k, v in response.headers.items()},
                    "body": {"string": response.content.decode()},
                },
            }
            problems = checks.conformance_problems(interaction, COMPONENTS)
            assert problems == [], f"{request.method} {request.url}: {problems}"
        self.checked = len(self.fake.exchanges)
        failures = [s.source for s in self.fake.served if s.source and s.source.startswith("the fake failed")]
        assert failures == [], failures


STATEFUL = settings(
    max_examples=10,
    stateful_step_count=12,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # as the contract profile: no shrinking in CI
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_random_sequences_keep_the_invariants() -> None:
    FakeMachine.TestCase.settings = STATEFUL
    FakeMachine.TestCase().runTest()


# --- the same machine against fakes broken on purpose ------------------------------------------------


def _overlapping_pages(op: Any, query: Any, items: list[Json]) -> tuple[list[Json], bool]:
    page, size = int(query.get("page", 1)), int(query.get("page-size", 50))
    start = max(0, (page - 1) * size - 1)  # repeats the last item of the page before
    return items[start : start + size], start + size >= len(items)


def _totals_losing_a_row(rows: Any) -> dict[str, Json]:
    return _original_totals(list(rows)[:-1])


_original_totals = _reports.totals


def _delete_nothing(fake: Any, request: Any) -> None:
    return None


def _never_forget(store: Any) -> None:
    return None


BREAKAGES = {
    "derived reports never forgotten": (Store, "changed", _never_forget),
    "pages overlap": (FakeClockify, "_page", staticmethod(_overlapping_pages)),
    "totals lose a row": (_reports, "totals", _totals_losing_a_row),
    "delete deletes nothing": (_handlers.HANDLERS, "deleteTimeEntry", _delete_nothing),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_the_invariants_catch_a_broken_fake(breakage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    target, name, replacement = BREAKAGES[breakage]
    if isinstance(target, dict):
        monkeypatch.setitem(target, name, replacement)
    else:
        monkeypatch.setattr(target, name, replacement)
    FakeMachine.TestCase.settings = settings(STATEFUL, max_examples=40, stateful_step_count=20)
    with pytest.raises(AssertionError):
        FakeMachine.TestCase().runTest()
    json.dumps(breakage)  # (the parameter names the breakage in the test id)
