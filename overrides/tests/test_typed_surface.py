"""The public surface is typed end to end, as a user's type checker sees it: ``mypy --strict`` on a user's
script (``typing/user_script.py.txt``, outside this repository's mypy configuration) that calls every method
of every area of both clients, and ``call``/``iterate`` with several operation ids, reveals a concrete type
for every result, never ``Any``, and flags a misspelled attribute of a returned model, a misspelled keyword,
an unknown operation id, a misspelled constructor option and a forgotten ``await``. The same script checks
the installed wheel in ``test_packaging.py``."""

from __future__ import annotations

import asyncio
import datetime
import importlib.metadata
import inspect
import json
import os
import platform
import re
import subprocess
import sys
import traceback
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from clockify_client import AsyncClockify, Clockify, _spec, errors
from clockify_client.testing import sample_body

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).parent / "typing" / "user_script.py.txt"
# A coroutine's first two parameters are Any in typeshed itself; what it returns is ours.
COROUTINE = re.compile(r"typing\.Coroutine\[Any, Any, ")
MISTAKES = {
    "MISSPELLED-ATTRIBUTE": '"UserDtoV1" has no attribute "emial"',
    "MISSPELLED-MODEL-FIELD": '"ProjectDtoV1" has no attribute "nmae"',
    "MISSPELLED-CALL-FIELD": '"ProjectDtoV1" has no attribute "nmae"',
    "MISSPELLED-KEYWORD": '"descripton"',
    "MISSPELLED-CALL-KEYWORD": 'Unexpected keyword argument "pth"',
    "UNKNOWN-OPERATION": 'No overload variant of "call"',
    "NOT-A-PAGED-LIST": 'No overload variant of "iterate"',
    "MISSPELLED-OPTION": '"max_retires"',
    "OPTION-ASSIGNED": "Incompatible types in assignment",
    "MISSPELLED-FILTER": '"archivd"',
    "MISSPELLED-ASYNC-FILTER": '"page_sise"',
    "MISSPELLED-MAX-PAGES": 'Unexpected keyword argument "max_page" for "limit" of "Paged"',
    "MAX-PAGES-NOT-A-NUMBER": 'Argument "max_pages" to "limit" of "AsyncPaged" has incompatible type "str"',
    "REPORT-BODY-NOT-A-FILTER": 'Argument 2 to "summary" of "Reports" has incompatible type "int"',
    "MISSING-AWAIT": "Are you missing an await?",
    "MISSING-AWAIT-ATTRIBUTE": 'forgot to use "await"',
    "MISSING-AWAIT-CALL": 'forgot to use "await"',
    # A field the server does not always send (a time entry's task) is still narrowed before use.
    "OPTIONAL-FIELD": 'expression has type "str | Unset", variable has type "str"',
}


def run_mypy(
    workdir: Path, mypy_path: str | None, python: Path = Path(sys.executable)
) -> tuple[list[str], dict[int, str]]:
    """mypy --strict on the user script in ``workdir``, for the packages ``python`` has installed (or
    those on ``mypy_path``): (revealed types, error and note text by line)."""
    script = workdir / "user_script.py"
    script.write_text(SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if mypy_path:
        env["MYPYPATH"] = mypy_path
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(workdir / ".mypy"),
         "--python-executable", str(python), script.name],
        cwd=workdir, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert run.returncode in (0, 1), run.stdout + run.stderr
    revealed: list[str] = []
    by_line: dict[int, str] = {}
    for line in run.stdout.splitlines():
        found = re.match(r"user_script\.py:(\d+): (error|note): (.*)", line)
        assert found, line
        number, text = int(found[1]), found[3]
        if text.startswith("Revealed type is "):
            revealed.append(f"{number}: {text}")
        else:
            by_line[number] = by_line.get(number, "") + text + "\n"
    return revealed, by_line


