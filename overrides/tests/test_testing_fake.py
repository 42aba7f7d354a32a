"""clockify_client.testing from a user's side: the pytest fixtures, the state and reports, the fault switches,
and the same fake over real HTTP (``python -m clockify_client.testing serve``)."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from clockify_api.types import Unset
from clockify_client import AsyncClockify, Clockify, errors
from clockify_client.testing import FakeClockify, _handlers
from clockify_client.testing._seed import Seed

T = TypeVar("T")
JAN = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


def known(value: T | Unset) -> T:
    """A field the spec calls optional that this answer must hold."""
    assert not isinstance(value, Unset)
    return value


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2024, 1, day, hour, minute, tzinfo=dt.UTC)


def hours_by_project(clockify: Clockify, workspace_id: str) -> dict[str, float]:
    """The kind of user code the fixtures are for: it only knows the client."""
    totals: dict[str, float] = {}
    for row in clockify.reports.iterate_detailed(workspace_id, {**JAN, "detailedFilter": {"sortColumn": "DATE"}}):
        name = row.raw.get("projectName") or "(none)"
        assert row.duration is not None
        totals[name] = totals.get(name, 0.0) + row.duration.total_seconds() / 3600
    return totals


def test_a_user_test_written_against_the_fixtures(clockify: Clockify, clockify_seed: Seed) -> None:
    website = clockify_seed.project("Website", billable=True)
    clockify_seed.entry(at(15, 9), at(15, 10, 30), project_id=website["id"])
    clockify_seed.entry(at(16, 9), at(16, 10), project_id=website["id"])
    clockify_seed.entry(at(17, 9), at(17, 9, 30))
    assert hours_by_project(clockify, clockify_seed.workspace_id) == {"Website": 2.5, "(none)": 0.5}


def test_the_async_fixture_reaches_the_same_fake(async_clockify: AsyncClockify, clockify_seed: Seed) -> None:
    clockify_seed.tag("urgent")

    async def names() -> list[str]:
        return [known(t.name) async for t in async_clockify.tags.iterate(clockify_seed.workspace_id)]

    assert asyncio.run(names()) == ["urgent"]


def test_running_timers_stop_and_in_progress(clockify: Clockify, clockify_seed: Seed) -> None:
    ws, me = clockify_seed.workspace_id, clockify_seed.user_id
    first = clockify.time_entries.create(ws, start=at(15, 9))
    second = clockify.time_entries.create(ws, start=at(15, 11))  # starting a timer stops the running one
    assert known(clockify.time_entries.get(ws, known(first.id)).time_interval).end == at(15, 11)
    assert [e.id for e in clockify.time_entries.in_progress(ws)] == [second.id]
    stopped = clockify.time_entries.stop(ws, me, end=at(15, 12))
    assert (stopped.id, known(stopped.time_interval).end) == (second.id, at(15, 12))
    assert list(clockify.time_entries.in_progress(ws)) == []
    with pytest.raises(errors.NotFoundError):
        clockify.time_entries.stop(ws, me, end=at(15, 13))


def test_bulk_replace_duplicate_invoiced_and_delete(clockify: Clockify, clockify_seed: Seed) -> None:
    ws, me = clockify_seed.workspace_id, clockify_seed.user_id
    entry = clockify.time_entries.create(ws, start=at(15, 9), end=at(15, 10), description="a")
    copy = clockify.time_entries.duplicate(ws, me, known(entry.id))
    assert copy.id != entry.id
    assert copy.description == "a"
    (updated,) = clockify.time_entries.update_many(
        ws, me, [{"id": copy.id, "start": at(16, 9), "end": at(16, 12), "description": "b"}]
    )
    assert (updated.description, known(updated.time_interval).end) == ("b", at(16, 12))
    clockify.time_entries.mark_invoiced(ws, time_entry_ids=[known(entry.id)], invoiced=True)
    invoiced = clockify.reports.detailed(ws, {**JAN, "detailedFilter": {}, "invoicingState": "INVOICED"})
    assert [row.id for row in invoiced.rows] == [entry.id]
    deleted = clockify.time_entries.delete_many(ws, me, time_entry_ids=[known(entry.id), known(copy.id)])
    assert {e.id for e in deleted} == {entry.id, copy.id}
    assert list(clockify.time_entries.iterate(ws, me)) == []


def test_an_id_in_a_body_that_names_nothing_is_refused(clockify: Clockify, clockify_seed: Seed) -> None:
    with pytest.raises(errors.BadRequestError) as refused:
        clockify.time_entries.create(clockify_seed.workspace_id, start=at(15, 9), project_id="0" * 24)
    assert (refused.value.code, refused.value.message) == (501, "Project doesn't belong to Workspace")


def test_report_paging_totals_and_exports(clockify: Clockify, clockify_seed: Seed) -> None:
    ws = clockify_seed.workspace_id
    for day in range(1, 8):
        clockify_seed.entry(at(day, 9), at(day, 10))
    page = clockify.reports.detailed(ws, {**JAN, "detailedFilter": {"page": 2, "pageSize": 3}})
    assert len(page.rows) == 3
    totals = page.totals
    assert totals is not None
    assert (totals.entries_count, totals.total_time) == (7, dt.timedelta(hours=7))
    body = {**JAN, "summaryFilter": {"groups": ["USER"]}}
    csv_file = clockify.reports.export("summary", ws, {**body, "exportType": "CSV"})
    assert csv_file.decode().splitlines()[1].startswith("Ada Lovelace,07:00:00")
    workbook = zipfile.ZipFile(io.BytesIO(clockify.reports.export("summary", ws, {**body, "exportType": "XLSX"})))
    assert "Ada Lovelace" in workbook.read("xl/worksheets/sheet1.xml").decode()
    assert clockify.reports.export("summary", ws, {**body, "exportType": "PDF"}).startswith(b"%PDF-1.4")
    archive = zipfile.ZipFile(io.BytesIO(clockify.reports.export("summary", ws, {**body, "exportType": "ZIP"})))
    assert archive.namelist() == ["report.csv"]


def test_expense_and_attendance_reports(clockify: Clockify, clockify_seed: Seed) -> None:
    ws = clockify_seed.workspace_id
    for day, amount in ((3, 10.0), (4, 20.5), (5, 30.0)):
        clockify_seed.expense(f"2024-01-{day:02d}", amount, billable=day != 5)
    expenses = clockify.reports.expenses(ws, {**JAN, "page": 1, "pageSize": 2})
    totals = expenses.totals
    assert totals is not None
    assert len(expenses.rows) == 2
    assert (totals.expenses_count, totals.total_amount) == (3, Decimal("60.5"))
    assert totals.total_amount_billable == Decimal("30.5")
    clockify_seed.entry(at(15, 9), at(15, 12))
    clockify_seed.entry(at(15, 13), at(15, 17))
    (row,) = clockify.reports.attendance(ws, {**JAN, "attendanceFilter": {"page": 1, "pageSize": 50}}).rows
    hour = dt.timedelta(hours=1)
    assert (row.start_time, row.end_time, row.total_duration, row.break_duration) == ("09:00", "17:00", 7 * hour, hour)


def test_documented_errors_are_answered_when_the_client_does_not_refuse_first(
    clockify: Clockify, clockify_seed: Seed
) -> None:
    with pytest.raises(errors.BadRequestError) as answered:
        clockify.call(
            "generateAttendanceReport",
            path={"workspaceId": clockify_seed.workspace_id},
            body={**JAN, "attendanceFilter": {"page": 1, "pageSize": 500}},
            validate=False,
        )
    assert (answered.value.status_code, answered.value.code, answered.value.message) == (
        400,
        501,
        "Maximum page size is 201",
    )


def test_faults_exercise_the_retry_paths(clockify_fake: FakeClockify, clockify_seed: Seed) -> None:
    with clockify_fake.client(clockify_seed.api_key, max_retries=2) as retrying:
        clockify_fake.faults.fail_next(2, kind=503)
        assert retrying.users.me().id == clockify_seed.user_id  # a GET is retried through two 503s
        clockify_fake.faults.fail_next(1, kind="reset")
        with pytest.raises(errors.APIConnectionError):  # a create is never retried after a reset
            retrying.tags.create(clockify_seed.workspace_id, name="x")
    with clockify_fake.client(clockify_seed.api_key) as once:
        clockify_fake.faults.fail_next(1, kind=500)
        with pytest.raises(errors.ServerError):
            once.users.me()
        clockify_fake.faults.latency = 0.05
        started = dt.datetime.now()
        once.users.me()
        assert dt.datetime.now() - started >= dt.timedelta(seconds=0.05)


def test_requests_above_the_rate_limit_are_answered_429(clockify_seed: Seed) -> None:
    now = [0.0]
    fake = FakeClockify(rate_limit=3, clock=lambda: now[0])
    seed = Seed.create(fake.store)
    with fake.client(seed.api_key) as client:
        for _ in range(3):
            client.workspaces.get(seed.workspace_id)
        with pytest.raises(errors.RateLimitError) as limited:
            client.workspaces.get(seed.workspace_id)
        assert limited.value.retry_after == 1.0
        now[0] = 1.01  # the window has moved on
        client.workspaces.get(seed.workspace_id)


def test_the_same_fake_over_http_from_the_command_line() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "clockify_client.testing", "serve", "--port", "0", "--api-key", "local-key"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        assert info["base_url"].startswith("http://127.0.0.1:")
        options = {"base_url": info["base_url"], "reports_base_url": info["reports_base_url"], "max_retries": 0}
        with Clockify(api_key="local-key", **options) as client:
            project = client.projects.create(info["workspace_id"], name="Over HTTP")
            assert [p.id for p in client.projects.iterate(info["workspace_id"])] == [project.id]
            report = client.reports.detailed(info["workspace_id"], {**JAN, "detailedFilter": {}})
            assert report.total_rows == 0
        with Clockify(api_key="wrong", **options) as stranger, pytest.raises(errors.AuthenticationError):
            stranger.users.me()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_server_refuses_a_non_loopback_address() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "clockify_client.testing", "serve", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert "loopback" in done.stderr


def test_the_readme_example_runs_as_a_user_runs_it(tmp_path: Path) -> None:
    """The README's test, run by pytest in a fresh directory: the fixtures come from the installed
    pytest11 entry point, not from this repository's conftest."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your code against a fake Clockify", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "test_readme_example.py").write_text(code, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout


