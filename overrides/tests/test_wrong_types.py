"""Every public method, sync and async, given an argument of a type its signature does not allow.

The methods are found by looking (the client's own, every area's, the constructors), not listed by hand,
so a method added later is attacked too. Each call gets good values for every required parameter but one,
which gets a value of a wrong type (or a wrong value of the right type); the fake Clockify (in process)
answers what is sent. Whatever happens, only a ``ClockifyError`` (or an answer) comes out; a refusal
before sending (``ConfigurationError``, ``RequestValidationError``) sends nothing and says which
parameter or field was wrong; no message shows the key.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import inspect
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from clockify_api.models import (
    AttendanceFilterV1,
    DetailedFilterV1,
    DetailedReportFilterV1,
    SummaryFilterV1,
    WeeklyFilterV1,
    WeeklyFilterV1Group,
)
from clockify_client import AsyncClockify, Clockify, _spec, errors
from clockify_client._strict import strict
from clockify_client.testing import FakeClockify, Seed
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .test_hostile_property import settle  # a coroutine awaited, an iterator's first rows read

START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}
AREAS = ("users", "workspaces", "projects", "clients", "tags", "tasks", "time_entries", "reports")


class Color(enum.Enum):
    RED = "RED"


class Hostile(Mapping[str, Any]):
    """A mapping that fails as soon as it is read."""

    def __getitem__(self, key: str) -> Any:
        raise RuntimeError("hostile")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("hostile")

    def __len__(self) -> int:
        raise RuntimeError("hostile")


class Unprintable:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    __str__ = __repr__


# Wrong types and wrong values of the right type, as the issue lists them and more.
ODD = [
    1,
    -1,
    0,
    1.5,
    float("nan"),
    True,
    None,
    10**5000,
    "",
    "NOT_A_MEMBER",
    "\ud800",
    "..",
    b"ab",
    [1],
    ["x", 1],
    [None],
    (1, 2),
    {1, 2},
    {"a": {"b": object()}},
    {1: 2},
    decimal.Decimal("1.5"),
    datetime.datetime(2024, 1, 1),  # no time zone
    datetime.date(2024, 1, 1),
    datetime.timedelta(hours=1),
    Color.RED,
    DetailedFilterV1(),  # a model where another (or text) belongs
    DetailedReportFilterV1("2024-01-01", "2024-01-02", detailed_filter={"page": 1}),  # type: ignore[arg-type]  # a dict where its nested model belongs
    object(),
    Unprintable(),
    Hostile(),
    print,
]
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6) | st.binary(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
wrong_values = st.sampled_from(ODD) | json_like


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake Clockify, counting what reaches it."""

    def __init__(self, fake: FakeClockify) -> None:
        self.fake, self.sent = fake, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return self.fake.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return await self.fake.handle_async_request(request)


class World:
    """A seeded fake, the ids it knows, and a good value for every required parameter of the surface."""

    def __init__(self) -> None:
        self.fake = FakeClockify()
        self.seed = Seed.create(self.fake.store)
        self.project = self.seed.project("Apollo")["id"]
        self.entry = self.seed.entry(START, START + datetime.timedelta(hours=1))["id"]
        self.transport = Counting(self.fake)
        by_name: dict[str, Any] = {
            "workspace_id": self.seed.workspace_id,
            "user_id": self.seed.user_id,
            "project_id": self.project,
            "id": self.entry,
            "time_entry_ids": [self.entry],
            "name": "Apollo 2",
            "report": "detailed",
            "date_range_start": DATES["dateRangeStart"],  # the report filters' dates are typed as text
            "date_range_end": DATES["dateRangeEnd"],
            "path": {"workspaceId": self.seed.workspace_id},
        }
        by_annotation: dict[str, Any] = {
            "datetime.datetime": START,
            "DetailedFilterV1": DetailedFilterV1(),
            "SummaryFilterV1": SummaryFilterV1(),
            "AttendanceFilterV1": AttendanceFilterV1(),
            "WeeklyFilterV1": WeeklyFilterV1(group=WeeklyFilterV1Group.PROJECT),
            "Sequence[UpdateTimeEntryBulkRequest | Mapping[str, object]]": [{"id": self.entry, "start": START}],
            "Mapping[str, Any]": {**DATES, "detailedFilter": {}},  # iterate_report's body
        }
        self.by_name, self.by_annotation = by_name, by_annotation

    def client(self, use_async: bool) -> Any:
        cls = AsyncClockify if use_async else Clockify
        return cls(api_key=self.seed.api_key, transport=self.transport, max_retries=0, rate_limit=None)

    def good(self, method: str, parameter: inspect.Parameter) -> Any:
        if parameter.name == "body" and method.startswith("reports."):
            return REPORT_BODIES[method.removeprefix("reports.").removeprefix("iterate_")]
        if parameter.name == "operation_id":
            return "generateDetailedReport" if "report" in method else "getProjects"
        if parameter.name in self.by_name:
            return self.by_name[parameter.name]
        return self.by_annotation[str(parameter.annotation)]


