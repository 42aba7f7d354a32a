"""Each property of the suite fails when what it guards is broken: run against tampered copies of the
cassettes (or a tampered client), every check raises. A property that could not fail would prove nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import vcr.errors  # type: ignore[import-untyped]
from clockify_client import Clockify, errors
from clockify_client.testing import answer_body

from contract_tests import build_cassettes, cassette_io, catalog, checks
from contract_tests.catalog import Call, RequestClass
from contract_tests.conftest import Replay

pytestmark = pytest.mark.contract

DETAILED = "generateDetailedReport"
PAGE_SIZE = RequestClass(DETAILED, catalog.PAGE_SIZE_1000)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    root = tmp_path / "cassettes"
    shutil.copytree(cassette_io.CASSETTES, root)
    return root


def tamper(root: Path, name: str, cls: RequestClass, change: Callable[[dict[str, object]], None]) -> None:
    """Change the interaction of class ``cls`` in a copied cassette (and nothing else)."""
    path = cassette_io.cassette_path(name, root)
    interactions = cassette_io.load(path)
    (target,) = [i for i in interactions if cassette_io.request_class(i) == cls]
    change(target)
    path.write_text(cassette_io.dump(name, interactions), "utf-8")


def representative(op: str, outcome: str) -> Call:
    call = build_cassettes.SUCCESS[op][0]
    if outcome == catalog.OK:
        return call
    return Call(op, call.path, call.query, build_cassettes.error_body(op, outcome))


def set_body(text: str) -> Callable[[dict[str, object]], None]:
    def change(interaction: dict[str, object]) -> None:
        interaction["response"]["body"]["string"] = text  # type: ignore[index]

    return change


def test_the_checks_hold_on_the_untampered_copy(copy: Path, replay: Replay, client: Clockify) -> None:
    """The baseline for the tests below: the same calls pass on an unchanged copy."""
    expected = cassette_io.answers(DETAILED, copy)[PAGE_SIZE]
    with replay(DETAILED, root=copy) as cassette:
        checks.check_valid(client, cassette, representative(DETAILED, catalog.OK))
        checks.check_documented_error(
            client, cassette, representative(DETAILED, catalog.PAGE_SIZE_1000), catalog.PAGE_SIZE_1000, expected
        )


def test_a_changed_recorded_code_breaks_the_error_property(copy: Path, replay: Replay, client: Clockify) -> None:
    tamper(copy, DETAILED, PAGE_SIZE, set_body(json.dumps({"code": 501, "message": "Maximum page size is 1,000"})))
    expected = cassette_io.answers(DETAILED, copy)[PAGE_SIZE]
    with replay(DETAILED, root=copy) as cassette, pytest.raises(AssertionError, match="the server answers 501"):
        checks.check_documented_error(
            client, cassette, representative(DETAILED, catalog.PAGE_SIZE_1000), catalog.PAGE_SIZE_1000, expected
        )


def test_a_changed_recorded_status_breaks_the_error_property(copy: Path, replay: Replay, client: Clockify) -> None:
    def to_500(interaction: dict[str, object]) -> None:
        interaction["response"]["status"] = {"code": 500, "message": "Internal Server Error"}  # type: ignore[index]

    tamper(copy, DETAILED, PAGE_SIZE, to_500)
    expected = cassette_io.answers(DETAILED, copy)[PAGE_SIZE]
    with replay(DETAILED, root=copy) as cassette, pytest.raises(AssertionError, match="the server answers 500"):
        checks.check_documented_error(
            client, cassette, representative(DETAILED, catalog.PAGE_SIZE_1000), catalog.PAGE_SIZE_1000, expected
        )


def test_a_request_whose_class_has_no_interaction_is_not_replayed(copy: Path, replay: Replay, client: Clockify) -> None:
    """The matcher maps by class: drop the class's interaction and the request finds nothing to replay."""
    path = cassette_io.cassette_path(DETAILED, copy)
    kept = [i for i in cassette_io.load(path) if cassette_io.request_class(i) != PAGE_SIZE]
    path.write_text(cassette_io.dump(DETAILED, kept), "utf-8")
    with replay(DETAILED, root=copy), pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException):
        checks.send(client, representative(DETAILED, catalog.PAGE_SIZE_1000), validate=False)


