"""The properties the contract suite proves, as functions that raise AssertionError when one does not hold.

The tests run them over generated requests against the committed cassettes; the "teeth" tests run them
against tampered copies and expect the AssertionError, so no property is a check that cannot fail.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

import jsonschema  # type: ignore[import-untyped]
import pytest
from clockify_client import Clockify, errors, mismatches
from clockify_client._validation import openapi_to_json_schema

from contract_tests import cassette_io, catalog, recording
from contract_tests.catalog import Call, RequestClass

Json = Any


def _played(cassette: Any, before: Mapping[int, int]) -> list[int]:
    return [i for i, count in cassette.play_counts.items() if count > before.get(i, 0)]


def played_answer(cassette: Any, before: Mapping[int, int]) -> tuple[RequestClass, int, bytes]:
    """The one interaction played since ``before``: its request class, status and body."""
    played = _played(cassette, before)
    assert len(played) == 1, f"expected one replayed interaction, got {played}"
    request, response = cassette.data[played[0]]
    body = response["body"]["string"]
    return recording.request_class(request), int(response["status"]["code"]), body


def send(client: Clockify, call: Call, *, validate: bool = True) -> Any:
    return client.call(
        cast(Any, call.operation_id), path=call.path, query=call.query, body=call.body, validate=validate
    )


def expected_model(operation_id: str, status: int) -> tuple[str | None, bool]:
    """(schema name, is a list) of the documented JSON answer, read from the spec; (None, False) without one."""
    response = catalog.resolve(catalog.operations()[operation_id].definition["responses"][str(status)])
    content = response.get("content", {})
    media = next((content[t] for t in ("application/json", "*/*") if t in content), None)
    if media is None:
        return None, False
    schema = media["schema"]
    many = schema.get("type") == "array"
    ref = (schema["items"] if many else schema).get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None, many


def check_valid(client: Clockify, cassette: Any, call: Call) -> None:
    """(a) The request passes client validation, is answered by the recorded success of its class, and the
    answer parses into the generated model the spec documents."""
    before = dict(cassette.play_counts)
    result = send(client, call)
    cls, status, body = played_answer(cassette, before)
    assert cls == RequestClass(call.operation_id, catalog.OK), f"replayed {cls}, not a success"
    assert 200 <= status < 300, f"the recorded answer of {cls} is HTTP {status}"
    name, many = expected_model(call.operation_id, status)
    if name is None:
        assert result is None, f"{call.operation_id} documents no body, got {result!r}"
        return
    items = result if many else [result]
    assert isinstance(items, list), f"expected a list of {name}, got {type(result).__name__}"
    # Read tolerantly, a body that disagrees with the spec still parses; it is no valid answer for that.
    assert not mismatches(result), f"the answer disagrees with the spec: {mismatches(result)}"
    assert [type(i).__name__ for i in items] == [name] * len(items), f"expected {name}, got {items!r}"
    data = json.loads(body)
    assert len(items) == (len(data) if many else 1)
    for item, raw in zip(items, data if many else [data], strict=True):
        assert _shape(item.to_dict()) == _shape(raw), f"{name} lost or invented fields"


def _shape(value: Any) -> Any:
    """The structure of a JSON value (its keys, at every depth), without the leaves: a model may write a
    date or a duration differently, but it must keep every field it was given, nested ones included."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return None


def check_refused(client: Clockify, cassette: Any, call: Call) -> None:
    """A request that breaks the corrected spec is refused with its problems, and nothing is played."""
    before = dict(cassette.play_counts)
    with pytest.raises(errors.RequestValidationError) as refused:
        send(client, call)
    assert refused.value.problems, "refused without saying why"
    assert dict(cassette.play_counts) == before, "a refused request reached the cassette"