def check(revealed: list[str], by_line: dict[int, str]) -> None:
    source = SCRIPT.read_text(encoding="utf-8").splitlines()
    assert len(revealed) == sum("reveal_type(" in line for line in source)
    untyped = [r for r in revealed if "Any" in COROUTINE.sub("", r)]
    assert untyped == []
    # A duration is a timedelta wherever the surface gives one (lines marked TIMEDELTA), and nothing else.
    durations = {i + 1 for i, line in enumerate(source) if line.endswith("# TIMEDELTA")}
    assert durations
    for found in revealed:
        line, text = found.split(": ", 1)
        if int(line) in durations:
            kinds = set(re.findall(r"[\w.]+", text.removeprefix("Revealed type is ")))
            assert "datetime.timedelta" in kinds, found
            assert not kinds & {"builtins.int", "builtins.str", "builtins.float"}, found
    expected = {i + 1: marker for i, line in enumerate(source) for marker in MISTAKES if line.endswith(f"# {marker}")}
    assert sorted(expected.values()) == sorted(MISTAKES)
    for number, marker in expected.items():
        assert MISTAKES[marker] in by_line.get(number, ""), (marker, by_line.get(number))
    assert set(by_line) == set(expected), by_line  # nothing else is an error


def test_a_user_script_sees_concrete_types_and_its_mistakes(tmp_path: Path) -> None:
    check(*run_mypy(tmp_path, os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overrides")])))


def script_function(name: str) -> str:
    """The source of one function of the user script."""
    source = SCRIPT.read_text(encoding="utf-8")
    found = re.search(rf"^(?:async )?def {name}\(.*?(?=^\S|\Z)", source, re.M | re.S)
    assert found, name
    return found[0]


# The script is written for the project's own spec, the in-scope subset of Clockify's operations: it calls
# each of its generated methods. A client generated from a larger spec (Clockify's whole file, adopted) has
# more than the script knows; there the script still reaches every area and everything written by hand.
OWN_SPEC = "subset" in str(_spec.spec()["info"].get("title", ""))


@pytest.mark.parametrize(("cls", "function"), [("Clockify", "sync_surface"), ("AsyncClockify", "async_surface")])
def test_the_user_script_reaches_every_public_method(cls: str, function: str) -> None:
    """Every method of every area (aliases count once; the areas hold every tag's generated methods, so
    every operation of the spec) and of the client itself is called, and revealed, in the script."""
    client = {"Clockify": Clockify, "AsyncClockify": AsyncClockify}[cls](api_key=KEY, rate_limit=None)
    body = script_function(function)
    missing = [f"{name}()" for name in public_names(client) if f"c.{name}(" not in body]
    for area in AREAS:
        owner = getattr(client, area)
        by_function: dict[object, list[str]] = {}
        for name in public_names(owner):
            by_function.setdefault(getattr(type(owner), name), []).append(name)
        missing += [
            f"{area}.{'/'.join(names)}()"
            for names in by_function.values()
            if (OWN_SPEC or any(n in vars(type(owner)) for n in names))  # see OWN_SPEC
            and not any(f"c.{area}.{n}(" in body for n in names)
        ]
    assert missing == []


# --- the same mistakes at run time: refused before anything is sent -------------------------------------

KEY = "typed-surface-key"
WS = "5b641568b07987035750505e"
START = datetime.datetime(2024, 1, 15, 9, tzinfo=datetime.UTC)
DATES = {"dateRangeStart": "2024-01-01T00:00:00.000Z", "dateRangeEnd": "2024-01-31T23:59:59.999Z"}


def recording() -> tuple[Clockify, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=sample_body("TimeEntryDtoImplV1", id="e1"))

    return Clockify(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=None), seen


def test_a_misspelled_keyword_is_refused_before_sending() -> None:
    clockify, seen = recording()
    with pytest.raises(errors.ConfigurationError, match=r"descripton.*extra_body="):
        clockify.time_entries.create(WS, start=START, descripton="x")  # type: ignore[arg-type]
    assert seen == []


def test_extra_body_and_extra_query_send_what_the_spec_does_not_know_yet() -> None:
    clockify, seen = recording()
    clockify.time_entries.create(
        WS, start=START, description="d", extra_body={"newField": 1}, extra_query={"preview": "yes"}
    )
    assert json.loads(seen[0].content) == {"start": "2024-01-15T09:00:00Z", "description": "d", "newField": 1}
    assert seen[0].url.params["preview"] == "yes"


def test_an_optional_argument_left_out_is_not_sent() -> None:
    clockify, seen = recording()
    clockify.time_entries.create(WS, start=START)  # the spec's default for billable is the server's business
    assert json.loads(seen[0].content) == {"start": "2024-01-15T09:00:00Z"}


@pytest.mark.parametrize("cls", [Clockify, AsyncClockify])
def test_a_misspelled_constructor_option_names_the_public_class(cls: type[Clockify] | type[AsyncClockify]) -> None:
    with pytest.raises(errors.ConfigurationError, match=rf"^{cls.__name__}\(\) got unknown option\(s\) max_retires"):
        cls(api_key=KEY, max_retires=3)  # type: ignore[arg-type]


def test_the_constructor_lists_its_options() -> None:
    for cls in (Clockify, AsyncClockify):
        options = inspect.signature(cls).parameters
        assert {"api_key", "addon_token", "region", "timeout", "max_retries", "rate_limit", "transport"} <= set(options)


def test_a_file_export_from_a_method_that_returns_a_model_is_refused() -> None:
    clockify, seen = recording()
    body = {"dateRangeStart": "2024-01-01T00:00:00Z", "dateRangeEnd": "2024-01-31T23:59:59Z", "exportType": "CSV"}
    with pytest.raises(errors.ConfigurationError, match=r"reports\.export"):
        clockify.reports.summary(WS, body)
    with pytest.raises(errors.ConfigurationError, match="file exportType"):
        clockify.reports.export("summary", WS, {**body, "exportType": "JSON"})
    assert seen == []


# --- call and iterate by operation id: typed per id, from the spec ------------------------------------------


def overloaded_ids(function: Callable[..., object]) -> set[str]:
    """The operation ids of a method's overloads (``operation_id: Literal["..."]``)."""
    ids = set()
    for variant in typing.get_overloads(function):
        annotation = str(inspect.signature(variant).parameters["operation_id"].annotation)
        found = re.fullmatch(r"Literal\[['\"](\w+)['\"]\]", annotation)
        assert found, annotation
        ids.add(found[1])
    return ids


def test_call_and_iterate_have_one_overload_per_operation_of_the_spec() -> None:
    from clockify_api.api import AsyncCalls, Calls

    every = set(_spec.operations())
    paged = {op_id for op_id, op in _spec.operations().items() if op.paged_by_query and op.answers_array}
    assert overloaded_ids(Calls.call) == overloaded_ids(AsyncCalls.call) == every
    assert overloaded_ids(Calls.iterate) == overloaded_ids(AsyncCalls.iterate) == paged
    assert Clockify.call is Calls.call
    assert AsyncClockify.iterate is AsyncCalls.iterate


CALL_SNIPPET = """
from clockify_api.models import TagRequest
from clockify_client import Clockify


def typed(c: Clockify, ws: str) -> None:
    c.call("getTags", path={"workspaceId": ws}, query={"archived": False})
    c.call("createNewTag", path={"workspaceId": ws}, body={"name": "x"}, extra_body={"color": "#fff"})
    c.call("createNewTag", path={"workspaceId": ws}, body=TagRequest(name="x"))
    c.call("replaceMany", path={"workspaceId": ws, "userId": ws}, body=[{"id": "e1", "billable": True}])
    for tag in c.iterate("getTags", path={"workspaceId": ws}, query={"name": "x"}):
        tag.name


def wrong(c: Clockify, ws: str) -> None:
    c.call("createNewTag", path={"workspaceId": ws}, body=42)  # WRONG-BODY
    c.call("createNewTag", path={"workspaceId": ws}, body=TagRequest)  # WRONG-BODY
    c.call("getTags", path={"workspaceId": ws}, body={"name": "x"})  # WRONG-BODY
    c.call("createNewTag", path=42)  # WRONG-PATH
"""


def test_call_parameters_are_typed_per_operation_without_any(tmp_path: Path) -> None:
    """``call``'s path and query are ``Mapping[str, object]`` and its body the operation's body model or a
    mapping: a dict literal type-checks under ``--disallow-any-expr``, a wrong body is a type error."""
    (tmp_path / "snippet.py").write_text(CALL_SNIPPET, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overrides")])}
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--disallow-any-expr", "--no-error-summary",
         "--cache-dir", str(tmp_path / ".mypy"), "snippet.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    errors_by_line = {int(m[1]) for m in re.finditer(r"^snippet\.py:(\d+): error", run.stdout, re.M)}
    lines = CALL_SNIPPET.splitlines()
    marked = {i for i, line in enumerate(lines, start=1) if line.endswith(("# WRONG-BODY", "# WRONG-PATH"))}
    assert errors_by_line == marked, run.stdout + run.stderr


def answering(content: Any = None, *, status: int = 200) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if isinstance(content, bytes):
            return httpx.Response(status, content=content, headers={"Content-Type": "text/csv"})
        return httpx.Response(status, json=content, headers={"Last-Page": "true"})

    return httpx.MockTransport(handler), seen


def test_call_and_iterate_by_id_give_what_their_types_say() -> None:
    from clockify_api.models import ProjectDtoV1, TagDtoV1

    path = {"workspaceId": WS}
    transport, seen = answering([sample_body("ProjectDtoV1", id="p1", name="P")])
    with Clockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
        projects = clockify.call("getProjects", path=path)
        assert [type(p) for p in projects] == [ProjectDtoV1]
        assert projects[0].name == "P"
        assert [type(t) for t in clockify.iterate("getTags", path=path)] == [TagDtoV1]
        sent = len(seen)
        with pytest.raises(errors.ConfigurationError, match="unknown operation id 'getProjcts'"):
            clockify.call("getProjcts", path=path)  # type: ignore[call-overload]
        with pytest.raises(errors.ConfigurationError, match="getLoggedUser is not a paged list"):
            list(clockify.iterate("getLoggedUser"))  # type: ignore[call-overload]
        assert len(seen) == sent
    transport, _ = answering(b"a,b\n1,2\n")
    with Clockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
        body = {**DATES, "summaryFilter": {"groups": ["PROJECT"]}, "exportType": "CSV"}
        assert clockify.call("generateSummaryReport", path=path, body=body) == b"a,b\n1,2\n"


def test_the_async_client_call_and_iterate_by_id() -> None:
    from clockify_api.models import ClientWithCurrencyDtoV1, UserDtoV1

    async def main() -> None:
        transport, _ = answering(sample_body("UserDtoV1", id="u1", email="a@example.com"))
        async with AsyncClockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
            me = await clockify.call("getLoggedUser")
            assert type(me) is UserDtoV1
            assert me.email == "a@example.com"
        transport, _ = answering([sample_body("ClientWithCurrencyDtoV1", id="c1", name="C")])
        async with AsyncClockify(api_key=KEY, transport=transport, rate_limit=None) as clockify:
            found = [c async for c in clockify.iterate("getClients", path={"workspaceId": WS})]
            assert [type(c) for c in found] == [ClientWithCurrencyDtoV1]
            with pytest.raises(errors.ConfigurationError, match="unknown operation"):
                await clockify.call("getClientz")  # type: ignore[call-overload]

    asyncio.run(main())


def test_the_async_reports_read_pages_concurrently_through_the_typed_surface() -> None:
    """``reports.iterate_detailed(..., concurrency=)``: several pages in flight, the rows still in order."""
    total, size = 95, 10
    flight = {"now": 0, "most": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        page = json.loads(request.content)["detailedFilter"]["page"]
        flight["now"] += 1
        flight["most"] = max(flight["most"], flight["now"])
        await asyncio.sleep(0.02)
        flight["now"] -= 1
        rows = [{"id": f"e{i}"} for i in range((page - 1) * size, min(total, page * size))]
        return httpx.Response(200, json={"timeEntries": rows, "totals": [{"entriesCount": total}]})

    async def main() -> list[str | None]:
        async with AsyncClockify(api_key=KEY, transport=httpx.MockTransport(handler), rate_limit=None) as clockify:
            rows = clockify.reports.iterate_detailed(WS, DATES, page_size=size, concurrency=4)
            return [row.id async for row in rows]

    assert asyncio.run(main()) == [f"e{i}" for i in range(total)]
    assert flight["most"] == 4  # the first page alone gives the totals; then four pages at a time


# --- discoverable: docstrings, public row types, the version in every request -----------------------------


AREAS = ("users", "workspaces", "projects", "clients", "tags", "tasks", "time_entries", "reports")


def public_names(obj: object) -> list[str]:
    return [name for name in dir(obj) if not name.startswith("_") and inspect.isroutine(getattr(obj, name))]


def public_methods(obj: object) -> dict[str, object]:
    return {f"{type(obj).__name__}.{name}": getattr(obj, name) for name in public_names(obj)}


def test_every_public_method_has_a_docstring() -> None:
    clockify, _ = recording()
    owners: list[object] = [clockify, AsyncClockify(api_key=KEY, rate_limit=None)]
    for client in list(owners):
        owners += [getattr(client, area) for area in AREAS]
        owners += list(vars(client.api).values())  # type: ignore[attr-defined]
    undocumented = [
        name for owner in owners for name, method in public_methods(owner).items() if not inspect.getdoc(method)
    ]
    assert undocumented == []
    # Whatever spec the client was generated from: one class of typed methods per tag, per client.
    tags = {operation.tag for operation in _spec.operations().values()}
    assert len(owners) == 2 + 2 * (len(AREAS) + len(tags))


def test_report_row_types_are_public_names() -> None:
    import clockify_client
    from clockify_client import _reading

    for name in ("DetailedEntry", "AttendanceRow", "ExpenseRow", "DetailedReportPage", "Tag", "Amount"):
        assert getattr(clockify_client, name) is getattr(_reading, name)
        assert name in clockify_client.__all__


def test_version_and_a_user_agent_naming_client_and_python() -> None:
    import clockify_client

    assert clockify_client.__version__ == importlib.metadata.version("clockify-client-toolkit")
    clockify, seen = recording()
    clockify.time_entries.create(WS, start=START)
    agent = seen[0].headers["User-Agent"]
    assert agent.startswith(
        f"clockify-client-toolkit/{clockify_client.__version__} Python/{platform.python_version()} "
    )


def test_a_refusal_before_sending_does_not_read_as_an_answer() -> None:
    clockify, seen = recording()
    with pytest.raises(errors.RequestValidationError) as refused:
        clockify.call("getProjects", path={"workspaceId": WS}, query={"page-size": 0})
    assert seen == []
    for text in (str(refused.value), repr(refused.value), "".join(traceback.format_exception(refused.value))):
        assert "HTTP 4" not in text  # no server answered
    assert "refused before sending" in str(refused.value)


def test_a_model_repr_reads_unset_fields_plainly() -> None:
    from clockify_api.models import CreateClientRequestV1

    shown = repr(CreateClientRequestV1(name="x"))
    assert shown == "CreateClientRequestV1(name='x')"  # the fields that are set; UNSET ones left out