def test_a_bug_in_the_fake_is_a_500_and_is_recorded(
    clockify: Clockify, clockify_fake: FakeClockify, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fake: FakeClockify, request: object) -> None:
        raise KeyError("oops")

    monkeypatch.setitem(_handlers.HANDLERS, "getLoggedUser", broken)
    with pytest.raises(errors.ServerError):
        clockify.users.me()
    assert clockify_fake.served[-1].source == "the fake failed: KeyError: 'oops'"


def test_loading_the_pytest_plugin_imports_nothing_of_the_client() -> None:
    """The plugin is an entry point: every pytest run of an environment with the client installed loads it,
    whether the project tests against Clockify or not. Loading it imports neither the client, the generated
    package, the fake nor httpx: the fixtures import them when a test uses one."""
    probe = (
        "import sys, pytest\n"
        "before = set(sys.modules)\n"
        "import clockify_client.testing.pytest_plugin\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    loaded = set(run.stdout.split())
    light = {
        "clockify_client",
        "clockify_client._lazy",
        "clockify_client.testing",
        "clockify_client.testing.pytest_plugin",
    }
    assert loaded <= light, sorted(loaded - light)


def test_the_lazy_packages_give_every_public_name(clockify: Clockify, async_clockify: AsyncClockify) -> None:
    import clockify_client
    import clockify_client.testing

    for package in (clockify_client, clockify_client.testing):
        assert set(package.__all__) <= set(dir(package))
        for name in package.__all__:
            assert getattr(package, name) is not None, name
    assert isinstance(clockify, clockify_client.Clockify)
    assert isinstance(async_clockify, clockify_client.AsyncClockify)
    with pytest.raises(AttributeError, match="no attribute 'Clockfy'"):
        _ = clockify_client.Clockfy  # type: ignore[attr-defined]
