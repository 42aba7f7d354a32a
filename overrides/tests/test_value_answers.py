"""A success documented as a plain JSON value (a string, a number, a free-form map: Clockify's full spec has
some, e.g. ``getUpdatedEntityInfo``) is checked at its top level by the same rule as a model: the
documented JSON type, else ``UnexpectedResponseError`` naming ``$``. A ``null`` there used to come back as
``None``, indistinguishable from "no body" (found by the response-fuzzing property on the adopted spec)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from clockify_client import _reading, _tolerance, errors

OPERATION = "getProject"  # any operation id of the spec; its documented answer is replaced below


def documented(schema: Mapping[str, Any], many: bool = False) -> Iterator[None]:
    real = _reading._targets()
    target = _reading._Target(None, many, _tolerance.compiled(schema))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_reading, "_targets", lambda: {**real, OPERATION: target})
        yield


@pytest.fixture
def a_string() -> Iterator[None]:
    yield from documented({"type": "string"})


@pytest.fixture
def strings() -> Iterator[None]:
    yield from documented({"type": "string"}, many=True)


@pytest.mark.usefixtures("a_string")
@pytest.mark.parametrize(
    ("body", "got"), [(b"null", "null"), (b"{}", "an object"), (b"[1]", "an array"), (b"3", "a number")]
)
def test_a_documented_string_refuses_another_json_type(body: bytes, got: str) -> None:
    with pytest.raises(errors.UnexpectedResponseError, match=rf": \$: expected a string, got {got} \(") as raised:
        _reading.parse_json_body(OPERATION, 200, body)
    assert raised.value.operation_id == OPERATION


@pytest.mark.usefixtures("a_string")
def test_a_documented_string_is_returned_as_it_is() -> None:
    assert _reading.parse_json_body(OPERATION, 200, b'"2024-01-01"') == "2024-01-01"


@pytest.mark.usefixtures("strings")
def test_a_documented_array_of_values_must_be_an_array() -> None:
    assert _reading.parse_json_body(OPERATION, 200, b'["a", "b"]') == ["a", "b"]
    with pytest.raises(errors.UnexpectedResponseError, match=r": \$: expected an array, got null \("):
        _reading.parse_json_body(OPERATION, 200, b"null")


def test_a_nullable_documented_value_may_be_null() -> None:
    for _ in documented({"type": "string", "nullable": True}):
        assert _reading.parse_json_body(OPERATION, 200, b"null") is None


def test_schemas_compiled_one_after_another_each_get_their_check() -> None:
    # The compiler remembered bound nodes by id alone: a new node at a freed node's address was never
    # given its check and refused every value.
    for _ in range(200):
        assert _tolerance.compiled({"type": "string"}).ok("a string")