REPORT_BODIES: dict[str, Any] = {
    "detailed": {**DATES, "detailedFilter": {}},
    "summary": {**DATES, "summaryFilter": {}},
    "weekly": {**DATES, "weeklyFilter": {"group": "PROJECT"}},
    "expenses": dict(DATES),
    "attendance": {**DATES, "attendanceFilter": {}},
    "export": {**DATES, "detailedFilter": {}, "exportType": "CSV"},
}


def attackable(world: World, client: Any, name: str) -> bool:
    """Whether a good value is known for every required parameter of the method (all of them for the
    project's own spec; a client generated from a larger one has methods this table does not know)."""
    try:
        arguments(world, client, name, None, None)
    except KeyError:
        return False
    return True


def surface(client: Clockify | AsyncClockify) -> dict[str, Callable[..., Any]]:
    """Every public method of a client and of its areas, by name."""
    found: dict[str, Callable[..., Any]] = {}
    for prefix, owner in [("", client), *((f"{a}.", getattr(client, a)) for a in AREAS)]:
        for name in dir(owner):
            value = getattr(owner, name)
            if not name.startswith("_") and inspect.ismethod(value) and name not in ("close", "aclose"):
                found[prefix + name] = value
    return found


def parameters(client: Any, name: str) -> list[inspect.Parameter]:
    """The parameters a caller's arguments meet: ``call`` and ``iterate`` are served by ``_call`` and
    ``_iterate`` (their public signatures are overloads per operation id)."""
    method = getattr(client, "_" + name) if name in ("call", "iterate") else surface(client)[name]
    signature = inspect.signature(method)  # through the strict wrapper, to the method itself
    return [p for p in signature.parameters.values() if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def arguments(world: World, client: Any, name: str, wrong: str | None, value: Any) -> tuple[list[Any], dict[str, Any]]:
    """Good values for every required parameter, ``value`` for the one named ``wrong``."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in parameters(client, name):
        if p.name == wrong:
            given = value
        elif p.default is inspect.Parameter.empty or p.name == "path":  # call's path is optional, not here
            given = world.good(name, p)
        else:
            continue
        if p.kind == p.POSITIONAL_OR_KEYWORD:
            args.append(given)
        else:
            kwargs[p.name] = given
    return args, kwargs


def normalized(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def names_what_was_wrong(error: errors.ClockifyError, parameter: str) -> bool:
    """A refusal names the parameter (in Python's spelling or the spec's: ``page_size``, ``page-size``), or,
    for a parameter that holds many values (a body, ``extra_query=``), the path of the one at fault."""
    if normalized(parameter) in normalized(str(error)):
        return True
    return parameter in ("body", "path", "query", "extra_body", "extra_query") and bool(getattr(error, "problems", []))


# The project's own spec (the in-scope subset): every method is attacked; see test_typed_surface.OWN_SPEC.
OWN_SPEC = "subset" in str(_spec.spec()["info"].get("title", ""))
_WORLD = World()
SYNC_METHODS = sorted(n for n in surface(Clockify(api_key="k" * 24)) if attackable(_WORLD, _WORLD.client(False), n))
ASYNC_METHODS = sorted(
    n for n in surface(AsyncClockify(api_key="k" * 24)) if attackable(_WORLD, _WORLD.client(True), n)
)


def test_the_surface_is_found_whole() -> None:
    # Every generated method of ``clockify.api`` is reachable from an area (for the project's own spec; a
    # larger one has tags no area holds), so attacking the areas attacks it.
    clockify = Clockify(api_key="k" * 24)
    from_areas = {inspect.unwrap(m) for n, m in surface(clockify).items() if "." in n}
    for tag in vars(clockify.api).values() if OWN_SPEC else ():
        for name in dir(tag):
            if not name.startswith("_") and inspect.ismethod(getattr(tag, name)):
                assert inspect.unwrap(getattr(tag, name)) in from_areas, name
    assert {"call", "iterate", "iterate_report", "reports.export", "time_entries.iterate"} <= set(SYNC_METHODS)
    assert "iterate_report_concurrently" in ASYNC_METHODS
    assert len(SYNC_METHODS) > 60
    assert len(ASYNC_METHODS) > 60
    if OWN_SPEC:  # a good value is known for every required parameter: no method is left out
        assert sorted(surface(Clockify(api_key="k" * 24))) == SYNC_METHODS
        assert sorted(surface(AsyncClockify(api_key="k" * 24))) == ASYNC_METHODS


@pytest.mark.parametrize("use_async", [False, True])
def test_good_arguments_reach_the_server(use_async: bool) -> None:
    # The attack below changes one argument of a call that is otherwise good: every method with only
    # its good values sends at least one request, and answers (or the fake refuses what it cannot do).
    world = World()
    for name in ASYNC_METHODS if use_async else SYNC_METHODS:
        client = world.client(use_async)  # one per call: each async call runs on its own event loop
        method = surface(client)[name]
        args, kwargs = arguments(world, client, name, None, None)
        before = world.transport.sent
        try:
            settle(method(*args, **kwargs))
        except (errors.ConfigurationError, errors.RequestValidationError) as exc:
            pytest.fail(f"{name}: good arguments refused: {exc}")
        except errors.APIError:
            pass
        assert world.transport.sent > before, name


@settings(
    max_examples=500,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), use_async=st.booleans())
def test_a_wrong_argument_is_refused_before_sending_or_answered(data: st.DataObject, use_async: bool) -> None:
    world = World()
    client = world.client(use_async)
    name = data.draw(st.sampled_from(ASYNC_METHODS if use_async else SYNC_METHODS), label="method")
    method = surface(client)[name]
    wrong = data.draw(st.sampled_from([p.name for p in parameters(client, name)]), label="parameter")
    value = data.draw(wrong_values, label="value")
    args, kwargs = arguments(world, client, name, wrong, value)
    refusal: errors.ClockifyError | None = None
    try:
        settle(method(*args, **kwargs))
    except errors.ClockifyError as exc:  # anything else propagates and fails the property
        refusal = exc
    if refusal is not None:
        assert world.seed.api_key not in str(refusal) + repr(refusal)
    if isinstance(refusal, errors.ConfigurationError | errors.RequestValidationError):
        assert world.transport.sent == 0, f"{name}({wrong}=...): refused after sending: {refusal}"
        assert names_what_was_wrong(refusal, wrong), f"{name}({wrong}=...): {refusal}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), use_async=st.booleans())
def test_a_constructor_given_a_wrong_option_says_which(data: st.DataObject, use_async: bool) -> None:
    cls = AsyncClockify if use_async else Clockify
    options = [p for p in inspect.signature(cls).parameters.values() if p.kind != p.VAR_KEYWORD]
    wrong = data.draw(st.sampled_from([p.name for p in options]), label="option")
    value = data.draw(wrong_values, label="value")
    given = {"api_key": "constructor-test-key-41d7", wrong: value}
    if wrong == "addon_token":
        given.pop("api_key")
    said = ""
    try:
        cls(**given)  # some values are good options (a timeout of 1): a client, then
    except errors.ConfigurationError as refusal:  # anything else propagates and fails the property
        said = str(refusal) + repr(refusal)
    if said:
        assert normalized(wrong) in normalized(said) or wrong in ("api_key", "addon_token"), said
        assert "constructor-test-key-41d7" not in said


def test_a_wrong_type_failing_deep_inside_is_refused_naming_the_parameter() -> None:
    # A value whose mere printing fails (an int past Python's digit limit) where a report name belongs:
    # without the check on failure this was a ValueError from inside the error message.
    world = World()
    clockify: Clockify = world.client(False)
    with pytest.raises(errors.ConfigurationError, match=r"Reports\.export\(\): report must be Report, not int"):
        clockify.reports.export(10**5000, world.seed.workspace_id, REPORT_BODIES["export"])  # type: ignore[arg-type]
    assert world.transport.sent == 0


def test_an_exception_with_every_argument_as_typed_is_a_bug_and_stays_one() -> None:
    def broken(x: int, y: list[str] | None = None) -> None:
        raise TypeError("a bug inside")

    with pytest.raises(TypeError, match="a bug inside"):
        strict(broken, "broken")(1, ["a"])
    with pytest.raises(errors.ConfigurationError, match=r"broken\(\): y must be list\[str\] \| None, not list"):
        strict(broken, "broken")(1, [2])

    def rows(x: int) -> Iterator[int]:
        yield x
        raise ValueError("a bug while reading")

    assert list(itertools.islice(strict(rows, "rows")(1), 1)) == [1]
    with pytest.raises(ValueError, match="a bug while reading"):
        list(strict(rows, "rows")(1))
    with pytest.raises(errors.ConfigurationError, match=r"rows\(\): x must be int, not str"):
        list(strict(rows, "rows")("1"))