def check_export(client: Clockify, cassette: Any, call: Call) -> None:
    """(a, file exports) The answer to an export is the recorded file, byte for byte."""
    before = dict(cassette.play_counts)
    result = send(client, call)
    cls, status, body = played_answer(cassette, before)
    export = str(call.body["exportType"]).upper()
    assert cls == RequestClass(call.operation_id, catalog.EXPORT_PREFIX + export)
    assert status == 200
    assert result == (body.encode() if isinstance(body, str) else body)


def check_documented_error(client: Clockify, cassette: Any, call: Call, outcome: str, expected: Json) -> None:
    """(b) Refused before sending with exactly the recorded answer of its class; sent anyway, the recorded
    answer raises the same exception class, code and message. ``expected`` is that recorded answer
    (cassette_io.Answer), read from the file, not through the client."""
    server = json.loads(expected.body)
    before = dict(cassette.play_counts)
    with pytest.raises(errors.RequestValidationError) as refused:
        send(client, call)
    assert _played(cassette, before) == [], "a refused request was sent"
    predicted = refused.value
    assert (predicted.code, predicted.message) == (server["code"], server["message"]), (
        f"the client predicts {predicted.code} {predicted.message!r}; "
        f"the server answers {server['code']} {server['message']!r}"
    )
    with pytest.raises(errors.APIError) as answered:
        send(client, call, validate=False)
    cls, status, _ = played_answer(cassette, before)
    assert cls == RequestClass(call.operation_id, outcome), f"the request replayed {cls}, not {outcome}"
    assert status == expected.status
    server_class = errors.class_for_status(status)
    assert type(answered.value) is server_class, f"raised {type(answered.value).__name__} for HTTP {status}"
    assert errors.class_for_status(predicted.predicted_status_code) is server_class, (
        f"predicted HTTP {predicted.predicted_status_code}, the server answers {status}"
    )
    assert (answered.value.code, answered.value.message) == (predicted.code, predicted.message)


# --- (c) Every recorded response conforms to the corrected spec ----------------------------------------


def _components() -> dict[str, Json]:
    return {name: openapi_to_json_schema(s) for name, s in catalog.spec()["components"]["schemas"].items()}


def _media(content_type: str | None, documented: Mapping[str, Json]) -> str | None:
    if content_type is None:
        return None
    for media in documented:
        kind, _, sub = media.partition("/")
        if media == content_type or media == "*/*" or (sub == "*" and content_type.startswith(kind + "/")):
            return media
    return None


def conformance_problems(interaction: Mapping[str, Json], components: Mapping[str, Json] | None = None) -> list[str]:
    """What is wrong with one recorded response against the corrected spec: its status is documented for the
    operation, its content type is one documented for that status, its body validates against the schema."""
    cls = cassette_io.request_class(dict(interaction))
    op = catalog.operations().get(cls.operation_id)
    if op is None:
        return [f"the request addresses no operation ({cls.outcome})"]
    answer = cassette_io.answer(dict(interaction))
    documented = op.definition["responses"].get(str(answer.status))
    if documented is None:
        return [f"{cls}: HTTP {answer.status} is not documented for {op.operation_id}"]
    content = catalog.resolve(documented).get("content", {})
    if not content:
        return [] if not answer.body else [f"{cls}: HTTP {answer.status} documents no body, got {answer.body[:60]!r}"]
    media = _media(answer.content_type, content)
    if media is None:
        return [f"{cls}: content type {answer.content_type!r} is not one of {sorted(content)}"]
    schema = content[media].get("schema", {})
    if schema.get("format") == "binary":
        return [] if answer.body else [f"{cls}: an empty file"]
    try:
        data = json.loads(answer.body)
    except ValueError:
        return [f"{cls}: the body is not JSON"]
    root = {**openapi_to_json_schema(schema), "components": {"schemas": components or _components()}}
    error = jsonschema.exceptions.best_match(jsonschema.Draft4Validator(root).iter_errors(data))
    if error is not None:
        where = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
        return [f"{cls}: {where}: {error.message[:200]}"]
    return []