@pytest.mark.parametrize(
    ("body", "raised"),
    [
        ("[]", errors.UnexpectedResponseError),  # not the documented object
        (answer_body("getLoggedUser", settings="none").decode(), AssertionError),  # read, but a mismatch
    ],
)
def test_a_corrupted_success_body_breaks_the_valid_property(
    copy: Path, replay: Replay, client: Clockify, body: str, raised: type[Exception]
) -> None:
    op = "getLoggedUser"
    tamper(copy, op, RequestClass(op, catalog.OK), set_body(body))
    with replay(op, root=copy) as cassette, pytest.raises(raised, match=r"disagrees with the spec|expected an object"):
        checks.check_valid(client, cassette, representative(op, catalog.OK))


def test_a_success_recorded_as_an_error_breaks_the_valid_property(copy: Path, replay: Replay, client: Clockify) -> None:
    op = "getLoggedUser"

    def to_403(interaction: dict[str, object]) -> None:
        interaction["response"]["status"] = {"code": 403, "message": "Forbidden"}  # type: ignore[index]

    tamper(copy, op, RequestClass(op, catalog.OK), to_403)
    with replay(op, root=copy) as cassette, pytest.raises(errors.PermissionDeniedError):
        checks.check_valid(client, cassette, representative(op, catalog.OK))


@pytest.mark.parametrize(
    ("name", "cls", "body", "problem"),
    [
        ("getLoggedUser", "ok", answer_body("getLoggedUser", id=42).decode(), "is not of type 'string'"),
        ("getProjects", "ok", '{"id": "p1"}', "is not of type 'array'"),
        ("getLoggedUser", "ok", "not json", "not JSON"),
        ("generateDetailedReport", catalog.PAGE_SIZE_1000, '{"code": "400", "message": "x"}', "not of type 'integer'"),
        ("generateDetailedReport", catalog.PAGE_SIZE_1000, '{"message": "x"}', "'code' is a required property"),
        ("deleteTimeEntry", "ok", '{"id": "e1"}', "documents no body"),
        ("generateDetailedReport", "export:CSV", "", "an empty file"),
    ],
)
def test_a_nonconforming_response_is_found(copy: Path, name: str, cls: str, body: str, problem: str) -> None:
    tamper(copy, name, RequestClass(name, cls), set_body(body))
    (interaction,) = [
        i for i in cassette_io.load(cassette_io.cassette_path(name, copy)) if i["request_class"] == f"{name}/{cls}"
    ]
    problems = checks.conformance_problems(interaction)
    assert problems
    assert problem in problems[0], problems


@pytest.mark.parametrize(
    ("status", "content_type", "problem"),
    [(418, "application/json", "HTTP 418 is not documented"), (200, "text/html", "content type 'text/html'")],
)
def test_an_undocumented_status_or_content_type_is_found(
    copy: Path, status: int, content_type: str, problem: str
) -> None:
    def change(interaction: dict[str, object]) -> None:
        interaction["response"]["status"]["code"] = status  # type: ignore[index]
        interaction["response"]["headers"]["Content-Type"] = [content_type]  # type: ignore[index]

    tamper(copy, "getLoggedUser", RequestClass("getLoggedUser", catalog.OK), change)
    (interaction,) = cassette_io.load(cassette_io.cassette_path("getLoggedUser", copy))[:1]
    assert any(problem in p for p in checks.conformance_problems(interaction))


def test_a_hand_edit_makes_the_cassettes_differ_from_the_builders_output(copy: Path) -> None:
    path = cassette_io.cassette_path("getTags", copy)
    path.write_text(path.read_text("utf-8").replace("urgent", "Urgent"), "utf-8")
    built = build_cassettes.build(existing=copy)
    assert built["getTags.yaml"] != path.read_text("utf-8")
    assert all(built[n] == (copy / n).read_text("utf-8") for n in built if n != "getTags.yaml")
